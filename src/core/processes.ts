import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { isRunning } from './process-info.js';

const run = promisify(execFile);

/**
 * Why a pid must not be ended, or undefined when it may be: the idle and system pseudo-processes
 * of Windows (0, 4), init (1), and this process and its parent (the shell or script that asked).
 */
export function protectedReason(
  pid: number,
  self: { pid: number; ppid: number } = process,
): string | undefined {
  if (pid === 0 || pid === 4) return `PID ${pid} is the operating system itself`;
  if (pid === 1) return 'PID 1 is the init process';
  if (pid === self.pid) return `PID ${pid} is udo-port itself`;
  if (pid === self.ppid) return `PID ${pid} is the process that started udo-port`;
  return undefined;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Ends a process: on Windows its whole tree with taskkill; elsewhere SIGTERM, then SIGKILL when
 * it is still there after `graceMs`. Resolves to how it ended.
 */
export async function endProcess(
  pid: number,
  graceMs = 3000,
): Promise<'ended' | 'killed' | 'gone'> {
  if (!isRunning(pid)) return 'gone';
  if (process.platform === 'win32') {
    await run('taskkill', ['/PID', String(pid), '/T', '/F'], {
      timeout: 10_000,
      windowsHide: true,
    });
    return 'killed';
  }
  try {
    process.kill(pid, 'SIGTERM');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return 'gone';
    throw error;
  }
  for (let waited = 0; waited < graceMs; waited += 50) {
    await sleep(50);
    if (!isRunning(pid)) return 'ended';
  }
  process.kill(pid, 'SIGKILL');
  return 'killed';
}
