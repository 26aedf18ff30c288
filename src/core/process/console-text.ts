// Text that children and system tools write, decoded in the code page it was written in. On
// Windows that is not always UTF-8: Python writes to a pipe in the ANSI code page, tasklist and
// netstat in the OEM one (both 949 on Korean Windows). Bytes that are valid UTF-8 are taken as
// UTF-8 (Node children, and Hangul in CP949 is never valid UTF-8); others in the code page.
import { execFileSync } from 'node:child_process';
import { win32 } from 'node:path';

/** The WHATWG encoding that decodes a Windows code page (Node's full ICU has them all). */
export function codePageEncoding(codePage: number): string | undefined {
  const named: Record<number, string> = {
    65001: 'utf-8',
    949: 'euc-kr', // the WHATWG euc-kr decoder is Windows' CP949 (Unified Hangul Code)
    932: 'shift_jis',
    936: 'gbk',
    950: 'big5',
    866: 'ibm866',
    874: 'windows-874',
    20866: 'koi8-r',
    28591: 'iso-8859-1',
  };
  if (named[codePage]) return named[codePage];
  if (codePage >= 1250 && codePage <= 1258) return `windows-${codePage}`;
  return undefined;
}

/** The code pages in `reg query ...\Nls\CodePage` output: `ACP REG_SZ 949`. Pure. */
export function parseCodePages(text: string): { ansi?: number; oem?: number } {
  const value = (name: string) => {
    const found = new RegExp(`^\\s*${name}\\s+REG_SZ\\s+(\\d+)\\s*$`, 'mi').exec(text)?.[1];
    return found ? Number(found) : undefined;
  };
  const ansi = value('ACP');
  const oem = value('OEMCP');
  return { ...(ansi && { ansi }), ...(oem && { oem }) };
}

let found: { ansi?: number; oem?: number } | undefined;

/**
 * Windows' ANSI and OEM code pages, read once from the registry with reg.exe (~30 ms, and only
 * when some output is not UTF-8; no chcp, which reports the console's and needs cmd.exe). Elsewhere
 * and when reg cannot tell: none.
 */
export function windowsCodePages(): { ansi?: number; oem?: number } {
  if (found) return found;
  found = {};
  if (process.platform !== 'win32') return found;
  const root = process.env.SystemRoot ?? process.env.windir;
  try {
    const text = execFileSync(
      root ? win32.join(root, 'System32', 'reg.exe') : 'reg.exe',
      ['query', 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Nls\\CodePage'],
      { encoding: 'latin1', timeout: 5000, windowsHide: true, stdio: ['ignore', 'pipe', 'ignore'] },
    );
    found = parseCodePages(text);
  } catch {}
  return found;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Bytes as text: UTF-8 when they are valid UTF-8, else in `codePage` (a Windows code page), else
 * UTF-8 with replacement characters. `codePage` may be a lookup, made only when needed.
 */
export function decodeConsole(
  bytes: Uint8Array,
  codePage: number | undefined | (() => number | undefined),
): string {
  try {
    return utf8.decode(bytes);
  } catch {}
  const page = typeof codePage === 'function' ? codePage() : codePage;
  const encoding = page === undefined ? undefined : codePageEncoding(page);
  if (encoding) {
    try {
      return new TextDecoder(encoding).decode(bytes);
    } catch {}
  }
  return Buffer.from(bytes).toString('utf8');
}

/** What a child program wrote (Python: the ANSI code page). */
export const decodeChildOutput = (bytes: Uint8Array) =>
  decodeConsole(bytes, () => windowsCodePages().ansi);

/** What a system tool wrote to a pipe (tasklist, netstat, netsh: the OEM code page). */
export const decodeToolOutput = (bytes: Uint8Array) =>
  decodeConsole(bytes, () => windowsCodePages().oem ?? windowsCodePages().ansi);
