import { join } from 'node:path';
import { envFileContents, parseEnv, type Utf16File } from './file.js';

/** The mode Next.js loads env files for: `next dev` is development, `next build`/`start` production. */
export type NextMode = 'development' | 'production' | 'test';

/** Next.js's env files for a mode, highest priority first (as @next/env's loadEnvConfig). */
export function nextEnvFiles(mode: NextMode = 'development'): string[] {
  return [`.env.${mode}.local`, ...(mode === 'test' ? [] : ['.env.local']), `.env.${mode}`, '.env'];
}

export interface NextEnvFile {
  /** As Next.js names it: relative to the app's folder. */
  path: string;
  contents: string;
}

export interface NextEnv {
  /** Every value the Next.js process sees: the process environment plus the files. */
  env: Record<string, string | undefined>;
  /** Where each file key's value comes from: `process` (the shell wins) or the file's path. */
  sources: Record<string, string>;
}

/** Finds the last `$NAME`, `${NAME}` or `${NAME:-default}` not escaped by a backslash. */
const LAST_DOLLAR = /(?!(?<=\\))\$/g;
const REFERENCE = /((?!(?<=\\))\${?([\w]+)(?::-([^}\\]*))?}?)/;

/** dotenv-expand 10 as bundled in @next/env: references resolve right to left. */
function interpolate(
  value: string,
  env: Record<string, string | undefined>,
  parsed: Record<string, string>,
  depth = 0,
): string {
  const matches = Array.from(value.matchAll(LAST_DOLLAR));
  const last = matches.at(-1)?.index;
  if (last === undefined) return value;
  // A reference cycle (`A=$A`, `A=$B` with `B=$A`) recurses until Next.js's stack overflows,
  // and it then drops the whole file; a cycle fails here far sooner, to the same end.
  if (depth > 100) throw new RangeError('reference cycle');
  const match = value.slice(last).match(REFERENCE);
  if (!match) return value;
  const [, whole, name, fallback] = match as unknown as [string, string, string, string?];
  const replacement = env[name] || fallback || parsed[name] || '';
  return interpolate(value.replace(whole, replacement), env, parsed, depth + 1);
}

/**
 * What a Next.js process sees, computed as @next/env's processEnv does without touching
 * `process.env`: files in priority order, each expanded against the environment so far, and a
 * key set in the process environment (even to '') never replaced by a file.
 */
export function resolveNextEnv(
  files: readonly NextEnvFile[],
  processEnv: Record<string, string | undefined>,
): NextEnv {
  // @next/env expands into process.env itself, so later files see earlier files' values.
  const live: Record<string, string | undefined> = { ...processEnv };
  const fromFiles: Record<string, string> = {};
  const sources: Record<string, string> = {};
  for (const file of files) {
    const parsed = parseEnv(file.contents);
    try {
      for (const key of Object.keys(parsed)) {
        const raw = Object.hasOwn(live, key) ? (live[key] as string) : (parsed[key] as string);
        parsed[key] = interpolate(raw, live, parsed).replace(/\\\$/g, '$');
      }
    } catch {
      continue; // Next.js logs "Failed to load env" and goes on without the file.
    }
    for (const key of Object.keys(parsed)) live[key] = parsed[key];
    for (const key of Object.keys(parsed)) {
      if (processEnv[key] !== undefined) sources[key] = 'process';
      else if (fromFiles[key] === undefined) {
        fromFiles[key] = parsed[key] as string;
        sources[key] = file.path;
      }
    }
  }
  return { env: { ...live, ...fromFiles }, sources };
}

export type ReadNextEnvFile = NextEnvFile & { file: string; mtimeMs: number };

/** An env file that is there but not read: a FIFO, a device, a folder, unreadable, too big. */
export interface UnreadNextEnvFile {
  path: string;
  file: string;
  /** What follows the file's name in a message: `is a FIFO, not a regular file`. */
  problem: string;
  /** A UTF-16 file (which Next.js reads as UTF-8, finding nothing). */
  utf16?: Utf16File;
}

/**
 * Reads the env files Next.js would read in `dir`, in its order; missing files are left out, and
 * those that cannot be read safely are told apart. `instead` puts another file in a name's place
 * (a frontend env file given by path).
 */
export function scanNextEnvFiles(
  dir: string,
  mode: NextMode = 'development',
  instead: Record<string, string> = {},
): { files: ReadNextEnvFile[]; unread: UnreadNextEnvFile[] } {
  const files: ReadNextEnvFile[] = [];
  const unread: UnreadNextEnvFile[] = [];
  for (const path of nextEnvFiles(mode)) {
    const file = instead[path] ?? join(dir, path);
    // Next.js reads a FIFO too, and blocks on it: a check must not, so it reports it instead.
    const found = envFileContents(file);
    if (found.state === 'read') {
      files.push({ path, file, contents: found.text, mtimeMs: found.stat.mtimeMs });
    } else if (found.state === 'refused') {
      unread.push({
        path,
        file,
        problem: found.message,
        ...(found.utf16 && { utf16: found.utf16 }),
      });
    }
  }
  return { files, unread };
}

/** The env files scanNextEnvFiles reads. */
export function readNextEnvFiles(
  dir: string,
  mode: NextMode = 'development',
  instead: Record<string, string> = {},
): ReadNextEnvFile[] {
  return scanNextEnvFiles(dir, mode, instead).files;
}
