import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  cleanText,
  htmlToText,
  normalizeLookalikes,
  normalizeWidth,
  removeCjkLetterSpacing,
} from "../clean.js";
import { UNIT, unitClassTest } from "./units.js";

const SPACE = /[\t\u00a0\u3000]| {2}/;
const WIDE = /[\uff10-\uff19]/;
const test = unitClassTest([
  [UNIT.space, SPACE],
  [UNIT.lookalike, WIDE],
]);

describe("unitClassTest", () => {
  it("answers as the patterns for every BMP unit, and asks them of any surrogate", () => {
    // (Units that differ gathered, one assertion: an assertion per unit is slow on a loaded machine.)
    const differ: number[] = [];
    for (let unit = 0; unit < 0x10000; unit++) {
      const char = String.fromCharCode(unit);
      const surrogate = unit >= 0xd800 && unit <= 0xdfff;
      const space = surrogate || SPACE.test(char);
      const wide = surrogate || WIDE.test(char);
      if (
        test(char, UNIT.space) !== space ||
        test(char, UNIT.lookalike) !== wide ||
        test(char, UNIT.space | UNIT.lookalike) !== (space || wide) ||
        test(char, UNIT.clean) !== surrogate
      )
        differ.push(unit);
    }
    expect(differ).toEqual([]);
  });

  it("finds a unit of the class anywhere in a text (a pattern of two spaces is not one unit's)", () => {
    expect(test("法務部１", UNIT.lookalike)).toBe(true);
    expect(test("法務部 1", UNIT.lookalike | UNIT.space)).toBe(false);
    expect(test("法務部  1", UNIT.space)).toBe(false);
    expect(test("", UNIT.space)).toBe(false);
    expect(test("甲𠀀", UNIT.space)).toBe(true);
  });
});

// cleanText as it read before a table of code units told the texts with nothing to change: the oracle.
const SHIFTED_LETTERS = "\\u5400\\u6300\\u6600\\u6800\\u6900\\u6c00\\u7300\\u7400";
const WIDTH = "[\\uff02-\\uff07\\uff0a\\uff0b\\uff0d-\\uff19\\uff1c-\\uff1e\\uff20-\\uff5e\\uff61-\\uff64]";
const MAY_REWRITE = new RegExp(
  `[<&\\u2e80-\\u2fdf\\uf900-\\ufaff\\u{2f800}-\\u{2fa1f}${SHIFTED_LETTERS}]|${WIDTH}`,
  "u",
);
const MAY_CHANGE = new RegExp(
  `[\\r\\u2028\\u2029\\u0085\\u200b-\\u200d\\u2060\\ufeff\\u00ad\\ufb00-\\ufb06]|${MAY_REWRITE.source}`,
  "u",
);
const SPACES_TO_FOLD = /[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]| {2}/;
const SPACES = /[\t\v\f \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;
function plainRewrite(text: string): string {
  let cleaned = text.replace(/\r\n?|[\u2028\u2029\u0085]/g, "\n");
  for (let pass = 0; pass < 8 && MAY_REWRITE.test(cleaned); pass++) {
    const next = normalizeWidth(normalizeLookalikes(htmlToText(cleaned)));
    if (next === cleaned) break;
    cleaned = next;
  }
  // (Latin ligatures as their letters: ﬀ → ff.)
  return cleaned
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, "")
    .replace(/[\ufb00-\ufb06]/gu, (c) => c.normalize("NFKC"));
}
const plainCleanLine = (line: string): string =>
  removeCjkLetterSpacing((SPACES_TO_FOLD.test(line) ? line.replace(SPACES, " ") : line).trim());
/** One line's cleanText, as it was (a line holds no line break). */
const plainCleanOneLine = (text: string): string | null => {
  const cleaned = MAY_CHANGE.test(text) ? plainRewrite(text) : text;
  return cleaned.includes("\n") ? null : plainCleanLine(cleaned).trim();
};

describe("cleanText with its table of code units", () => {
  it("cleans every BMP unit, alone and inside words, as the patterns did", () => {
    const differ: string[] = [];
    for (let unit = 0; unit < 0x10000; unit++) {
      const char = String.fromCharCode(unit);
      for (const text of [char, `研 議${char}強 化`, `a ${char} b`]) {
        const plain = plainCleanOneLine(text);
        if (plain !== null && cleanText(text) !== plain) differ.push(text);
      }
    }
    expect(differ).toEqual([]);
  });

  it("normalizeWidth and normalizeLookalikes leave text alone only where the patterns found nothing", () => {
    const WIDTH_ALL = new RegExp(WIDTH, "g");
    const HALF: Record<string, string> = { "｡": "。", "｢": "「", "｣": "」", "､": "、" };
    const plainWidth = (text: string): string =>
      text.replace(WIDTH_ALL, (char) => HALF[char] ?? String.fromCharCode(char.charCodeAt(0) - 0xfee0));
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 8 }), (text) => {
        expect(normalizeWidth(text)).toBe(plainWidth(text));
      }),
      { numRuns: 5000 },
    );
    const differ: string[] = [];
    for (let unit = 0; unit < 0x10000; unit++) {
      const text = `行${String.fromCharCode(unit)}`;
      if (normalizeWidth(text) !== plainWidth(text)) differ.push(text);
    }
    expect(differ).toEqual([]);
  });
});
