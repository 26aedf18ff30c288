// Running `udo-port start` as a user would, for the tests of start and of the users' stories.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { bundle, cleanEnv, exampleCopy } from './helpers.js';

/** The example project with a venv that sees Debian's uvicorn and FastAPI. */
export async function projectWithVenv(): Promise<string> {
  const project = await exampleCopy();
  execFileSync('/usr/bin/python3', [
    '-m',
    'venv',
    '--system-site-packages',
    join(project, '.venv'),
  ]);
  return project;
}

export interface Started {
  child: ChildProcess;
  output: () => string;
  waitFor: (pattern: RegExp, timeoutMs?: number) => Promise<RegExpMatchArray>;
  exit: Promise<number | null>;
}

export const running: ChildProcess[] = [];
afterAll(() => {
  for (const child of running) if (child.exitCode === null) child.kill('SIGKILL');
});

export function startIn(cwd: string, args: string[], env: Record<string, string>): Started {
  const child = spawn(process.execPath, [bundle('udo-port'), 'start', ...args], {
    cwd,
    env: cleanEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let text = '';
  const listeners = new Set<() => void>();
  const append = (chunk: Buffer) => {
    text += chunk;
    for (const listener of listeners) listener();
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  // 'close', not 'exit': the output is complete only once the pipes have closed.
  const exit = new Promise<number | null>((resolve) =>
    child.once('close', (code) => resolve(code)),
  );
  const waitFor = (pattern: RegExp, timeoutMs = 60_000) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const check = () => {
        const match = text.match(pattern);
        if (match) {
          listeners.delete(check);
          clearTimeout(timer);
          resolve(match);
        }
      };
      const timer = setTimeout(() => {
        listeners.delete(check);
        reject(new Error(`timed out waiting for ${pattern}; output:\n${text}`));
      }, timeoutMs);
      listeners.add(check);
      check();
    });
  return { child, output: () => text, waitFor, exit };
}
