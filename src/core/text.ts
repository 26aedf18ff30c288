/** Placeholder until helper-b's version lands. */
export function printable(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: placeholder
  return text.replace(
    /[\u0000-\u001f\u007f-\u009f]/g,
    (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
}
