import { readFileSync } from "node:fs";
import { parseActionPlan } from "@lianzheng/action-plan";
import type { RawDocument } from "@lianzheng/layout";
import { isSeriousWarning, type Source, type Warning } from "@lianzheng/model";
import { readText } from "@lianzheng/text";
import fc from "fast-check";
import { comparable } from "../../../pdf/test/support/comparable.js";
import { textWidth } from "../../../text/src/internal/wrap-test.js";
import { type Measure, renderGrid } from "./render-forms.js";

// The six-column edition (fixtures/editions/2023-six-columns.txt) as pdftotext -layout sets a PDF
// of it, at column widths, grids and faces its own PDF does not have: each cell wrapped at its
// column's width in a proportional face (a CJK character a full em, Latin in Helvetica or Times
// widths, each glyph up to `spread`% wider or narrower), the grid counting every character as one
// column, so a full CJK line stands one space before the next column's text (pdftotext pulls the
// next cell left, up to six grid columns), as in the fixture's own -layout text.

const root = new URL("../../../../", import.meta.url);
const source: Source = { path: "document", format: "text", sha256: "0".repeat(64), bytes: 1 };
export const parseEdition = (doc: RawDocument) => parseActionPlan(doc, { source });
const EDITION = readText(readFileSync(new URL("fixtures/editions/2023-six-columns.txt", root), "utf8"));
/** The fixture's own document, as `comparable` gives it. */
export const EXPECTED = comparable(parseEdition({ format: "text", blocks: EDITION.blocks, warnings: [] }));

export interface SixColumnSetting {
  /** Each column's width in ems (the fixture's PDF: about 5, 9, 7.5, 5, 7, 6.5). */
  ems: number[];
  /** pdftotext's grid columns per em of a column (1.2 to 2.1 in the fixture's own text). */
  gridPerEm: number;
  gap: number;
  face: 0 | 1;
  /** Each glyph's width in percent of the face's, by its code: a face the reader does not know. */
  spread: number;
  pageLines: number;
  /** A running head atop each page after the first (as the fixture's PDF has). */
  runningHead?: boolean;
  /** The header set again atop each page (as the fixture's PDF has). */
  repeatHeader?: boolean;
}

/** The six-column edition rendered as pdftotext -layout would set a PDF of it at these settings. */
export function renderSixColumns(setting: SixColumnSetting): string {
  const { ems, gridPerEm, gap, face, spread, pageLines } = setting;
  const scale = (char: string) => 100 - spread + ((char.codePointAt(0) ?? 0) % (2 * spread + 1));
  const measure: Measure = (text) =>
    [...text].reduce((sum, char) => sum + (textWidth(char, face) * scale(char)) / 100, 0);
  const capacity = ems.map((em) => em * 1000);
  return renderGrid(EDITION.blocks, {
    widths: ems.map((em) => Math.round(em * gridPerEm)),
    gap,
    pageLines,
    letterSpaced: () => false,
    repeatHeader: setting.repeatHeader !== false,
    footer: (page) => ["", `${" ".repeat(30)}-${page}-`],
    // As pdftotext sets the edition's pages: its running head, two blank lines under it.
    ...(setting.runningHead === false
      ? {}
      : { pageTop: [`${" ".repeat(40)}國家廉政建設行動方案（核定本）`, "", ""] }),
    proportional: { measure, capacity, mergeGap: 1000 },
  });
}

/** A plan as `comparable` gives it, without column_gap_ambiguous warnings. */
export function withoutGapWarnings(plan: unknown) {
  const value = comparable(plan) as { warnings: string[] };
  return { ...value, warnings: value.warnings.filter((code) => code !== "column_gap_ambiguous") };
}

const em = fc.integer({ min: 13, max: 20 }).map((halves) => halves / 2);
/** Columns of 6.5 to 10 ems, 1.2 to 2.1 grid columns an em, either face, pages of 33 to 60 lines. */
export const sixColumnSetting: fc.Arbitrary<SixColumnSetting> = fc.record({
  ems: fc.array(em, { minLength: 6, maxLength: 6 }),
  gridPerEm: fc.integer({ min: 12, max: 21 }).map((tenths) => tenths / 10),
  gap: fc.integer({ min: 1, max: 3 }),
  face: fc.constantFrom(0 as const, 1 as const),
  spread: fc.integer({ min: 0, max: 10 }),
  pageLines: fc.integer({ min: 33, max: 60 }),
  runningHead: fc.boolean(),
  repeatHeader: fc.boolean(),
});

