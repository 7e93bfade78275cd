import { readAnyText } from "@lianzheng/text";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { comparable } from "../../pdf/test/support/comparable.js";
import {
  EXPECTED,
  parseEdition,
  renderSixColumns,
  type SixColumnSetting,
  sixColumnSetting,
  unwarnedMisreads,
  withoutGapWarnings,
} from "./support/six-columns.js";

// The six-column edition (fixtures/editions/2023-six-columns.txt) as pdftotext -layout sets a PDF
// of it at column widths, grids, gaps, faces and page lengths its own PDF does not have (see
// support/six-columns.ts). Each named setting reads to the fixture's own document; the property
// draws settings at random: read right, or warned `column_gap_ambiguous` on the very rows read
// wrong (a warning on another line does not count) — never silently wrong.
//
// In tight grids (1.2 to 1.5 grid columns an em) nearly every full line of a column is set one
// space before the next column's text: the settings below once read wrong unwarned for it.

interface Named extends SixColumnSetting {
  /** Read with no warning (else some lines are warned column_gap_ambiguous, the document right). */
  clean?: boolean;
}

const SETTINGS: Named[] = [
  { ems: [6.5, 8, 8, 7, 9, 7.5], gridPerEm: 1.8, gap: 2, face: 0, spread: 10, pageLines: 60, clean: true },
  { ems: [8, 9, 7, 6.5, 7, 6.5], gridPerEm: 2, gap: 3, face: 1, spread: 5, pageLines: 38, clean: true },
  { ems: [9, 10, 10, 9, 10, 10], gridPerEm: 1.4, gap: 2, face: 1, spread: 10, pageLines: 33, clean: true },
  // (Warned until a list marker was kept from ending a cell line its item never follows:
  // `立合作機會。 5. 法務部(廉政署)安排`, the measure's cell ended, `5.` the goal's.)
  { ems: [7, 7, 10, 8, 6.5, 9], gridPerEm: 1.6, gap: 1, face: 0, spread: 5, pageLines: 50, clean: true },
  // Text pulled left after a full line of the column before, where the two fit that column or
  // the column's width is known short: `部(調查局、廉政署) 數（執行措施`, `處、法務部(人事處) 。`,
  // `洽 ） 協辦機關：外交`, `理專案稽核或清查 40 案。`: a measure or two each read wrong, unwarned.
  // (The first two are warned since the columns' widths are read from their full lines too: the
  // goal column then holds both `訓練交流等。 2.` and `訓練交流等。` before `機關：外交部`, the
  // indicator column `當的措施。 2. 機` and `當的措施。 2.`; the wrap test takes the right one,
  // by less than a letter.)
  { ems: [6.5, 9.5, 7.5, 9, 6.5, 10], gridPerEm: 1.2, gap: 1, face: 0, spread: 2, pageLines: 33 },
  // (Both clean since a character the widths cannot place goes where the table's own words have
  // it: `協` before `辦機關：`, not before `修正之法規數`; see the text package's known-pairs.ts.)
  { ems: [7, 7.5, 7, 9, 7.5, 9.5], gridPerEm: 1.2, gap: 3, face: 0, spread: 5, pageLines: 34, clean: true },
  // (`形及成果件數（ 24 場次。`: the space after `（` is the column gap, see below.)
  { ems: [6.5, 8.5, 10, 9, 8, 6.5], gridPerEm: 1.4, gap: 2, face: 1, spread: 2, pageLines: 57, clean: true },
  // `絡 (ARIN-AP)、 。`: the space before 。 is the column gap (the other, the cell's own).
  { ems: [10, 7.5, 7, 9.5, 9.5, 7], gridPerEm: 1.9, gap: 3, face: 0, spread: 8, pageLines: 37, clean: true },
  // Long rows of wide columns, no running head: fewer than one blank line in eight, once read as
  // a browser's table (no blank line between rows) and all 58 measures lost.
  {
    ems: [10, 9, 8.5, 7, 7, 7],
    gridPerEm: 1.7,
    gap: 3,
    face: 1,
    spread: 9,
    pageLines: 52,
    runningHead: false,
    clean: true,
  },
  // No page shows all six columns (績效目標's text pulled left after its full lines on the
  // first page, the strategy column empty on the others): the first column was taken for the
  // one missing and all 58 measures lost. The pages' columns together are the table's.
  {
    ems: [10, 7, 6.5, 6.5, 9, 6.5],
    gridPerEm: 1.2,
    gap: 1,
    face: 0,
    spread: 4,
    pageLines: 57,
    repeatHeader: false,
    clean: true,
  },
  // The indicator column's full lines all set one space before the next column's text: its lone
  // lines showed it a character narrow, `正之法規數。 2. 召開 。` was cut before `召開` (15
  // measures wrong). Its width is read from the text before a line's first single space too.
  {
    ems: [8, 9, 10, 6.5, 9.5, 7],
    gridPerEm: 1.5,
    gap: 1,
    face: 1,
    spread: 5,
    pageLines: 36,
    runningHead: false,
    clean: true,
  },
  {
    ems: [10, 8.5, 9, 7.5, 9.5, 7.5],
    gridPerEm: 1.4,
    gap: 2,
    face: 0,
    spread: 1,
    pageLines: 51,
    runningHead: false,
    clean: true,
  },
  // `措施。 2. 機關首 達 80%。`: the target column known only by its clear lines (7.5 of its 10
  // ems) took `達` for the indicator's; the wrap test now takes a column for as wide as it holds.
  // (Warned until the table's own words told the one-character cut.) `2. 機關首長親 達 80%。` at
  // [6.5, 9, 7.5, 6.5, 7, 7].
  {
    ems: [10, 9, 8, 9.5, 8, 10],
    gridPerEm: 1.2,
    gap: 1,
    face: 1,
    spread: 2,
    pageLines: 50,
    runningHead: false,
    clean: true,
  },
  { ems: [6.5, 9, 7.5, 6.5, 7, 7], gridPerEm: 1.5, gap: 2, face: 0, spread: 0, pageLines: 55 },
  // `當的措施。 2. 機 達 80%。`: the last column's full lines, all set one space after the
  // indicator's, were never read as its own (it showed 7.7 of its 10 ems): `達 80%。 2. 全年機關`
  // did not fit. The text after a line's only single space, in the next column, shows it too.
  {
    ems: [9, 10, 6.5, 10, 7.5, 10],
    gridPerEm: 1.5,
    gap: 2,
    face: 1,
    spread: 3,
    pageLines: 60,
    runningHead: false,
    clean: true,
  },
  // `交流活動。 2. 法務部( 部`: no cell has a space after a bracket its word opens (`部` is the
  // agency's, `外交部`).
  {
    ems: [7, 8.5, 10, 9.5, 7.5, 7],
    gridPerEm: 1.4,
    gap: 3,
    face: 1,
    spread: 9,
    pageLines: 46,
    runningHead: false,
    clean: true,
  },
  // `2. 金融監督管理 部` atop a page: `部` ends the agency cell (`…勞動部`) and the next line
  // opens its part `協辦機關：`, so no character would have fitted after it (by widths alone `部`
  // may be the goal's: the table's own words tell).
  {
    ems: [7, 8.5, 7.5, 9, 6.5, 8],
    gridPerEm: 1.4,
    gap: 3,
    face: 0,
    spread: 0,
    pageLines: 41,
    repeatHeader: false,
    clean: true,
  },
  // `事司法互助條約/ 部` at a page foot: `部` ends the agency cell, its line above (`）協辦機關：
  // 外交` and its parts' space, glyphs set wide) too full for it, and was kept in the goal cell,
  // a line wider than any line of wide characters the goal column shows.
  { ems: [6.5, 9, 8, 9, 6.5, 9.5], gridPerEm: 1.4, gap: 3, face: 1, spread: 9, pageLines: 57, clean: true },
  // ... while `修法進度。 2. 法` keeps its `法`: `機關：外交部` ends the agency cell a character
  // short of its column's widest wide line, and the goal line is no wider than its column's.
  {
    ems: [7.5, 8.5, 7.5, 7.5, 6.5, 6.5],
    gridPerEm: 1.6,
    gap: 2,
    face: 0,
    spread: 4,
    pageLines: 57,
    repeatHeader: false,
    clean: true,
  },
  // ... and `至少一次。 2. 法` keeps its `法` beside a full agency line that ends its cell
  // (`務部(廉政署)`): the goal's next line goes on with it as the table's word (`法` / `務部`).
  {
    ems: [7.5, 7.5, 7.5, 6.5, 7, 10],
    gridPerEm: 1.7,
    gap: 2,
    face: 0,
    spread: 2,
    pageLines: 54,
    repeatHeader: false,
    clean: true,
  },
  // `國際及兩岸法律司 修正之法規數。  。`: the `。` two spaces after the indicator's line, near
  // the target column's start (its cell `完成率達 85%` going on), is the target's, pulled left:
  // a CJK cell line is one run of text. It went to the indicator (`法規數。。`).
  { ems: [7, 9.5, 10, 8.5, 8, 6.5], gridPerEm: 1.3, gap: 1, face: 1, spread: 0, pageLines: 38, clean: true },
  // `岸法律司） 協 。`: the space before `。` is the column gap (`參與人次` / `。`), the
  // character before it set after a word, no letter-spacing (`者 保 護 。` is).
  {
    ems: [9.5, 7, 9, 7, 8.5, 9.5],
    gridPerEm: 1.4,
    gap: 1,
    face: 0,
    spread: 9,
    pageLines: 58,
    runningHead: false,
    clean: true,
  },
  // Measure 4.1's `務部(廉政署) 協 修正之法規數。 2. 。`: both cuts fit, the table's words
  // tell (協辦 comes back in every agency cell, 協修 nowhere); another line is still warned.
  {
    ems: [7, 8, 9, 7, 8.5, 6.5],
    gridPerEm: 1.4,
    gap: 2,
    face: 1,
    spread: 8,
    pageLines: 46,
    runningHead: false,
    repeatHeader: false,
  },
  // `）。 協辦機關 2. 召開研商會議` / `：各機關     次數。`: the first line cuts two ways (協辦機關 the
  // agency's or the indicator's), and its first reading, not yet the chosen one, taught the next
  // line where the target column starts (`2.` at its grid column): `次數。` went to the target,
  // unwarned. A line cut more than one way teaches only the starts its readings agree on.
  {
    ems: [7, 9.5, 10, 6.5, 8, 10],
    gridPerEm: 1.3,
    gap: 1,
    face: 0,
    spread: 0,
    pageLines: 49,
    repeatHeader: false,
    clean: true,
  },
  // `交流活動。 2. 部` atop a page: `部` ends the agency cell whose last line on the page before
  // (`辦機關：外交`) is full; the line above a page's first line is the page before's. And `2.`
  // ends the goal's line (its item below), what was pulled is after it. (`部法務部`, unwarned.)
  {
    ems: [7, 10, 6.5, 6.5, 7.5, 7],
    gridPerEm: 1.9,
    gap: 1,
    face: 0,
    spread: 0,
    pageLines: 44,
    runningHead: false,
    repeatHeader: false,
    clean: true,
  },
  // `(ACT-NET) 會 3. 法務部(國際及`: no cell line opens an item right after an ideograph; the
  // wrap test took `會 3. 法務部(國際及` for the goal's line, sure (it fills the column better).
  { ems: [7.5, 7, 8.5, 9, 7, 9.5], gridPerEm: 1.7, gap: 1, face: 0, spread: 10, pageLines: 34, clean: true },
  // `或交流活動。 2.` beside a full agency line: `2.` was given to the agency column (nothing
  // after it), the goal's item 2 run into item 1, unwarned. (Another line is warned.)
  { ems: [7.5, 7, 7.5, 8, 6.5, 6.5], gridPerEm: 1.2, gap: 3, face: 0, spread: 2, pageLines: 34 },
  // `提報修法進度。 2. 部` under `。 協辦機關：外交`, full with the space between its parts that the
  // cleaning took (a lone `。` read as letter-spaced): by widths not full; `部` goes back by
  // the table's words (交部 a pair it shows, 部法 none), and the line is warned.
  {
    ems: [9, 10, 9, 9, 7, 6.5],
    gridPerEm: 1.6,
    gap: 2,
    face: 1,
    spread: 1,
    pageLines: 56,
    repeatHeader: false,
  },
  // A strategy whose sentence runs over a page end by its `。` alone (`，防止利益衝突` / `。`, atop
  // the next page beside the measure's next lines): the row there was taken for a new record,
  // and the measure cut at the page end, the strategy's other measures lost, unwarned. No cell
  // opens with closing punctuation (the layout package's stitch.ts).
  { ems: [8, 6.5, 10, 9, 6.5, 6.5], gridPerEm: 1.2, gap: 1, face: 0, spread: 1, pageLines: 42, clean: true },
  {
    ems: [7, 9.5, 8, 7, 6.5, 6.5],
    gridPerEm: 1.2,
    gap: 1,
    face: 0,
    spread: 10,
    pageLines: 35,
    runningHead: false,
  },
  // `至少一次。 2. 法` at a page foot, the goal's item going on atop the next page (`務部(調查局)持`):
  // `法` was given to the agency cell above (`務部(廉政署)法`), the table's word 法務 unseen across
  // the page end (property seed 1, run 2989 of 3200).
  {
    ems: [6.5, 7.5, 7.5, 6.5, 7, 6.5],
    gridPerEm: 1.6,
    gap: 3,
    face: 0,
    spread: 2,
    pageLines: 48,
    repeatHeader: false,
    clean: true,
  },
  // The target column's text never opens a piece (its lines one space after the indicator's), the
  // header alone atop the first page: the body's five columns were taken for the last five, all
  // 58 measures lost with no column warning (property seed 20261127, run 2254 of 3200).
  {
    ems: [8.5, 9.5, 8, 10, 7.5, 9.5],
    gridPerEm: 1.5,
    gap: 2,
    face: 1,
    spread: 3,
    pageLines: 58,
    runningHead: false,
    repeatHeader: false,
    clean: true,
  },
  // `(ACT-NET) 會議 。`: the goal's `。`, pushed right by the Latin word past the agency column's
  // start less DRIFT, was never a cut: the measure took it, unwarned (property seed 5, run 1088
  // of 3200). Closing punctuation one space after a word ends no CJK cell line.
  {
    ems: [8, 7.5, 8.5, 10, 6.5, 9.5],
    gridPerEm: 1.2,
    gap: 1,
    face: 0,
    spread: 7,
    pageLines: 34,
    runningHead: false,
    clean: true,
  },
  // The header alone at the first page's foot, not set again (`-1-` under it): that page showed
  // no columns, the header's were not asked, and the body's five were taken for the last five:
  // all 58 measures lost (property seed 6, run 2141 of 3200).
  {
    ems: [6.5, 7, 6.5, 9, 6.5, 9.5],
    gridPerEm: 1.3,
    gap: 1,
    face: 1,
    spread: 1,
    pageLines: 46,
    runningHead: false,
    repeatHeader: false,
    clean: true,
  },
];

