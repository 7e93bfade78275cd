import { readFileSync } from "node:fs";
import { parseActionPlan } from "@lianzheng/action-plan";
import type { RawDocument } from "@lianzheng/layout";
import type { Source } from "@lianzheng/model";
import { readAnyText, readText } from "@lianzheng/text";
import { describe, expect, test } from "vitest";
import { comparable } from "../../pdf/test/support/comparable.js";
import { textWidth } from "../../text/src/internal/wrap-test.js";
import { type Measure, renderGrid } from "./support/render-forms.js";

// The six-column edition (fixtures/editions/2023-six-columns.txt) as pdftotext -layout sets a PDF
// of it, at column widths, grids and faces its own PDF does not have: each cell wrapped at its
// column's width in a proportional face (a CJK character a full em, Latin in Helvetica or Times
// widths, each glyph up to 10% wider or narrower), the grid counting every character as one column,
// so a full CJK line stands one space before the next column's text (pdftotext pulls the next cell
// left, up to six grid columns), as in the fixture's own -layout text. Each rendering must read to
// the fixture's own document with no warning.
//
// Known misreadings, not among these cases (found by rendering at random widths; no warning):
// where a column's text is pulled left of its start right after a full line of the column before
// and that line plus it is no wider than the widest line of its column seen (`條例修法研議 )`,
// `法務部(檢察司) 室`), it stays in the cell on the left — at ems [6.5, 9, 7.5, 6.5, 7, 7], grid
// 1.5, gap 2, Helvetica, 55 lines a page, 7 measures; a header left alone at a page foot loses the
// 112年績效目標值 column; tables with hardly a blank line take the browser-table rules.

const root = new URL("../../../", import.meta.url);
const source: Source = { path: "document", format: "text", sha256: "0".repeat(64), bytes: 1 };
const parse = (doc: RawDocument) => parseActionPlan(doc, { source });
const EDITION = readText(readFileSync(new URL("fixtures/editions/2023-six-columns.txt", root), "utf8"));
const EXPECTED = comparable(parse({ format: "text", blocks: EDITION.blocks, warnings: [] }));

interface Setting {
  /** Each column's width in ems (the fixture's PDF: about 5, 9, 7.5, 5, 7, 6.5). */
  ems: number[];
  /** pdftotext's grid columns per em of a column (1.2 to 2.1 in the fixture's own text). */
  gridPerEm: number;
  gap: number;
  face: 0 | 1;
  /** Each glyph's width in percent of the face's, by its code: a face the reader does not know. */
  spread: number;
  pageLines: number;
  /** Read with no warning (else some lines are warned column_gap_ambiguous). */
  clean?: boolean;
}

const SETTINGS: Setting[] = [
  { ems: [6.5, 8, 8, 7, 9, 7.5], gridPerEm: 1.8, gap: 2, face: 0, spread: 10, pageLines: 60, clean: true },
  { ems: [8, 9, 7, 6.5, 7, 6.5], gridPerEm: 2, gap: 3, face: 1, spread: 5, pageLines: 38, clean: true },
  { ems: [9, 10, 10, 9, 10, 10], gridPerEm: 1.4, gap: 2, face: 1, spread: 10, pageLines: 33, clean: true },
  // Seven lines the wrap test cannot tell apart by much are warned; each is read right.
  { ems: [7, 7, 10, 8, 6.5, 9], gridPerEm: 1.6, gap: 1, face: 0, spread: 5, pageLines: 50 },
];

const render = ({ ems, gridPerEm, gap, face, spread, pageLines }: Setting): string => {
  const scale = (char: string) => 100 - spread + ((char.codePointAt(0) ?? 0) % (2 * spread + 1));
  const measure: Measure = (text) =>
    [...text].reduce((sum, char) => sum + (textWidth(char, face) * scale(char)) / 100, 0);
  const capacity = ems.map((em) => em * 1000);
  return renderGrid(EDITION.blocks, {
    widths: ems.map((em) => Math.round(em * gridPerEm)),
    gap,
    pageLines,
    letterSpaced: () => false,
    footer: (page) => ["", `${" ".repeat(30)}-${page}-`],
    // As pdftotext sets the edition's pages: its running head, two blank lines under it.
    pageTop: [`${" ".repeat(40)}國家廉政建設行動方案（核定本）`, "", ""],
    proportional: { measure, capacity, mergeGap: 1000 },
  });
};

const withoutGapWarnings = (plan: unknown) => {
  const value = comparable(plan) as { warnings: string[] };
  return { ...value, warnings: value.warnings.filter((code) => code !== "column_gap_ambiguous") };
};

describe("the six-column edition in pdftotext -layout form, at other widths", () => {
  test.each(SETTINGS)("columns %o reads to the fixture, or warns the lines it cannot tell", (setting) => {
    const reading = readAnyText(render(setting));
    expect(reading.form).toBe("layout");
    const warned = reading.document.warnings.filter((w) => w.code === "column_gap_ambiguous");
    const plan = parse(reading.document);
    if (setting.clean) {
      expect(warned).toEqual([]);
      expect(comparable(plan)).toEqual(EXPECTED);
      return;
    }
    // Warned where a line could be cut two ways, each warning naming its line; read right.
    expect(warned.length).toBeGreaterThan(0);
    expect(warned.every((w) => typeof w.at?.line === "number")).toBe(true);
    expect(withoutGapWarnings(plan)).toEqual(withoutGapWarnings(EXPECTED));
  });
});
