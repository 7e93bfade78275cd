import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { Ruling } from "../types.js";
import { findGrids } from "./lattice.js";
import { clipToPage, collapseDoubleRulings, rulesAcross } from "./rulings.js";

const h = (y: number, x0: number, x1: number): Ruling => ({ x0, y0: y, x1, y1: y });
const v = (x: number, y0: number, y1: number): Ruling => ({ x0: x, y0, x1: x, y1 });

/** Column and row edges from widths and heights, starting at (50, 100). */
function edges(start: number, sizes: readonly number[]): number[] {
  const out = [start];
  for (const size of sizes) out.push((out.at(-1) as number) + size);
  return out;
}

const frame = (xs: number[], ys: number[]) => ({
  left: xs[0] as number,
  right: xs.at(-1) as number,
  top: ys[0] as number,
  bottom: ys.at(-1) as number,
});

/** A grid with collapsed borders: one line per edge. */
function collapsed(xs: number[], ys: number[]): Ruling[] {
  const { left, right, top, bottom } = frame(xs, ys);
  return [...ys.map((y) => h(y, left, right)), ...xs.map((x) => v(x, top, bottom))];
}

/**
 * Separate borders: every cell its own box, `gap` pt from its neighbours, and a double frame;
 * with `sides` false, cells ruled above and below only.
 */
function separate(xs: number[], ys: number[], gap: number, sides = true): Ruling[] {
  const out: Ruling[] = [];
  for (let r = 0; r + 1 < ys.length; r++) {
    for (let c = 0; c + 1 < xs.length; c++) {
      const [x0, x1, y0, y1] = [
        (xs[c] as number) + gap / 2,
        (xs[c + 1] as number) - gap / 2,
        (ys[r] as number) + gap / 2,
        (ys[r + 1] as number) - gap / 2,
      ];
      out.push(h(y0, x0, x1), h(y1, x0, x1), ...(sides ? [v(x0, y0, y1), v(x1, y0, y1)] : []));
    }
  }
  const { left, right, top, bottom } = frame(xs, ys);
  for (const inset of [-1, 0]) {
    out.push(
      h(top + inset, left + inset, right - inset),
      h(bottom - inset, left + inset, right - inset),
      v(left + inset, top + inset, bottom - inset),
      v(right - inset, top + inset, bottom - inset),
    );
  }
  return out;
}

const shape = (rulings: Ruling[]) =>
  findGrids(collapseDoubleRulings(rulings)).map((grid) => ({
    columns: grid.xs.length - 1,
    rows: grid.ys.length - 1,
    cells: grid.cells.length,
  }));

