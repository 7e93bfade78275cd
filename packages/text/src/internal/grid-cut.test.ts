import { describe, expect, it } from "vitest";
import { cutLine } from "./grid-cut.js";
import { place } from "./grid-lines.js";
import { at } from "./layout-lines.testing.js";

// Lines of the six-column edition as the property renders it (property seed 5, run 1088 of 3200):
// the page's columns start at grid columns 0, 11, 20, 29, 42 and 51.
const STARTS = [0, 11, 20, 29, 42, 51];
const readingsOf = (line: string): string[][] =>
  cutLine(place(line, 0), "code-point", { starts: STARTS, missing: 0 }, undefined, []).readings.map(
    (reading) => reading.cells,
  );

describe("cutLine: closing punctuation one space after a word", () => {
  // The goal's `。` stands at grid column 25, pushed right by the Latin word (one grid column a
  // letter), past the agency column's start less DRIFT: it was never a cut, and the measure took
  // it (`(ACT-NET)會議。`), unwarned. No CJK cell line has a space before its closing punctuation.
  it("is the next column's text, however far right the line before pushed it", () => {
    const readings = readingsOf(at(STARTS, ["", "(ACT-NET) 會議 。"]));
    expect(readings).toContainEqual(["", "(ACT-NET) 會議", "。", "", "", ""]);
    expect(readings.filter((cells) => cells.some((cell) => cell.endsWith(" 。")))).toEqual([]);
  });

  // Near the column after next, the `。` may be that column's, and the text before it two cells:
  // the strategy's `，深化學子品格教`, the measure's `院校開設法治教`, the goal's `。`.
  it("leaves the text before it to be cut as well", () => {
    const readings = readingsOf("，深化學子品格教 院校開設法治教 。");
    expect(readings).toContainEqual(["，深化學子品格教", "院校開設法治教", "。", "", "", ""]);
  });
});
