// Runs the pinned Windows Node under Wine for the smoke test: one Wine prefix, made once and kept
// in the runtimes' cache, and Windows processes whose stdout/stderr are regular files (Node under
// Wine cannot write to a Unix pipe).
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import {
  accessSync,
  closeSync,
  constants,
  existsSync,
  openSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { rename } from 'node:fs/promises';
import { connect } from 'node:net';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cleanEnv, ROOT, type Run, tempDir } from '../helpers.js';

interface Runtimes {
  CACHE: string;
  runtime: (name: 'node-win' | 'node24') => string;
}
// Imported by URL: scripts/runtimes.mjs is plain JavaScript with no type declarations.
const runtimes = (await import(
  pathToFileURL(join(ROOT, 'scripts', 'runtimes.mjs')).href
)) as Runtimes;

/** A Linux path as Windows processes under Wine see it: `/tmp/x` is `Z:\tmp\x`. */
export const winPath = (path: string) => `Z:${path.replaceAll('/', '\\')}`;

/** Where `C:\a\b` of the prefix lies on the Linux side. */
export const driveC = (prefix: string, path: string) => {
  if (!/^C:\\/i.test(path)) throw new Error(`not on drive C: ${path}`);
  return join(prefix, 'drive_c', ...path.slice(3).split('\\').filter(Boolean));
};

