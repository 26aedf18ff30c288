// The committed project file: `udo-port.json` at the project's root, or a `"udo-port"` key in the
// root package.json (as portless reads `portless.json` or its key). It marks the root, and says
// what no flag then needs to: where the backend and the frontend are, how they run, which
// variables carry the URLs. Reading it is safe against a planted file (a regular file of bounded
// size, never through a FIFO); validating it is pure, one line per mistake.
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import { isAbsolute, join, normalize } from 'node:path';
import { UsageError } from '../errors.js';
import { parseRange } from '../ports/settings.js';
import { suggest } from '../suggest.js';
import { printable } from '../text.js';

export const PROJECT_FILE = 'udo-port.json';
export const PACKAGE_KEY = 'udo-port';

export interface BackendSection {
  dir?: string;
  app?: string;
  command?: string;
  venv?: string;
  envFile?: string;
  port?: number;
  range?: string;
  host?: string;
  frontendUrlVariables?: string[];
}

export interface FrontendSection {
  dir?: string;
  command?: string;
  /** Relative to `frontend.dir`. */
  envFile?: string;
  urlVariables?: string[];
  port?: number;
  range?: string;
}

export interface ProjectFile {
  $schema?: string;
  backend?: BackendSection;
  frontend?: FrontendSection;
  compose?: { files?: string[] };
}

/** The file as found: where, how to name it in messages, and what it says. */
export interface LoadedProjectFile {
  path: string;
  /** `udo-port.json`, or `package.json "udo-port"`. */
  label: string;
  config: ProjectFile;
}

type Kind = 'path' | 'app' | 'command' | 'port' | 'range' | 'host' | 'variables' | 'paths';

const SHAPE: Record<string, Record<string, Kind>> = {
  backend: {
    dir: 'path',
    app: 'app',
    command: 'command',
    venv: 'path',
    envFile: 'path',
    port: 'port',
    range: 'range',
    host: 'host',
    frontendUrlVariables: 'variables',
  },
  frontend: {
    dir: 'path',
    command: 'command',
    envFile: 'path',
    urlVariables: 'variables',
    port: 'port',
    range: 'range',
  },
  compose: { files: 'paths' },
};

/** Every key the file may hold, dotted: for "did you mean". */
export const PROJECT_KEYS = [
  '$schema',
  ...Object.entries(SHAPE).flatMap(([section, keys]) => [
    section,
    ...Object.keys(keys).map((key) => `${section}.${key}`),
  ]),
];

const VARIABLE = /^[A-Za-z_][A-Za-z0-9_]*$/;
const APP = /^[\w.]+:[\w.]+$/;
// Control characters have no place in a path, a command or a host, and would reach the terminal.
// biome-ignore lint/suspicious/noControlCharactersInRegex: that is the point
const CONTROL = /[\u0000-\u001f\u007f]/;

const shown = (value: unknown) => printable(JSON.stringify(value) ?? String(value)).slice(0, 120);

function keyError(label: string, key: string, value: unknown, why: string): UsageError {
  return new UsageError(`${label}: ${key}: ${shown(value)} ${why}`);
}

/** A path inside the project: relative, and never climbing out of it. */
function checkPath(label: string, key: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '' || CONTROL.test(value)) {
    throw keyError(
      label,
      key,
      value,
      'is not a path (expected a folder or file inside the project)',
    );
  }
  const norm = normalize(value);
  if (
    isAbsolute(value) ||
    /^[a-z]:/i.test(value) ||
    norm === '..' ||
    norm.startsWith(`..${'/'}`) ||
    norm.startsWith('..\\')
  ) {
    throw keyError(
      label,
      key,
      value,
      'is not inside the project (expected a path relative to its root)',
    );
  }
  return value;
}

function checkValue(label: string, key: string, kind: Kind, value: unknown): unknown {
  const bad = (why: string) => keyError(label, key, value, why);
  switch (kind) {
    case 'path':
      return checkPath(label, key, value);
    case 'paths':
      if (!Array.isArray(value)) throw bad('is not a list of paths');
      return value.map((item, i) => checkPath(label, `${key}[${i}]`, item));
    case 'app':
      if (typeof value !== 'string' || !APP.test(value)) {
        throw bad('is not MODULE:ATTR (e.g. backend.main:app)');
      }
      return value;
    case 'command':
      if (typeof value !== 'string' || value.trim() === '' || CONTROL.test(value)) {
        throw bad('is not a command line (e.g. "fastapi dev --port {port}")');
      }
      return value;
    case 'port':
      // A number, as the schema says: "8001" in quotes is a string to an editor too.
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 65535) {
        throw bad('is not a port (expected a whole number from 1 to 65535)');
      }
      return value;
    case 'range':
      if (typeof value !== 'string') throw bad('is not a port range (expected "FROM-TO")');
      try {
        parseRange(value, key);
      } catch {
        throw bad('is not a port range (expected "FROM-TO" with FROM <= TO, within 1-65535)');
      }
      return value;
    case 'host':
      if (
        typeof value !== 'string' ||
        value.trim() === '' ||
        /[\s/[\]]/.test(value) ||
        CONTROL.test(value)
      ) {
        throw bad('is not a host name or IP address');
      }
      return value.trim();
    case 'variables':
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && VARIABLE.test(v))) {
        throw bad('is not a list of variable names (e.g. ["NEXT_PUBLIC_API_URL"])');
      }
      return [...new Set(value as string[])];
  }
}

