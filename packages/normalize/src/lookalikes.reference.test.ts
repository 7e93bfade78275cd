import { describe, expect, it } from "vitest";
import { normalizeLookalikes } from "./clean.js";
import { RADICAL_SUPPLEMENT } from "./internal/lookalikes.js";

// normalizeLookalikes as it read before one scan told the texts with nothing to rewrite: the oracle.
const LETTERS = "\u5400\u6300\u6600\u6800\u6900\u6c00\u7300\u7400";
const RUN = `(?:\u6600[\ucf00\ud200]|[${LETTERS}]{2,3})`;
const SHIFTED = new RegExp(`(?<=[A-Za-z])${RUN}|${RUN}(?=[A-Za-z])`, "gu");
const SUMMED: Record<string, string> = { "\u6600\ucf00": "ffi", "\u6600\ud200": "ffl" };
const LIGATURES = new Set(["ff", "fi", "fl", "ffi", "ffl", "ft", "st", "ct", "Th"]);
function plainNormalizeLookalikes(text: string): string {
  return text
    .replace(/[\u2f00-\u2fdf\uf900-\ufaff\u{2f800}-\u{2fa1f}]/gu, (char) => char.normalize("NFKC"))
    .replace(/[\u2e80-\u2eff]/gu, (char) => RADICAL_SUPPLEMENT[char] ?? char)
    .replace(SHIFTED, (run) => {
      const letters = String.fromCharCode(...Array.from(run, (char) => (char.codePointAt(0) ?? 0) >> 8));
      return SUMMED[run] ?? (LIGATURES.has(letters) ? letters : run);
    });
}

describe("normalizeLookalikes", () => {
  it("is the plain rewrite for every BMP unit and the astral compatibility ideographs, alone or in a word", () => {
    const units = Array.from({ length: 0x10000 }, (_, unit) => String.fromCharCode(unit));
    const astral = Array.from({ length: 0x2fa20 - 0x2f800 }, (_, at) => String.fromCodePoint(0x2f800 + at));
    for (const char of [...units, ...astral])
      for (const text of [char, `Speci${char}${char}c`, `O\u6600${char}ce`, `行${char}`])
        expect(normalizeLookalikes(text)).toBe(plainNormalizeLookalikes(text));
  });
});
