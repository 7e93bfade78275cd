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

// The report printed by WeasyPrint, labels 3 em wide
// (fixtures/text/producers/browser/report-2018-zh-weasyprint-serif-9pt-l3.layout.txt): record 7's
// target left at the page's foot after a blank line, its label `107年` / `績效目` / `標值` alone
// atop the next page after `序次  7` again. The grid gives such a table record column 1.
describe("cellsFromPageFoot: a key/value row split at the page end", () => {
  const records = [
    band(200, [["序次", "6"]]),
    band(202, [["107年績效目標值", "完成專案稽核 80 案。"]]),
    band(204, [["序次", "7"]]),
    band(206, [["績效衡量指標", "每年完成政治獻金專戶開立及處罰統計情形。"]]),
  ];
  const value = band(209, [["", "蒐集及統計各種公職人員選舉各擬參選人專戶設置情形及裁罰資料。"]]);
  const head = band(220, [["序次", "7"]], true);
  const achieved = band(228, [
    ["107年度(1月至12月)績效目標達成情形", "1.107年度許可政治獻金專戶 2,322 戶。"],
  ]);

  it("gives the value to the label alone atop the next page, past the record head repeated", () => {
    const label = band(222, [
      ["107年", ""],
      ["績效目", ""],
      ["標值", ""],
    ]);
    const bands = [...records, value, head, label, achieved];
    const rows = bands.map(rowOf);
    expect([...cellsFromPageFoot(bands, rows, 1)]).toEqual([4]);
    expect(rows[6]?.cells).toEqual([
      { text: "107年績效目標值" },
      { text: "蒐集及統計各種公職人員選舉各擬參選人專戶設置情形及裁罰資料。" },
    ]);
  });

  // WeasyPrint, B5 in the sans face at 12 pt, labels 7 em: record 8's achievement begins at the
  // page's foot (`1. 遊說法宣導…5月11日假刑事`), its label atop the next page beside the rest.
  it("gives a value stopped mid-sentence to the label atop the next page, before its own value", () => {
    const started = band(209, [["", "1. 遊說法宣導及訓練辦理情形：內政部分別於5月11日假刑事"]]);
    const label = band(222, [["107年績效目標值", "警察局中部打擊犯罪中心辦理，共計8場次。"]]);
    const bands = [...records, started, head, label];
    const rows = bands.map(rowOf);
    expect([...cellsFromPageFoot(bands, rows, 1)]).toEqual([4]);
    expect(rows[6]?.cells[1]?.text).toBe(
      "1. 遊說法宣導及訓練辦理情形：內政部分別於5月11日假刑事警察局中部打擊犯罪中心辦理，共計8場次。",
    );
    // A value that ends its sentence, beside a label with a value of its own: the row above's.
    const ended = band(209, [["", "蒐集及統計各種公職人員選舉各擬參選人專戶設置情形及裁罰資料。"]]);
    const after = [...records, ended, head, label];
    expect(cellsFromPageFoot(after, after.map(rowOf), 1).size).toBe(0);
  });

  it("leaves it to the row above where the label alone is no label the table uses", () => {
    const tail = band(222, [["成情形", ""]]);
    const bands = [...records, value, head, tail, achieved];
    expect(cellsFromPageFoot(bands, bands.map(rowOf), 1).size).toBe(0);
  });
});
