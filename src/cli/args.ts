import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { isatty } from 'node:tty';
import { type ParseArgsConfig, parseArgs, styleText } from 'node:util';
import { UsageError } from '../core/errors.js';
import { LONGEST_LEASE_MS } from '../core/leases/record.js';
import type { AllocateRequest } from '../core/ports/allocate.js';
import { envLocalPath as frontendEnvPath, PROJECT_DEFAULTS } from '../core/project/defaults.js';
import { findProjectRoot } from '../core/project/root.js';
import { driveUpper } from '../core/project/same-path.js';
import { printable } from '../core/text.js';
import { missingValueMessage, unknownOptionMessage } from './suggest.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** The project and port options every command of both CLIs takes. */
export const projectOptions = {
  cwd: { type: 'string' },
  port: { type: 'string' },
  'default-port': { type: 'string' },
  range: { type: 'string' },
  host: { type: 'string' },
  'url-host': { type: 'string' },
  // Node itself looks for `--env-file` anywhere in its arguments, the script's too, and exits 9
  // when that file is not in the current folder: `--backend-env` is the name Node leaves alone.
  'backend-env': { type: 'string' },
  'env-file': { type: 'string' },
  'env-local': { type: 'string' },
  venv: { type: 'string' },
  app: { type: 'string' },
  strict: { type: 'boolean' },
  // Node 20's parseArgs has no allowNegative, so the negation is an option of its own.
  'no-strict': { type: 'boolean' },
  fallback: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const satisfies Options;

export type ProjectValues = {
  [K in keyof typeof projectOptions]?: (typeof projectOptions)[K]['type'] extends 'string'
    ? string
    : boolean;
};

/** parseArgs, with its errors turned into one line that names the option. */
function parse<T extends Options>(args: string[], options: T, positionals: boolean) {
  try {
    return parseArgs({ args, options, allowPositionals: positionals, strict: true, tokens: false });
  } catch (error) {
    const message = (error as Error).message;
    const option = /'(-[^']*)'/.exec(message)?.[1];
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const known = Object.entries(options).flatMap(([name, option]) => [
        `--${name}`,
        ...(option.short ? [`-${option.short}`] : []),
      ]);
      throw new UsageError(unknownOptionMessage(option ?? '', known));
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      // `Option '-y, --yes' does not take an argument`, `Option '--app <value>' argument
      // missing`, or ambiguous: the next argument starts with a dash.
      const name = /--[\w-]+/.exec(option ?? '')?.[0] ?? option ?? 'option';
      throw new UsageError(
        /does not take an argument/.test(message)
          ? `${name}: takes no value`
          : missingValueMessage(name, /ambiguous/.test(message)),
      );
    }
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      throw new UsageError(`unexpected argument ${/'([^']*)'/.exec(message)?.[1] ?? ''}`.trim());
    }
    throw new UsageError(message.split('\n')[0] ?? message);
  }
}

/**
 * The command line, parsed; errors are one line naming the option. An empty value given on
 * purpose (`--port ""`) is one too: leaving the option out is how the default is asked for.
 */
export function parseCommandLine<T extends Options>(
  args: string[],
  options: T,
  positionals = true,
) {
  const parsed = parse(args, options, positionals);
  for (const [name, value] of Object.entries(parsed.values)) {
    if (typeof value === 'string' && value.trim() === '') {
      throw new UsageError(
        `--${name}: "${printable(value)}" is empty (give a value, or leave the option out)`,
      );
    }
  }
  return parsed;
}

// uvicorn's `module:attribute`; anything else would reach its command line as an option.
const APP = /^[\w.]+:[\w.]+$/;

/**
 * The project's root: the nearest folder at or above --cwd (default: here) that holds the
 * project's folders, as git finds its root; else --cwd itself, with `found` false.
 */
export function projectRoot(values: ProjectValues): { root: string; found: boolean } {
  // One spelling of the project for every lease and comparison (same-path.ts).
  const given = driveUpper(resolve(values.cwd ?? '.'));
  let folder: boolean;
  try {
    folder = statSync(given, { throwIfNoEntry: false })?.isDirectory() ?? false;
  } catch (error) {
    // A name too long, a NUL, a file in the path: the value's fault, said as such.
    const code = (error as NodeJS.ErrnoException).code ?? 'not a path';
    throw new UsageError(`--cwd: "${printable(values.cwd ?? '.')}" is not a folder (${code})`);
  }
  if (!folder) throw new UsageError(`--cwd: "${printable(values.cwd ?? '.')}" is not a folder`);
  const root = findProjectRoot(given);
  return { root: root ?? given, found: root !== undefined };
}

/** Translates the common options into the core's request; the core validates the values. */
export function allocateRequest(values: ProjectValues): AllocateRequest {
  if (values.strict && values['no-strict']) {
    throw new UsageError('--strict and --no-strict: choose one');
  }
  const { root: cwd } = projectRoot(values);
  if (values['backend-env'] !== undefined && values['env-file'] !== undefined) {
    throw new UsageError('--backend-env and --env-file: choose one (--env-file is its old name)');
  }
  const envFileOption = values['backend-env'] !== undefined ? '--backend-env' : '--env-file';
  const envFile = values['backend-env'] ?? values['env-file'];
  if (values.app !== undefined && !APP.test(values.app)) {
    throw new UsageError(
      `--app: "${printable(values.app)}" is not MODULE:ATTR (e.g. ${PROJECT_DEFAULTS.app})`,
    );
  }
  return {
    cwd,
    port: values.port,
    portFrom: 'flag',
    defaultPort: values['default-port'],
    range: values.range,
    host: values.host,
    urlHost: values['url-host'],
    strict: values.strict ? true : values['no-strict'] ? false : undefined,
    fallback: values.fallback,
    // The CLIs read the environment and the backend env file, as documented.
    env: process.env,
    envFile: envFile ?? true,
    ...(envFile !== undefined && { envFileLabel: envFileOption }),
    labels: {
      port: '--port',
      defaultPort: '--default-port',
      range: '--range',
      host: '--host',
      urlHost: '--url-host',
      fallback: '--fallback',
    },
  } as AllocateRequest;
}

/** The frontend env file, `web-dashboard/.env.local` under the project unless given. */
export function envLocalPath(values: ProjectValues, root: string): string {
  return frontendEnvPath(root, values['env-local']);
}

/** The most each option of seconds may ask for: --hold is a lease's TTL, --wait only a wait. */
const MAX_SECONDS = {
  '--hold': { seconds: LONGEST_LEASE_MS / 1000, said: '24 hours' },
  '--wait': { seconds: 7 * 24 * 3600, said: 'a week' },
} as const;

/** Parses a whole number of seconds for --hold (at most 24 hours) or --wait (a week). */
export function parseSeconds(raw: string, option: keyof typeof MAX_SECONDS): number {
  const { seconds: max, said } = MAX_SECONDS[option];
  const seconds = Number(raw.trim());
  if (!/^\d+$/.test(raw.trim()) || seconds < 1 || seconds > max) {
    throw new UsageError(
      `${option}: "${printable(raw)}" is not a number of seconds from 1 to ${max} (${said})`,
    );
  }
  return seconds;
}

/** Colour only on a terminal (stdout, or stderr with fd 2), and never under NO_COLOR. */
export function paint(
  format: Parameters<typeof styleText>[0],
  text: string,
  fd: 1 | 2 = 1,
): string {
  return isatty(fd) && !process.env.NO_COLOR ? styleText(format, text) : text;
}
