import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  cleanText,
  htmlToText,
  normalizeLookalikes,
  normalizeWidth,
  rejoinBrokenLines,
  removeCjkLetterSpacing,
} from "./clean.js";
import { splitItemSpans, splitItems } from "./items.js";
import { parseListMarker } from "./markers.js";

// Fragments the documents are made of, so generated texts hit the interesting paths.
const fragment = fc.constantFrom(
  "1. ",
  "2. ",
  "3.",
  "10、",
  "(1) ",
  "(2)",
  "（一）",
  "(二) ",
  "一、",
  "二、",
  "壹、",
  "①",
  "② ",
  "IV. ",
  "研",
  "議",
  "強化",
  "法務部",
  "(廉政署)",
  "107年1月",
  "1.5",
  "第四條",
  "計 476 件",
  "72.69%",
  "1 億 1,129 萬",
  "。",
  "，",
  "：",
  "；",
  "「",
  "」",
  " ",
  "  ",
  "\n",
  "\n\n",
  "\t",
  "<p>",
  "</p>",
  "<li>",
  "<br>",
  "&nbsp;",
  "&amp;",
  "&lt;p&gt;",
  "１２３",
  "％",
  "⼀",
  "⻑",
  "APEC",
  "meeting",
  "a",
  "-",
  "\u3000",
);
const documentText = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(""));
const anyText = fc.oneof(
  documentText,
  fc.string({ maxLength: 60 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
);

describe("cleanText", () => {
  it("is idempotent", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = cleanText(text);
        expect(cleanText(once)).toBe(once);
      }),
      { numRuns: 3000 },
    );
  });

  it("never leaves tabs, runs of spaces, or leading/trailing white space", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const cleaned = cleanText(text);
        expect(cleaned).not.toMatch(/\t| {2}|\n{3}|^\s|\s$/);
      }),
    );
  });
});

// cleanText as it was before its fast path (every pass run on every text): the same output.
const SPACES = /[\t\v\f \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
function cleanTextEveryPass(text: string): string {
  let cleaned = text.replace(/\r\n?|[\u2028\u2029\u0085]/g, "\n");
  for (let pass = 0; pass < 8; pass++) {
    const next = normalizeWidth(normalizeLookalikes(htmlToText(cleaned)));
    if (next === cleaned) break;
    cleaned = next;
  }
  const lines = cleaned
    .replace(INVISIBLE, "")
    .replace(/[\ufb00-\ufb06]/gu, (char) => char.normalize("NFKC"))
    .split("\n")
    .map((line) => removeCjkLetterSpacing(line.replace(SPACES, " ").trim()));
  return rejoinBrokenLines(lines.join("\n"))
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

describe("cleanText's fast path", () => {
  it("gives what running every pass on every text gives", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(cleanText(text)).toBe(cleanTextEveryPass(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("splitItems", () => {
  it("never loses or reorders characters: spans tile the text and markers are markers", () => {
    fc.assert(
      fc.property(fc.oneof(documentText, fc.string({ maxLength: 60 })), (text) => {
        const spans = splitItemSpans(text);
        const items = splitItems(text);
        expect(items.length).toBe(spans.length);
        const contentStart = text.length - text.trimStart().length;
        let cursor = text.trim() === "" ? text.length : contentStart;
        for (const [index, span] of spans.entries()) {
          expect(span.start).toBe(cursor);
          expect(span.textStart).toBeGreaterThanOrEqual(span.start);
          expect(span.end).toBeGreaterThanOrEqual(span.textStart);
          if (span.number !== null) expect(parseListMarker(text.slice(span.start))?.number).toBe(span.number);
          expect(items[index]?.text).toBe(text.slice(span.textStart, span.end).trim());
          cursor = span.end;
        }
        expect(cursor).toBe(text.length);
        // What splitting drops is only markers and the white space around item texts.
        const rebuilt = spans.map((span) => text.slice(span.start, span.end)).join("");
        expect(rebuilt).toBe(text.slice(text.trim() === "" ? text.length : contentStart));
      }),
      { numRuns: 3000 },
    );
  });
});
