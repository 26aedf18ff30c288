// `udo-port init`: looks at the checkout, says what it found, and writes udo-port.json so that
// no command needs flags. Never overwrites without --force; written whole or not at all.
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  linkSync,
  lstatSync,
  openSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from '../core/errors.js';
import { hasProjectFile, PROJECT_FILE } from '../core/project/file.js';
import { detectLayout } from '../core/project/layout.js';
import { printable } from '../core/text.js';
import { parseCommandLine } from './args.js';
import type { Say } from './output.js';

/** Where editors find the schema: the published package's own copy. */
export const SCHEMA_URL = 'https://unpkg.com/udo-port/udo-port.schema.json';

export const initOptions = {
  cwd: { type: 'string' },
  'dry-run': { type: 'boolean' },
  force: { type: 'boolean' },
} as const;

/** The file's bytes, whole, under a private name first; then linked (no --force) or renamed in. */
function writeWhole(path: string, text: string, force: boolean): void {
  const temp = join(resolve(path, '..'), `.${PROJECT_FILE}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(
    temp,
    constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0),
    0o644,
  );
  try {
    try {
      writeSync(fd, text);
    } finally {
      closeSync(fd);
    }
    // link fails when the name exists: a file made meanwhile is never replaced without --force.
    if (force) renameSync(temp, path);
    else linkSync(temp, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new UsageError(`${PROJECT_FILE}: already there (--force replaces it)`);
    }
    throw error;
  } finally {
    try {
      unlinkSync(temp);
    } catch {}
  }
}

export async function init(argv: string[], say: Say): Promise<number> {
  const { values } = parseCommandLine(argv, initOptions, false);
  const root = resolve(values.cwd ?? '.');
  if (!statSync(root, { throwIfNoEntry: false })?.isDirectory()) {
    throw new UsageError(`--cwd: "${printable(values.cwd ?? '.')}" is not a folder`);
  }
  const target = join(root, PROJECT_FILE);
  if (!values.force && !values['dry-run']) {
    if (lstatSync(target, { throwIfNoEntry: false })) {
      throw new UsageError(`${PROJECT_FILE}: already there (--force replaces it)`);
    }
    if (hasProjectFile(root)) {
      throw new UsageError(
        'package.json "udo-port": already configures the project (--force writes udo-port.json; then remove the key)',
      );
    }
  }
  const { config, findings } = detectLayout(root);
  // With --dry-run stdout is the file alone (`init --dry-run > udo-port.json`); what was found
  // goes to stderr then.
  const tell = values['dry-run']
    ? (line: string) => process.stderr.write(`udo-port: ${line}\n`)
    : say.info;
  const width = Math.max(...findings.map((f) => f.what.length));
  for (const { what, found } of findings) tell(`${what.padEnd(width)}  ${printable(found)}`);
  const text = `${JSON.stringify({ $schema: SCHEMA_URL, ...config }, null, 2)}\n`;
  if (values['dry-run']) {
    process.stdout.write(text);
    tell(`--dry-run: ${PROJECT_FILE} not written`);
    return 0;
  }
  writeWhole(target, text, values.force ?? false);
  say.info(`wrote ${target}: commit it, and every udo-port command here needs no flags`);
  return 0;
}
