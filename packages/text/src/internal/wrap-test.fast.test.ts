import { startsNewItem } from "@lianzheng/layout";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type ColumnWidth,
  columnWidths,
  endsParagraph,
  firstWord,
  rejoinsTight,
  textWidth,
} from "./wrap-test.js";

// The wrap test's column widths as they were before they were made fast (patterns tested per
// cell, every refused line joined, listed, then measured per face): the oracle.
const PARAGRAPH_END = /[.。;；!?！？]$/u;
const WIDE_START = /^[\u2e80-\u9fff\uf900-\ufaff\uff00-\uff60]/u;
const WIDE_END = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uff60]$/u;
const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uff60]/u;

const plainEndsParagraph = (text: string): boolean => PARAGRAPH_END.test(text.slice(-1));
const plainRejoinsTight = (line: string, word: string): boolean =>
  WIDE_END.test(line) || WIDE_START.test(word);
function plainFirstWord(text: string): string {
  if (WIDE_START.test(text)) return /^.[、。，．：；！？）」』》〉】,.;:!?)]*/u.exec(text)?.[0] ?? "";
  return text.split(" ")[0] ?? "";
}
const plainRejoin = (line: string, word: string): string =>
  plainRejoinsTight(line, word) ? `${line}${word}` : `${line} ${word}`;
const plainWrapsInto = (line: string, next: string): boolean =>
  !plainEndsParagraph(line) && !startsNewItem(next) && !/^\p{Script=Han}{3,8}[：:]/u.test(next);

function plainColumnWidths(
  bands: string[][][],
  clear: (line: readonly string[]) => boolean,
  merged: Array<{ column: number; text: string }>,
  columns: number,
  holds?: readonly number[],
): ColumnWidth[][] {
  return ([0, 1] as const).map((face) => {
    const widths = Array.from({ length: columns }, () => ({
      lower: 0,
      upper: Number.POSITIVE_INFINITY,
      merged: Number.POSITIVE_INFINITY,
    }));
    const refused: Array<Array<{ wider: number; cjk: boolean }>> = widths.map(() => []);
    for (const lines of bands)
      lines.forEach((cells, index) => {
        if (!clear(cells)) return;
        const next = lines[index + 1];
        widths.forEach((width, column) => {
          const text = cells[column] ?? "";
          width.lower = Math.max(width.lower, textWidth(text, face));
          const after = next && clear(next) ? (next[column] ?? "") : "";
          if (text && after && plainWrapsInto(text, after))
            refused[column]?.push({
              wider: textWidth(plainRejoin(text, plainFirstWord(after)), face),
              cjk: WIDE.test(text),
            });
        });
      });
    for (const { column, text } of merged) {
      const width = widths[column];
      if (width) width.merged = Math.min(width.merged, textWidth(text, face));
    }
    widths.forEach((width, column) => {
      const least = holds?.[column] ?? Number.NaN;
      // A Latin line refused narrower than 0.85 of the widest the column set: a paragraph's end.
      for (const { wider, cjk } of refused[column] ?? [])
        if (!(wider < (cjk ? least : width.lower * 0.85))) width.upper = Math.min(width.upper, wider);
      // A column is as wide as the CJK lines it holds, clear or not.
      width.lower = Math.max(width.lower, least || 0);
    });
    return widths;
  });
}

// Cell texts of CJK, words, list markers, sentence ends, closing punctuation and surrogates.
const word = fc.constantFrom(
  "研議",
  "強化",
  "。",
  "，",
  "）",
  "」",
  "The",
  "Ministry",
  "of",
  "Justice.",
  "1.",
  "(一)",
  "2、",
  "協辦機關：",
  "𠀀",
  "\ud840",
  "ｱ",
  "Ａ",
);
const cellText = fc.oneof(
  fc.constant(""),
  fc.array(word, { minLength: 1, maxLength: 5 }).map((words) => words.join(" ")),
  fc.array(word, { minLength: 1, maxLength: 5 }).map((words) => words.join("")),
  fc.string({ unit: "binary", maxLength: 4 }),
);

