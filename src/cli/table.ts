/**
 * Rows as aligned lines: each column but the last padded to its widest cell. `paint` colours a
 * cell after padding, so escape codes never count toward a width. Pure.
 */
export function formatTable(
  rows: readonly (readonly string[])[],
  paint: (cell: string, row: number, column: number) => string = (cell) => cell,
  indent = '  ',
): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, column) => {
      widths[column] = Math.max(widths[column] ?? 0, [...cell].length);
    });
  }
  return rows.map(
    (row, r) =>
      indent +
      row
        .map((cell, c) => {
          const padded =
            c === row.length - 1 ? cell : cell + ' '.repeat((widths[c] ?? 0) - [...cell].length);
          return paint(padded, r, c);
        })
        .join('  ')
        .trimEnd(),
  );
}
