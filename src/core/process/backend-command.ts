import { basename, delimiter, dirname } from 'node:path';
import { PROJECT_DEFAULTS } from '../project/defaults.js';
import type { Venv } from '../python/venv.js';

/** A process to start: what `udo-port start` runs, and any other face could. */
export interface BackendCommand {
  file: string;
  args: string[];
  cwd: string;
  env: Record<string, string | undefined>;
}

export interface BackendPlan {
  cwd: string;
  port: number;
  host: string;
  venv: Venv;
  /** `module:attr`, default `backend.main:app`. */
  app?: string;
  reload?: boolean;
  /** A command of the user's instead of uvicorn; `{port}` in its arguments becomes the port. */
  command?: string[];
  env?: Record<string, string | undefined>;
}

/** `{port}` in each argument becomes the port. */
function substitutePort(args: string[], port: number): string[] {
  return args.map((arg) => arg.replaceAll('{port}', String(port)));
}

/**
 * A command that says nothing of the port gets it the way its server takes it: `fastapi dev|run`
 * and uvicorn (`uvicorn APP`, `python -m uvicorn APP`) read no API_PORT or PORT, so
 * `--host H --port {port}` is added; any other command is left as it is (it has PORT and
 * API_PORT in its environment). Pure.
 */
export function withPortArgs(command: string[], host: string): string[] {
  if (command.some((arg) => arg.includes('{port}'))) return command;
  const words = command.map((arg) =>
    basename(arg)
      .replace(/\.(exe|cmd)$/i, '')
      .toLowerCase(),
  );
  const fastapi = words[0] === 'fastapi' && (words[1] === 'dev' || words[1] === 'run');
  const uvicorn =
    words[0] === 'uvicorn' ||
    (/^python[\d.]*$/.test(words[0] ?? '') && words[1] === '-m' && words[2] === 'uvicorn');
  const given = (flag: string) => command.some((arg) => arg === flag || arg.startsWith(`${flag}=`));
  if (!fastapi && !uvicorn) return command;
  return [...command, ...(given('--host') ? [] : ['--host', host]), '--port', '{port}'];
}

/**
 * What to run: `<venv python> -m uvicorn <app> --host H --port N` (uvicorn never reads API_PORT,
 * and `python -m` survives a moved venv where the `uvicorn` script does not), or the user's
 * command. Either way the venv is active in its environment and API_PORT, API_HOST and PORT are set.
 */
export function backendCommand(plan: BackendPlan): BackendCommand {
  const base = plan.env ?? process.env;
  const env: Record<string, string | undefined> = {
    ...base,
    API_PORT: String(plan.port),
    API_HOST: plan.host,
    PORT: String(plan.port),
  };
  if (plan.venv.usable) {
    const pathKey = Object.keys(base).find((key) => key.toUpperCase() === 'PATH') ?? 'PATH';
    env.VIRTUAL_ENV = plan.venv.path;
    env[pathKey] = [dirname(plan.venv.interpreter), base[pathKey]].filter(Boolean).join(delimiter);
  }
  if (plan.command && plan.command.length > 0) {
    const own = withPortArgs(plan.command, plan.host);
    const [file, ...args] = substitutePort(own, plan.port) as [string, ...string[]];
    return { file, args, cwd: plan.cwd, env };
  }
  const args = [
    '-m',
    'uvicorn',
    plan.app ?? PROJECT_DEFAULTS.app,
    '--host',
    plan.host,
    '--port',
    String(plan.port),
  ];
  if (plan.reload) args.push('--reload');
  return { file: plan.venv.interpreter, args, cwd: plan.cwd, env };
}
