import { normalizeLookalikes, normalizeWidth } from "@lianzheng/normalize";
import { describe, expect, it } from "vitest";
import { foldLookalikes } from "./fold.js";

// foldLookalikes as it read before one scan of code units told the texts with nothing to fold.
const plainFold = (text: string): string =>
  normalizeWidth(normalizeLookalikes(text)).replace(/[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/gu, " ");

describe("foldLookalikes", () => {
  it("folds every BMP unit and the astral compatibility ideographs as the plain chain, alone or in a word", () => {
    const units = Array.from({ length: 0x10000 }, (_, unit) => String.fromCharCode(unit));
    const astral = Array.from({ length: 0x2fa20 - 0x2f800 }, (_, at) => String.fromCodePoint(0x2f800 + at));
    // (Texts that differ gathered, one assertion: an assertion per text is slow on a loaded machine.)
    const differ: string[] = [];
    for (const char of [...units, ...astral])
      for (const text of [char, `行政${char}院 1`, `Speci${char}${char}c`])
        if (foldLookalikes(text) !== plainFold(text)) differ.push(text);
    expect(differ).toEqual([]);
  });
});
