// Facts about backend/.env and the settings resolved from it.
import { envFileContents, envKeyLines, parseEnv, type Utf16File } from '../../core/env/file.js';
import { resolveSettings, type Settings, type SettingsInput } from '../../core/ports/settings.js';
import { PORT_KEYS } from '../../core/project/defaults.js';

export interface EnvText {
  file: string;
  exists: boolean;
  text?: string;
  values?: Record<string, string>;
  /** Why an existing file could not be read. */
  problem?: string;
  /** A UTF-16 file: not read, as Next.js and dotenv do not read it (env.syntax says so). */
  utf16?: Utf16File;
}

/** An env file's text, or why it cannot be read: a FIFO there is a finding, not a hang. */
export function readText(file: string): EnvText {
  const found = envFileContents(file);
  if (found.state === 'missing') return { file, exists: false };
  if (found.state === 'refused') {
    return found.utf16
      ? { file, exists: true, utf16: found.utf16 }
      : { file, exists: true, problem: found.problem };
  }
  return { file, exists: true, text: found.text };
}

/** backend/.env read and parsed as udo-port find reads it, so both see the same values. */
export function readBackendEnv(file: string): EnvText {
  const found = readText(file);
  return found.text === undefined ? found : { ...found, values: parseEnv(found.text) };
}

/** The line of the last assignment of `key` (the one dotenv keeps). */
export function lastLine(text: string, key: string): number | undefined {
  return envKeyLines(text, key).at(-1);
}

/** The variables a setting is read from, in the order the core reads them. */
const VARIABLES = [
  ...PORT_KEYS.map((key) => [key, 'env'] as const),
  ...PORT_KEYS.map((key) => [key, 'dotenv'] as const),
  ['API_HOST', 'env'],
  ['API_HOST', 'dotenv'],
] as const;

export type SettingKey = (typeof VARIABLES)[number][0];

/** A setting the core refused, with the variable that holds it. */
export type SettingsProblem =
  | {
      kind: 'bad-port' | 'bad-host';
      key: SettingKey;
      /** Where the value is written: `API_PORT` (the environment), `API_PORT in backend/.env`. */
      source: string;
      value: string;
      /** Its line in backend/.env. */
      line?: number;
      /** The core's own words, naming the variable and the value. */
      message: string;
    }
  | { kind: 'other'; message: string };

export type SettingsFacts =
  | { settings: Settings; problem?: undefined }
  | { settings?: undefined; problem: SettingsProblem };

export interface SettingsSources {
  input: SettingsInput;
  env: Record<string, string | undefined>;
  backend: EnvText;
  /** How backend/.env is named as a source. */
  envFileName: string;
}

/**
 * The settings as `udo-port find` resolves them, or the variable that spoils them: found by
 * adding the variables one at a time, in the core's order, until the core refuses one.
 */
export function settingsFacts({
  input,
  env,
  backend,
  envFileName,
}: SettingsSources): SettingsFacts {
  const dotenv = backend.values ?? {};
  const resolve = (sources: { env: typeof env; dotenv: typeof dotenv }) =>
    resolveSettings(input, { ...sources, dotenvLabel: envFileName });
  try {
    return { settings: resolve({ env, dotenv }) };
  } catch (error) {
    const message = (error as Error).message;
    const seen = { env: {} as typeof env, dotenv: {} as typeof dotenv };
    for (const [key, place] of VARIABLES) {
      const value = (place === 'env' ? env : dotenv)[key];
      if (value === undefined) continue;
      seen[place][key] = value;
      try {
        resolve(seen);
      } catch {
        const line =
          place === 'dotenv' && backend.text !== undefined
            ? lastLine(backend.text, key)
            : undefined;
        return {
          problem: {
            kind: key === 'API_HOST' ? 'bad-host' : 'bad-port',
            key,
            source: place === 'env' ? key : `${key} in ${envFileName}`,
            value,
            ...(line !== undefined && { line }),
            message,
          },
        };
      }
    }
    return { problem: { kind: 'other', message } };
  }
}

/** The port the backend is configured for: the one asked for, else the default. */
export const configuredPort = (settings: Settings) =>
  settings.requested?.port ?? settings.defaultPort;
