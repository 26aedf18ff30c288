import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
export const EXAMPLE = join(ROOT, 'examples', 'udo-platform');
export const bundle = (name: 'udo-port' | 'udo-doctor' | 'action') =>
  join(ROOT, 'dist', name, 'index.js');

const cleanups: (() => Promise<unknown>)[] = [];

/** Runs everything registered so far; call from afterAll/afterEach. */
export async function cleanup(): Promise<void> {
  await Promise.all(cleanups.splice(0).map((fn) => fn().catch(() => undefined)));
}

export async function tempDir(prefix = 'udo-port-test-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** A fresh copy of the example project, as a new user has it after cloning: no .env.local. */
export async function exampleCheckout(): Promise<string> {
  const dir = join(await tempDir('udo-platform-'), 'udo-platform');
  await cp(EXAMPLE, dir, { recursive: true });
  return dir;
}

/** What a first `udo-port start` leaves in web-dashboard/.env.local, plus a key of the app's. */
export const USED_ENV_LOCAL =
  "# Written by `udo-port start`; the backend's URL for the browser.\nNEXT_PUBLIC_API_URL=http://localhost:8001\nNEXT_PUBLIC_APP_NAME=UDO Dashboard\n";

/** A copy of the example as it is once in use: its .env.local exists, with another key too. */
export async function exampleCopy(): Promise<string> {
  const dir = await exampleCheckout();
  await writeFile(join(dir, 'web-dashboard', '.env.local'), USED_ENV_LOCAL);
  return dir;
}

export interface Listening {
  pid: number;
  child: ChildProcess;
  stop: () => Promise<void>;
}

/**
 * A network namespace of its own with only loopback, up (root only): a test that needs the
 * default ports 8001-8010 runs its processes in one (`enter` goes before a command), so a
 * developer's own backend there, or another checkout's tests, neither disturb it nor are disturbed.
 * Throws, saying why, where it cannot be made: such a test fails, it never skips.
 */
export async function privateNetwork(): Promise<{ enter: string[] }> {
  if (process.getuid?.() !== 0) {
    throw new Error(
      'a private network namespace needs root (unshare --net); run the tests as root',
    );
  }
  const holder = spawn(
    'unshare',
    ['--net', '--', 'sh', '-c', 'ip link set lo up && echo ready && exec sleep infinity'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  cleanups.push(
    () =>
      new Promise<void>((done) => {
        if (holder.exitCode !== null || holder.signalCode !== null) return done();
        holder.once('exit', () => done());
        holder.kill('SIGKILL');
      }),
  );
  await new Promise<void>((ready, fail) => {
    let stderr = '';
    holder.stderr?.on('data', (chunk) => {
      stderr += chunk;
    });
    holder.stdout?.once('data', () => ready());
    holder.once('error', (error) =>
      fail(new Error(`cannot make a network namespace: ${error.message}`)),
    );
    holder.once('exit', (code) =>
      fail(
        new Error(
          `cannot make a network namespace (unshare --net, ip link set lo up): exit ${code}: ${stderr.trim()}`,
        ),
      ),
    );
  });
  return { enter: ['nsenter', `--net=/proc/${holder.pid}/ns/net`, '--'] };
}

/** A real process listening on host:port, resolved once the socket is bound; `enter`: in a namespace. */
export function listen(port: number, host = '0.0.0.0', enter: string[] = []): Promise<Listening> {
  const script = `require('net').createServer().listen(${port}, ${JSON.stringify(host)}, () => console.log('ready'))`;
  const [file, ...args] = [...enter, process.execPath, '-e', script] as unknown as [
    string,
    ...string[],
  ];
  const child = spawn(file, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGKILL');
    });
  cleanups.push(stop);
  return new Promise((ready, fail) => {
    let stderr = '';
    child.stderr?.on('data', (chunk) => {
      stderr += chunk;
    });
    child.stdout?.once('data', () => ready({ pid: child.pid as number, child, stop }));
    child.once('exit', (code) => fail(new Error(`listener on ${port} exited ${code}: ${stderr}`)));
  });
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a built bundle as a user would: `node dist/<name>/index.js args`. */
export function runBundle(
  name: Parameters<typeof bundle>[0],
  args: string[],
  options: {
    cwd?: string;
    env?: Record<string, string | undefined>;
    enter?: string[];
    /** The bound on the run; more for a test that starts many at once on a busy host. */
    timeoutMs?: number;
  } = {},
): Promise<Run> {
  const [file, ...argv] = [...(options.enter ?? []), process.execPath, bundle(name), ...args] as [
    string,
    ...string[],
  ];
  return new Promise((done) => {
    execFile(
      file,
      argv,
      {
        cwd: options.cwd ?? ROOT,
        env: cleanEnv(options.env),
        timeout: options.timeoutMs ?? 60_000,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

/** The test's environment without the port settings of whoever runs the tests. */
export function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of [
    'API_PORT',
    'BACKEND_PORT',
    'API_HOST',
    'NEXT_PUBLIC_API_URL',
    'UDO_PORT_LEASE_DIR',
  ]) {
    delete env[key];
  }
  for (const key of Object.keys(env)) {
    if (key.startsWith('GITHUB_') || key.startsWith('RUNNER_') || key.startsWith('INPUT_'))
      delete env[key];
  }
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

/** Polls `check` until it holds; fails with `what` and the last value after `timeoutMs`. */
export async function eventually<T>(
  check: () => T,
  holds: (value: T) => boolean,
  what: string,
  timeoutMs = 60_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (holds(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Whether a port can be bound on 0.0.0.0 right now. */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '0.0.0.0', () => server.close(() => resolve(true)));
  });
}