function unknownKey(label: string, key: string): UsageError {
  const guess = suggest(key, PROJECT_KEYS);
  return new UsageError(
    `${label}: ${printable(key)}: not a key of the project file${guess ? ` (did you mean ${guess}?)` : ''}`,
  );
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The project file's content, checked: every key known and every value of its kind, else one
 * line naming the file, the key and the value (exit 2). Pure.
 */
export function parseProjectFile(value: unknown, label: string): ProjectFile {
  if (!isObject(value)) throw new UsageError(`${label}: ${shown(value)} is not an object`);
  const config: Record<string, unknown> = {};
  for (const [section, content] of Object.entries(value)) {
    if (section === '$schema') {
      if (typeof content !== 'string')
        throw keyError(label, section, content, 'is not a URL or path');
      config.$schema = content;
      continue;
    }
    const keys = SHAPE[section];
    if (!keys) throw unknownKey(label, section);
    if (!isObject(content)) throw keyError(label, section, content, 'is not an object');
    const checked: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(content)) {
      const kind = keys[key];
      if (!kind) throw unknownKey(label, `${section}.${key}`);
      checked[key] = checkValue(label, `${section}.${key}`, kind, item);
    }
    config[section] = checked;
  }
  return config as ProjectFile;
}

const MAX_BYTES = 1024 * 1024;

/**
 * A regular file's text, at most 1 MiB; undefined when there is none. Opened without following a
 * link's last step onto a FIFO or device and without blocking: the file is the project's, but a
 * checkout may hold anything.
 */
function readRegular(path: string): string | undefined {
  const seen = lstatSync(path, { throwIfNoEntry: false });
  if (!seen) return undefined;
  if (!seen.isFile()) throw new UsageError(`${path}: not a regular file`);
  if (seen.size > MAX_BYTES) throw new UsageError(`${path}: larger than 1 MiB`);
  const fd = openSync(
    path,
    constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0),
  );
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.size > MAX_BYTES)
      throw new UsageError(`${path}: not a regular file`);
    const buffer = Buffer.alloc(Math.min(stat.size, MAX_BYTES));
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    return buffer
      .subarray(0, read)
      .toString('utf8')
      .replace(/^\uFEFF/, '');
  } finally {
    closeSync(fd);
  }
}

function parseJson(text: string, label: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${label}: not JSON (${printable((error as Error).message)})`);
  }
}

/** Whether `dir` holds a project file: cheap enough for the root search at every level. */
export function hasProjectFile(dir: string): boolean {
  if (lstatSync(join(dir, PROJECT_FILE), { throwIfNoEntry: false })?.isFile()) return true;
  const pkg = join(dir, 'package.json');
  const stat = lstatSync(pkg, { throwIfNoEntry: false });
  if (!stat?.isFile() || stat.size > MAX_BYTES) return false;
  try {
    const text = readRegular(pkg) ?? '';
    // Only a top-level key counts: a dependency named udo-port does not make a project.
    if (!text.includes(`"${PACKAGE_KEY}"`)) return false;
    const value = JSON.parse(text) as unknown;
    return isObject(value) && PACKAGE_KEY in value;
  } catch {
    return false;
  }
}

/**
 * The project file in `root`: `udo-port.json`, else package.json's `"udo-port"` key; both at
 * once is an error (which one wins would be a guess). Undefined when there is none.
 */
export function loadProjectFile(root: string): LoadedProjectFile | undefined {
  const own = join(root, PROJECT_FILE);
  const pkg = join(root, 'package.json');
  const ownText = readRegular(own);
  let fromPackage: unknown;
  const pkgStat = lstatSync(pkg, { throwIfNoEntry: false });
  if (pkgStat?.isFile() && pkgStat.size <= MAX_BYTES) {
    const text = readRegular(pkg) ?? '';
    if (text.includes(`"${PACKAGE_KEY}"`)) {
      const value = parseJson(text, 'package.json');
      if (isObject(value) && PACKAGE_KEY in value) fromPackage = value[PACKAGE_KEY];
    }
  }
  if (ownText !== undefined && fromPackage !== undefined) {
    throw new UsageError(
      `${PROJECT_FILE} and package.json "${PACKAGE_KEY}": both configure the project; keep one`,
    );
  }
  if (ownText !== undefined) {
    return {
      path: own,
      label: PROJECT_FILE,
      config: parseProjectFile(parseJson(ownText, PROJECT_FILE), PROJECT_FILE),
    };
  }
  if (fromPackage !== undefined) {
    const label = `package.json "${PACKAGE_KEY}"`;
    return { path: pkg, label, config: parseProjectFile(fromPackage, label) };
  }
  return undefined;
}
