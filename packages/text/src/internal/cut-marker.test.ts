import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { endsWithMarker, endsWithOpeningMarker } from "./cut-marker.js";

describe("endsWithOpeningMarker", () => {
  it("a marker after a sentence ends a cell line; after other text it opens the next cell", () => {
    expect(endsWithOpeningMarker("提報修法進度。 2.")).toBe(false);
    expect(endsWithOpeningMarker("主辦機關： 1.")).toBe(true);
    expect(endsWithOpeningMarker("網絡 (ACT-NET) 會 3.")).toBe(true);
    expect(endsWithOpeningMarker("2.")).toBe(true);
    expect(endsWithOpeningMarker("(三)")).toBe(true);
  });

  it("text with no marker at its end is no concern", () => {
    expect(endsWithOpeningMarker("法務部(檢察司)")).toBe(false);
    expect(endsWithOpeningMarker("達 80%。")).toBe(false);
  });

  it("reads the longest markers and sentence ends whole from the text's tail", () => {
    expect(endsWithOpeningMarker("進度。 (十二)")).toBe(false);
    expect(endsWithOpeningMarker("進度 (十二)")).toBe(true);
    expect(endsWithOpeningMarker("(十二)")).toBe(true);
    expect(endsWithMarker("甲(十二)")).toBe(false);
    expect(endsWithMarker("甲 12.")).toBe(true);
  });
});

// The patterns on the whole text (no tail taken): what the tail reading must agree with.
const WHOLE_AT_END = /(?:^|\s)(?:\d{1,2}[.．]|[(（][一二三四五六七八九十\d]{1,3}[)）])$/u;
const WHOLE_AFTER_SENTENCE = /[。；;]\s?(?:\d{1,2}[.．]|[(（][一二三四五六七八九十\d]{1,3}[)）])$/u;
// Texts made of marker parts, sentence ends, spaces, text and a surrogate pair.
const text = fc
  .array(
    fc.constantFrom(
      "1",
      "12",
      "123",
      ".",
      "．",
      "(",
      "（",
      ")",
      "）",
      "十",
      "二",
      "。",
      "；",
      " ",
      "\u3000",
      "甲",
      "a",
      "𠀀",
    ),
    {
      maxLength: 14,
    },
  )
  .map((parts) => parts.join(""));

describe("endsWithMarker, endsWithOpeningMarker: the tail reading", () => {
  it("agrees with the patterns on the whole text", () => {
    fc.assert(
      fc.property(text, (cell) => {
        expect(endsWithMarker(cell)).toBe(WHOLE_AT_END.test(cell));
        expect(endsWithOpeningMarker(cell)).toBe(WHOLE_AT_END.test(cell) && !WHOLE_AFTER_SENTENCE.test(cell));
      }),
      { numRuns: 3000 },
    );
  });
});
