// The closest of some names to a mistyped one: the CLI's options and commands, the project
// file's keys. Pure.

/** Edit distance (insertions, deletions, substitutions, and swaps of two neighbours). */
export function distance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      // `--prot` for `--port`: one swap, not two substitutions.
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      (d[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}

/**
 * The candidate closest to `word` within 2 edits, case-blind (`--prot` → `--port`); undefined
 * when none is that close, or when two are equally close (a guess would mislead).
 */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  const scored = candidates
    .map((candidate) => ({ candidate, d: distance(word.toLowerCase(), candidate.toLowerCase()) }))
    .filter(({ candidate, d }) => d <= 2 && d < Math.max(word.length, candidate.length))
    .sort((x, y) => x.d - y.d);
  const [best, next] = scored;
  if (!best || (next && next.d === best.d)) return undefined;
  return best.candidate;
}