describe("collapseDoubleRulings", () => {
  test("separate cell boxes and a double frame read as the collapsed grid", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 20, max: 200 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.integer({ min: 14, max: 120 }), { minLength: 1, maxLength: 8 }),
        fc.double({ min: 0.3, max: 3.5, noNaN: true }),
        (widths, heights, gap) => {
          const xs = edges(50, widths);
          const ys = edges(100, heights);
          const expected = [
            { columns: widths.length, rows: heights.length, cells: widths.length * heights.length },
          ];
          expect(shape(collapsed(xs, ys))).toEqual(expected);
          expect(shape(separate(xs, ys, gap))).toEqual(expected);
        },
      ),
    );
  });

  test("separate cells ruled above and below only, in a double frame, read as the collapsed grid", () => {
    // Each cell's rules stop where the cell does: the holes between them are the column edges.
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 20, max: 200 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.integer({ min: 14, max: 120 }), { minLength: 1, maxLength: 8 }),
        fc.double({ min: 0.5, max: 3.5, noNaN: true }),
        (widths, heights, gap) => {
          const xs = edges(50, widths);
          const ys = edges(100, heights);
          expect(shape(separate(xs, ys, gap, false))).toEqual([
            { columns: widths.length, rows: heights.length, cells: widths.length * heights.length },
          ]);
        },
      ),
      { numRuns: 200 },
    );
  });

  test("rules only: a cell spanning the first column down the page keeps its column", () => {
    // The page's rules start at the second column: the first column's cell runs on from the page
    // before (no rule of its own here); the frame's rule runs past where the others start.
    const rows = [100, 200, 300];
    const rulings = [
      ...[99, 100].flatMap((y) => [h(y, 49, 451)]),
      ...[301, 302].flatMap((y) => [h(y, 49, 451)]),
      v(49, 99, 302),
      v(50, 100, 301),
      v(450, 100, 301),
      v(451, 99, 302),
      ...rows.flatMap((y, i) =>
        i + 1 < rows.length
          ? [h(y + 1, 151, 299), h(y + 99, 151, 299), h(y + 1, 301, 449), h(y + 99, 301, 449)]
          : [],
      ),
    ];
    const [grid, ...others] = findGrids(collapseDoubleRulings(rulings));
    expect(others).toEqual([]);
    expect(grid?.xs.map(Math.round)).toEqual([50, 150, 300, 451]);
    // The first column is one cell over both rows; the others a cell each.
    expect(grid?.cells.filter((cell) => cell.col === 0).map((cell) => cell.rowSpan)).toEqual([2]);
  });

  test("rules only: a cell spanning two columns has a rule across the column edge, and no edge", () => {
    const rulings = [
      // Row 1: two cells, 2 pt apart; row 2: one cell over both.
      h(101, 51, 149),
      h(149, 51, 149),
      h(101, 151, 249),
      h(149, 151, 249),
      h(151, 51, 249),
      h(199, 51, 249),
      v(50, 100, 200),
      v(250, 100, 200),
    ];
    const [grid] = findGrids(collapseDoubleRulings(rulings));
    expect(grid?.xs).toEqual([50, 150, 250]);
    expect(grid?.cells.map((cell) => [cell.row, cell.col, cell.colSpan])).toEqual([
      [0, 0, 1],
      [0, 1, 1],
      [1, 0, 2],
    ]);
  });

  test("lines further apart than a border's spacing stay apart", () => {
    const rulings = [h(100, 50, 250), h(106, 50, 250), h(130, 50, 250), v(50, 100, 130), v(250, 100, 130)];
    expect(
      collapseDoubleRulings(rulings)
        .filter((r) => r.y0 === r.y1)
        .map((r) => r.y0),
    ).toEqual([100, 106, 130]);
  });
});

describe("clipToPage", () => {
  test("a side drawn from above the page stops at the first line crossing it on the page", () => {
    // Chromium: the sides of a row cut on the page before, drawn from y = -651, hidden above the
    // repeated header row at y = 57.
    const rulings = [
      v(51, -651, 57),
      v(544, -651, 57),
      h(57, 51, 544),
      h(78, 51, 544),
      v(51, 57, 78),
      v(544, 57, 78),
    ];
    const clipped = clipToPage(rulings, 595, 842);
    expect(clipped.filter((r) => r.x0 === r.x1 && r.y0 < 57)).toEqual([]);
    expect(findGrids(clipped)[0]?.ys).toEqual([57, 78]);
  });

  test("a side running off the foot stops at the last line crossing it; one with none, at the edge", () => {
    const clipped = clipToPage([v(100, 700, 900), h(780, 50, 150), v(300, 800, 900)], 595, 842);
    expect(clipped).toContainEqual(v(100, 700, 780));
    expect(clipped).toContainEqual(v(300, 800, 842));
  });

  test("lines wholly off the page go; lines on it stay", () => {
    const inside = [h(100, 50, 500), v(50, 100, 300)];
    expect(clipToPage([...inside, h(-5, 50, 500), v(700, 100, 300)], 595, 842)).toEqual(inside);
  });
});

describe("rulesAcross", () => {
  test("a rule drawn as one piece per cell runs across the columns; one with a cell's gap does not", () => {
    // WeasyPrint draws a cell's top border as its own piece; a spanning first cell has none.
    const rules = [h(62.6, 142.3, 295.5), h(62.6, 295.5, 419.3), h(62.6, 419.3, 538.6)];
    expect(rulesAcross(rules, 148.3, 435.3)).toEqual([62.6]);
    expect(rulesAcross([h(80, 142.3, 295.5), h(80, 300, 538.6)], 148.3, 435.3)).toEqual([]);
    expect(rulesAcross(rules, 62.7, 435.3)).toEqual([]);
  });
});
