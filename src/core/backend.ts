import { delimiter, dirname } from 'node:path';
import { PROJECT_DEFAULTS } from './project.js';
import type { Venv } from './venv.js';

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
    const [file, ...args] = substitutePort(plan.command, plan.port) as [string, ...string[]];
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
