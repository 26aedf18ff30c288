// udo-port's help, written once: one table of options (each with its value's name, its one-line
// meaning and the commands that take it) and one of commands. `--help`, `help CMD`, the command
// names "did you mean" offers, and the tables in docs/cli.md come from these; test/docs.test.ts
// holds the docs and every command's parser to them.

import { LONGEST_LEASE_MS } from '../core/leases/record.js';
import { PORT_DEFAULTS, PROJECT_DEFAULTS, TIME_DEFAULTS } from '../core/project/defaults.js';
import { formatTable } from './table.js';

export type Command = 'init' | 'dev' | 'start' | 'find' | 'list' | 'release' | 'kill' | 'url';

export interface OptionHelp {
  /** The flag and its value's name: `--port N`; a flag with no value name takes none. */
  flag: string;
  text: string;
  /** The commands that take it; absent: every command that takes the project options. */
  only?: readonly Command[];
  /** Accepted, not shown: an old name, told of in another option's text. */
  hidden?: boolean;
}

export const PROJECT: readonly Command[] = ['dev', 'start', 'find'];

const range = ({ from, to }: { from: number; to: number }) => `${from}-${to}`;

export const OPTIONS: readonly OptionHelp[] = [
  {
    flag: '--cwd DIR',
    text: 'the project, or a folder inside it (default: here)',
    only: ['init', 'dev', 'start', 'find', 'url'],
  },
  { flag: '--port N', text: 'use this port; fail if it is taken (unless --no-strict)' },
  {
    flag: '--default-port N',
    text: `first port to try (default: ${PORT_DEFAULTS.port}, or the first port of --range)`,
  },
  { flag: '--range A-B', text: `ports to scan (default: ${range(PORT_DEFAULTS.range)})` },
  { flag: '--host H', text: `bind host to test (default: API_HOST, else ${PORT_DEFAULTS.host})` },
  { flag: '--url-host H', text: `host in the URL (default: ${PORT_DEFAULTS.urlHost})` },
  {
    flag: '--backend-env PATH',
    text: `backend env file (default: ${PROJECT_DEFAULTS.backendEnv}; --env-file is its old name, which Node\nitself reads as its own flag when the file is missing)`,
  },
  { flag: '--env-file PATH', text: 'the old name of --backend-env', hidden: true },
  { flag: '--env-local PATH', text: `frontend env file (default: ${PROJECT_DEFAULTS.envLocal})` },
  {
    flag: '--write-env-local',
    text: 'write NEXT_PUBLIC_API_URL into the frontend env file',
    only: ['find'],
  },
  {
    flag: '--hold SECONDS',
    text: `keep the lease this long (default: ${TIME_DEFAULTS.holdSeconds}, at most ${LONGEST_LEASE_MS / 1000})`,
    only: ['find'],
  },
  {
    flag: '--venv PATH',
    text: `the virtualenv (default: ${PROJECT_DEFAULTS.venv})`,
    only: ['dev', 'start'],
  },
  {
    flag: '--app MODULE:ATTR',
    text: `the ASGI app (default: ${PROJECT_DEFAULTS.app})`,
    only: ['dev', 'start'],
  },
  // find's parser takes the project options whole; these two are checked there, and unused.
  { flag: '--venv PATH', text: 'taken, unused by find', only: ['find'], hidden: true },
  { flag: '--app MODULE:ATTR', text: 'checked, unused by find', only: ['find'], hidden: true },
  { flag: '--reload', text: 'pass --reload to uvicorn', only: ['dev', 'start'] },
  { flag: '--no-env-local', text: 'leave the frontend env file alone', only: ['dev', 'start'] },
  {
    flag: '--wait SECONDS',
    text: `how long the backend may take to listen before a warning (default: ${TIME_DEFAULTS.waitSeconds});\nit is still watched after that`,
    only: ['dev', 'start'],
  },
  {
    flag: '--replace',
    text: "end this project's running backend (its start) and start anew",
    only: ['dev', 'start'],
  },
  {
    flag: '--web-port N',
    text: `the frontend's port (default: WEB_PORT, else ${PORT_DEFAULTS.webPort})`,
    only: ['dev'],
  },
  {
    flag: '--web-range A-B',
    text: `frontend ports to scan (default: ${range(PORT_DEFAULTS.webRange)})`,
    only: ['dev'],
  },
  {
    flag: '--web-dir DIR',
    text: `the frontend (default: ${PROJECT_DEFAULTS.webDir})`,
    only: ['dev'],
  },
  {
    flag: '--web-cmd CMD',
    text: 'its dev server, {port} replaced (default: npm run dev -- --port N,\nor pnpm/yarn/bun by lockfile)',
    only: ['dev'],
  },
  { flag: '--strict', text: 'a port from backend/.env must be free, no scan' },
  { flag: '--no-strict', text: 'a port from --port or API_PORT may move to a free one' },
  { flag: '--fallback any', text: 'when the range is full, take any port the OS offers' },
  {
    flag: '--force',
    text: "drop another user's lease too (as root, tidying a shared host)",
    only: ['release'],
  },
  {
    flag: '--mine',
    text: "drop only your own leases, even when a PORT or --force names another's",
    only: ['release'],
  },
  { flag: '--yes, -y', text: 'end it without asking', only: ['kill'] },
  { flag: '--dry-run', text: 'show the file, write nothing', only: ['init'] },
  { flag: '--force', text: 'replace an existing udo-port.json', only: ['init'] },
  { flag: '--json', text: 'print JSON', only: ['find', 'list'] },
];

