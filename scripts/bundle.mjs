// Builds every ncc bundle into dist/ (or into the folder given as the first argument), plus the
// library's type declarations. `npm run bundle` writes dist/; check-dist.mjs compares.
// tsc compiles once, then ncc bundles the JavaScript: ncc's own TypeScript loader type-checks
// each entry again and takes ten times as long.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { copyFile, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const out = process.argv[2] ?? 'dist';

const entries = {
  // Thin entries: each calls its face's exported main() or run(); the faces run nothing on import.
  'udo-port': 'src/bin/udo-port',
  'udo-doctor': 'src/bin/udo-doctor',
  // main and post in one bundle: run() tells the steps apart by the runner's saved state.
  action: 'src/bin/action',
  lib: 'src/index',
};
const ncc = join('node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const tsc = join('node_modules', 'typescript', 'bin', 'tsc');

// Inside the project, so the compiled files resolve node_modules and package.json as src/ does;
// a fixed path, because ncc numbers modules by their paths and dist/ must come out the same.
const build = join('node_modules', '.udo-port-build');
// One bundle at a time: check-dist may run while someone bundles, and both use that path.
const lock = `${build}.lock`;
for (let waited = 0; ; waited += 200) {
  try {
    mkdirSync(lock);
    break;
  } catch (error) {
    if (error.code !== 'EEXIST') throw error;
    if (waited > 120_000) rmSync(lock, { recursive: true, force: true });
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
/**
 * Fails the build when a package webpack put into the bundle (its stats list every module) has no
 * notice in the bundle's licenses.txt: the file is what the licences require, so it must be whole.
 */
async function checkNotices(name) {
  const stats = JSON.parse(await readFile(join(build, `${name}.stats.json`), 'utf8'));
  const packages = new Set();
  const walk = (modules = []) => {
    for (const module of modules) {
      const path = /.*node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(module.name ?? '');
      if (path && !path[1].startsWith('.')) packages.add(path[1]);
      walk(module.modules);
    }
  };
  walk(stats.modules);
  const notices = new Set((await readFile(join(out, name, 'licenses.txt'), 'utf8')).split('\n'));
  const missing = [...packages].filter((pkg) => !notices.has(pkg));
  if (missing.length > 0) {
    throw new Error(`${out}/${name}/licenses.txt has no notice for ${missing.join(', ')}`);
  }
}

try {
  await rm(out, { recursive: true, force: true });
  const declarations = run(process.execPath, [
    tsc,
    '-p',
    'tsconfig.lib.json',
    '--outDir',
    join(out, 'lib'),
  ]);
  await run(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', build]);
  // ncc's licence plugin looks for our own package's LICENSE beside the compiled files.
  await copyFile('LICENSE', join(build, 'LICENSE'));
  const queue = Object.entries(entries).filter(([, src]) => existsSync(`${src}.ts`));
  // Two at a time: the machines have two cores.
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [name, src] = next;
      await run(process.execPath, [
        ncc,
        'build',
        join(build, `${src}.js`),
        '-o',
        join(out, name),
        '--quiet',
        // The licence notices of every package the bundle holds, beside it: their licences (MIT,
        // BSD-2-Clause, ISC) require the notice in redistributed copies. ncc collects each
        // bundled package's LICENSE file and its package.json licence field.
        '--license',
        'licenses.txt',
        '--stats-out',
        join(build, `${name}.stats.json`),
      ]);
      await checkNotices(name);
    }
  };
  await Promise.all([worker(), worker(), declarations]);
} finally {
  await rm(build, { recursive: true, force: true });
  rmSync(lock, { recursive: true, force: true });
}