// Settings read wrong, each misread warned on its own rows (the property's check, fixed).
const WARNED_WHERE_WRONG: SixColumnSetting[] = [
  // `2. 法務部(檢察司)明 室`: the wrap test took `明室` for the goal's, sure, the table's words
  // had `室` end 辦公室 on the agency's full line above (公室, 明定 against 明室); read wrong still,
  // now warned on that line: where widths and words disagree, the line is in doubt.
  {
    ems: [8.5, 7, 9.5, 9, 7, 7.5],
    gridPerEm: 1.8,
    gap: 1,
    face: 1,
    spread: 9,
    pageLines: 47,
    runningHead: false,
    repeatHeader: false,
  },
  // `項目之比率。 2. 召開研商會議 4 次` over the target's `。`: `2.` was left dangling in the
  // indicator column in 8 measures, unwarned (the target column's Latin lines hid its width).
  // What is still wrong (`具有貪瀆風險查 40 案。`, 1.2 and 1.3) is warned on its lines.
  {
    ems: [8.5, 9.5, 6.5, 8.5, 7, 9],
    gridPerEm: 1.3,
    gap: 3,
    face: 1,
    spread: 5,
    pageLines: 57,
    repeatHeader: false,
  },
  // `項目之比率。 2. 召開研商會議 4 次` over the target's `。`, in 8 measures: the reading with the
  // item whole in the target column was dropped as wider than the column, whose width was read
  // from its lines cut at their first space (`1.` | `完成研議 1 案。`): `2.` went to the indicator,
  // unwarned. The last column's lines are measured whole now. (1.2, 1.3 and 3.3 still read wrong,
  // warned on their lines.)
  {
    ems: [6.5, 7.5, 9.5, 6.5, 7, 9],
    gridPerEm: 1.2,
    gap: 1,
    face: 1,
    spread: 5,
    pageLines: 33,
    runningHead: false,
    repeatHeader: false,
  },
];

