import { readFileSync } from "node:fs";
import { parseActionPlan } from "@lianzheng/action-plan";
import { parseExecutionReport } from "@lianzheng/execution-report";
import type { RawBlock, RawDocument } from "@lianzheng/layout";
import type { Source } from "@lianzheng/model";
import { readAnyText, readText } from "@lianzheng/text";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { comparable } from "../../pdf/test/support/comparable.js";
import { textWidth } from "../../text/src/internal/wrap-test.js";
import { type Measure, renderBox, renderGrid } from "./support/render-forms.js";
import { slice } from "./support/seed-parts.js";

// However a seed's tables are laid out — cells wrapped at other widths, columns set at other
// widths and gaps, CJK lines spread by justification, page ends and their footers anywhere — the
// text form reads back to the seed's own document.

const root = new URL("../../../", import.meta.url);
const seedText = (name: string) => readFileSync(new URL(`seeds/${name}`, root), "utf8");
const source: Source = { path: "document", format: "text", sha256: "0".repeat(64), bytes: 1 };
const parsePlan = (doc: RawDocument) => parseActionPlan(doc, { source });
const parseReport = (doc: RawDocument) => parseExecutionReport(doc, { source });

const PLAN = readText(seedText("000_b54d29a4c767afd7.txt"));
const PLAN_ZH = readText(seedText("001_6bac756fe4f12e99.txt"));
const REPORT = readText(seedText("003_2d62c1db8ab3e0f0.txt"));
// Strategies 八 and 九 of the Chinese plan and records 1–8 of the report keep each run short.
let strategy = "";
const PLAN_ZH_PART = slice(PLAN_ZH, (cells) => {
  if (cells[0]) strategy = cells[0];
  return /^[八九]、/u.test(strategy);
});
let record = 0;
const REPORT_PART = slice(REPORT, (cells) => {
  if (cells[0] === "序次") record = Number(cells[1]);
  return record <= 8;
});

// A hard wrap cannot carry a space before closing punctuation (seed 000 has "authority :"):
// compared without such spaces.
const tight = (value: unknown): unknown => JSON.parse(JSON.stringify(value).replace(/ (?=[:;,.)])/gu, ""));
const expectSame = (blocks: RawBlock[], text: string, parse: (doc: RawDocument) => unknown) => {
  const expected = tight(comparable(parse({ format: "text", blocks, warnings: [] })));
  expect(tight(comparable(parse(readAnyText(text).document)))).toEqual(expected);
};

const footer = fc.constantFrom(
  (page: number) => ["", `${" ".repeat(30)}-${page}-`],
  (page: number) => ["", `第 ${page} 頁／共 40 頁`],
  (page: number) => [`${" ".repeat(40)}${page}`],
  (page: number) => ["", `- ${page} -`, ""],
);

