// `[tool.fastapi] entrypoint` in pyproject.toml, as fastapi-cli reads it: the app, when nothing
// else names it. One key of one table, read by hand: a TOML parser (smol-toml, ~40 KB) would be
// a dependency for one string, and only a basic or literal string on one line is accepted here;
// anything else is left to the flags and the project file.
import { join } from 'node:path';
import { readSmallText } from '../small-file.js';

/** The entrypoint's value, when the table sets it as a one-line string. Pure. */
export function fastapiEntrypoint(text: string): string | undefined {
  let inTable = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith('[')) {
      inTable = /^\[\s*tool\s*\.\s*fastapi\s*\]\s*(#.*)?$/.test(line);
      continue;
    }
    if (!inTable) continue;
    const match = /^entrypoint\s*=\s*(?:"([^"\\]*)"|'([^']*)')\s*(#.*)?$/.exec(line);
    if (match) return match[1] ?? match[2];
  }
  return undefined;
}

/** The entrypoint in `dir`/pyproject.toml, if a regular file of at most 1 MiB sets one. */
export function readFastapiEntrypoint(dir: string): string | undefined {
  const text = readSmallText(join(dir, 'pyproject.toml'), 1024 * 1024);
  return text === undefined ? undefined : fastapiEntrypoint(text);
}
