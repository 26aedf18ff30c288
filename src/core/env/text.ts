// .env text: dotenv's grammar, and changes that keep every other byte. Pure: no I/O.
import dotenv from 'dotenv';
import { UsageError } from '../errors.js';

const BOM = '\uFEFF';

/**
 * dotenv's LINE regex (dotenv 18, default parser), with two extra capture groups (separator and
 * value) so that edits hit exactly the bytes dotenv reads as the value. Capture groups do not
 * change what matches, so matching this against the same text finds the same assignments.
 */
const LINE_SOURCE =
  /(?:^|^)\s*(?:export\s+)?([\w.-]+)((?:\s*=\s*?|:\s+?))(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(?:#.*)?(?:$|$)/
    .source;

/** The key grammar of that regex: `[\w.-]+` without the `u` flag. */
const KEY = /^[\w.-]+$/;

/** One assignment as dotenv reads it. */
export interface EnvAssignment {
  key: string;
  /** 1-based line of the key. */
  line: number;
  /** 1-based line of the assignment's last character: a quoted value may span lines. */
  endLine: number;
  /** Offsets into the normalized (LF-only, BOM-less) text. */
  keyStart: number;
  /** Where the value group starts, or where it would start when dotenv saw no value. */
  valueStart: number;
  valueEnd: number;
  /** The raw value group, '' when absent. */
  raw: string;
  /** The separator as written (`=`, ` = `, `: `). */
  sep: string;
}

function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

/** Parses .env text exactly as dotenv does (a leading BOM is dropped first). */
export function parseEnv(text: string): Record<string, string> {
  return dotenv.parse(stripBom(text));
}

/**
 * dotenv turns CR LF and lone CR into LF before matching. Returns that text and, for every offset
 * in it (plus its end), the matching offset in the original so edits can be mapped back.
 */
function normalize(text: string): { norm: string; map: number[] } {
  let norm = '';
  const map: number[] = [];
  let i = 0;
  while (i < text.length) {
    map.push(i);
    const ch = text[i] as string;
    if (ch === '\r') {
      norm += '\n';
      i += text[i + 1] === '\n' ? 2 : 1;
    } else {
      norm += ch;
      i += 1;
    }
  }
  map.push(text.length);
  return { norm, map };
}

function assignments(norm: string): EnvAssignment[] {
  const re = new RegExp(LINE_SOURCE, 'gmd');
  const found: EnvAssignment[] = [];
  let line = 1;
  let pos = 0;
  // Lines are counted once, forward: matches come in order and do not overlap.
  const lineAt = (offset: number) => {
    for (; pos < offset; pos++) if (norm[pos] === '\n') line++;
    return line;
  };
  for (let m = re.exec(norm); m !== null; m = re.exec(norm)) {
    const idx = m.indices;
    const keyIdx = idx?.[1];
    const sepIdx = idx?.[2];
    if (!idx || !keyIdx || !sepIdx) continue;
    const valIdx = idx[3];
    found.push({
      key: m[1] as string,
      line: lineAt(keyIdx[0]),
      endLine: lineAt(Math.max(keyIdx[0], m.index + m[0].length - 1)),
      keyStart: keyIdx[0],
      valueStart: valIdx ? valIdx[0] : sepIdx[1],
      valueEnd: valIdx ? valIdx[1] : sepIdx[1],
      raw: m[3] ?? '',
      sep: m[2] as string,
    });
  }
  return found;
}

/** The value dotenv derives from a raw value group (same steps as its parser). */
function dotenvValue(raw: string): string {
  let v = raw.trim();
  const first = v[0];
  v = v.replace(/^(['"`])([\s\S]*)\1$/gm, '$2');
  if (first === '"') v = v.replace(/\\n/g, '\n').replace(/\\r/g, '\r');
  return v;
}

type Quote = '' | "'" | '"' | '`';

/** How `value` reads back unchanged when written with quote `q`, or undefined if it cannot. */
function quoteAs(value: string, q: Quote): string | undefined {
  switch (q) {
    case '':
      // Whitespace would be trimmed, `#` starts a comment, a leading quote starts a quoted value.
      return /^[^\s#'"`]*$/.test(value) ? value : undefined;
    case '"':
      // dotenv turns \n and \r into line breaks but never unescapes \" or \\, so neither can appear.
      if (/["\\]/.test(value)) return undefined;
      return `"${value.replace(/\n/g, '\\n').replace(/\r/g, '\\r')}"`;
    default:
      // No escapes at all; a trailing backslash would escape the closing quote for the regex.
      if (value.includes(q) || /[\r\n]/.test(value) || value.endsWith('\\')) return undefined;
      return `${q}${value}${q}`;
  }
}

function formatValue(value: string, keep: Quote | undefined, key: string): string {
  const order: Quote[] = keep ? [keep, '', '"', "'", '`'] : ['', '"', "'", '`'];
  for (const q of order) {
    const out = quoteAs(value, q);
    if (out !== undefined) return out;
  }
  throw new UsageError(
    `the value for ${key} mixes quotes, backslashes and line breaks in a way a .env file cannot hold`,
  );
}

function quoteOf(raw: string): Quote | undefined {
  const t = raw.trim();
  const q = t[0];
  if (t.length >= 2 && (q === "'" || q === '"' || q === '`') && t.endsWith(q)) return q;
  return undefined;
}

function checkKey(key: string): void {
  // dotenv assigns keys to a plain object, so it can never read `__proto__` back.
  if (!KEY.test(key) || key === '__proto__') {
    throw new UsageError(`${JSON.stringify(key)} is not a valid .env key`);
  }
}

/** The bytes kept before and after the new value inside the old value group. */
function around(a: EnvAssignment, norm: string): { head: string; tail: string } {
  const core = a.raw.trim();
  if (core !== '') {
    const head = /^\s*/.exec(a.raw)?.[0] ?? '';
    return { head, tail: a.raw.slice(head.length + core.length) };
  }
  // An empty value is only the blanks between the separator and the end or a comment
  // (`KEY = # note`): keep one after a spaced `=`, the rest after the value.
  const head = /^\s/.test(a.sep) ? a.raw.slice(0, 1) : '';
  let tail = a.raw.slice(head.length);
  if (tail === '' && norm[a.valueEnd] === '#') tail = ' ';
  return { head, tail };
}

/**
 * Returns `text` with every assignment of `key` set to `value` (appended when missing). Only the
 * value bytes change; everything else (comments, order, quoting, `export `, line endings, BOM)
 * is kept.
 */
export function setEnvValue(text: string, key: string, value: string): string {
  checkKey(key);
  const bom = text.startsWith(BOM) ? BOM : '';
  const body = text.slice(bom.length);
  const { norm, map } = normalize(body);
  const targets = assignments(norm).filter((a) => a.key === key);

  let out: string;
  if (targets.length === 0) {
    const eol = /\r\n|\n|\r/.exec(body)?.[0] ?? '\n';
    const sep = body === '' || /[\r\n]$/.test(body) ? '' : eol;
    out = `${body}${sep}${key}=${formatValue(value, undefined, key)}${eol}`;
  } else {
    out = '';
    let pos = 0;
    for (const a of targets) {
      if (dotenvValue(a.raw) === value) continue;
      const { head, tail } = around(a, norm);
      const start = map[a.valueStart] as number;
      const end = map[a.valueEnd] as number;
      out += body.slice(pos, start) + head + formatValue(value, quoteOf(a.raw), key) + tail;
      pos = end;
    }
    out += body.slice(pos);
  }

  // Guard against dotenv's multi-line quote matching re-pairing quotes across lines: the result
  // must parse to the old values with only `key` changed, or nothing is written.
  const before = dotenv.parse(body);
  const after = dotenv.parse(out);
  before[key] = value;
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const k of keys) {
    if (before[k] !== after[k] || !Object.hasOwn(after, k)) {
      throw new UsageError(
        `cannot set ${key} without changing how the rest of the file parses (unbalanced quotes?)`,
      );
    }
  }
  return bom + out;
}

/**
 * The text as dotenv matches it (BOM dropped, CR LF and lone CR made LF) and the assignments it
 * finds there, in order.
 */
export function scanEnv(text: string): { norm: string; assignments: EnvAssignment[] } {
  const { norm } = normalize(stripBom(text));
  return { norm, assignments: assignments(norm) };
}

/** 1-based line numbers where `key` is assigned, as dotenv sees it (CR LF, CR or LF breaks). */
export function envKeyLines(text: string, key: string): number[] {
  return scanEnv(text)
    .assignments.filter((a) => a.key === key)
    .map((a) => a.line);
}
