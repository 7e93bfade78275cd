import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { firstVisible, isPageNumber, trimmedLength } from "./chrome.js";

describe("trimmedLength", () => {
  it("is the length trim() leaves, for every BMP unit at either end or alone", () => {
    // (Lines that differ gathered, one assertion: an assertion per line is slow on a loaded machine.)
    const differ: string[] = [];
    for (let unit = 0; unit <= 0xffff; unit++) {
      const char = String.fromCharCode(unit);
      for (const line of [char, `${char}12`, `12${char}`, ` ${char} `, `${char}${char}`])
        if (trimmedLength(line) !== line.trim().length) differ.push(line);
    }
    expect(differ).toEqual([]);
  });

  it("firstVisible is the first unit trimStart() keeps, for every BMP unit", () => {
    const differ: string[] = [];
    for (let unit = 0; unit <= 0xffff; unit++) {
      const char = String.fromCharCode(unit);
      for (const line of [char, ` ${char}1`, `\u3000${char}`, `${char} `]) {
        const kept = line.trimStart();
        if (firstVisible(line) !== (kept.length > 0 ? kept.charCodeAt(0) : -1)) differ.push(line);
      }
    }
    expect(differ).toEqual([]);
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

// The page-number test as it read before lines were told by their first character.
const PATTERNS = [
  /^[-–—‹<]\s*\d{1,4}\s*[-–—›>]$/u,
  /^第\s*\d{1,4}\s*[頁页](\s*[／/，,、]?\s*共\s*\d{1,4}\s*[頁页])?$/u,
  /^(page|p\.)?\s*\d{1,4}\s*(\/|of|／)\s*\d{1,4}$/iu,
  /^(page|p\.)\s*\d{1,4}$/iu,
];
function plainIsPageNumber(line: string): boolean {
  const text = line.trim().replace(/\s+/gu, " ");
  return text.length > 0 && text.length <= 24 && PATTERNS.some((pattern) => pattern.test(text));
}

describe("isPageNumber", () => {
  it("is the plain test for lines opening with any BMP unit", () => {
    const differ: string[] = [];
    for (let unit = 0; unit <= 0xffff; unit++) {
      const char = String.fromCharCode(unit);
      for (const line of [`${char}12`, ` ${char} 2 / 12`, `${char}age 2 of 12`, `${char}. 2`])
        if (isPageNumber(line) !== plainIsPageNumber(line)) differ.push(line);
    }
    expect(differ).toEqual([]);
  });

  it("is the plain test on lines of page-number pieces", () => {
    const piece = fc.constantFrom(
      " ",
      "\u3000",
      "\f",
      "-",
      "‹",
      "›",
      "第",
      "頁",
      "共",
      "／",
      "/",
      "Page",
      "page",
      "P.",
      "p.",
      "of",
      "12",
      "3",
      "x",
      "，",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 9 }), (pieces) => {
        const line = pieces.join("");
        expect(isPageNumber(line)).toBe(plainIsPageNumber(line));
      }),
      { numRuns: 5000 },
    );
  });
});
