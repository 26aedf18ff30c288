// The faces' loader (src/bin/compile-cache.ts), as a user runs it: `node dist/udo-port/index.js`
// with a cache home of the test's own. On Node 20 the cache is the loader's (vm.Script cachedData,
// one .bin per bundle); on Node 22.1+ it is Node's own (module.enableCompileCache), in a `node`
// folder inside the same private folder. The suite runs on both.
import { execFile } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import Module from 'node:module';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanEnv, cleanup, ROOT, tempDir } from './helpers.js';

afterAll(cleanup);

const NODE_OWN = 'enableCompileCache' in Module;
const VERSION = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;

/** `node <folder>/index.js --version` with `cacheHome` as XDG_CACHE_HOME. */
function version(folder: string, cacheHome: string, extra: Record<string, string> = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    execFile(
      process.execPath,
      [join(folder, 'index.js'), '--version'],
      {
        env: cleanEnv({
          XDG_CACHE_HOME: cacheHome,
          NODE_COMPILE_CACHE: undefined,
          NODE_DISABLE_COMPILE_CACHE: undefined,
          ...extra,
        }),
        timeout: 60_000,
      },
      (error, stdout, stderr) =>
        done({ code: error ? (error.code as number) : 0, stdout: stdout.trim(), stderr }),
    );
  });
}

/** Every file under `folder`, with its bytes and mode. */
function filesUnder(folder: string): Map<string, { bytes: Buffer; mode: number; uid: number }> {
  const found = new Map<string, { bytes: Buffer; mode: number; uid: number }>();
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const stat = lstatSync(path);
    found.set(path, { bytes: readFileSync(path), mode: stat.mode & 0o777, uid: stat.uid });
  }
  return found;
}

/** A copy of dist/udo-port, so that a test may change the bundle. */
async function bundleCopy(): Promise<string> {
  const folder = join(await tempDir('udo-cache-bundle-'), 'udo-port');
  cpSync(join(ROOT, 'dist', 'udo-port'), folder, { recursive: true });
  return folder;
}

describe('the compile cache', () => {
  it('is made private on the first run and used, unchanged, by the next', async () => {
    const home = await tempDir('udo-cache-home-');
    const folder = await bundleCopy();
    expect(await version(folder, home)).toMatchObject({ code: 0, stdout: VERSION });
    const cache = join(home, 'udo-port', 'compile-cache');
    expect(statSync(cache).mode & 0o777).toBe(0o700);
    expect(statSync(join(home, 'udo-port')).mode & 0o777).toBe(0o700);
    const first = filesUnder(cache);
    expect(first.size).toBeGreaterThan(0);
    for (const [path, file] of first) {
      expect(file.mode, path).toBe(0o600);
      expect(file.bytes.length, path).toBeGreaterThan(1000);
    }
    if (!NODE_OWN)
      expect([...first.keys()].map((p) => p.slice(cache.length + 1))).toEqual([
        expect.stringMatching(/^udo-port-[0-9a-f]{8}-v\d+\.\d+\.\d+\.bin$/),
      ]);
    // Accepted, so not written again.
    expect(await version(folder, home)).toMatchObject({ code: 0, stdout: VERSION });
    expect(filesUnder(cache)).toEqual(first);
  });

  it('a damaged cache is refused and made again; the command runs as ever', async () => {
    const home = await tempDir('udo-cache-home-');
    const folder = await bundleCopy();
    await version(folder, home);
    const cache = join(home, 'udo-port', 'compile-cache');
    const made = filesUnder(cache);
    for (const [path, file] of made) {
      // Node 20's keeps its first line (the bundle's identity), so V8 itself is given the junk.
      const header = NODE_OWN ? 0 : file.bytes.indexOf(10) + 1;
      const junk = Buffer.alloc(file.bytes.length - header, 0x5a);
      writeFileSync(path, Buffer.concat([file.bytes.subarray(0, header), junk]));
    }
    expect(await version(folder, home)).toMatchObject({ code: 0, stdout: VERSION });
    for (const [path, file] of filesUnder(cache)) {
      expect(file.bytes.includes(Buffer.alloc(64, 0x5a)), path).toBe(false);
    }
  });

  it('a changed bundle is compiled again, even at the same length and time', async () => {
    const home = await tempDir('udo-cache-home-');
    const folder = await bundleCopy();
    expect((await version(folder, home)).stdout).toBe(VERSION);
    const file = join(folder, 'index.cjs');
    const before = statSync(file);
    const text = readFileSync(file, 'utf8');
    const other = VERSION.replace(/\d/g, '9');
    expect(other.length).toBe(VERSION.length);
    // webpack keeps package.json's version as a one-key object.
    const changed = text.replace(`:"${VERSION}"}`, `:"${other}"}`);
    expect(changed).not.toBe(text);
    writeFileSync(file, changed);
    utimesSync(file, before.atime, before.mtime);
    expect(statSync(file).size).toBe(before.size);
    expect(await version(folder, home)).toMatchObject({ code: 0, stdout: other });
  });

  it('NODE_DISABLE_COMPILE_CACHE, Node’s own switch, leaves no folder behind', async () => {
    const home = await tempDir('udo-cache-home-');
    const folder = await bundleCopy();
    expect(await version(folder, home, { NODE_DISABLE_COMPILE_CACHE: '1' })).toMatchObject({
      code: 0,
      stdout: VERSION,
    });
    expect(readdirSync(home)).toEqual([]);
  });

  it('writes through no link, and into no folder others can write', async () => {
    const folder = await bundleCopy();
    // The cache folder a link to somewhere else.
    const linked = await tempDir('udo-cache-home-');
    const elsewhere = await tempDir('udo-cache-elsewhere-');
    mkdirSync(join(linked, 'udo-port'), { mode: 0o700 });
    symlinkSync(elsewhere, join(linked, 'udo-port', 'compile-cache'));
    expect(await version(folder, linked)).toMatchObject({ code: 0, stdout: VERSION });
    expect(readdirSync(elsewhere)).toEqual([]);
    // udo-port/ itself a link.
    const linkedApp = await tempDir('udo-cache-home-');
    symlinkSync(elsewhere, join(linkedApp, 'udo-port'));
    expect(await version(folder, linkedApp)).toMatchObject({ code: 0, stdout: VERSION });
    expect(readdirSync(elsewhere)).toEqual([]);
    // A folder everyone can write.
    const open = await tempDir('udo-cache-home-');
    mkdirSync(join(open, 'udo-port', 'compile-cache'), { recursive: true });
    chmodSync(join(open, 'udo-port', 'compile-cache'), 0o777);
    expect(await version(folder, open)).toMatchObject({ code: 0, stdout: VERSION });
    expect(readdirSync(join(open, 'udo-port', 'compile-cache'))).toEqual([]);
  });
});