const HEADER_AT_FOOT: SixColumnSetting = {
  ems: [8, 9, 7, 6.5, 7, 6.5],
  gridPerEm: 2,
  gap: 3,
  face: 1,
  spread: 5,
  pageLines: 46,
};

/** Read to the fixture's document: exactly when clean, else with the lines it doubts warned. */
function expectReadRight(setting: Named): void {
  const reading = readAnyText(renderSixColumns(setting));
  expect(reading.form).toBe("layout");
  const warned = reading.document.warnings.filter((w) => w.code === "column_gap_ambiguous");
  const plan = parseEdition(reading.document);
  if (setting.clean) {
    expect(warned).toEqual([]);
    expect(comparable(plan)).toEqual(EXPECTED);
    return;
  }
  expect(warned.length).toBeGreaterThan(0);
  expect(warned.every((w) => typeof w.at?.line === "number")).toBe(true);
  expect(withoutGapWarnings(plan)).toEqual(withoutGapWarnings(EXPECTED));
}

// A fixed seed: the runs are the same on every machine. Sampled (fc.sample) over 8000 settings
// on seeds 21 to 40 (400 each; 31 to 40 never used for tuning), none reads wrong without a
// warning on its own rows (37 did before the causes named above were fixed, 7 with no warning
// at all; earlier, 22 in 2400 before column widths were read from joined full lines, and 15.7%
// before text pulled left was given back): never a test that fails at random (see the text
// package README).
const PROPERTY_SEED = 20_261_127;

