// udo-port: dispatch only. Each command lives in a file of its own (find.ts, leases.ts, dev.ts,
// start.ts, kill.ts, init.ts, url.ts); help.ts holds what each takes and means.
import pkg from '../../package.json' with { type: 'json' };
import { AlreadyRunningError, NoPortError, UsageError } from '../core/errors.js';
import { printable } from '../core/text.js';
import { find } from './find.js';
import { COMMAND_NAMES, commandHelp, globalHelp, isCommand } from './help.js';
import { dropOutputToClosedPipes, fail, out, say } from './output.js';
import { suggest } from './suggest.js';

// find, the command scripts run most, is imported up front; the others load only when called
// (ncc puts each in a chunk file beside the bundle), so find's start does not compile them.
const commands: Record<string, (args: string[]) => Promise<number | undefined>> = {
  dev: async (args) => (await import('./dev.js')).dev(args, say),
  start: async (args) => (await import('./start.js')).start(args, say),
  find: async (args) => void (await find(args)),
  list: async (args) => void (await (await import('./leases.js')).list(args)),
  release: async (args) => (await import('./leases.js')).release(args),
  kill: async (args) => (await import('./kill.js')).kill(args, say),
  init: async (args) => (await import('./init.js')).init(args, say),
  url: async (args) => (await import('./url.js')).url(args, out),
};

export async function main(argv: string[]): Promise<number> {
  dropOutputToClosedPipes();
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h') {
      out(globalHelp(pkg.version));
      return command === undefined ? 2 : 0;
    }
    if (command === 'help') {
      const [topic] = rest;
      if (topic === undefined) out(globalHelp(pkg.version));
      else if (isCommand(topic)) out(commandHelp(topic));
      else
        throw new UsageError(
          `help: no command "${printable(topic)}" (${COMMAND_NAMES.join(', ')})`,
        );
      return 0;
    }
    if (command === '--version' || command === '-v') {
      out(pkg.version);
      return 0;
    }
    const run = commands[command];
    if (!run || !isCommand(command)) {
      const guess = suggest(command, COMMAND_NAMES);
      throw new UsageError(
        `unknown command "${printable(command)}" (${guess ? `did you mean ${guess}? ` : ''}expected ${COMMAND_NAMES.join(', ')})`,
      );
    }
    const own = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
    if (own.includes('--help') || own.includes('-h')) {
      out(commandHelp(command));
      return 0;
    }
    if (own.includes('--version') || own.includes('-v')) {
      out(pkg.version);
      return 0;
    }
    return (await run(rest)) ?? 0;
  } catch (error) {
    const known =
      error instanceof UsageError ||
      error instanceof NoPortError ||
      error instanceof AlreadyRunningError;
    fail(error instanceof Error ? error.message : String(error));
    // A stack trace helps only when asked for; the one line says what went wrong.
    if (!known && process.env.UDO_PORT_DEBUG) console.error(error);
    return known ? error.exitCode : 1;
  }
}