describe("the wrap test's column widths, made fast, answer as their plain version", () => {
  it("per unit: a paragraph's end, a tight rejoin, a line's first unit", () => {
    for (let unit = 0; unit <= 0xffff; unit++) {
      const char = String.fromCharCode(unit);
      expect(endsParagraph(`ab${char}`)).toBe(plainEndsParagraph(`ab${char}`));
      expect(rejoinsTight(`a${char}`, "b")).toBe(plainRejoinsTight(`a${char}`, "b"));
      expect(rejoinsTight("a", `${char}b`)).toBe(plainRejoinsTight("a", `${char}b`));
      expect(firstWord(`${char}。」 b`)).toBe(plainFirstWord(`${char}。」 b`));
    }
    fc.assert(
      fc.property(cellText, cellText, (line, next) => {
        expect(endsParagraph(line)).toBe(plainEndsParagraph(line));
        expect(firstWord(next)).toBe(plainFirstWord(next));
        expect(rejoinsTight(line, firstWord(next))).toBe(plainRejoinsTight(line, plainFirstWord(next)));
      }),
      { numRuns: 3000 },
    );
  });

  it("columnWidths", () => {
    const columns = 3;
    const line = fc.array(cellText, { minLength: columns, maxLength: columns });
    const table = fc.record({
      bands: fc.array(fc.array(line, { maxLength: 6 }), { maxLength: 5 }),
      unclear: fc.array(fc.boolean(), { maxLength: 30 }),
      merged: fc.array(fc.record({ column: fc.nat({ max: columns - 1 }), text: cellText }), { maxLength: 3 }),
      holds: fc.option(fc.array(fc.oneof(fc.constant(Number.NaN), fc.nat({ max: 9000 })), { minLength: 3 })),
    });
    fc.assert(
      fc.property(table, ({ bands, unclear, merged, holds }) => {
        const all = bands.flat();
        const clear = (cells: readonly string[]): boolean => !unclear[all.indexOf(cells as string[])];
        const fast = columnWidths(bands, clear, merged, columns, holds ?? undefined);
        expect(fast).toEqual(plainColumnWidths(bands, clear, merged, columns, holds ?? undefined));
      }),
      { numRuns: 2000 },
    );
  });
});

// Each code unit's width as it was computed before the table was filled by ranges: the oracle.
const plainIsWide = (code: number): boolean =>
  (code >= 0x1100 && code <= 0x115f) ||
  (code >= 0x2e80 && code <= 0x303e) ||
  (code >= 0x3041 && code <= 0x33ff) ||
  (code >= 0x3400 && code <= 0x4dbf) ||
  (code >= 0x4e00 && code <= 0x9fff) ||
  (code >= 0xf900 && code <= 0xfaff) ||
  (code >= 0xff00 && code <= 0xff60);
const plainUnitWidth = (code: number): number => {
  if (code >= 0xdc00 && code <= 0xdfff) return 0;
  return plainIsWide(code) || (code >= 0xd800 && code <= 0xdbff) ? 1000 : 500;
};

describe("textWidth's table, filled by ranges", () => {
  it("gives every code unit past ASCII its width in both faces", () => {
    for (const face of [0, 1] as const)
      for (let code = 0; code <= 0xffff; code++) {
        if (code >= 32 && code < 127) continue;
        if (textWidth(String.fromCharCode(code), face) !== plainUnitWidth(code))
          expect({ face, code, width: textWidth(String.fromCharCode(code), face) }).toEqual({
            face,
            code,
            width: plainUnitWidth(code),
          });
      }
  });

  it("gives ASCII its face's advance widths, from the space to the tilde", () => {
    expect([" ", "A", "i", "~"].map((char) => textWidth(char, 0))).toEqual([278, 667, 222, 584]);
    expect([" ", "A", "i", "~"].map((char) => textWidth(char, 1))).toEqual([250, 722, 278, 541]);
  });
});
