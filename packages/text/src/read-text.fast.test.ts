import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitLines } from "./read-text.js";

describe("splitLines", () => {
  it("is the split at any line break, the byte-order mark dropped", () => {
    const piece = fc.constantFrom("\r\n", "\r", "\n", "\ufeff", "a", "甲", " ", "\u2028", "\f");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join("");
        expect(splitLines(text)).toEqual(text.replace(/^\ufeff/u, "").split(/\r\n|\r|\n/u));
      }),
      { numRuns: 5000 },
    );
  });
});
