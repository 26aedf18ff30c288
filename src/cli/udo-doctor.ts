import { isAbsolute, relative, resolve } from 'node:path';
import pkg from '../../package.json' with { type: 'json' };
import { UsageError } from '../core/errors.js';
import { resolveSettings } from '../core/ports/settings.js';
import {
  API_URL_KEY,
  backendEnvPath,
  PROJECT_DEFAULTS,
  venvPath,
} from '../core/project/defaults.js';
import { quote } from '../core/remedies.js';
import { printable } from '../core/text.js';
import { exitCode, selectChecks } from '../doctor/checks.js';
import { type DoctorConfig, shownPath } from '../doctor/context.js';
import { CHECKS, runDoctor } from '../doctor/doctor.js';
import { renderAnnotations, renderHuman, renderJson } from '../doctor/render.js';
import {
  allocateRequest,
  envLocalPath,
  type ProjectValues,
  paint,
  parseCommandLine,
  projectOptions,
} from './args.js';
import { doctorHelp } from './doctor-help.js';
import { dropOutputToClosedPipes } from './output.js';
import { configure, withProjectPorts } from './project-config.js';

/** The areas, in the checks' order: what --only and --skip take besides ids. */
const AREAS = [...new Set(CHECKS.map((check) => check.area))];
const usage = () => doctorHelp(pkg.version, AREAS);

const options = {
  ...projectOptions,
  fix: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  only: { type: 'string' },
  skip: { type: 'string' },
  'list-checks': { type: 'boolean' },
  verbose: { type: 'boolean' },
} as const;
// udo-port's port pinning means nothing here, where --strict is about warnings.
const { 'no-strict': _noStrict, ...doctorOptions } = options;

/** The parser's options: test/docs.test.ts holds them to the help's table. */
export { doctorOptions };

/** The options passed on to remedies that run the doctor again, as the user typed them. */
const FORWARDED = [
  'cwd',
  'port',
  'default-port',
  'range',
  'host',
  'url-host',
  'backend-env',
  'env-file',
  'env-local',
  'venv',
  'app',
] as const;

/** `npx udo-doctor` (or another command) with the project options as the user typed them. */
function commandWith(command: string, values: ProjectValues, platform: NodeJS.Platform): string {
  const args = FORWARDED.flatMap((name) =>
    values[name] === undefined ? [] : [`--${name}`, quote(values[name] as string, platform)],
  );
  return [command, ...args].join(' ');
}

function configFrom(
  typed: ProjectValues,
  env: Record<string, string | undefined>,
  configured = configure(typed),
): DoctorConfig {
  const { values, project } = configured;
  const request = withProjectPorts(
    allocateRequest({ ...values, strict: undefined, 'no-strict': undefined }),
    project,
    values,
  );
  const root = request.cwd ?? resolve('.');
  // The flags alone: a bad flag is bad usage; a bad API_PORT is the project's state, a finding.
  resolveSettings(request, { env: {}, dotenv: {}, dotenvLabel: '' });
  const app = values.app ?? PROJECT_DEFAULTS.app;
  const named = values['backend-env'] ?? values['env-file'];
  const envFile = backendEnvPath(root, named);
  const venvArg = values.venv ?? PROJECT_DEFAULTS.venv;
  return {
    root,
    shellDir: process.cwd(),
    env,
    platform: process.platform,
    settingsInput: { ...request, strict: undefined },
    envFile,
    envFileName: isAbsolute(named ?? '') ? envFile : relative(root, envFile),
    envLocal: envLocalPath(values, root),
    venv: venvPath(root, venvArg),
    app,
    // The remedies repeat what was typed: the project file is read again by what they run.
    doctorCommand: commandWith('npx udo-doctor', typed, process.platform),
    startCommand: commandWith('npx udo-port start', typed, process.platform),
    urlVariables: project.web.urlVariables,
    ...(project.file?.config.frontend?.urlVariables && {
      urlVariablesFrom: `frontend.urlVariables in ${project.file.label}`,
    }),
    ...(project.file && { projectFile: project.file.label }),
    webDir: project.web.dir,
    backendDir: project.backendDir,
    ...(project.composeFiles.length > 0 && { composeFiles: project.composeFiles }),
  };
}

