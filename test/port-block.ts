// Every test file owns a block of ports (its header says which; no two files of the suite share
// one). This setup file makes that block the file's alone on the whole host, so that two checkouts
// can run the suite at once: before a file's tests it takes a lock named after the file, in a
// registry under /tmp that only these tests use, and drops it after them. The lock is a file
// made with O_EXCL holding its owner's pid; a lock whose owner is gone is taken over, one that
// is alive is waited for (its removal is watched, not polled for).
import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  unlinkSync,
  watch,
  writeSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';

const REGISTRY = join('/tmp', 'udo-port-test-blocks');

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Takes the lock at `file` once: true when this process holds it now. */
function tryLock(file: string): boolean {
  try {
    const fd = openSync(file, 'wx', 0o644);
    writeSync(fd, `${process.pid}\n`);
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  let owner: number;
  try {
    owner = Number(readFileSync(file, 'utf8'));
  } catch {
    return false; // removed meanwhile: the next try takes it
  }
  // Half-written (no pid yet) counts as alive: its writer is between open and write.
  if (!Number.isInteger(owner) || owner <= 0 || alive(owner)) return false;
  // Stale: its owner is gone. Only one taker's unlink can remove this very file; a second taker
  // may remove the first's fresh lock, which is why the owner pid is read back below.
  try {
    unlinkSync(file);
  } catch {}
  return false;
}

/** Resolves once this process holds the lock at `file`. */
function lock(file: string): Promise<void> {
  mkdirSync(REGISTRY, { recursive: true, mode: 0o1777 });
  return new Promise((resolve, reject) => {
    const name = basename(file);
    let done = false;
    const attempt = () => {
      if (done) return;
      try {
        if (!tryLock(file)) return;
        if (Number(readFileSync(file, 'utf8')) !== process.pid) return;
      } catch (error) {
        done = true;
        cleanupWatch();
        reject(error);
        return;
      }
      done = true;
      cleanupWatch();
      resolve();
    };
    // The lock's removal wakes us; the timer only notices an owner that died without removing it.
    const watcher = watch(REGISTRY, (_event, changed) => {
      if (changed === name) attempt();
    });
    const deadOwner = setInterval(attempt, 1000);
    const cleanupWatch = () => {
      watcher.close();
      clearInterval(deadOwner);
    };
    attempt();
  });
}

let held: string | undefined;

beforeAll(async () => {
  const testPath = expect.getState().testPath;
  if (!testPath) throw new Error('port-block: no test file to lock for');
  held = join(REGISTRY, `${basename(testPath)}.lock`);
  await lock(held);
}, 900_000);

afterAll(() => {
  if (!held) return;
  try {
    if (Number(readFileSync(held, 'utf8')) === process.pid) unlinkSync(held);
  } catch {}
  held = undefined;
});
