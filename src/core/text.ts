// Controls (C0, DEL and C1: \p{Cc}), the line and paragraph separators, and the bidi embeddings,
// overrides and isolates: what can end a line, drive a terminal or reorder what is shown.
const UNSAFE = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function visible(char: string): string {
  const code = char.charCodeAt(0);
  return (
    NAMED[char] ??
    (code <= 0xff
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`)
  );
}

/**
 * Untrusted text (a lease's fields, a process's name or command line), made safe to print on
 * one line of a terminal or a CI log: controls and bidi overrides become visible escapes such as
 * `\n`, `\x1b` and `\u202e`, so no workflow command (`::error::`) or escape sequence gets
 * through. Everything else, letters of any script and spaces included, stays as it is.
 */
export function printable(text: string): string {
  return text.replace(UNSAFE, visible);
}

/** Text of several lines made printable line by line: its own line breaks stay, nothing else. */
export function printableLines(text: string): string {
  return text.split('\n').map(printable).join('\n');
}
