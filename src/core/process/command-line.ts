import { UsageError } from '../errors.js';
import { printable } from '../text.js';

/** Characters a shell would treat as operators or expansions, refused outside quotes. */
const SHELL_SYNTAX = /[|&;<>()$`]/;
/** Refused at the start of an unquoted word: a shell comment, a home folder. */
const SHELL_WORD_START = /^[#~]/;

/**
 * A one-line command as an argv, with no shell on the way (the action's `run` input, described
 * in the README's "The `run` input", and dev's `--web-cmd`):
 * words are separated by spaces or tabs; '...' and "..." quote (nothing inside is special, so a
 * double quote goes inside single quotes and vice versa); quoted and unquoted parts next to each
 * other make one word; a backslash is an ordinary character (Windows paths). What a shell would
 * expand or interpret is refused, so that no one's `$VAR` or `&&` is silently passed on as text.
 */
export function splitCommandLine(raw: string, label: string): string[] {
  const text = raw.trim();
  const fail = (why: string) => {
    throw new UsageError(`${label}: "${printable(text)}" ${why}`);
  };
  if (/[\r\n]/.test(text)) {
    fail("is more than one line; give one command (a script runs as: bash -c '...')");
  }
  const words: string[] = [];
  let word: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (char === ' ' || char === '\t') {
      if (word !== undefined) words.push(word);
      word = undefined;
      continue;
    }
    if (char === "'" || char === '"') {
      const end = text.indexOf(char, i + 1);
      if (end === -1) fail(`has a ${char} that is never closed`);
      word = (word ?? '') + text.slice(i + 1, end);
      i = end;
      continue;
    }
    if (SHELL_SYNTAX.test(char) || (word === undefined && SHELL_WORD_START.test(char))) {
      fail(
        `has ${char} outside quotes, which only a shell understands: no shell runs this command ({port} is the port; quote the ${char}, or run: bash -c '...')`,
      );
    }
    word = (word ?? '') + char;
  }
  if (word !== undefined) words.push(word);
  if (words[0] === '') fail('names no program to run');
  return words;
}
