// The faces run in the test's own process: `main(argv)` of the CLIs and the action's `run()`,
// with the environment, the working folder and stdout/stderr the caller gives, so that coverage
// sees src/. One run at a time: they share process.env, the cwd and the streams.
import { cleanEnv, ROOT, type Run } from './helpers.js';

let queue: Promise<unknown> = Promise.resolve();

/** Runs `body` with process.env, the cwd and the output streams as a child process would have them. */
export function inProcess(
  body: () => Promise<number | undefined>,
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<Run> {
  const turn = queue.then(async () => {
    const savedEnv = { ...process.env };
    const savedCwd = process.cwd();
    const savedExitCode = process.exitCode;
    const writes = { out: process.stdout.write, err: process.stderr.write };
    let stdout = '';
    let stderr = '';
    const capture =
      (append: (text: string) => void) =>
      (chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
        append(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
        const done = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
        done?.();
        return true;
      };
    const env = options.env ?? cleanEnv();
    for (const key of Object.keys(process.env)) delete process.env[key];
    Object.assign(process.env, env);
    process.chdir(options.cwd ?? ROOT);
    process.exitCode = undefined;
    process.stdout.write = capture((text) => {
      stdout += text;
    }) as typeof process.stdout.write;
    process.stderr.write = capture((text) => {
      stderr += text;
    }) as typeof process.stderr.write;
    try {
      const returned = await body();
      const code = returned ?? (Number(process.exitCode ?? 0) || 0);
      return { code, stdout, stderr };
    } catch (error) {
      // What node prints for an uncaught error, and its exit code.
      stderr += `${error instanceof Error ? error.stack : String(error)}\n`;
      return { code: 1, stdout, stderr };
    } finally {
      process.stdout.write = writes.out;
      process.stderr.write = writes.err;
      for (const key of Object.keys(process.env)) delete process.env[key];
      Object.assign(process.env, savedEnv);
      process.chdir(savedCwd);
      process.exitCode = savedExitCode;
    }
  });
  queue = turn.catch(() => undefined);
  return turn;
}

/** `udo-port args` or `udo-doctor args`, in-process; the same result as helpers' runBundle. */
export async function runCli(
  name: 'udo-port' | 'udo-doctor',
  args: string[],
  options: { cwd?: string; env?: Record<string, string | undefined> } = {},
): Promise<Run> {
  const face =
    name === 'udo-port'
      ? await import('../src/cli/udo-port.js')
      : await import('../src/cli/udo-doctor.js');
  return inProcess(() => face.main(args), {
    cwd: options.cwd ?? ROOT,
    env: cleanEnv(options.env),
  });
}
