import type { RawRow } from "@lianzheng/layout";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { giveFootCellsOn } from "./foot-cells.js";

const HEADER = ["具體策略", "執行措施", "績效目標", "辦理機關"];
const row = (cells: string[], page: number, extra: Partial<RawRow> = {}): RawRow => ({
  cells: cells.map((text) => ({ text, pageStart: page, pageEnd: page })),
  pageStart: page,
  pageEnd: page,
  ...extra,
});
/** The plan's rows around a page break: (六) ends page 8, its foot holds (七)'s one-line goal. */
const table = (foot: string[], top: string[], topExtra: Partial<RawRow> = {}): RawRow[] => [
  row(HEADER, 1),
  row(["九、推動國際合作。", "(五) 建立全面性之國內管理。", "每年提報執行情形。", "行政院洗錢防制辦公室"], 8),
  row(["", "(六) 為有效打擊貪腐。", "定期統計執行情形。", "法務部(檢察司)"], 8),
  row(foot, 8),
  row(top, 9, { breakBefore: true, ...topExtra }),
  row(["", "(八) 策略性提升。", "1. 法務部加強拓展。", "法務部(廉政署)"], 9),
];
const texts = (rows: readonly RawRow[]) => rows.map((r) => r.cells.map((c) => c.text));

describe("giveFootCellsOn", () => {
  test("a cell alone at a page's foot goes to the row the next page opens, its column empty there", () => {
    const warnings: { code: string }[] = [];
    const rows = table(
      ["", "", "每年統計執行情形。", ""],
      ["", "(七) 強化追緝外逃。", "", "法務部(國際及兩岸法律司)"],
      {
        continuesPrevious: true,
      },
    );
    const out = giveFootCellsOn(rows, warnings as never);
    expect(texts(out).slice(3)).toEqual([
      ["", "(七) 強化追緝外逃。", "每年統計執行情形。", "法務部(國際及兩岸法律司)"],
      ["", "(八) 策略性提升。", "1. 法務部加強拓展。", "法務部(廉政署)"],
    ]);
    // One row over both pages, a row of its own (its measure opens an item), still after a break.
    expect(out[3]).toMatchObject({ pageStart: 8, pageEnd: 9, breakBefore: true });
    expect(out[3]?.continuesPrevious).toBeUndefined();
    expect(out[3]?.cells[2]).toMatchObject({ pageStart: 8, pageEnd: 9 });
    expect(warnings).toMatchObject([{ code: "cell_from_page_before", severity: "info", at: { page: 8 } }]);
    // The rows given are not changed.
    expect(rows[4]?.cells[2]?.text).toBe("");
  });

  test("two cells alone at the foot (a goal and its agency) go on together", () => {
    const out = giveFootCellsOn(
      table(["", "", "進行修法研議。", "法務部(檢察司)"], ["", "(十一) 研修貪污治罪條例。", "", ""]),
      [],
    );
    expect(texts(out)[3]).toEqual(["", "(十一) 研修貪污治罪條例。", "進行修法研議。", "法務部(檢察司)"]);
  });

  test("a list started at the foot goes on in the row the next page opens (cells centred in their rows)", () => {
    const warnings: { code: string }[] = [];
    const rows = table(
      ["", "", "1. 推動設置公司治理主管。", ""],
      ["", "(八) 強化企業互動。", "2. 辦理企業誠信論壇。", "經濟部"],
    );
    expect(texts(giveFootCellsOn(rows, warnings as never))[3]).toEqual([
      "",
      "(八) 強化企業互動。",
      "1. 推動設置公司治理主管。\n2. 辦理企業誠信論壇。",
      "經濟部",
    ]);
    expect(warnings).toMatchObject([{ code: "cell_from_page_before" }]);
    // A list that starts again (1.), or goes on in another style, is the row above's.
    for (const goal of ["1. 辦理企業誠信論壇。", "(2) 辦理企業誠信論壇。"]) {
      const other = table(["", "", "1. 推動。", ""], ["", "(八) 強化。", goal, "經濟部"]);
      expect(giveFootCellsOn(other, [])).toEqual(other);
    }
  });

  test("the foot stays where the next page's row fills its column, or opens no record", () => {
    const filled = table(["", "", "每年統計執行情形。", ""], ["", "(七) 強化追緝。", "另一目標。", "法務部"]);
    expect(giveFootCellsOn(filled, [])).toEqual(filled);
    const goesOn = table(["", "", "每年統計執行情形。", ""], ["", "並配合查核。", "", "法務部"]);
    expect(giveFootCellsOn(goesOn, [])).toEqual(goesOn);
    // With text in the record column, the foot is a row of its own.
    const own = table(["", "(七) 強化。", "每年統計。", ""], ["", "(八) 策略。", "", "法務部"]);
    expect(giveFootCellsOn(own, [])).toEqual(own);
  });

  test("a key/value value begun at the foot under no label is a row, its label alone atop the next page", () => {
    const pair = (label: string, value: string, page: number, extra: Partial<RawRow> = {}) =>
      row([label, value], page, extra);
    const rows = [
      pair("序次", "5", 4),
      pair("績效衡量指標", "1. 辦理宣導說明會場次。", 4),
      pair("", "1. 宣導 530 場。 2. 案件審核 580 件。", 4),
      pair("107年績效目標值", "", 5, { breakBefore: true }),
      pair("107年度績效目標達成情形", "辦理宣導合計 948 場。", 5),
    ];
    const out = giveFootCellsOn(rows, []);
    expect(out[2]).toEqual({ ...rows[2], continuesPrevious: false });
    expect(out.filter((r, k) => r !== rows[k])).toHaveLength(1);
    // A label with its own value after the break, or a label at the foot: nothing is marked.
    const valued = rows.map((r, k) =>
      k === 3 ? pair("107年績效目標值", "宣導 530 場。", 5, { breakBefore: true }) : r,
    );
    expect(giveFootCellsOn(valued, [])).toEqual(valued);
  });

  test("the foot stays where no page break follows it", () => {
    const rows = table(["", "", "每年統計執行情形。", ""], ["", "(七) 強化追緝。", "", "法務部"], {
      breakBefore: false,
    });
    expect(giveFootCellsOn(rows, [])).toEqual(rows);
  });

  test("the foot stays under a record cell spanning down over it (a ruled table's merged measure)", () => {
    const rows = table(["", "", "2. 第二個目標。", ""], ["", "(七) 強化追緝。", "", "法務部"]);
    const spanning = rows[2]?.cells[1];
    if (spanning) spanning.rowSpan = 2;
    expect(giveFootCellsOn(rows, [])).toEqual(rows);
  });

  test("rows with no page break among them are never changed", () => {
    const cell = fc.constantFrom("", "", "一、甲", "(二) 乙", "1. 丙。", "丁。");
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 4, maxLength: 4 }), { maxLength: 8 }), (cells) => {
        const rows = [row(HEADER, 1), ...cells.map((c) => row(c, 1))];
        const warnings: unknown[] = [];
        expect(giveFootCellsOn(rows, warnings as never)).toEqual(rows);
        expect(warnings).toEqual([]);
      }),
    );
  });
});
