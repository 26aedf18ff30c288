// Runs a face's bundle through V8's code cache, so that a second run of udo-port, udo-doctor or
// the action does not compile its bundle again: compiling was a third of their start. Node 22.1
// and later have this built in (module.enableCompileCache), and it is used there; Node 20 has
// not, so there the bundle is compiled here with vm.Script's cachedData, as Node's own cache does.
// The cache is the user's own: a folder only they can write under their cache home. Without one,
// or with NODE_DISABLE_COMPILE_CACHE set (Node's own switch), the bundle just runs.
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import Module, { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { Script, constants as vmConstants } from 'node:vm';

/** Cache files kept on Node 20, the newest first; each checkout's bundle has one per Node. */
const KEEP = 16;
/** A cache file larger than this is not ours to read (the action's is about 2 MB). */
const MAX_BYTES = 64 * 1024 * 1024;

/** Runs `bundle` (a CommonJS file) as the main program, through the code cache when there is one. */
export function runBundle(bundle: string): void {
  const folder = cacheFolder(process.env, process.platform);
  const builtIn = (Module as { enableCompileCache?: (dir: string) => unknown }).enableCompileCache;
  if (builtIn) {
    const own = folder && privateFolder(join(folder, 'node'));
    if (own) builtIn(own);
    createRequire(bundle)(bundle);
    return;
  }
  // Node 20. The file's identity keys the cache: any write to the bundle changes its ctime, and
  // V8 alone checks only the source's length.
  const stat = statSync(bundle);
  const key = `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}`;
  const file =
    folder && join(folder, `${basename(dirname(bundle))}-${fnv(bundle)}-${process.version}.bin`);
  const cachedData = file ? readCache(file, key) : undefined;
  const source = readFileSync(bundle, 'utf8').replace(/^#!.*/, '');
  const script = new Script(Module.wrap(source), {
    filename: bundle,
    ...(cachedData && { cachedData }),
    // A bundle's own import() of a package (none today) goes to Node's loader, as it would.
    ...(vmConstants?.USE_MAIN_CONTEXT_DEFAULT_LOADER && {
      importModuleDynamically: vmConstants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
    }),
  });
  if (file && (!cachedData || script.cachedDataRejected)) {
    // At exit, so the cache holds the functions this run compiled too, not just the outline.
    process.once('exit', () => writeCache(file, key, script.createCachedData()));
  }
  const loaded = { exports: {} };
  script.runInThisContext()(loaded.exports, createRequire(bundle), loaded, bundle, dirname(bundle));
}

/**
 * `$XDG_CACHE_HOME/udo-port/compile-cache` (`~/.cache/...`; `%LOCALAPPDATA%\udo-port\...` on
 * Windows), made private when missing; undefined when switched off or not safely ours.
 */
export function cacheFolder(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string | undefined {
  if (env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  let base: string | undefined;
  try {
    base =
      platform === 'win32' ? env.LOCALAPPDATA : env.XDG_CACHE_HOME || join(homedir(), '.cache');
  } catch {
    return undefined;
  }
  if (!base || !isAbsolute(base)) return undefined;
  const app = privateFolder(join(base, 'udo-port'));
  return app && privateFolder(join(app, 'compile-cache'));
}

/** `path` when it is a real folder (no link) that only this user can write; made when missing. */
function privateFolder(path: string): string | undefined {
  try {
    mkdirSync(path, { recursive: true, mode: 0o700 });
    const stat = lstatSync(path);
    if (!stat.isDirectory()) return undefined;
    if (process.platform === 'win32') return path;
    const euid = process.geteuid?.();
    return stat.uid === euid && (stat.mode & 0o022) === 0 ? path : undefined;
  } catch {
    return undefined;
  }
}

/** The cached data in `file` if it is this user's regular file, made for this `key`. */
function readCache(file: string, key: string): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  } catch {
    return undefined;
  }
  try {
    const stat = fstatSync(fd);
    const euid = process.geteuid?.();
    if (!stat.isFile() || stat.size > MAX_BYTES) return undefined;
    if (euid !== undefined && stat.uid !== euid) return undefined;
    const bytes = readFileSync(fd);
    const header = Buffer.from(`${key}\n`);
    return bytes.subarray(0, header.length).equals(header)
      ? bytes.subarray(header.length)
      : undefined;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** Writes the cache whole or not at all (a temp file, renamed), then keeps the newest KEEP. */
function writeCache(file: string, key: string, data: Buffer): void {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    // wx: a name that exists, link or not, is never opened.
    const fd = openSync(temp, 'wx', 0o600);
    try {
      writeSync(fd, `${key}\n`);
      writeSync(fd, data);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
    prune(dirname(file));
  } catch {
    try {
      unlinkSync(temp);
    } catch {}
  }
}

function prune(folder: string): void {
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.bin'))
    .map((name) => ({ path: join(folder, name), time: lstatSync(join(folder, name)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const { path } of files.slice(KEEP)) unlinkSync(path);
}

/** A short, stable name for a bundle's path (FNV-1a): no need to load node:crypto for it. */
function fnv(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
