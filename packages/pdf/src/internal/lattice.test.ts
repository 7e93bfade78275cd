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

  describe("bands no text falls in", () => {
    // Three columns; a second line 2.5 pt under the top rule (a double border), and the columns'
    // inner lines drawn twice 4 pt apart (a shaded cell's inset edge drawn as a line).
    const doubled = [...table, h(102.5, 50, 350), v(154, 100, 200), v(254, 100, 200)];
    const text = [
      { x0: 60, x1: 140, y0: 110, y1: 120 },
      { x0: 160, x1: 240, y0: 110, y1: 120 },
      { x0: 260, x1: 340, y0: 160, y1: 170 },
    ];

    test("too narrow for the text and empty, they do not split cells", () => {
      const [grid] = findGrids(doubled, text);
      expect(grid?.xs).toEqual([50, 152, 252, 350]);
      expect(grid?.ys).toEqual([101.25, 150, 200]);
      // The first column's cell still spans both rows; a border on either line closes a cell.
      expect(grid?.cells.map((c) => [c.row, c.col, c.rowSpan, c.colSpan]).sort()).toEqual([
        [0, 0, 2, 1],
        [0, 1, 1, 1],
        [0, 2, 1, 1],
        [1, 1, 1, 1],
        [1, 2, 1, 1],
      ]);
      expect(grid?.closedTop).toBe(true);
    });

    test("a narrow band with text in it, or an empty column as wide as text, stays", () => {
      const inBand = [...text, { x0: 150.5, x1: 153.5, y0: 110, y1: 120 }];
      expect(findGrids(doubled, inBand)[0]?.xs).toEqual([50, 150, 154, 252, 350]);
      // No text in the middle column at all: it is as wide as a column and stays one.
      expect(findGrids(table, [text[0] as (typeof text)[number]])[0]?.xs).toEqual([50, 150, 250, 350]);
    });
  });
});

