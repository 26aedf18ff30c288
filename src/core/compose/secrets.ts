// No output prints a value a compose file takes from .env, an env_file or the shell: only port,
// host and URL keys are shown, a URL's credentials masked. Pure.
import { API_URL_KEY } from '../project/defaults.js';

/** Keys whose values may be printed: ports, hosts, the API URL. */
export const shownKey = (key: string) =>
  /(^|_)(PORT|HOST|URL)$/.test(key) || key === API_URL_KEY || key.startsWith('COMPOSE_');

/** Shorter values are no secret and would only garble the text they were cut from. */
const MIN_SECRET = 4;

/** The values a redaction hides; `extra` are key-value pairs Compose itself resolved. */
export function secretValues(from: {
  dotenv: Record<string, string>;
  shell: Record<string, string | undefined>;
  /** The variables the compose files refer to: only those shell values can reach the output. */
  referenced: string[];
  envFileValues: [string, string][];
  extra?: [string, string | null][];
}): string[] {
  const secrets = new Set<string>();
  const add = (key: string, value: string | undefined | null) => {
    if (value === undefined || value === null) return;
    const credentials = /^[a-z][\w+.-]*:\/\/([^@/?#]*)@/i.exec(value)?.[1];
    if (credentials) secrets.add(credentials);
    if (shownKey(key)) return;
    if (value.length >= MIN_SECRET && !/^\d+$/.test(value)) secrets.add(value);
  };
  for (const [key, value] of Object.entries(from.dotenv)) add(key, value);
  for (const key of from.referenced) add(key, from.shell[key]);
  for (const [key, value] of from.envFileValues) add(key, value);
  for (const [key, value] of from.extra ?? []) add(key, value);
  return [...secrets].filter((s) => s.length >= MIN_SECRET).sort((a, b) => b.length - a.length);
}

/** `text` with every secret replaced by `***`, the longest first. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) out = out.split(secret).join('***');
  return out;
}
