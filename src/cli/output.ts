// udo-port's lines on stdout and stderr, shared by the commands: the one place their prefix and
// colours are chosen.
import { paint } from './args.js';

/** Where a command's lines go: udo-port's own (`say` below), or a caller's. */
export interface Say {
  info: (line: string) => void;
  warn: (line: string) => void;
  error: (line: string) => void;
}

export const out = (line: string) => process.stdout.write(`${line}\n`);
export const warn = (line: string) =>
  process.stderr.write(`${paint('yellow', 'udo-port: warning:', 2)} ${line}\n`);
export const fail = (line: string) =>
  process.stderr.write(`${paint('red', 'udo-port:', 2)} ${line}\n`);
export const say = { info: (line: string) => out(`udo-port: ${line}`), warn, error: fail };