// Inner borders only (CSS `border-style: hidden` on a collapsed table, Word's "inside borders"):
// no frame, so the outer columns have no line of their own; the row lines run on to the edges.
describe("findGrids: a table drawn with inner borders only", () => {
  const box = (x0: number, x1: number, y0: number, y1: number) => ({ x0, x1, y0, y1 });
  // Four columns at 50 | 150 | 250 | 350 | 450, only the three inner ones drawn; two row lines.
  const inner = [h(120, 50, 450), h(170, 50, 450), v(150, 100, 220), v(250, 100, 220), v(350, 100, 220)];

  test("the row lines' ends are the outer edges: the first and last columns are kept", () => {
    const [grid, ...others] = findGrids(inner);
    expect(others).toEqual([]);
    expect(grid?.xs).toEqual([50, 150, 250, 350, 450]);
    expect(grid?.ys).toEqual([100, 120, 170, 220]);
    expect(grid?.framed).toBe(false);
  });

  test("the header's line alone over a cell spanning the page: an edge where text lies beyond", () => {
    const header = [h(120, 50, 450), v(150, 100, 400), v(250, 100, 400), v(350, 100, 400)];
    const text = [box(60, 140, 130, 140), box(360, 440, 130, 140)];
    expect(findGrids(header, text)[0]?.xs).toEqual([50, 150, 250, 350, 450]);
    // Over no text, one line alone says nothing of an edge (a rule that touches the table).
    expect(findGrids(header, [box(160, 240, 130, 140)])[0]?.xs).toEqual([150, 250, 350]);
  });

  test("two lines crossing, text in each quarter: a record's first row over its cell's rest", () => {
    const text = [
      box(60, 100, 105, 115),
      box(160, 300, 105, 115),
      box(60, 100, 130, 140),
      box(160, 300, 130, 140),
    ];
    const [grid] = findGrids([h(120, 50, 450), v(150, 100, 220)], text);
    expect(grid?.xs).toEqual([50, 150, 450]);
    expect(grid?.ys).toEqual([100, 120, 220]);
  });

  test("a line and a bar that make no rows and columns are no table", () => {
    // A rule with a bar standing on it (a T): one row only.
    expect(findGrids([h(120, 50, 450), v(150, 120, 220)])).toEqual([]);
  });

  test("a row alone on its page: lines hanging from the rule over it, text between them, make a grid", () => {
    // A table with inner borders only, its row running past the page's foot: the rule over the
    // row, the column lines down from it, no rule under it and no outer edges drawn.
    const row = [h(100, 150, 450), v(150, 100, 700), v(300, 100, 700)];
    const text = [box(60, 140, 110, 120), box(160, 290, 110, 120), box(310, 440, 110, 120)];
    expect(findGrids(row, text)[0]?.xs).toEqual([150, 300, 450]);
    // One column line with text on both sides (a label beside its value) is such a row too.
    const pair = findGrids(
      [h(100, 50, 450), v(93, 100, 700)],
      [box(55, 90, 110, 120), box(100, 440, 110, 120)],
    );
    expect(pair[0]?.xs).toEqual([50, 93, 450]);
    // With text on one side only, the line is a rule beside a bar.
    expect(findGrids([h(100, 50, 450), v(93, 100, 700)], [box(100, 440, 110, 120)])).toEqual([]);
  });

  test("a frame's side that meets no rule on the page is the table's when its ends are level with the column lines'", () => {
    // The first column's cell spans the page: the rule over the row starts at the column's line.
    const lines = [h(100, 150, 450), v(50, 100, 700), v(150, 100, 700), v(300, 100, 700), v(450, 100, 700)];
    expect(findGrids(lines)[0]?.xs).toEqual([50, 150, 300, 450]);
    // A line of other ends (a bar beside the table) stays apart.
    const [rule, , ...columns] = lines;
    expect(findGrids([rule as Ruling, ...columns, v(50, 300, 500)])[0]?.xs).toEqual([150, 300, 450]);
  });

  test("a framed table is known as framed", () => {
    const framed = [...inner, v(50, 100, 220), v(450, 100, 220)];
    expect(findGrids(framed)[0]?.framed).toBe(true);
  });
});

describe("findGrids: tables drawn one under the other, touching", () => {
  // Two key/value tables sharing the line at y 200, each with its own label column's width.
  const upper = [
    h(100, 50, 350),
    h(150, 50, 350),
    h(200, 50, 350),
    v(50, 100, 200),
    v(120, 100, 200),
    v(350, 100, 200),
  ];
  const lower = [
    h(200.6, 50, 350),
    h(260, 50, 350),
    v(50, 200.6, 260),
    v(180, 200.6, 260),
    v(350, 200.6, 260),
  ];

  test("columns that change where every inner line ends and others start: two grids", () => {
    const grids = findGrids([...upper, ...lower]);
    expect(grids.map((grid) => grid.xs)).toEqual([
      [50, 120, 350],
      [50, 180, 350],
    ]);
    expect(grids.map((grid) => grid.ys.length)).toEqual([3, 2]);
  });

  test("drawn as one outer frame (its sides single lines across both): still two grids", () => {
    const frame = [v(50, 100, 260), v(350, 100, 260)];
    const inner = [...upper, ...lower].filter((r) => r.x0 !== r.x1 || (r.x0 !== 50 && r.x0 !== 350));
    expect(findGrids([...inner, ...frame])).toHaveLength(2);
  });

  test("the same columns below, or a row spanning them all above: one table", () => {
    const same = [h(260, 50, 350), v(50, 200, 260), v(120, 200, 260), v(350, 200, 260)];
    expect(findGrids([...upper, ...same])).toHaveLength(1);
    const title = [h(60, 50, 350), v(50, 60, 100), v(350, 60, 100)];
    expect(findGrids([...title, ...upper])).toHaveLength(1);
    // A line crossing the boundary (a spanning cell beside the change) keeps it one table.
    expect(findGrids([...upper, ...lower, v(300, 150, 260)])).toHaveLength(1);
  });
});
