import type { Settings } from '../../core/ports/settings.js';
import { PORT_KEYS } from '../../core/project/defaults.js';
import { defineCheck, type Outcome } from '../checks.js';
import { unsetCommand } from '../env-remedies.js';
import {
  configuredPort,
  type EnvText,
  type SettingsFacts,
  type SettingsProblem,
} from '../facts/env.js';

function describeSettings(settings: Settings): string {
  const { requested, defaultPort, host, hostOrigin } = settings;
  const port = requested
    ? `port ${requested.port} from ${requested.origin}`
    : `port ${defaultPort} (${settings.defaultOrigin ? `from ${settings.defaultOrigin}` : 'the default'})`;
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

export interface EnvPortFacts {
  settings: SettingsFacts;
  /** backend/.env, where the settings may come from. */
  env: EnvText;
  /** The shell's environment. */
  shell: Record<string, string | undefined>;
  envFileName: string;
  platform: NodeJS.Platform;
  show: (path: string) => string;
  /** Whether this process runs as root, who may bind ports below 1024. */
  root: boolean;
}

/** A variable the core refused: its line in backend/.env to edit, or the shell's to unset. */
function badSetting(facts: EnvPortFacts, problem: SettingsProblem): Outcome {
  const { platform, show } = facts;
  const file = facts.env.file;
  if (problem.kind === 'other') {
    return {
      status: 'error',
      message: problem.message,
      remedy: [unsetCommand(PORT_KEYS[0], platform)],
      locations: [],
    };
  }
  const { key, line, message } = problem;
  return {
    status: 'error',
    message,
    remedy:
      line !== undefined
        ? [`edit ${show(file)} line ${line}: set ${key} to a valid value`]
        : [unsetCommand(key, platform)],
    locations: line !== undefined ? [{ file, line }] : [],
    data: { key },
  };
}

/** Pure: the settings in words, what they hide, and a port only root may bind. */
function diagnose(facts: EnvPortFacts): Outcome {
  if (facts.env.utf16) {
    // udo-port refuses to read it (as dotenv cannot): no port can be said to come from it.
    return {
      status: 'skip',
      message: `${facts.show(facts.env.file)} is UTF-16, which udo-port refuses to read (see env.syntax)`,
    };
  }
  if (facts.settings.problem) return badSetting(facts, facts.settings.problem);
  const { settings } = facts.settings;
  const port = configuredPort(settings);
  const details = shadowedPorts(facts.shell, facts.env.values ?? {}, settings, facts.envFileName);
  const data = {
    port,
    source: settings.requested?.source ?? 'default',
    origin: settings.requested?.origin ?? 'default',
    host: settings.host,
    hostOrigin: settings.hostOrigin,
    urlHost: settings.urlHost,
    range: `${settings.range.from}-${settings.range.to}`,
  };
  if (port < 1024 && facts.platform !== 'win32' && !facts.root) {
    return {
      status: 'warn',
      message: `${describeSettings(settings)}: ports below 1024 need root here`,
      details,
      data,
    };
  }
  return { status: 'pass', message: describeSettings(settings), details, data };
}

export const envPort = defineCheck({
  id: 'env.port',
  area: 'env',
  title: 'the port and host settings are valid, and where they come from',
  async gather(ctx): Promise<EnvPortFacts> {
    const [settings, env] = await Promise.all([ctx.settings(), ctx.backendEnv()]);
    const { env: shell, envFileName, platform } = ctx.config;
    const root = typeof process.getuid === 'function' && process.getuid() === 0;
    return { settings, env, shell, envFileName, platform, show: ctx.show, root };
  },
  diagnose,
});
