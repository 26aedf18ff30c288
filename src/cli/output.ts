// udo-port's lines on stdout and stderr, shared by the commands: the one place their prefix and
// colours are chosen.
import { paint } from './args.js';

/** Where a command's lines go: udo-port's own (`say` below), or a caller's. */
export interface Say {
  info: (line: string) => void;
  warn: (line: string) => void;
  error: (line: string) => void;
}

/**
 * A reader that goes away (`udo-port list | head -1`) is no error: the lines it no longer wants
 * are dropped, quietly, and the command ends as it would have (a backend is still stopped),
 * where Node would end it with an 'Unhandled error' stack. Called by each face's main, once.
 */
export function dropOutputToClosedPipes(): void {
  for (const stream of [process.stdout, process.stderr]) {
    if (!stream.listeners('error').includes(ignoreClosedPipe)) stream.on('error', ignoreClosedPipe);
  }
}

function ignoreClosedPipe(error: NodeJS.ErrnoException): void {
  if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
}

export const out = (line: string) => process.stdout.write(`${line}\n`);
export const warn = (line: string) =>
  process.stderr.write(`${paint('yellow', 'udo-port: warning:', 2)} ${line}\n`);
export const fail = (line: string) =>
  process.stderr.write(`${paint('red', 'udo-port:', 2)} ${line}\n`);
export const say = { info: (line: string) => out(`udo-port: ${line}`), warn, error: fail };
