import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { isatty } from 'node:tty';
import { type ParseArgsConfig, parseArgs, styleText } from 'node:util';
import type { AllocateRequest } from '../core/allocate.js';
import { UsageError } from '../core/errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** The project and port options every command of both CLIs takes. */
export const projectOptions = {
  cwd: { type: 'string' },
  port: { type: 'string' },
  'default-port': { type: 'string' },
  range: { type: 'string' },
  host: { type: 'string' },
  'url-host': { type: 'string' },
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
export function parseCommandLine<T extends Options>(
  args: string[],
  options: T,
  positionals = true,
) {
  try {
    return parseArgs({ args, options, allowPositionals: positionals, strict: true, tokens: false });
  } catch (error) {
    const message = (error as Error).message;
    const option = /'(-[^']*)'/.exec(message)?.[1];
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`unknown option ${option}`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      throw new UsageError(`${option?.split(' ')[0] ?? 'option'}: ${message.split('\n')[0]}`);
    }
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      throw new UsageError(`unexpected argument ${/'([^']*)'/.exec(message)?.[1] ?? ''}`.trim());
    }
    throw new UsageError(message.split('\n')[0] ?? message);
  }
}

/** Translates the common options into the core's request; the core validates the values. */
export function allocateRequest(values: ProjectValues): AllocateRequest {
  if (values.strict && values['no-strict']) {
    throw new UsageError('--strict and --no-strict: choose one');
  }
  const cwd = resolve(values.cwd ?? '.');
  if (!statSync(cwd, { throwIfNoEntry: false })?.isDirectory()) {
    throw new UsageError(`--cwd: "${values.cwd}" is not a folder`);
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
    ...(values['env-file'] && { envFile: values['env-file'] }),
    envFileLabel: values['env-file'] ? '--env-file' : undefined,
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
export function envLocalPath(values: ProjectValues): string {
  return resolve(values.cwd ?? '.', values['env-local'] ?? 'web-dashboard/.env.local');
}

const MAX_SECONDS = 7 * 24 * 3600;

/** Parses a whole number of seconds, 1 to a week, for an option such as --hold or --wait. */
export function parseSeconds(raw: string, option: string): number {
  const seconds = Number(raw.trim());
  if (!/^\d+$/.test(raw.trim()) || seconds < 1 || seconds > MAX_SECONDS) {
    throw new UsageError(`${option}: "${raw}" is not a number of seconds from 1 to ${MAX_SECONDS}`);
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