describe("text forms: layout does not change the document", () => {
  // Cells at least as wide as the longest word (treaties/agreements): a word broken by a hard wrap
  // cannot be told from two words, so the form is only faithful where no word is broken.
  test("box tables at any cell widths and page lengths (English)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.integer({ min: 12, max: 22 }).map((n) => n * 2),
          { minLength: 4, maxLength: 4 },
        ),
        fc.integer({ min: 12, max: 80 }),
        (widths, pageLines) =>
          expectSame(PLAN.blocks, renderBox(PLAN.blocks, { widths, pageLines }), parsePlan),
      ),
      { numRuns: 8 },
    );
  });

  test("box tables at any cell widths and page lengths (Chinese plan, label/value report)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.integer({ min: 5, max: 14 }).map((n) => n * 2),
          { minLength: 4, maxLength: 4 },
        ),
        fc.integer({ min: 10, max: 70 }),
        fc.integer({ min: 6, max: 12 }).map((n) => n * 2),
        (widths, pageLines, label) => {
          expectSame(PLAN_ZH_PART, renderBox(PLAN_ZH_PART, { widths, pageLines }), parsePlan);
          expectSame(REPORT_PART, renderBox(REPORT_PART, { widths: [label, 60], pageLines }), parseReport);
        },
      ),
      { numRuns: 6 },
    );
  });

  // How pdftotext -layout sets a table beyond its column widths: gaps of two spaces or more
  // (pdftotext leaves two often), columns moved right by one or two on some pages, a cell's line
  // pulled one column left, list items wrapped under a hanging indent.
  const drift = fc.func(fc.constantFrom(0, 0, 1, 2));
  const early = fc.func(fc.boolean());
  const hangingIndent = fc.constantFrom(0, 2, 3);
  // Many runs of a whole plan: time enough on a loaded machine (no timing is asserted).
  const LONG = 180_000;

  // Columns at least as wide as the longest unbreakable token ("(ACT-NET)"): narrower, the
  // rendering itself runs a cell into the next column, which no producer does. Strategy 九 holds
  // Latin inside CJK cells (APEC, ACT-NET, FATF/APG): justified lines spread their CJK only.
  test(
    "a -layout grid at any column widths and gaps, CJK spread at random, footers anywhere",
    () => {
      fc.assert(
        fc.property(
          fc.array(fc.integer({ min: 10, max: 20 }), { minLength: 4, maxLength: 4 }),
          fc.integer({ min: 2, max: 6 }),
          fc.integer({ min: 15, max: 60 }),
          fc.func(fc.boolean()),
          footer,
          fc.record({ drift, early, hangingIndent }),
          (widths, gap, pageLines, spaced, foot, looks) => {
            const letterSpaced = (line: number) => spaced(line);
            const text = renderGrid(PLAN_ZH_PART, {
              widths,
              gap,
              pageLines,
              letterSpaced,
              footer: foot,
              ...looks,
            });
            expectSame(PLAN_ZH_PART, text, parsePlan);
          },
        ),
        { numRuns: 40 },
      );
    },
    LONG,
  );

  // English cells at least as wide as the longest word (anti-corruption-related) and an indent.
  test(
    "a -layout grid of the English plan at any column widths and gaps",
    () => {
      fc.assert(
        fc.property(
          fc.array(fc.integer({ min: 26, max: 36 }), { minLength: 4, maxLength: 4 }),
          fc.integer({ min: 2, max: 5 }),
          fc.integer({ min: 20, max: 60 }),
          footer,
          fc.record({ drift, early, hangingIndent }),
          (widths, gap, pageLines, foot, looks) => {
            const text = renderGrid(PLAN.blocks, {
              widths,
              gap,
              pageLines,
              letterSpaced: () => false,
              footer: foot,
              ...looks,
            });
            expectSame(PLAN.blocks, text, parsePlan);
          },
        ),
        { numRuns: 20 },
      );
    },
    LONG,
  );

  // A PDF's English cells wrapped in a proportional font (Helvetica or Times widths, each glyph
  // 10% wider or narrower at random: a face the reader does not know), a cell line that nearly
  // fills its column set one space before the next column's text, as pdftotext joins them. The
  // reader splits such lines by the wrap test: right, or warned — never silently wrong.
  // Sampled with fc.sample (400 inputs each, this property's own check): seeds 1–6 and 21–22
  // gave 0 inputs read wrong unwarned; seeds 101–108 gave 2 of 3200, then 1 once a row's first
  // line was checked, then 0 once a cut left untried past findSplits' reach was doubted (both
  // cases under fixtures/text/proportional, tested in grid-proportional.test.ts); each fix only
  // adds warnings. At 0 the property runs on random seeds.
  const glyphScale = fc.func(fc.integer({ min: 90, max: 110 }));
  test(
    "a -layout grid of the English plan with cells one space apart, in a face of its own",
    () => {
      fc.assert(
        fc.property(
          fc.array(fc.integer({ min: 12, max: 17 }), { minLength: 4, maxLength: 4 }),
          fc.constantFrom(0 as const, 1 as const),
          glyphScale,
          fc.integer({ min: 300, max: 1500 }),
          fc.integer({ min: 20, max: 60 }),
          footer,
          (ems, face, scale, mergeGap, pageLines, foot) => {
            const measure: Measure = (text) =>
              [...text].reduce((sum, char) => sum + (textWidth(char, face) * scale(char)) / 100, 0);
            const capacity = ems.map((em) => em * 1000);
            // Grid columns as pdftotext counts them: the column's width over an average glyph.
            const average = measure("abcdefghijklmnopqrstuvwxyz ") / 27;
            const widths = capacity.map((width) => Math.round(width / average));
            const text = renderGrid(PLAN.blocks, {
              widths,
              gap: 2,
              pageLines,
              letterSpaced: () => false,
              footer: foot,
              proportional: { measure, capacity, mergeGap },
            });
            const reading = readAnyText(text);
            const warned = reading.document.warnings.some((w) => w.code === "column_gap_ambiguous");
            if (!warned) expectSame(PLAN.blocks, text, parsePlan);
          },
        ),
        { numRuns: 20 },
      );
    },
    LONG,
  );

  test(
    "a -layout label/value report at any label width, footers anywhere",
    () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 10, max: 16 }),
          fc.integer({ min: 2, max: 6 }),
          fc.integer({ min: 20, max: 60 }),
          footer,
          fc.record({ drift, hangingIndent }),
          (label, gap, pageLines, foot, looks) => {
            const text = renderGrid(REPORT_PART, {
              widths: [label, 40],
              gap,
              pageLines,
              letterSpaced: () => false,
              footer: foot,
              ...looks,
            });
            expectSame(REPORT_PART, text, parseReport);
          },
        ),
        { numRuns: 40 },
      );
    },
    LONG,
  );
});