interface ReadMeasure {
  id: string;
  provenance?: { lines?: [number, number] };
}
interface ReadPlan {
  strategies: Array<{ number: number; measures: ReadMeasure[] }>;
  warnings: Warning[];
}

/**
 * The lines warnings point at: each line `column_gap_ambiguous` names (not a whole table's), and
 * the rows the parse warned of (a row left out, `row_before_strategy`, names its line).
 */
function warnedLines(document: RawDocument, plan: ReadPlan): number[] {
  const gap = document.warnings.filter(
    (w) => w.code === "column_gap_ambiguous" && !w.message.startsWith("the table at line"),
  );
  const parse = plan.warnings.filter((w) => w.code !== "column_gap_ambiguous" && isSeriousWarning(w));
  return [...gap, ...parse].flatMap((w) => (w.at?.line === undefined ? [] : [w.at.line]));
}

const within = (measure: ReadMeasure | undefined, line: number): boolean => {
  const lines = measure?.provenance?.lines;
  return lines !== undefined && line >= lines[0] && line <= lines[1];
};

/**
 * The measure ids a parse said were missing: each `measure_number_skips` (measure 9.5 follows
 * 9.3) names the numbers between the two (9.4).
 */
function skippedIds(plan: ReadPlan): Set<string> {
  const ids = new Set<string>();
  for (const warning of plan.warnings) {
    const [strategy, number] = (warning.at?.measureId ?? "").split(".").map(Number);
    if (warning.code !== "measure_number_skips" || strategy === undefined || number === undefined) continue;
    const before = plan.strategies
      .find((s) => s.number === strategy)
      ?.measures.map((m) => Number(m.id.split(".")[1]))
      .filter((n) => n < number);
    for (let n = Math.max(0, ...(before ?? [])) + 1; n < number; n++) ids.add(`${strategy}.${n}`);
  }
  return ids;
}

/**
 * What a reading got wrong that no warning points at: each measure (by id) or strategy title
 * that differs from the fixture's, unless a warning names a line inside its rows. A warning on
 * another line, or one for the whole table, does not count: a user told "line 704 may be
 * misread" is not told that measure 4.3 is. Measures missing count as pointed at only as far as
 * the parse warned of rows it left out or of numbers skipped (`missing 4.3`); measures that came
 * extra are named too.
 */
export function unwarnedMisreads(document: RawDocument): string[] {
  const plan = parseEdition(document) as unknown as ReadPlan;
  const [got, expected] = [withoutGapWarnings(plan), withoutGapWarnings(EXPECTED)] as unknown as ReadPlan[];
  const lines = warnedLines(document, plan);
  const read = new Map(plan.strategies.flatMap((s) => s.measures).map((m) => [m.id, m]));
  const byId = (p: ReadPlan | undefined) =>
    new Map((p?.strategies ?? []).flatMap((s) => s.measures).map((m) => [m.id, JSON.stringify(m)]));
  const [mine, theirs] = [byId(got), byId(expected)];
  const pointed = (id: string) => lines.some((line) => within(read.get(id), line));
  const out: string[] = [];
  for (const [id, text] of theirs) if (mine.has(id) && mine.get(id) !== text && !pointed(id)) out.push(id);
  for (const id of mine.keys()) if (!theirs.has(id) && !pointed(id)) out.push(`extra ${id}`);
  const skipped = skippedIds(plan);
  const missing = [...theirs.keys()].filter((id) => !mine.has(id) && !skipped.has(id));
  const leftOut = lines.filter((line) => ![...read.values()].some((m) => within(m, line))).length;
  if (missing.length > leftOut) out.push(...missing.map((id) => `missing ${id}`));
  const titles = (p: ReadPlan | undefined) =>
    (p?.strategies ?? []).map((s) => ({ ...s, measures: undefined }));
  titles(got).forEach((title, index) => {
    const strategy = plan.strategies[index];
    const warned = strategy?.measures.some((m) => pointed(m.id));
    if (JSON.stringify(title) !== JSON.stringify(titles(expected)[index]) && !warned)
      out.push(`strategy ${title.number}`);
  });
  // (Warnings aside: a misread's own warnings differ, agencies unknown and the like.)
  const rest = (p: ReadPlan | undefined) =>
    JSON.stringify({ ...p, strategies: undefined, warnings: undefined });
  if (rest(got) !== rest(expected)) out.push("outside the strategies");
  return out;
}
