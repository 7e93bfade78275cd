import { describe, expect, test } from "vitest";
import { alignCentredRows, hasCentredCells, pageTopDoubts } from "./centred-tight.js";
import type { Band } from "./grid-lines.js";

// Rows of a tight table as the reader cuts them (at each record item), columns: strategy,
// measure (the record column), goal, agency. `first`: the row's first line.
const band = (first: number, lines: string[][], pageBreak = false): Band => ({
  lines,
  texts: lines.map((cells) => cells.join("  ")),
  firstText: lines[0]?.join("  ") ?? "",
  first,
  last: first + lines.length - 1,
  pageBreak,
});
const column = (rows: readonly Band[], at: number): string[][] =>
  rows.map((row) => row.lines.map((cells) => cells[at] ?? "").filter(Boolean));

describe("a tight table whose cells are centred in their rows (Chromium without borders)", () => {
  // Row 1's measure is 5 lines, its goal 3 centred beside it; row 2's goal (5 lines) is taller
  // than its measure (3), so it starts a line above the measure's item: the reader's cut gives
  // that line to row 1.
  const rows = () => [
    band(1, [
      ["9.", "(1) Encourage", "", ""],
      ["", "foreign", "The Ministry", "Authority"],
      ["", "countries to", "negotiates.", "in charge"],
      ["", "sign", "signs.", ""],
      ["", "treaties.", "", ""],
      ["", "", "1. The Ministry", ""],
    ]),
    band(7, [
      ["", "(2) Accelerate", "(Department)", "Authority"],
      ["", "the amendment", "passes the law", "in charge"],
      ["", "of the law.", "every year.", ""],
      ["", "", "2. Reports.", ""],
    ]),
    band(11, [
      ["", "(3) Actively", "", ""],
      ["", "participate", "Goal three.", "Agency"],
      ["", "in forums.", "", ""],
    ]),
  ];

  test("is told by cells that start below their row's record item", () => {
    expect(hasCentredCells(rows(), 1, 4)).toBe(true);
    // Every cell on its row's first line: a table whose cells start at their row's top.
    const top = [
      band(1, [
        ["9.", "(1) Encourage", "The Ministry", "Authority"],
        ["", "foreign", "negotiates.", ""],
      ]),
      band(3, [
        ["", "(2) Accelerate", "Reports.", "Agency"],
        ["", "the law.", "", ""],
      ]),
      band(5, [
        ["", "(3) Actively", "Goal.", "Agency"],
        ["", "in forums.", "", ""],
      ]),
    ];
    expect(hasCentredCells(top, 1, 4)).toBe(false);
  });

  test("gives the text under a record cell to the row it stands centred beside", () => {
    const read = rows();
    expect(alignCentredRows(read, 1, 4)).toEqual([6]);
    expect(column(read, 2)).toEqual([
      ["The Ministry", "negotiates.", "signs."],
      ["1. The Ministry", "(Department)", "passes the law", "every year.", "2. Reports."],
      ["Goal three."],
    ]);
    expect(read[1]?.first).toBe(6);
  });

  test("atop a page, a second paragraph beside no record item is doubted, not moved", () => {
    const read = [
      band(20, [["", "", "Specific", ""]]),
      band(21, [], true),
      band(22, [
        ["", "", "experience after", ""],
        ["", "", "returning home.", ""],
        ["", "", "The Ministry of", "Authority in"],
      ]),
      band(25, [
        ["", "(9) Assess our", "Justice plans", "charge: the"],
        ["", "ability.", "the contents.", "Ministry."],
      ]),
    ];
    expect(pageTopDoubts(read, 1, 4)).toEqual([24]);
    // One paragraph atop the page (the row above's goals going on): nothing to doubt.
    read[2] = band(22, [
      ["", "", "5. The Ministry of", ""],
      ["", "", "Justice visits.", ""],
    ]);
    expect(pageTopDoubts(read, 1, 4)).toEqual([]);
  });
});
