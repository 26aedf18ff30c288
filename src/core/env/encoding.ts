// The bytes of an env file as text, and back, without losing one. Pure: no I/O.
//
// Next.js and dotenv read env files as UTF-8. Files people really have are also CP949 ("ANSI" on
// Korean Windows), Latin-1, or UTF-16 (what `>` writes in Windows PowerShell 5.1). Every
// ASCII-compatible encoding keeps the bytes dotenv's grammar looks at (keys, `=`, quotes, `#`,
// line breaks) as ASCII, so the file is decoded as UTF-8 with each byte that is not part of a
// well-formed UTF-8 sequence kept as a lone surrogate U+DC80-U+DCFF (Python's "surrogateescape").
// Such a character is, for dotenv's regex, what U+FFFD is when Next.js decodes the same bytes:
// neither a word character, nor a blank, nor a line break. So an edit finds the same value Next.js
// reads, and encoding the text back gives every untouched byte as it was. Hand-written: Node's
// decoders replace bad bytes with U+FFFD (lossy), and iconv-style libraries guess a code page,
// while here no guess is needed: ASCII is all that is interpreted.
import { isUtf8 } from 'node:buffer';

/** A file in UTF-16, which no ASCII-compatible reading can edit. */
export interface Utf16 {
  encoding: 'UTF-16LE' | 'UTF-16BE';
  bom: boolean;
}

/** `is UTF-16 (little-endian, with a BOM)`-style wording of what was found. */
export function describeUtf16(found: Utf16): string {
  const order = found.encoding === 'UTF-16LE' ? 'little-endian' : 'big-endian';
  return `UTF-16 (${order}, ${found.bom ? 'with a BOM' : 'without a BOM'})`;
}

/** The length of the well-formed UTF-8 sequence at `i` (Unicode Table 3-7), 0 when there is none. */
function sequenceAt(b: Uint8Array, i: number): number {
  const lead = b[i] as number;
  if (lead < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => {
    const byte = b[i + k];
    return byte !== undefined && byte >= lo && byte <= hi;
  };
  if (lead >= 0xc2 && lead <= 0xdf) return cont(1) ? 2 : 0;
  if (lead === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if (lead === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (lead >= 0xe1 && lead <= 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (lead === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (lead >= 0xf1 && lead <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (lead === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

const utf8 = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('utf8');

/** The bytes as text: UTF-8 where they are UTF-8, each other byte as U+DC80+(byte - 0x80). */
export function decodeKeepingBytes(bytes: Uint8Array): string {
  if (isUtf8(bytes)) return utf8(bytes);
  let out = '';
  let run = 0;
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceAt(bytes, i);
    if (length > 0) {
      i += length;
      continue;
    }
    out += utf8(bytes.subarray(run, i)) + String.fromCharCode(0xdc00 + (bytes[i] as number));
    i += 1;
    run = i;
  }
  return out + utf8(bytes.subarray(run));
}

/** A low surrogate with no high one before it: a byte decodeKeepingBytes kept. */
const KEPT_BYTE = /(?<![\uD800-\uDBFF])[\uDC80-\uDCFF]/g;

/** decodeKeepingBytes undone: the same bytes for the same text; new text as UTF-8. */
export function encodeKeepingBytes(text: string): Buffer {
  const parts: Buffer[] = [];
  let from = 0;
  for (const match of text.matchAll(KEPT_BYTE)) {
    parts.push(Buffer.from(text.slice(from, match.index), 'utf8'));
    parts.push(Buffer.of(text.charCodeAt(match.index) - 0xdc00));
    from = match.index + 1;
  }
  if (from === 0) return Buffer.from(text, 'utf8');
  parts.push(Buffer.from(text.slice(from), 'utf8'));
  return Buffer.concat(parts);
}

/** Whether decoded text holds bytes that are not UTF-8 (Next.js reads them as U+FFFD). */
export const hasKeptBytes = (text: string) => text.search(KEPT_BYTE) !== -1;

/** Units of the text that are ASCII in this byte order, or -1 when it is not UTF-16 text. */
function asciiUnits(b: Uint8Array, high: 0 | 1): number {
  let ascii = 0;
  let pendingHigh = false;
  for (let i = 0; i + 1 < b.length; i += 2) {
    const hi = b[i + high] as number;
    const lo = b[i + 1 - high] as number;
    const unit = (hi << 8) | lo;
    if (unit === 0) return -1;
    const isHigh = unit >= 0xd800 && unit <= 0xdbff;
    const isLow = unit >= 0xdc00 && unit <= 0xdfff;
    if (pendingHigh !== isLow) return -1;
    pendingHigh = isHigh;
    if (hi === 0 && lo < 0x80) ascii += 1;
  }
  return pendingHigh ? -1 : ascii;
}

/**
 * UTF-16, when the bytes certainly are: a UTF-16 BOM (FF FE, FE FF), or, without one, NUL bytes
 * (which no ASCII-compatible text holds) in an even-length file that reads as well-formed UTF-16
 * in one byte order with at least half its units ASCII, no NUL unit, and fewer ASCII units in the
 * other order. Anything less certain is left to the byte-keeping reading.
 */
export function detectUtf16(b: Uint8Array): Utf16 | undefined {
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'UTF-16LE', bom: true };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'UTF-16BE', bom: true };
  if (b.length < 2 || b.length % 2 !== 0 || !b.includes(0)) return undefined;
  const le = asciiUnits(b, 1);
  const be = asciiUnits(b, 0);
  const half = b.length / 4;
  if (le >= half && le > be) return { encoding: 'UTF-16LE', bom: false };
  if (be >= half && be > le) return { encoding: 'UTF-16BE', bom: false };
  return undefined;
}

/** The text of a UTF-16 file (BOM dropped), or undefined when it is not whole UTF-16. */
export function decodeUtf16(b: Uint8Array, found: Utf16): string | undefined {
  const body = Buffer.from(b.subarray(found.bom ? 2 : 0));
  if (body.length % 2 !== 0) return undefined;
  if (found.encoding === 'UTF-16BE') body.swap16();
  try {
    return new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    return undefined;
  }
}
