// Which files a compose project is made of, and the .env Compose reads with them: what the
// doctor needs to know before it loads the reader (and yaml) at all.
import { existsSync } from 'node:fs';
import { delimiter, dirname, isAbsolute, join, resolve } from 'node:path';
import { envFileContents } from '../env/read.js';
import { parseEnv } from '../env/text.js';
import { interpolate } from './interpolate.js';

/** The names Compose looks for, in its order, with their override files. */
export const COMPOSE_FILES = [
  'compose.yaml',
  'compose.yml',
  'docker-compose.yaml',
  'docker-compose.yml',
];
const OVERRIDES: Record<string, string[]> = {
  'compose.yaml': ['compose.override.yaml', 'compose.override.yml'],
  'compose.yml': ['compose.override.yml', 'compose.override.yaml'],
  'docker-compose.yaml': ['docker-compose.override.yaml', 'docker-compose.override.yml'],
  'docker-compose.yml': ['docker-compose.override.yml', 'docker-compose.override.yaml'],
};

export type Env = Record<string, string | undefined>;

/** A file's text, read without following a FIFO or reading past a size bound. */
export function readFile(path: string): { text?: string; problem?: string; refused?: true } {
  const found = envFileContents(path);
  if (found.state === 'read') return { text: found.text };
  if (found.state === 'missing') return { problem: 'does not exist' };
  return { problem: found.message, refused: true };
}

/**
 * The .env's values, each interpolated from the ones above it and the shell, as Compose does;
 * `set` gives some keys a value of their own (what the values become once --fix writes them).
 */
export function dotenvValues(
  text: string | undefined,
  shell: Env,
  set: Record<string, string> = {},
): Record<string, string> {
  const out: Record<string, string> = { ...set };
  for (const [key, raw] of Object.entries(text ? parseEnv(text) : {})) {
    if (!(key in set)) out[key] = interpolate(raw, { ...out, ...shell }).value;
  }
  return out;
}

/**
 * Which files Compose reads from `root`, where its project folder is, and which .env it takes
 * `${VAR}` from. Undefined when there is no compose file.
 */
export function composeFiles(root: string, shell: Env) {
  const rootEnvFile = join(root, '.env');
  const rootEnvRead = readFile(rootEnvFile);
  const rootEnv = parseEnv(rootEnvRead.text ?? '');
  const named = shell.COMPOSE_FILE ?? rootEnv.COMPOSE_FILE;
  const separator = shell.COMPOSE_PATH_SEPARATOR ?? rootEnv.COMPOSE_PATH_SEPARATOR ?? delimiter;
  let files: string[];
  if (named?.trim()) {
    files = named
      .split(separator)
      .map((f) => f.trim())
      .filter(Boolean)
      .map((f) => (isAbsolute(f) ? f : resolve(root, f)));
  } else {
    const first = COMPOSE_FILES.find((name) => existsSync(join(root, name)));
    if (!first) return undefined;
    const override = OVERRIDES[first]?.find((name) => existsSync(join(root, name)));
    files = [join(root, first), ...(override ? [join(root, override)] : [])];
  }
  const projectDir = dirname(files[0] as string);
  // Compose 1.29 reads the .env that named COMPOSE_FILE, else the project folder's.
  const envFile =
    shell.COMPOSE_FILE === undefined && named ? rootEnvFile : join(projectDir, '.env');
  return { files, projectDir, envFile, rootEnvFile, rootEnvRead };
}
