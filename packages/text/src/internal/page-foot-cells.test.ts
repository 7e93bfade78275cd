import type { RawRow } from "@lianzheng/layout";
import { describe, expect, it } from "vitest";
import type { Band } from "./grid-lines.js";
import { cellsFromPageFoot } from "./page-foot-cells.js";

// The six-column edition printed by WeasyPrint on A4 landscape in the sans face
// (fixtures/editions/producers/browser/2023-six-columns-weasyprint-landscape-sans.layout.txt):
// row (十六), then `辦理 147 件。` alone at the page's foot, then atop the next page the header
// again and row (十七) with its target column empty. Cells cut short; lines as the file has them.

const band = (
  first: number,
  lines: string[][],
  pageBreak = false,
  firstText = lines[0]?.join("  ") ?? "",
): Band => ({
  lines,
  firstText,
  texts: lines.map((cells) => cells.join("  ")),
  first,
  last: first + lines.length - 1,
  pageBreak,
});
const rowOf = (bandOf: Band): RawRow => ({
  cells: (bandOf.lines[0] ?? []).map((_, column) => ({
    text: bandOf.lines
      .map((cells) => cells[column] ?? "")
      .filter(Boolean)
      .join(""),
  })),
});

const sixteen = band(491, [
  [
    "",
    "(十六) 推動「刑事案件妥適量刑法」草",
    "1. 司法院儘速通過",
    "司法院、法務部(檢察",
    "每年提報辦理情",
    "1. 辦理宣導 64 場",
  ],
]);
const foot = band(500, [["", "", "", "", "", "辦理 147 件。"]]);
const header = band(
  509,
  [
    ["具體策", "執行措施", "績效目標", "辦理機關", "績效衡量指標", "112年績效目標值"],
    ["略", "", "", "", "", ""],
  ],
  true,
  "具體策   執行措施   績效目標   辦理機關   績效衡量指標   112年績效目標值",
);
const seventeen = band(512, [
  [
    "",
    "(十七) 強化與在臺跨國企業聯繫，建立",
    "法務部(調查局)若接獲",
    "主辦機關：法務部(調",
    "1. 辦理宣導活動",
    "",
  ],
]);

describe("cellsFromPageFoot: a cell left at a page's foot by a row split at the page end", () => {
  it("gives it to the row atop the next page, which leaves that column empty", () => {
    const bands = [sixteen, foot, header, seventeen];
    const rows = bands.map(rowOf);
    expect([...cellsFromPageFoot(bands, rows, 1)]).toEqual([1]);
    expect(rows[3]?.cells[5]?.text).toBe("辦理 147 件。");
  });

  it("leaves it to the row above where the next page's row has that cell, or the page goes on", () => {
    const full = band(512, [[...(seventeen.lines[0] ?? []).slice(0, 5), "另一目標。"]]);
    const bands = [sixteen, foot, header, full];
    expect(cellsFromPageFoot(bands, bands.map(rowOf), 1).size).toBe(0);
    const samePage = [sixteen, foot, { ...seventeen, pageBreak: false }];
    expect(cellsFromPageFoot(samePage, samePage.map(rowOf), 1).size).toBe(0);
  });

  it("leaves a band with text in the record column, or a next row that opens no record", () => {
    const withRecord = band(500, [["", "並持續辦理。", "", "", "", "辦理 147 件。"]]);
    const bands = [sixteen, withRecord, header, seventeen];
    expect(cellsFromPageFoot(bands, bands.map(rowOf), 1).size).toBe(0);
    const goesOn = band(512, [["", "秘書(在境外無司法偵查權)", "將積極調查偵處。", "", "", ""]], true);
    const onward = [sixteen, foot, goesOn];
    expect(cellsFromPageFoot(onward, onward.map(rowOf), 1).size).toBe(0);
  });
});
