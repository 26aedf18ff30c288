// udo-doctor's help, written once: one table of options drives `--help`, and test/docs.test.ts
// holds docs/doctor.md's options table and the parser (udo-doctor.ts) to it. The areas `--only`
// takes come from the checks themselves, so a new area is in the help as soon as it exists.

import { PORT_DEFAULTS, PROJECT_DEFAULTS } from '../core/project/defaults.js';
import type { OptionHelp } from './help.js';

export type DoctorOption = Omit<OptionHelp, 'only'>;

const range = `${PORT_DEFAULTS.range.from}-${PORT_DEFAULTS.range.to}`;

/** `--only`'s text names the areas, given by the caller from the checks. */
export function doctorOptionTable(areas: readonly string[]): readonly DoctorOption[] {
  return [
    {
      flag: '--fix',
      text: `mend what is safe: the URL in .env.local, a missing ${PROJECT_DEFAULTS.backendEnv}\n(copied from ${PROJECT_DEFAULTS.backendEnv}.example), a UTF-16 env file (saved as UTF-8),\nmissing .gitignore entries, a port variable in Compose's .env`,
    },
    { flag: '--dry-run', text: 'with --fix: tell what would change, change nothing' },
    {
      flag: '--only IDS',
      text: `run only these checks (comma-separated ids or areas:\n${areas.join(', ')})`,
    },
    { flag: '--skip IDS', text: 'run all but these' },
    { flag: '--list-checks', text: 'list the checks and exit' },
    { flag: '--strict', text: 'warnings fail too (exit 1)' },
    { flag: '--verbose', text: 'show the details of passing checks' },
    { flag: '--json', text: 'print JSON' },
    { flag: '--cwd DIR', text: 'the project, or a folder inside it (default: here)' },
    {
      flag: '--port N',
      text: `the backend's port (default: API_PORT, ${PROJECT_DEFAULTS.backendEnv}, ${PORT_DEFAULTS.port})`,
    },
    {
      flag: '--default-port N',
      text: `the port when none is set (default: ${PORT_DEFAULTS.port})`,
    },
    { flag: '--range A-B', text: `the range udo-port scans (default: ${range})` },
    {
      flag: '--host H',
      text: `the backend's bind host (default: API_HOST, else ${PORT_DEFAULTS.host})`,
    },
    {
      flag: '--url-host H',
      text: "host in the URL --fix writes (default: the URL's own, else localhost)",
    },
    {
      flag: '--backend-env PATH',
      text: `backend env file (default: ${PROJECT_DEFAULTS.backendEnv}; --env-file is its old name, which Node\nitself reads as its own flag when the file is missing)`,
    },
    { flag: '--env-file PATH', text: 'the old name of --backend-env', hidden: true },
    { flag: '--env-local PATH', text: `frontend env file (default: ${PROJECT_DEFAULTS.envLocal})` },
    { flag: '--venv PATH', text: `the backend's virtualenv (default: ${PROJECT_DEFAULTS.venv})` },
    { flag: '--app MODULE:ATTR', text: `the backend's app (default: ${PROJECT_DEFAULTS.app})` },
    // The project options are udo-port's, so the same command line works for both.
    {
      flag: '--fallback any',
      text: "udo-port's, taken so its command line works here",
      hidden: true,
    },
  ];
}

/** The whole help, from the table. */
export function doctorHelp(version: string, areas: readonly string[]): string {
  const options = doctorOptionTable(areas).filter((option) => !option.hidden);
  const rows = [
    ...options,
    { flag: '-h, --help, help', text: 'this help' },
    { flag: '-v, --version', text: 'the version' },
  ];
  const width = Math.max(...rows.map((o) => o.flag.length)) + 2;
  const lines = rows.flatMap((option) => {
    const [first, ...rest] = option.text.split('\n');
    return [
      `  ${option.flag.padEnd(width)}${first}`,
      ...rest.map((line) => `${' '.repeat(width + 2)}${line}`),
    ];
  });
  return `udo-doctor ${version}: why the FastAPI backend and the Next.js frontend do not meet

Usage:
  udo-doctor [options]

Options:
${lines.join('\n')}

Run it anywhere in the project (a subfolder too); elsewhere, name the project with --cwd.
A udo-port.json at the root (npx udo-port init writes it) says where everything is, below flags.

Exit codes: 0 no errors, 1 errors (or warnings with --strict), 2 bad usage or no project.`;
}