describe("the six-column edition in pdftotext -layout form, at other widths", () => {
  test.each(SETTINGS)("columns %o reads to the fixture, or warns the lines it cannot tell", expectReadRight);

  test.each(WARNED_WHERE_WRONG)("columns %o: every row read wrong is warned", (setting) => {
    const reading = readAnyText(renderSixColumns(setting));
    expect(unwarnedMisreads(reading.document)).toEqual([]);
    expect(withoutGapWarnings(parseEdition(reading.document))).not.toEqual(withoutGapWarnings(EXPECTED));
  });

  // The header alone at the foot of its page (line 45 of 46), repeated atop the next page or not:
  // the 112年績效目標值 column is still read (it once lost its targets there).
  test.each([true, false])(
    "a header alone at a page foot keeps every column (header repeated: %s)",
    (repeatHeader) => {
      const setting = { ...HEADER_AT_FOOT, repeatHeader };
      const lines = renderSixColumns(setting).split("\n");
      const foot = lines.findIndex((line) => line.trim() === "-1-");
      expect(lines[foot - 3]?.trim().startsWith("具體策略")).toBe(true);
      expect(lines[foot - 2]?.trim()).toBe("值");
      const plan = parseEdition(readAnyText(lines.join("\n")).document);
      const measures = plan.strategies.flatMap((strategy) => strategy.measures);
      expect(measures.filter((measure) => (measure.targets ?? []).length === 0)).toEqual([]);
      expectReadRight({ ...setting, clean: true });
    },
  );

  test("at random column widths, grids, gaps, faces and page lengths: read right, or warned", () => {
    fc.assert(
      fc.property(sixColumnSetting, (setting) => {
        const reading = readAnyText(renderSixColumns(setting));
        expect(unwarnedMisreads(reading.document)).toEqual([]);
        const plan = withoutGapWarnings(parseEdition(reading.document));
        if (JSON.stringify(plan) === JSON.stringify(withoutGapWarnings(EXPECTED))) return;
        const warned = reading.document.warnings.filter((w) => w.code === "column_gap_ambiguous");
        expect(warned[0]?.message).toContain("give the PDF itself");
      }),
      { numRuns: 160, seed: PROPERTY_SEED },
    );
  }, 120_000);
});
