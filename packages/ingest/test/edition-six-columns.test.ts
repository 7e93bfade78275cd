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
  withoutGapWarnings,
} from "./support/six-columns.js";

// The six-column edition (fixtures/editions/2023-six-columns.txt) as pdftotext -layout sets a PDF
// of it at column widths, grids, gaps, faces and page lengths its own PDF does not have (see
// support/six-columns.ts). Each named setting reads to the fixture's own document; the property
// draws settings at random: read right, or warned `column_gap_ambiguous` — never silently wrong.
//
// Known misreading (unwarned): at ems [6.5, 9, 7.5, 6.5, 7, 7], grid 1.5, gap 2, Helvetica, 55
// lines a page, `2. 機關首長親 達 80%。` keeps `達` in the indicator cell: both cuts fit the
// column as its lines show it (its 6 other measures once read wrong there now read right).

interface Named extends SixColumnSetting {
  /** Read with no warning (else some lines are warned column_gap_ambiguous, the document right). */
  clean?: boolean;
}

const SETTINGS: Named[] = [
  { ems: [6.5, 8, 8, 7, 9, 7.5], gridPerEm: 1.8, gap: 2, face: 0, spread: 10, pageLines: 60, clean: true },
  { ems: [8, 9, 7, 6.5, 7, 6.5], gridPerEm: 2, gap: 3, face: 1, spread: 5, pageLines: 38, clean: true },
  { ems: [9, 10, 10, 9, 10, 10], gridPerEm: 1.4, gap: 2, face: 1, spread: 10, pageLines: 33, clean: true },
  // Lines the wrap test cannot tell apart by much are warned; each is read right.
  { ems: [7, 7, 10, 8, 6.5, 9], gridPerEm: 1.6, gap: 1, face: 0, spread: 5, pageLines: 50 },
  // Text pulled left after a full line of the column before, where the two fit that column or
  // the column's width is known short: `部(調查局、廉政署) 數（執行措施`, `處、法務部(人事處) 。`,
  // `洽 ） 協辦機關：外交`, `理專案稽核或清查 40 案。`: a measure or two each read wrong, unwarned.
  {
    ems: [6.5, 9.5, 7.5, 9, 6.5, 10],
    gridPerEm: 1.2,
    gap: 1,
    face: 0,
    spread: 2,
    pageLines: 33,
    clean: true,
  },
  { ems: [7, 7.5, 7, 9, 7.5, 9.5], gridPerEm: 1.2, gap: 3, face: 0, spread: 5, pageLines: 34, clean: true },
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

// A fixed seed: the runs are the same on every machine. Sampled (fc.sample) over 420 settings
// on seeds 21 to 26, 5 still read wrong unwarned (1.2%; 66, 15.7%, before text pulled left was
// given back): never a test that fails at random (see the text package README).
const PROPERTY_SEED = 20_261_127;

describe("the six-column edition in pdftotext -layout form, at other widths", () => {
  test.each(SETTINGS)("columns %o reads to the fixture, or warns the lines it cannot tell", expectReadRight);

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
        const plan = withoutGapWarnings(parseEdition(reading.document));
        if (JSON.stringify(plan) === JSON.stringify(withoutGapWarnings(EXPECTED))) return;
        const warned = reading.document.warnings.filter((w) => w.code === "column_gap_ambiguous");
        expect(warned.length).toBeGreaterThan(0);
        expect(warned[0]?.message).toContain("give the PDF itself");
      }),
      { numRuns: 40, seed: PROPERTY_SEED },
    );
  }, 120_000);
});
