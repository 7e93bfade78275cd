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

const SIX_LABELS = ["具體策略", "執行措施", "績效目標", "辦理機關", "績效衡量指標", "112年績效目標值"];

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
    expect(header).toEqual(SIX_LABELS);
    expect(rows[0]?.[0]).toBe("一、強化機關廉政經營責任制度，");
    expect(rows[0]?.[1]).toMatch(/^\(一\)建構整體有系統性的政府機關/u);
    expect(rows[0]?.[3]).toMatch(/^績效目標1至5主辦機關：各機關、法務部\(廉政署\)績效目標6/u);
  });
});

// Chromium on Letter at 10 pt: a first column three characters wide (具體策 / 略, 一、強 / 化機關)
// set one space before the measures', which never start a piece on the page; only the header
// shows where they start (the table's first page, pdftotext -layout, verbatim).
const CHROMIUM_LETTER_10PT_FIRST_PAGE = [
  "肆、具體作為",
  "具體策 執行措施           績效目標           辦理機關       績效衡量指     112年績效目",
  "略                                            標         標值",
  "一、強 (一) 建構整體有系統性的政 1. 各機關每年就機關整體業 績效目標 1 至 5 1. 每年依據   1. 各機關提",
  "化機關 府機關廉政風險評估及管理 務狀況，定期辦理廉政風險 主辦機關：各 廉政風險評             出廉政風險評",
  "廉政經 方法，滾動式檢討修正，針 評估，全面整體性檢視更 機關、法務部 估採取適當              估並採取適當",
  "營責任 對重要國家政策採取適當廉 新、滾動修正機關廉政風險 (廉政署)          的措施。 2.   的措施達",
  "制度， 政風險管理對策，並藉由推 人員及事件，並簽報機關首 績效目標 6 協 機關首長親           80%。 2. 全",
  "落實風 動有效的激勵措施，樹立典 長，落實預警機制及廉政風 辦機關：經濟 自主持廉政             年機關首長親",
  "險控管 範，鼓勵各級政府機關重視 險管理。             部、交通部、 會報或相關         自主持廉政會",
  "作為。                               行政院農業委 會議，列管         報比率達",
  "                             -1-",
].join("\n");

describe("readLayoutText: columns only the header shows", () => {
  it("takes them from the header's labels (Chromium's 具體策 執行措施, one space apart)", () => {
    const { header, rows } = tableOf(CHROMIUM_LETTER_10PT_FIRST_PAGE);
    expect(header).toEqual(SIX_LABELS);
    expect(rows[0]?.[0]).toBe("一、強化機關廉政經營責任制度，落實風險控管作為。");
    expect(rows[0]?.[1]).toMatch(/^\(一\)建構整體有系統性的政府機關廉政風險評估.*鼓勵各級政府機關重視$/u);
    expect(rows[0]?.[2]).toMatch(/^1\.各機關每年就機關整體業務狀況.*落實預警機制及廉政風險管理。$/u);
    expect(rows[0]?.[5]).toBe(
      "1.各機關提出廉政風險評估並採取適當的措施達80%。2.全年機關首長親自主持廉政會報比率達",
    );
  });
});
