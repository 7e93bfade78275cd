import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { endsSentence, endsWithMarker } from "./runs-on.js";

// The end tests on a text's last units answer as the patterns on the whole text did.
const SENTENCE_END = /[。；！？.;!?]$/u;
const TRAILING_MARKER = /(^|\s)(\d{1,3}[.．]|[(（][\d一二三四五六七八九十]{1,3}[)）])$/u;
const unit = fc.constantFrom(
  ..."0123456789一二十.．(（)）。；！？;!? \n\t\u3000甲a",
  "𠀀",
  "\ud840",
  "\udc00",
);
const text = fc.array(unit, { maxLength: 16 }).map((units) => units.join(""));

describe("runsOn's end tests", () => {
  it("are the end-anchored patterns on the whole text", () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(endsSentence(value)).toBe(SENTENCE_END.test(value));
        expect(endsWithMarker(value)).toBe(TRAILING_MARKER.test(value));
      }),
      { numRuns: 20000 },
    );
  });
});
