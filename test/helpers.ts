import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
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

/** A real process listening on host:port, resolved once the socket is bound. */
export function listen(port: number, host = '0.0.0.0'): Promise<Listening> {
  const script = `require('net').createServer().listen(${port}, ${JSON.stringify(host)}, () => console.log('ready'))`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
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
  options: { cwd?: string; env?: Record<string, string | undefined> } = {},
): Promise<Run> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [bundle(name), ...args],
      {
        cwd: options.cwd ?? ROOT,
        env: cleanEnv(options.env),
        timeout: 60_000,
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