const out = (text: string) => process.stdout.write(text);

/**
 * Outside any project the checks would judge a folder that is none (its `backend/.venv`, env
 * files that are not there): one line saying so, bad usage.
 */
function notAProject(values: ProjectValues): UsageError {
  const what = `no udo-port.json, backend/, web-dashboard/ or .venv/ in ${printable(resolve(values.cwd ?? '.'))} or above it`;
  return new UsageError(
    values.cwd === undefined
      ? `not in a project (${what}): run udo-doctor in the project, or name it with --cwd DIR; npx udo-port init describes a project of another layout`
      : `--cwd: "${printable(values.cwd)}" is not in a project (${what})`,
  );
}

export async function main(argv: string[]): Promise<number> {
  dropOutputToClosedPipes();
  try {
    // `udo-doctor help`, as git and npm take it.
    if (argv[0] === 'help') {
      out(`${usage()}\n`);
      return 0;
    }
    const { values } = parseCommandLine(argv, doctorOptions, false);
    if (values.help) {
      out(`${usage()}\n`);
      return 0;
    }
    if (values.version) {
      out(`${pkg.version}\n`);
      return 0;
    }
    if (values['dry-run'] && !values.fix) throw new UsageError('--dry-run: only with --fix');
    const checks = selectChecks(CHECKS, values.only, values.skip);
    if (values['list-checks']) {
      const list = checks.map(({ id, area, title }) => ({ id, area, title }));
      const width = Math.max(...list.map((c) => c.id.length));
      out(
        values.json
          ? `${JSON.stringify(list, null, 2)}\n`
          : list.map((c) => `${c.id.padEnd(width)}  ${c.title}\n`).join(''),
      );
      return 0;
    }
    const configured = configure(values);
    const config = configFrom(values, process.env, configured);
    // Outside a project only the host's own checks (leases, the port range) mean anything.
    if (!configured.project.found && checks.some((check) => check.scope !== 'host')) {
      throw notAProject(values);
    }
    const report = await runDoctor(config, checks, {
      fix: values.fix ?? false,
      dryRun: values['dry-run'] ?? false,
    });

    if (process.env.GITHUB_ACTIONS === 'true') {
      const workspace = process.env.GITHUB_WORKSPACE;
      const relativeTo = (file: string) =>
        workspace ? shownPath(file, workspace) : shownPath(file, config.shellDir);
      const annotations = renderAnnotations(report.results, relativeTo).join('\n');
      // Workflow commands are read from both streams; stdout stays pure JSON with --json.
      if (annotations) (values.json ? process.stderr : process.stdout).write(`${annotations}\n`);
    }
    if (values.json) {
      out(`${JSON.stringify(renderJson(report), null, 2)}\n`);
    } else {
      const port = report.results.find((r) => r.id === 'env.port')?.data?.port;
      const url = report.results.find((r) => r.id === 'web.api-url')?.data?.value;
      const facts = [
        ...(config.projectFile ? [`configured by ${config.projectFile}`] : []),
        ...(port !== undefined ? [`backend port ${port}`] : []),
        ...(url !== undefined ? [`${config.urlVariables?.[0] ?? API_URL_KEY}=${url}`] : []),
      ].join(', ');
      out(
        renderHuman(report, {
          verbose: values.verbose ?? false,
          paint: (format, text) => paint(format, text),
          root: shownPath(config.root, config.shellDir),
          dryRun: values['dry-run'] ?? false,
          ...(facts && { facts }),
        }),
      );
    }
    return exitCode(report.summary, values.strict ?? false);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${paint('red', 'udo-doctor:', 2)} ${error.message}\n`);
      return error.exitCode;
    }
    throw error;
  }
}
