import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findPieces, findUnitPieces, place } from "./grid-lines.js";

// Lines of a -layout table: runs of spaces, CJK text, words, brackets, tabs and odd spaces.
const line = fc
  .array(
    fc.constantFrom(
      " ",
      "  ",
      "   ",
      "甲",
      "部",
      "a",
      "Ab",
      "(",
      "（",
      "「",
      "。",
      "1.",
      "\t",
      "\u3000",
      "-",
    ),
    {
      maxLength: 40,
    },
  )
  .map((parts) => parts.join(""));

describe("findUnitPieces: a line's pieces by code points, space to space", () => {
  it("reads every line without surrogate pairs as the unit-by-unit reading does", () => {
    fc.assert(
      fc.property(line, (text) => {
        expect(findUnitPieces(text)).toEqual(findPieces(place(text, 0), "code-point"));
      }),
      { numRuns: 2000 },
    );
  });

  it("keeps single spaces inside a piece and cuts at two", () => {
    const [first, second] = findUnitPieces("  法務部 (廉政署)   協辦 機關 ");
    expect(first).toMatchObject({ text: "法務部 (廉政署)", start: 2, end: 11 });
    expect(first?.spaces).toEqual([{ at: 6, offset: 4, betweenCjk: true }]);
    expect(second).toMatchObject({ text: "協辦 機關", start: 14, end: 19 });
  });
});
