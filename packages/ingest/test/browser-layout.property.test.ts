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
import { type Measure, renderGrid } from "./support/render-forms.js";
import { slice } from "./support/seed-parts.js";

// A browser's PDF (Chromium's) through pdftotext -layout: no blank line between rows, a cell
// line that fills its column set one space before the next column's text, however far left of
// its column the grid puts it. At any column widths, faces and page lengths, the text reads back
// to the seed's document, or is warned (`column_gap_ambiguous`, with the fix) — never silently
// wrong. (Synthetic grids pull cells left more evenly than pdftotext does: most of the plan's are
// warned, a third of the report's read; the Chromium fixtures are the read-right test.)

const root = new URL("../../../", import.meta.url);
const seedText = (name: string) => readFileSync(new URL(`seeds/${name}`, root), "utf8");
const source: Source = { path: "document", format: "text", sha256: "0".repeat(64), bytes: 1 };
const parsePlan = (doc: RawDocument) => parseActionPlan(doc, { source });
const parseReport = (doc: RawDocument) => parseExecutionReport(doc, { source });

// Strategies 七 to 九 of the Chinese plan, records 1 to 12 of the report: runs stay short.
let strategy = "";
const PLAN_ZH = slice(readText(seedText("001_6bac756fe4f12e99.txt")), (cells) => {
  if (cells[0]) strategy = cells[0];
  return /^[七八九]、/u.test(strategy);
});
let record = 0;
const REPORT = slice(readText(seedText("003_2d62c1db8ab3e0f0.txt")), (cells) => {
  if (cells[0] === "序次") record = Number(cells[1]);
  return record <= 12;
});

const footer = fc.constantFrom(
  (page: number) => ["", `${" ".repeat(30)}-${page}-`],
  (page: number) => ["", `第 ${page} 頁／共 40 頁`],
  (page: number) => ["", `- ${page} -`, ""],
);
// The face: CJK a full em, Latin letters in Helvetica's or Times' widths, each 10% off at random.
const face = fc.record({
  face: fc.constantFrom(0 as const, 1 as const),
  scale: fc.func(fc.integer({ min: 90, max: 110 })),
});
const measureOf =
  ({ face, scale }: { face: 0 | 1; scale: (char: string) => number }): Measure =>
  (text) =>
    [...text].reduce((sum, char) => {
      const width = textWidth(char, face);
      return sum + (width === 1000 ? width : (width * scale(char)) / 100);
    }, 0);

/** Read right, or warned naming the form and the fix. */
function expectReadOrWarned(blocks: RawBlock[], text: string, parse: (doc: RawDocument) => unknown): void {
  const reading = readAnyText(text);
  expect(reading.form).toBe("layout");
  const expected = comparable(parse({ format: "text", blocks, warnings: [] }));
  let actual: unknown;
  try {
    actual = comparable(parse(reading.document));
  } catch {
    actual = undefined;
  }
  if (JSON.stringify(actual) === JSON.stringify(expected)) return;
  const warned = reading.document.warnings.filter((w) => w.code === "column_gap_ambiguous");
  expect(warned.length).toBeGreaterThan(0);
  expect(warned[0]?.message).toContain("give the PDF itself");
}

const LONG = 240_000;
// Random seeds: 0 of 4000 sampled report layouts and 2000 plan layouts (fc.sample) read wrong
// unwarned (a report's label wrap once was, about 1 in 130; a value's last line set one space
// after its label's line, about 1 in 700, until the reader took it for the value's).

/**
 * The property of both tests: the blocks set as a browser's table in the face and columns drawn
 * (a CJK em is about two of pdftotext's average glyphs), read right or warned.
 */
const readsAsBrowserSetsIt =
  (blocks: RawBlock[], parse: (doc: RawDocument) => unknown) =>
  (
    ems: number[],
    font: Parameters<typeof measureOf>[0],
    mergeGap: number,
    pageLines: number,
    foot: (page: number) => string[],
  ): void => {
    const text = renderGrid(blocks, {
      widths: ems.map((em) => em * 2),
      gap: 2,
      pageLines,
      letterSpaced: () => false,
      footer: foot,
      proportional: { measure: measureOf(font), capacity: ems.map((em) => em * 1000), mergeGap },
      browser: true,
    });
    expectReadOrWarned(blocks, text, parse);
  };

/** The report's property: its label and value widths, faces, merge gaps and page lengths drawn. */
const reportProperty = () =>
  fc.property(
    fc.tuple(fc.integer({ min: 5, max: 9 }), fc.integer({ min: 26, max: 40 })),
    face,
    fc.integer({ min: 300, max: 1000 }),
    fc.integer({ min: 30, max: 60 }),
    footer,
    readsAsBrowserSetsIt(REPORT, parseReport),
  );

describe("a browser's PDF through pdftotext -layout (cells one space apart, rows back to back)", () => {
  test(
    "the Chinese plan at any column widths, faces and page lengths",
    () => {
      fc.assert(
        fc.property(
          fc.tuple(
            fc.integer({ min: 3, max: 6 }),
            fc.integer({ min: 13, max: 18 }),
            fc.integer({ min: 12, max: 17 }),
            fc.integer({ min: 8, max: 12 }),
          ),
          face,
          fc.integer({ min: 300, max: 1000 }),
          fc.integer({ min: 25, max: 60 }),
          footer,
          readsAsBrowserSetsIt(PLAN_ZH, parsePlan),
        ),
        { numRuns: 12 },
      );
    },
    LONG,
  );

  test(
    "the key/value report at any label and value widths, faces and page lengths",
    () => {
      fc.assert(reportProperty(), { numRuns: 12 });
    },
    LONG,
  );

  test("a value's short last line one space after its label's line (`至12月)績效 %。`)", () => {
    // A counterexample once (about 1 case in 700): `%。` was read as label text, the label
    // 107年度(1月至12月)績效目標達成情形 lost, and nothing warned. Replayed by its seed and path.
    fc.assert(reportProperty(), { seed: 951990564, path: "528:8:7:10:19:19" });
  });
});
