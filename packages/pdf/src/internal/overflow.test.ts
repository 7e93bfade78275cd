import { describe, expect, test } from "vitest";
import type { Ruling, TextRun } from "../types.js";
import { findGrids } from "./lattice.js";
import { withOverflow } from "./overflow.js";

const run = (text: string, x: number, y: number): TextRun => ({
  text,
  x,
  y,
  width: 12 * [...text].length,
  fontSize: 12,
  fontName: "NotoSansCJKtc-Regular",
  bold: false,
});
const anchorOf = (r: TextRun): [number, number] => [r.x + 6, r.y - 4];
const h = (y: number, x0: number, x1: number): Ruling => ({ x0, y0: y, x1, y1: y });
const v = (x: number, y0: number, y1: number): Ruling => ({ x0: x, y0, x1: x, y1 });

// A strategy column (50–110) beside a measure column (110–400); the measures' foot is drawn at
// 440, the strategy's is not: its text runs on under the table's last edge (Chromium).
const rulings = [h(340, 50, 400), h(440, 110, 400), v(50, 340, 443), v(110, 340, 443), v(400, 340, 443)];
const [grid] = findGrids(rulings);
const strategy = [run("私部門反", 52, 424), run("貪腐共", 52, 442)];

describe("withOverflow", () => {
  test("a cell open at the foot takes the lines its text runs on with below the table", () => {
    const runs = [...strategy, run("識。", 52, 460), run("企業", 112, 424)];
    const grown = grid && withOverflow(grid, runs, rulings, anchorOf);
    expect(grown?.ys.at(-1)).toBeCloseTo(463);
    expect(grown?.cells.find((cell) => cell.col === 0)?.y1).toBeCloseTo(463);
  });

  test("not a line further down, under a closed cell, or with no text in the cell above", () => {
    if (!grid) throw new Error("no grid");
    const far = [...strategy, run("- 2 -", 60, 500)];
    expect(withOverflow(grid, far, rulings, anchorOf)).toBe(grid);
    const closed = [...rulings, h(443, 50, 110)];
    const [shut] = findGrids(closed);
    if (!shut) throw new Error("no grid");
    expect(withOverflow(shut, [...strategy, run("識。", 52, 460)], closed, anchorOf)).toBe(shut);
    expect(withOverflow(grid, [run("識。", 52, 460)], rulings, anchorOf)).toBe(grid);
  });
});