/** The first of `names` that is an executable file on PATH or at one of `also`. */
function findProgram(names: string[], also: string[]): string | undefined {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  const candidates = [...names.flatMap((name) => dirs.map((dir) => join(dir, name))), ...also];
  return candidates.find((path) => {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

export interface Wine {
  wine64: string;
  wineserver: string;
  prefix: string;
  /** node.exe on the Linux side. */
  node: string;
  /** The variables every Windows process gets: the test's clean environment plus Wine's own. */
  env: (extra?: Record<string, string | undefined>) => NodeJS.ProcessEnv;
}

const quiet = (prefix: string) => ({ WINEPREFIX: prefix, WINEDEBUG: '-all' });

function runQuiet(file: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((done, fail) => {
    execFile(file, args, { env, timeout: 60_000 }, (error) =>
      error ? fail(new Error(`${file} ${args.join(' ')} failed: ${error.message}`)) : done(),
    );
  });
}

/**
 * Makes the prefix in a folder of its own and renames it into place once Wine is done with it,
 * so a run that starts meanwhile never sees half a prefix. A prefix holds no absolute paths
 * (drive_c and z: are relative links), so it works once renamed.
 */
async function makePrefix(wine64: string, wineserver: string, prefix: string): Promise<void> {
  const partial = `${prefix}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  const env = { ...process.env, ...quiet(partial) };
  try {
    await runQuiet(wine64, ['wineboot', '-i'], env);
    // Wine 8's default (Windows 7) makes Node exit 216 at start.
    await runQuiet(wine64, ['winecfg', '-v', 'win10'], env);
    // Wine writes the registry when its server exits: wait for that before moving the folder.
    await runQuiet(wineserver, ['-w'], env);
    try {
      await rename(partial, prefix);
    } catch (error) {
      if (!existsSync(join(prefix, 'system.reg'))) throw error;
    }
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
}

let setup: Promise<Wine> | undefined;

/**
 * Wine, the prefix and node.exe, made ready once per run. Rejects, with what to install, when
 * Wine is missing: the smoke test then fails, never skips.
 */
export function wine(): Promise<Wine> {
  setup ??= (async () => {
    const wine64 = findProgram(['wine64'], ['/usr/lib/wine/wine64', '/usr/lib64/wine/wine64']);
    const wineserver = findProgram(
      ['wineserver'],
      ['/usr/lib/wine/wineserver', '/usr/lib64/wine/wineserver'],
    );
    if (!wine64 || !wineserver) {
      throw new Error(
        `Wine is not installed (no ${wine64 ? 'wineserver' : 'wine64'} on PATH or in /usr/lib/wine): ` +
          'the Windows smoke test runs the bundles under Wine. Install it: ' +
          'sudo apt-get install wine wine64 (Debian/Ubuntu), or run .ci/run, which does',
      );
    }
    const node = runtimes.runtime('node-win');
    const prefix = join(runtimes.CACHE, 'wineprefix');
    if (!existsSync(join(prefix, 'system.reg'))) await makePrefix(wine64, wineserver, prefix);
    return {
      wine64,
      wineserver,
      prefix,
      node,
      env: (extra = {}) => ({ ...cleanEnv(extra), ...quiet(prefix) }),
    };
  })();
  return setup;
}

export interface WinProcess {
  child: ChildProcess;
  /** What it has written so far. */
  stdout: () => string;
  stderr: () => string;
  exit: Promise<number | null>;
  /** Ends it (the Linux process that is the Windows process) and waits for that. */
  stop: () => Promise<void>;
}

/** Starts `node.exe args` under Wine; stdout and stderr go to files in a fresh folder. */
export async function spawnNode(
  args: string[],
  options: { cwd: string; env?: Record<string, string | undefined> },
): Promise<WinProcess> {
  return spawnWindows([(await wine()).node, ...args], options);
}

/**
 * Starts a Windows program (`argv[0]`, its Linux path) under Wine; stdout and stderr go to files
 * in a fresh folder.
 */
export async function spawnWindows(
  argv: string[],
  options: { cwd: string; env?: Record<string, string | undefined> },
): Promise<WinProcess> {
  const w = await wine();
  const dir = await tempDir('udo-port-wine-io-');
  const files = [join(dir, 'stdout'), join(dir, 'stderr')] as const;
  const fds = files.map((file) => openSync(file, 'w'));
  let child: ChildProcess;
  try {
    child = spawn(w.wine64, argv, {
      cwd: options.cwd,
      env: w.env(options.env),
      stdio: ['ignore', fds[0], fds[1]],
    });
  } finally {
    for (const fd of fds) closeSync(fd);
  }
  const exit = new Promise<number | null>((done) => {
    child.once('exit', (code) => done(code));
    child.once('error', () => done(null));
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exit;
  };
  const handle = {
    child,
    stdout: () => readFileSync(files[0], 'utf8'),
    stderr: () => readFileSync(files[1], 'utf8'),
    exit,
    stop,
  };
  running.add(handle);
  void exit.then(() => running.delete(handle));
  return handle;
}

const running = new Set<WinProcess>();

/** Ends every Windows process started here that still runs; for afterAll. */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((handle) => handle.stop()));
}

/** Runs `node.exe args` under Wine to its end (killed after `timeoutMs`). */
export async function runNode(
  args: string[],
  options: { cwd: string; env?: Record<string, string | undefined>; timeoutMs?: number },
): Promise<Run> {
  const started = await spawnNode(args, options);
  const timer = setTimeout(() => started.child.kill('SIGKILL'), options.timeoutMs ?? 30_000);
  const code = await started.exit;
  clearTimeout(timer);
  return { code, stdout: started.stdout(), stderr: started.stderr() };
}

/** A bundle's path as node.exe is given it. */
export const winBundle = (name: 'udo-port' | 'udo-doctor' | 'action') =>
  winPath(join(ROOT, 'dist', name, 'index.js'));

/** Ends a Windows process by its Windows PID, the way Wine's taskkill can (no /T). */
export async function taskkill(pid: number): Promise<void> {
  const w = await wine();
  await runQuiet(w.wine64, ['taskkill', '/PID', String(pid), '/F'], w.env()).catch(() => {});
}

/** What a connection to 127.0.0.1:port receives before the server closes it; undefined when refused. */
export function knock(port: number): Promise<string | undefined> {
  return new Promise((done) => {
    let received = '';
    const socket = connect({ port, host: '127.0.0.1' });
    socket.setTimeout(2000);
    socket.on('data', (chunk) => {
      received += chunk;
    });
    socket.once('end', () => done(received));
    socket.once('timeout', () => {
      socket.destroy();
      done(received);
    });
    socket.once('error', () => done(undefined));
  });
}

/** Polls `probe` until it gives a value, failing with `what` at the deadline. */
export async function until<T>(
  what: string,
  probe: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
