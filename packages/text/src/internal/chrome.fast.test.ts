import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { firstVisible, isPageNumber, pageNumberLines, spells, trimmedLength } from "./chrome.js";

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

// A bare number as it was told before lines were passed over by their first visible character.
function plainIsBarePageNumber(lines: readonly string[], index: number): boolean {
  const line = lines[index] ?? "";
  const feed = (at: number): boolean => (lines[at] ?? "").includes("\f");
  if (line.trim().length > 4 && !feed(index)) return false;
  if (!/^\d{1,4}$/u.test(line.replace(/\f/gu, "").trim())) return false;
  if (/^ {10,}\d/u.test(line)) return true;
  for (let near = Math.max(0, index - 2); near <= Math.min(lines.length - 1, index + 2); near++)
    if (feed(near)) return true;
  return false;
}

describe("pageNumberLines", () => {
  it("marks the lines the plain tests find, a form feed or odd white space before the number too", () => {
    const piece = fc.constantFrom(
      " ",
      "          ",
      "\f",
      "\u3000",
      "\u00a0",
      "-",
      "第",
      "頁",
      "12",
      "7",
      "x",
      "行",
      "p. ",
    );
    const line = fc.array(piece, { maxLength: 6 }).map((pieces) => pieces.join(""));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        const feeds = lines.map((text) => text.includes("\f"));
        const plain = lines.map(
          (text, index) => plainIsPageNumber(text) || plainIsBarePageNumber(lines, index),
        );
        expect(pageNumberLines(lines, feeds)).toEqual(plain);
        // Each line's first visible unit kept for the later passes, as trimStart() has it.
        const firsts = new Int32Array(lines.length);
        expect(pageNumberLines(lines, feeds, firsts)).toEqual(plain);
        const kept = lines.map((text) => text.trimStart().charCodeAt(0));
        expect([...firsts]).toEqual(kept.map((unit) => (Number.isNaN(unit) ? -1 : unit)));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("spells", () => {
  // What the running-head search asked before: the line without its white space, compared.
  const compact = (line: string): string => line.replace(/\s+/gu, "");

  it("is compact(line) === text, for every BMP unit in a line and in the text", () => {
    const differ: string[] = [];
    for (let unit = 0; unit <= 0xffff; unit++) {
      const char = String.fromCharCode(unit);
      for (const line of [char, ` ${char}頁`, `頁 ${char}`, `\u3000${char}\u3000`])
        for (const text of ["", char, "頁", `${char}頁`, `頁${char}`, compact(line)])
          if (spells(line, text) !== (compact(line) === text)) differ.push(`${line}|${text}`);
    }
    expect(differ).toEqual([]);
  });

  it("on lines of white space, CJK, letters and surrogate pairs, against texts near theirs", () => {
    const piece = fc.constantFrom(
      " ",
      "  ",
      "\t",
      "\f",
      "\u3000",
      "\u00a0",
      "\ufeff",
      "國",
      "家",
      "a",
      "1",
      "𠀀",
      "\ud840",
    );
    const line = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(""));
    fc.assert(
      fc.property(line, fc.nat(12), fc.constantFrom("", "國", "𠀀", "x"), (text, cut, extra) => {
        const own = compact(text);
        for (const other of [own, own.slice(0, cut), own + extra, extra + own, own.slice(cut)])
          expect(spells(text, other)).toBe(compact(text) === other);
      }),
      { numRuns: 3000 },
    );
  });
});
