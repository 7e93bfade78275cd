import { describe, expect, test } from "vitest";
import type { Ruling } from "../types.js";
import { cellAt, findGrids } from "./lattice.js";

const h = (y: number, x0: number, x1: number): Ruling => ({ x0, y0: y, x1, y1: y });
const v = (x: number, y0: number, y1: number): Ruling => ({ x0: x, y0, x1: x, y1 });

describe("findGrids", () => {
  // Three columns, two rows; the first column's cell spans both rows (no line between them).
  const table = [
    h(100, 50, 350),
    h(150, 150, 350),
    h(200, 50, 350),
    v(50, 100, 200),
    v(150, 100, 200),
    v(250, 100, 200),
    v(350, 100, 200),
  ];

  test("cells come from the crossings, and an undrawn line merges bands", () => {
    const [grid, ...others] = findGrids(table);
    expect(others).toEqual([]);
    expect(grid?.xs).toEqual([50, 150, 250, 350]);
    expect(grid?.ys).toEqual([100, 150, 200]);
    const spans = grid?.cells.map((c) => [c.row, c.col, c.rowSpan, c.colSpan]).sort();
    expect(spans).toEqual([
      [0, 0, 2, 1],
      [0, 1, 1, 1],
      [0, 2, 1, 1],
      [1, 1, 1, 1],
      [1, 2, 1, 1],
    ]);
    expect(grid && cellAt(grid, 60, 190)?.rowSpan).toBe(2);
  });

  test("lines drawn twice or slightly apart snap together", () => {
    const jittered = [...table, h(100.8, 50, 200), v(150.5, 100, 150)];
    const [grid] = findGrids(jittered);
    expect(grid?.xs).toHaveLength(4);
    expect(grid?.ys).toHaveLength(3);
  });

  test("a cell spanning columns, and two separate tables", () => {
    const second = [
      h(400, 50, 250),
      h(450, 50, 250),
      h(500, 50, 250),
      v(50, 400, 500),
      v(250, 400, 500),
      v(150, 450, 500),
    ];
    const grids = findGrids([...table, ...second]);
    expect(grids).toHaveLength(2);
    const merged = grids[1]?.cells.find((c) => c.row === 0);
    expect(merged?.colSpan).toBe(2);
  });

  test("a lone underline or box edge is no table", () => {
    expect(findGrids([h(100, 50, 300)])).toEqual([]);
    expect(findGrids([h(100, 50, 300), h(120, 50, 300)])).toEqual([]);
  });
});
