import { describe, expect, test } from "vitest";
import type { Grid, GridCell } from "./lattice.js";
import { isTableGrid } from "./table-evidence.js";

/** A grid of rows × cols unit cells; `filled` lists the [row, col] that hold text. */
function grid(rows: number, cols: number): Grid {
  const cells: GridCell[] = [];
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      cells.push({ row, col, rowSpan: 1, colSpan: 1, x0: col, x1: col + 1, y0: row, y1: row + 1 });
    }
  }
  return { xs: [], ys: [], cells, closedTop: true, closedBottom: true, framed: true };
}
const judge = (g: Grid, filled: Array<[number, number]>) =>
  isTableGrid(g, (cell) => filled.some(([r, c]) => cell.row === r && cell.col === c));

describe("isTableGrid", () => {
  test("a chart's gridlines with a few data labels are no table", () => {
    expect(
      judge(grid(5, 5), [
        [2, 0],
        [1, 3],
        [3, 2],
      ]),
    ).toBe(false);
  });

  test("a frame with nothing or one caption in it is no table", () => {
    expect(judge(grid(3, 3), [])).toBe(false);
    expect(judge(grid(1, 2), [[0, 1]])).toBe(false);
  });

  test("a table, a blank form under its header, a list of row labels are tables", () => {
    expect(
      judge(grid(3, 2), [
        [0, 0],
        [0, 1],
        [1, 0],
        [2, 1],
      ]),
    ).toBe(true);
    expect(
      judge(grid(10, 4), [
        [0, 0],
        [0, 1],
        [0, 2],
        [0, 3],
      ]),
    ).toBe(true);
    expect(
      judge(
        grid(12, 3),
        Array.from({ length: 12 }, (_, r): [number, number] => [r, 0]),
      ),
    ).toBe(true);
  });

  test("a cross table: labels across and down, the corner empty, a few marks", () => {
    const labels = Array.from(
      { length: 9 },
      (_, i): Array<[number, number]> => [
        [0, i + 1],
        [i + 1, 0],
      ],
    ).flat();
    expect(judge(grid(10, 10), [...labels, [3, 4]])).toBe(true);
    expect(judge(grid(10, 10), [...labels.slice(0, 8), [3, 4]])).toBe(false);
  });
});
