import type { Grid, GridCell } from "./lattice.js";

/** Below this share of cells with text, a grid is a table only by its header row or label column. */
const MIN_FILLED_SHARE = 0.2;

/**
 * Is a ruled grid a table? Chart gridlines, plot frames and photo frames are grids too, with
 * (almost) no text in their cells. A grid is a table when at least two of its cells hold text
 * and either a fifth of them do, or its whole first row does (a header over rows left blank, as
 * on a form), or its whole first column does (row labels), the corner cell apart.
 */
export function isTableGrid(grid: Grid, hasText: (cell: GridCell) => boolean): boolean {
  const filled = grid.cells.filter(hasText);
  if (filled.length < 2) return false;
  if (filled.length >= MIN_FILLED_SHARE * grid.cells.length) return true;
  // The corner cell of a cross table is often empty: the labels beside it count.
  const firstRow = grid.cells.filter((cell) => cell.row === 0 && cell.col > 0);
  const firstColumn = grid.cells.filter((cell) => cell.col === 0 && cell.row > 0);
  return (
    (firstRow.length >= 2 && firstRow.every(hasText)) ||
    (firstColumn.length >= 2 && firstColumn.every(hasText))
  );
}