export const COMMANDS: Record<Command, { usage: string; what: string; more?: string }> = {
  init: {
    usage: 'udo-port init    [--dry-run] [--force] [--cwd DIR]',
    what: 'find the layout and write udo-port.json, so no command needs flags',
    more: `init finds the ASGI app, the venv, the frontend (Next.js or Vite) and its package manager,
and the variables the frontend reads for the API's URL; it prints what it found and writes
udo-port.json (--dry-run only shows it; an existing file is replaced only with --force).
Every command reads that file (or a "udo-port" key in package.json): flags, then the
environment, then the file, then what is detected, then the defaults.`,
  },
  dev: {
    usage: 'udo-port dev     [options] [-- cmd]',
    what: 'run the backend and the frontend dev server, each on a free port',
    more: `dev runs the backend as start does (the command after -- instead of uvicorn, as start runs
it) and the frontend's dev server in web-dashboard with PORT and NEXT_PUBLIC_API_URL set (or what
udo-port.json names: frontend.dir, its urlVariables; Vite gets --strictPort); their
output is labelled api and web. Ctrl+C ends both; when either exits, the other is stopped and dev
exits with the first one's code.`,
  },
  start: {
    usage: 'udo-port start   [options] [-- cmd]',
    what: 'run the backend on a free port, point the frontend at it',
    more: `start runs <venv python> -m uvicorn <app> --host H --port N from the project root, or the
command after -- with {port} replaced and API_PORT, API_HOST and PORT set. It keeps its lease
while the backend runs, writes .env.local once the backend listens, and exits with its code.`,
  },
  find: {
    usage: 'udo-port find    [options]',
    what: 'print a free port, leased for --hold seconds',
    more: 'Port order: --port, API_PORT, BACKEND_PORT, backend/.env, --default-port, then --range.',
  },
  list: {
    usage: 'udo-port list    [--json]',
    what: 'the backends udo-port start runs, and the leases on this host',
  },
  release: {
    usage: 'udo-port release [PORT...] [--force]',
    what: 'drop your leases (no PORT: all of yours)',
  },
  kill: {
    usage: 'udo-port kill    PORT [--yes]',
    what: 'end the process listening on PORT and its children (asks unless --yes)',
  },
  url: {
    usage: 'udo-port url     [api|web] [--cwd DIR]',
    what: "print the URL this checkout's backend (or frontend) runs on now",
  },
};

export const COMMAND_NAMES = Object.keys(COMMANDS) as Command[];

const FLAG_WIDTH = Math.max(...OPTIONS.map((o) => o.flag.length)) + 2;

const takes = (option: OptionHelp, command: Command) =>
  option.only ? option.only.includes(command) : PROJECT.includes(command);

const shown = OPTIONS.filter((option) => !option.hidden);

/** The options a command takes, in the table's order, hidden ones too. */
export const optionsOf = (command: Command): OptionHelp[] =>
  OPTIONS.filter((option) => takes(option, command));

function optionLines(options: readonly OptionHelp[], prefix: (o: OptionHelp) => string): string[] {
  return options.flatMap((option) => {
    const [first, ...rest] = `${prefix(option)}${option.text}`.split('\n');
    return [
      `  ${option.flag.padEnd(FLAG_WIDTH)}${first}`,
      ...rest.map((line) => `${' '.repeat(FLAG_WIDTH + 2)}${line}`),
    ];
  });
}

/** The whole help: every command and option. */
export function globalHelp(version: string): string {
  const only = (o: OptionHelp) => (o.only ? `${o.only.join(', ')}: ` : '');
  return [
    `udo-port ${version}: race-free ports for a FastAPI backend and a Next.js frontend`,
    '',
    'Usage:',
    ...formatTable([
      ...COMMAND_NAMES.map((c) => [COMMANDS[c].usage, COMMANDS[c].what]),
      ['udo-port help COMMAND', "one command's help"],
    ]),
    '',
    'Options:',
    ...optionLines(shown, only),
    `  ${'-h, --help'.padEnd(FLAG_WIDTH)}this help`,
    `  ${'-v, --version'.padEnd(FLAG_WIDTH)}the version`,
    '',
    COMMANDS.start.more as string,
    COMMANDS.find.more as string,
    "Exit codes: 0 done, 1 no port could be had, 2 bad input; start: the backend's own.",
  ].join('\n');
}

/** One command's help: what it does and only the options it takes. */
export function commandHelp(command: Command): string {
  const { usage, what, more } = COMMANDS[command];
  const options = shown.filter((o) => takes(o, command));
  return [
    `${usage.replace(/ {2,}/g, ' ')}: ${what}`,
    ...(options.length > 0 ? ['', 'Options:', ...optionLines(options, () => '')] : []),
    ...(more ? ['', more] : []),
  ].join('\n');
}

export const isCommand = (name: string): name is Command => name in COMMANDS;
