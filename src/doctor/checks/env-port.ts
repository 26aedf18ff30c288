import { PORT_KEYS } from '../../core/project.js';
import type { Settings } from '../../core/settings.js';
import type { Check, Outcome } from '../checks.js';
import { unsetCommand } from '../commands.js';
import type { Context } from '../context.js';
import { configuredPort, type SettingsProblem } from '../facts/env.js';

function describeSettings(settings: Settings): string {
  const { requested, defaultPort, host, hostOrigin } = settings;
  const port = requested
    ? `port ${requested.port} from ${requested.origin}`
    : `port ${defaultPort} (the default)`;
  return `${port}; host ${host} ${hostOrigin === 'default' ? '(the default)' : `from ${hostOrigin}`}`;
}

/** Values a higher source hides: they explain "I changed backend/.env and nothing happened". Pure. */
export function shadowedPorts(
  env: Record<string, string | undefined>,
  dotenv: Record<string, string>,
  settings: Settings,
  dotenvName: string,
): string[] {
  const notes: string[] = [];
  const { requested } = settings;
  for (const key of PORT_KEYS) {
    const inFile = dotenv[key]?.trim();
    if (!inFile || !requested || requested.source === 'dotenv') continue;
    if (String(requested.port) !== inFile) {
      notes.push(
        `${requested.origin} (${requested.port}) wins over ${key}=${inFile} in ${dotenvName}`,
      );
    }
  }
  const [first, second] = PORT_KEYS;
  const a = env[first]?.trim() || dotenv[first]?.trim();
  const b = env[second]?.trim() || dotenv[second]?.trim();
  if (a && b && a !== b) notes.push(`${first} (${a}) and ${second} (${b}) differ; ${first} wins`);
  return notes;
}

/** A variable the core refused: its line in backend/.env to edit, or the shell's to unset. */
function badSetting(ctx: Context, problem: SettingsProblem, file: string): Outcome {
  if (problem.kind === 'other') {
    return {
      status: 'error',
      message: problem.message,
      remedy: [unsetCommand(PORT_KEYS[0], ctx.config.platform)],
      locations: [],
    };
  }
  const { key, line, message } = problem;
  return {
    status: 'error',
    message,
    remedy:
      line !== undefined
        ? [`edit ${ctx.show(file)} line ${line}: set ${key} to a valid value`]
        : [unsetCommand(key, ctx.config.platform)],
    locations: line !== undefined ? [{ file, line }] : [],
    data: { key },
  };
}

export const envPort: Check = {
  id: 'env.port',
  area: 'env',
  title: 'the port and host settings are valid, and where they come from',
  async run(ctx) {
    const [facts, env] = await Promise.all([ctx.settings(), ctx.backendEnv()]);
    const { platform } = ctx.config;
    if (facts.problem) return badSetting(ctx, facts.problem, env.file);
    const { settings } = facts;
    const port = configuredPort(settings);
    const details = shadowedPorts(
      ctx.config.env,
      env.values ?? {},
      settings,
      ctx.config.envFileName,
    );
    const data = {
      port,
      source: settings.requested?.source ?? 'default',
      origin: settings.requested?.origin ?? 'default',
      host: settings.host,
      hostOrigin: settings.hostOrigin,
      urlHost: settings.urlHost,
      range: `${settings.range.from}-${settings.range.to}`,
    };
    const root = typeof process.getuid === 'function' && process.getuid() === 0;
    if (port < 1024 && platform !== 'win32' && !root) {
      return {
        status: 'warn',
        message: `${describeSettings(settings)}: ports below 1024 need root here`,
        details,
        data,
      };
    }
    return { status: 'pass', message: describeSettings(settings), details, data };
  },
};
