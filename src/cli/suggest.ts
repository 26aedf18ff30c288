// Help for a mistyped command line: the option the user most likely meant, and what a missing
// value should have been. Pure; the parser (args.ts) words its errors with these.

import { PORT_DEFAULTS, PROJECT_DEFAULTS } from '../core/project/defaults.js';

export { distance, suggest } from '../core/suggest.js';

import { suggest } from '../core/suggest.js';

/** `unknown option --prot (did you mean --port?)`, or without the guess when none is close. */
export function unknownOptionMessage(option: string, known: readonly string[]): string {
  const guess = suggest(option, known);
  return `unknown option ${option}${guess ? ` (did you mean ${guess}?)` : ''}`;
}

/**
 * What each option's value is, with an example: the second half of the missing-value line.
 * test/docs.test.ts holds its names to the help tables: every option there that takes a value
 * has its words here, and nothing here is an option no table names.
 */
export const VALUES: Record<string, string> = {
  '--cwd': 'a folder, e.g. --cwd ../my-project',
  '--port': `a port, e.g. --port ${PORT_DEFAULTS.port}`,
  '--default-port': `a port, e.g. --default-port ${PORT_DEFAULTS.port}`,
  '--range': `a port range, e.g. --range ${PORT_DEFAULTS.range.from}-${PORT_DEFAULTS.range.to}`,
  '--host': 'a bind host, e.g. --host 127.0.0.1',
  '--url-host': 'a host for the URL, e.g. --url-host localhost',
  '--backend-env': `a file, e.g. --backend-env ${PROJECT_DEFAULTS.backendEnv}`,
  '--env-file': `a file, e.g. --env-file ${PROJECT_DEFAULTS.backendEnv}`,
  '--env-local': `a file, e.g. --env-local ${PROJECT_DEFAULTS.envLocal}`,
  '--venv': `a virtualenv folder, e.g. --venv ${PROJECT_DEFAULTS.venv}`,
  '--app': `MODULE:ATTR, e.g. --app ${PROJECT_DEFAULTS.app}`,
  '--fallback': 'a fallback, e.g. --fallback any',
  '--web-port': `a port, e.g. --web-port ${PORT_DEFAULTS.webPort}`,
  '--web-range': `a port range, e.g. --web-range ${PORT_DEFAULTS.webRange.from}-${PORT_DEFAULTS.webRange.to}`,
  '--web-dir': `a folder, e.g. --web-dir ${PROJECT_DEFAULTS.webDir}`,
  '--web-cmd': 'a command, e.g. --web-cmd "npm run dev -- --port {port}"',
  '--hold': 'seconds, e.g. --hold 120',
  '--wait': 'seconds, e.g. --wait 60',
  '--only': 'check ids or areas, e.g. --only venv,port.backend',
  '--skip': 'check ids or areas, e.g. --skip git',
};

/**
 * `--port: needs a value (a port, e.g. --port 8001)`. When the next argument starts with a dash
 * (`--port --json`, `--port -1`), it says how such a value is written.
 */
export function missingValueMessage(option: string, nextStartsWithDash = false): string {
  const what = VALUES[option] ?? 'a value';
  const dash = nextStartsWithDash
    ? `; a value starting with a dash is written ${option}=-VALUE`
    : '';
  return `${option}: needs a value (${what})${dash}`;
}
