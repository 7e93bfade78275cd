import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cjkWidth, fits } from "./capacity.js";
import { endsWithOpeningMarker } from "./cut-marker.js";
import { overflowSplits } from "./grid-cut.js";
import { findUnitPieces, type Piece } from "./grid-lines.js";

// overflowSplits as it read before it stopped at the first cell refused: every space tried.
const SPACE_BEFORE_CLOSING = /(?:^| )[^ ]{2,} [。，、；：)）」』]/u;
function everySpace(rest: Piece, capacity: number | undefined): Piece["spaces"] {
  if (fits(rest.text, capacity)) return [];
  const splits: Piece["spaces"] = [];
  for (const space of rest.spaces) {
    const cell = rest.text.slice(0, space.offset - 1);
    if (!endsWithOpeningMarker(cell) && !SPACE_BEFORE_CLOSING.test(cell) && fits(cell, capacity))
      splits.push(space);
  }
  return splits.reverse();
}

describe("overflowSplits", () => {
  it("is every space tried, on letter-spaced and running CJK lines with markers and closing punctuation", () => {
    const unit = fc.constantFrom(
      "國",
      "家",
      "廉",
      "政",
      "a",
      "IV",
      "1",
      "。",
      "）",
      "、",
      "(一)",
      "2.",
      "(",
      "𠀀",
      "\u3000",
    );
    const word = fc.array(unit, { minLength: 1, maxLength: 4 }).map((units) => units.join(""));
    // (Markers as words of their own: a cell cut after one is left out, the search goes on.)
    const marker = fc.constantFrom("2.", "(一)", "（十二）", "。 3.");
    const line = fc
      .array(fc.oneof(word, marker), { minLength: 1, maxLength: 14 })
      .map((words) => words.join(" "));
    fc.assert(
      fc.property(line, fc.double({ min: 0.2, max: 1.1, noNaN: true }), (text, share) => {
        for (const piece of findUnitPieces(text)) {
          const capacity = Math.round(cjkWidth(piece.text) * share);
          expect(overflowSplits(piece, capacity)).toEqual(everySpace(piece, capacity));
        }
        const [piece] = findUnitPieces(text);
        if (piece) expect(overflowSplits(piece, undefined)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });
});
