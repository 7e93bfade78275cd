import type { Ruling, TextRun } from "../types.js";
import { cellAt, type Grid } from "./lattice.js";

/** How far below a cell's last line of text its next line may start (in font sizes). */
const NEXT_LINE = 1.7;

/**
 * A grid's foot lowered over the lines of text a cell of its last row runs on with below it,
 * where no line closes that cell (Chromium lets a strategy cell spanning rows across a page break
 * run on under the table's last drawn edge: `識。` of `…凝聚私部門反貪腐共` / `識。`). A line belongs
 * to the cell when it lies within the cell's sides, no more than a line's pitch under the cell's
 * last line. Returns the grid itself when nothing runs on.
 */
export function withOverflow(
  grid: Grid,
  runs: readonly TextRun[],
  rulings: readonly Ruling[],
  anchorOf: (run: TextRun) => [number, number],
): Grid {
  const bottom = grid.ys.at(-1) as number;
  // Most grids have no text right under them: nothing to look at cell by cell. (A cell's last line
  // sits at most a third of an em under the foot; the next one at most NEXT_LINE ems lower.)
  const near = (run: TextRun) => {
    const y = anchorOf(run)[1];
    return y > bottom && y <= bottom + 2 * run.fontSize;
  };
  if (!runs.some(near)) return grid;
  let foot = bottom;
  for (const cell of grid.cells) {
    if (Math.abs(cell.y1 - bottom) > 0.5) continue;
    const middle = (cell.x0 + cell.x1) / 2;
    if (
      rulings.some((r) => r.y0 === r.y1 && Math.abs(r.y0 - bottom) <= 2 && r.x0 <= middle && middle <= r.x1)
    )
      continue;
    const inColumn = runs.filter((run) => run.x >= cell.x0 && run.x + run.width <= cell.x1 + 1);
    let last = Math.max(
      Number.NEGATIVE_INFINITY,
      ...inColumn.filter((run) => cellAt(grid, ...anchorOf(run)) === cell).map((run) => run.y),
    );
    if (last === Number.NEGATIVE_INFINITY) continue;
    const below = inColumn.filter((run) => anchorOf(run)[1] > bottom).sort((a, b) => a.y - b.y);
    for (const run of below) {
      if (run.y <= last) continue;
      if (run.y > last + NEXT_LINE * run.fontSize) break;
      last = run.y;
      foot = Math.max(foot, run.y + 0.25 * run.fontSize);
    }
  }
  if (foot === bottom) return grid;
  const ys = [...grid.ys.slice(0, -1), foot];
  const cells = grid.cells.map((cell) => (Math.abs(cell.y1 - bottom) <= 0.5 ? { ...cell, y1: foot } : cell));
  return { ...grid, ys, cells };
}
