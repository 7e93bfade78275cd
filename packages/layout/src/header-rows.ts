import type { RawRow } from "./types.js";

/** More header rows than this are not looked for (group labels over labels over sub-labels). */
const MAX_HEADER_ROWS = 3;

/**
 * Which cells of the first rows are covered by a merged cell from another place (its `rowSpan`
 * / `colSpan`): covered[r][c]. Cells cover nothing in text input, which records no spans.
 */
function coveredCells(rows: readonly RawRow[]): boolean[][] {
  const covered = rows.map((row) => row.cells.map(() => false));
  rows.forEach((row, r) => {
    row.cells.forEach((cell, c) => {
      for (let dr = 0; dr < (cell.rowSpan ?? 1); dr++) {
        for (let dc = 0; dc < (cell.colSpan ?? 1); dc++) {
          const line = covered[r + dr];
          if ((dr > 0 || dc > 0) && line && c + dc < line.length) line[c + dc] = true;
        }
      }
    });
  });
  return covered;
}

/**
 * How many leading rows of a table are its header, by `isHeaderCell` for each cell a merged
 * cell does not cover: 0 when the first row is no header; more than 1 only where the PDF showed
 * spans — a header cell reaching down into the next row (`rowSpan`), or a group label across
 * columns (`colSpan`) whose sub-labels fill the next row. Without spans (text input) this is
 * `isHeaderLike` of the first row, 0 or 1.
 */
export function countHeaderRows(rows: readonly RawRow[], isHeaderCell: (text: string) => boolean): number {
  const head = rows.slice(0, MAX_HEADER_ROWS);
  const covered = coveredCells(head);
  const labels = (r: number): boolean => {
    const cells = head[r]?.cells ?? [];
    const open = cells.filter((_, c) => !covered[r]?.[c]);
    return cells.length >= 2 && open.length >= 1 && open.every((cell) => isHeaderCell(cell.text));
  };
  if (!labels(0)) return 0;
  let count = 1;
  while (count < head.length && labels(count)) {
    const above = head.slice(0, count);
    const reachesDown = above.some((row, r) => row.cells.some((cell) => r + (cell.rowSpan ?? 1) > count));
    const groupsAbove = (head[count - 1]?.cells ?? []).some((cell) => (cell.colSpan ?? 1) > 1);
    if (!reachesDown && !groupsAbove) break;
    count++;
  }
  return count;
}
