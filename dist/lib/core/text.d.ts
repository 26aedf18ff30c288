/**
 * Untrusted text (a lease's fields, a process's name or command line), made safe to print on
 * one line of a terminal or a CI log: controls and bidi overrides become visible escapes such as
 * `\n`, `\x1b` and `\u202e`, so no workflow command (`::error::`) or escape sequence gets
 * through. Everything else, letters of any script and spaces included, stays as it is.
 */
export declare function printable(text: string): string;
/** Text of several lines made printable line by line: its own line breaks stay, nothing else. */
export declare function printableLines(text: string): string;
