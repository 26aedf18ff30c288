import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { decodeToolOutput } from '../process/console-text.js';
import type { Listener, ListenerLookup } from '../types.js';

const execFileAsync = promisify(execFile);

export const TOOL_TIMEOUT_MS = 2_000;

/** How to get a missing tool, where a user may lack it (Windows and macOS ship theirs). */
const INSTALL: Record<string, string> = {
  ss: 'it comes with iproute2: sudo apt-get install iproute2, or sudo dnf install iproute',
  netstat: 'it comes with net-tools: sudo apt-get install net-tools',
  lsof: 'sudo apt-get install lsof, or sudo dnf install lsof',
};

export type RunResult =
  | { ok: true; stdout: string }
  | {
      ok: false;
      stdout: string;
      stderr: string;
      exitCode?: number;
      problem: string;
    };

interface ExecError extends Error {
  code?: string | number;
  killed?: boolean;
  signal?: string | null;
  stdout?: Buffer;
  stderr?: Buffer;
}

/**
 * Runs a tool without a shell, with a timeout. Never throws: a failure says what went wrong in
 * words fit for a warning. Each entry of `files` is tried in turn while the tool is missing,
 * because /usr/sbin is not on every user's PATH.
 */
export async function runTool(
  files: readonly string[],
  args: readonly string[],
  timeoutMs = TOOL_TIMEOUT_MS,
): Promise<RunResult> {
  const name = files[0] ?? '?';
  for (const file of files) {
    try {
      const { stdout } = await execFileAsync(file, args, {
        timeout: timeoutMs,
        windowsHide: true,
        maxBuffer: 32 * 1024 * 1024,
        // Korean Windows' tools write CP949 to a pipe (console-text.ts).
        encoding: 'buffer',
        // ss and lsof print no words, but net-tools netstat localizes its state words.
        env: process.platform === 'win32' ? process.env : { ...process.env, LC_ALL: 'C' },
      });
      return { ok: true, stdout: decodeToolOutput(stdout) };
    } catch (e) {
      const err = e as ExecError;
      if (err.code === 'ENOENT') continue;
      const stdout = err.stdout ? decodeToolOutput(err.stdout) : '';
      const stderr = err.stderr ? decodeToolOutput(err.stderr) : '';
      const failure: RunResult = { ok: false, stdout, stderr, problem: '' };
      if (err.killed || (err.signal && typeof err.code !== 'number')) {
        failure.problem = `\`${name}\` timed out after ${timeoutMs / 1000} s`;
      } else if (typeof err.code === 'number') {
        failure.exitCode = err.code;
        const why = stderr.trim().split(/\r?\n/)[0];
        failure.problem = `\`${name}\` failed (exit code ${err.code}${why ? `: ${why}` : ''})`;
      } else {
        failure.problem = `\`${name}\` could not be run (${err.code ?? err.message})`;
      }
      return failure;
    }
  }
  const install = INSTALL[name];
  return {
    ok: false,
    stdout: '',
    stderr: '',
    problem: `\`${name}\` was not found${install ? ` (${install})` : ''}`,
  };
}

/** One way to list the listeners: the tool's name, and what it found or why it could not. */
export interface ListenerSource {
  tool: string;
  read: () => Promise<Listener[] | { problem: string }>;
}

/** A tool's run, read by `parse` when it succeeded. */
export const parsedBy =
  (parse: (stdout: string) => Listener[]) =>
  (run: RunResult): Listener[] | { problem: string } =>
    run.ok ? parse(run.stdout) : { problem: run.problem };

/**
 * The listeners on `port` (all when undefined) from the first source that answers, tried in
 * order, with its name; when none does, every source's problem in one line.
 */
export async function firstAnswer(
  sources: readonly ListenerSource[],
  port: number | undefined,
): Promise<{ listeners: Listener[]; tool: string } | Required<Pick<ListenerLookup, 'problem'>>> {
  const problems: string[] = [];
  for (const { tool, read } of sources) {
    const found = await read();
    if (!Array.isArray(found)) {
      problems.push(found.problem);
      continue;
    }
    return { tool, listeners: port === undefined ? found : found.filter((l) => l.port === port) };
  }
  return { problem: `could not look at TCP listeners: ${problems.join('; ')}` };
}
