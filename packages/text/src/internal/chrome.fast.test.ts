import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { trimmedLength } from "./chrome.js";

describe("trimmedLength", () => {
  it("is the length trim() leaves, for every BMP unit at either end or alone", () => {
    for (let unit = 0; unit <= 0xffff; unit++) {
      const char = String.fromCharCode(unit);
      for (const line of [char, `${char}12`, `12${char}`, ` ${char} `, `${char}${char}`])
        expect(trimmedLength(line)).toBe(line.trim().length);
    }
  });

  it("on lines of spaces, digits, CJK and odd white space", () => {
    const piece = fc.constantFrom(
      " ",
      "\t",
      "\f",
      "\u3000",
      "\u00a0",
      "\ufeff",
      "\u2028",
      "12",
      "第",
      "頁",
      "-",
      "\u200b",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        const line = pieces.join("");
        expect(trimmedLength(line)).toBe(line.trim().length);
      }),
      { numRuns: 3000 },
    );
  });
});
