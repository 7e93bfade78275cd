import { describe, expect, it } from "vitest";
import { readLayoutText } from "./grid.js";

const compact = (cell: string | undefined): string => (cell ?? "").replace(/\s+/gu, "");
function tableOf(text: string): { header: string[] | null; rows: string[][] } {
  const table = readLayoutText(text).blocks.find((block) => block.kind === "table");
  if (table?.kind !== "table") return { header: null, rows: [] };
  return {
    header: table.header?.map(compact) ?? null,
    rows: table.rows.map((row) => row.cells.map((cell) => compact(cell.text))),
  };
}

// A column narrower than the column search's separation: WeasyPrint sizes the six-column
// edition's strategy column by its longest word, two characters (具體 / 策略), its text set five
// grid columns left of the measures'. The table's first page, with nine lines only (pdftotext
// -layout of fixtures/editions/2023-six-columns.txt printed by WeasyPrint, verbatim).
const WEASYPRINT_FIRST_PAGE = [
  "肆、具體作為",
  "",
  " 具體   執行措施            績效目標                  辦理機關      績效衡量指     112年績效",
  " 策略                                                   標         目標值",
  "",
  " 一、   (一) 建構整體有系統     1. 各機關每年就機關           績效目標 1    1. 每年依據   1. 各機關提",
  " 強化   性的政府機關廉政風       整體業務狀況，定期             至 5 主辦機   廉政風險評     出廉政風險",
  " 機關   險評估及管理方法，       辦理廉政風險評估，             關：各機      估採取適當     評估並採取",
  " 廉政   滾動式檢討修正，針       全面整體性檢視更              關、法務部     的措施。 2.   適當的措施",
  " 經營   對重要國家政策採取       新、滾動修正機關廉             (廉政署)     機關首長親     達 80%。",
  " 責任   適當廉政風險管理對       政風險人員及事件，             績效目標 6    自主持廉政     2. 全年機關",
  " 制    策，並藉由推動有效       並簽報機關首長，落             協辦機關：     會報或相關     首長親自主",
  " 度，   的激勵措施，樹立典                             經濟部、交     會議，列管     持廉政會報",
].join("\n");

describe("readLayoutText: a column two characters wide", () => {
  it("finds it beside the next column five grid columns on (WeasyPrint's 具體 / 策略)", () => {
    const { header, rows } = tableOf(WEASYPRINT_FIRST_PAGE);
    expect(header).toEqual([
      "具體策略",
      "執行措施",
      "績效目標",
      "辦理機關",
      "績效衡量指標",
      "112年績效目標值",
    ]);
    expect(rows[0]?.[0]).toBe("一、強化機關廉政經營責任制度，");
    expect(rows[0]?.[1]).toMatch(/^\(一\)建構整體有系統性的政府機關/u);
    expect(rows[0]?.[3]).toMatch(/^績效目標1至5主辦機關：各機關、法務部\(廉政署\)績效目標6/u);
  });
});
