// The watchdog's script (core/process/end.ts) run as start and dev run it, `node -e`, with real
// processes to end. The case start and dev cannot time on purpose: their pid dies (its end of
// the pipe closes) before it could name the command's process group, because the kill came
// while the command was being spawned. Linux: the command is then found by its marker.
import { type ChildProcess, spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { GRACE_MS, WATCH_VARIABLE, WATCHDOG } from '../src/core/process/end.js';
import { eventually } from './helpers.js';

const started: ChildProcess[] = [];
afterAll(() => {
  for (const child of started) {
    try {
      process.kill(-(child.pid as number), 'SIGKILL');
    } catch {}
  }
});

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** A command in a group of its own, carrying `marker`, that ignores SIGTERM when `stubborn`. */
function command(marker: string, stubborn = false): ChildProcess {
  const child = spawn(
    'sh',
    ['-c', stubborn ? "trap '' TERM; while :; do sleep 1; done" : 'exec sleep 120'],
    { detached: true, stdio: 'ignore', env: { ...process.env, [WATCH_VARIABLE]: marker } },
  );
  started.push(child);
  return child;
}

function watchdog(marker: string) {
  const child = spawn(
    process.execPath,
    ['-e', WATCHDOG, String(GRACE_MS), String(process.pid), marker],
    { stdio: ['pipe', 'ignore', 'pipe'] },
  );
  started.push(child);
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  return { child, stderr: () => stderr, exited };
}

describe('the watchdog, told no group before its pid died (Linux)', () => {
  it('ends the commands that carry its marker, and only those', async () => {
    const marker = crypto.randomUUID();
    const ours = command(marker);
    const stubborn = command(marker, true);
    const other = command(crypto.randomUUID());
    const dog = watchdog(marker);
    // The pid it watches dies: its end of the pipe closes, with no `group` line sent.
    dog.child.stdin?.end();
    await eventually(
      () => alive(ours.pid as number),
      (up) => !up,
      'the marked commands to end',
      30_000,
    );
    // SIGTERM ignored: SIGKILL once the grace period is over.
    await eventually(
      () => alive(stubborn.pid as number),
      (up) => !up,
      'the stubborn one to end',
      30_000,
    );
    await dog.exited;
    expect(dog.stderr()).toMatch(/is gone; ending the backend it started/);
    expect(alive(other.pid as number)).toBe(true);
  });

  it('finds a command that starts after the pid died (it was still being spawned)', async () => {
    const marker = crypto.randomUUID();
    const dog = watchdog(marker);
    dog.child.stdin?.end();
    // The watchdog has seen the EOF once it looked and found nothing; the command comes later.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const late = command(marker);
    await eventually(
      () => alive(late.pid as number),
      (up) => !up,
      'the late command to end',
      30_000,
    );
    await dog.exited;
  });

  it('told `done`, ends nothing and exits', async () => {
    const marker = crypto.randomUUID();
    const ours = command(marker);
    const dog = watchdog(marker);
    dog.child.stdin?.write(`group ${ours.pid} \n`);
    dog.child.stdin?.end('done\n');
    await dog.exited;
    expect(alive(ours.pid as number)).toBe(true);
    expect(dog.stderr()).toBe('');
  });
});
