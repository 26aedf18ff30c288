/** Edit distance (insertions, deletions, substitutions, and swaps of two neighbours). */
export declare function distance(a: string, b: string): number;
/**
 * The candidate closest to `word` within 2 edits, case-blind (`--prot` → `--port`); undefined
 * when none is that close, or when two are equally close (a guess would mislead).
 */
export declare function suggest(word: string, candidates: readonly string[]): string | undefined;
