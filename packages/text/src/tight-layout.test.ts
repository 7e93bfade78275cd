import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectTextForm } from "./forms.js";
import { readLayoutText } from "./grid.js";

// A browser's PDF (Chromium's) through pdftotext -layout: cells one space apart, rows back to
// back. Page 2 of fixtures/text/producers/plan-2023-zh-chromium.layout.txt, verbatim (its header
// `具體策 執行措施` one space apart), under the section heading; cells read off seed 001.
const page = [
  "肆、具體作為",
  "具體策 執行措施                  績效目標               辦理機關",
  "略",
  "                          4. 機關對於已發生之貪瀆違失案件 政院公共工程委員",
  "                          採取有效的危機處理機制。       會、財政部、教育部",
  "                          5. 對機關廉政風險防制成效檢討獎",
  "                          懲，落實課責機制。",
  "                          6. 協辦機關針對企業補助及核發許",
  "                          可證業務衍生之可能貪腐問題採取",
  "                          有效的廉政風險管理機制。",
  "      (二) 結合各機關廉政風險評估結果， 每年提報針對廉政高風險辦理專案 各機關、法務部(廉",
  "      針對貪腐高風險業務實施稽核清查及 稽核清查工作件數及成效。          政署)",
  "      追蹤管考，並研提興利防弊作法，簽",
  "      報機關首長列管執行。",
  "      (三) 辦理政府採購稽核及公共工程施 每年提報稽核及查核案件數與成 各機關、行政院公共",
  "      工品質查核，促使機關確實依法辦理 果。                    工程委員會",
  "      採購或施工案件，建構公平、公開之",
  "      採購環境，並確保公共工程施工品",
  "      質。",
  "      (四) 妥善規劃及爭取拓展廉政工作必 法務部(廉政署)推動組訓工作，充實 主辦機關：法務部",
  "      要的資源，提升廉政人員專業領域知 學養知能。                 (廉政署) 協辦機關：",
  "      能，鼓勵廉政人員參與業務相關研習                       行政院人事行政總",
  "      進修及證照考試，充實政風人員訓練                       處、行政院主計總",
  "      中心在職訓練，使廉政工作的推展愈                       處、法務部(人事處)",
];

describe("a browser's tight -layout table", () => {
  it("is layout text, though hardly a line has a gap of two spaces", () => {
    expect(detectTextForm(page.join("\n"))).toBe("layout");
  });

  it("reads its header one space apart as four columns, and its rows where measures start", () => {
    const doc = readLayoutText(page.join("\n"));
    const table = doc.blocks.find((block) => block.kind === "table");
    expect(table?.kind === "table" && table.header).toEqual(["具體策略", "執行措施", "績效目標", "辦理機關"]);
    const rows = table?.kind === "table" ? table.rows.map((row) => row.cells.map((cell) => cell.text)) : [];
    // The first row goes on from the page before (no strategy, no measure), then (二) to (四).
    expect(rows.map((cells) => cells[1]?.slice(0, 3) ?? "")).toEqual(["", "(二)", "(三)", "(四)"]);
    expect(rows[0]?.[3]).toBe("政院公共工程委員會、財政部、教育部");
    expect(rows[1]?.[2]).toBe("每年提報針對廉政高風險辦理專案稽核清查工作件數及成效。");
    expect(rows[1]?.[3]).toBe("各機關、法務部(廉政署)");
    expect(rows[2]?.[3]).toBe("各機關、行政院公共工程委員會");
    expect(rows[3]?.[2]).toBe("法務部(廉政署)推動組訓工作，充實學養知能。");
  });
});

// The six-column edition printed by Chromium on US Letter at 11 pt, through pdftotext -layout: its
// first page and the next page's top, verbatim (lines 27–72 of
// fixtures/editions/producers/browser/2023-six-columns-chromium-letter-11pt.layout.txt). The last
// two header labels stand one space apart, the second opening with a year (`績效衡量指 112年績效`):
// read as one label with digits, the line was no header, and the table started a line lower with
// three columns, its measures lost.
const letter = readFileSync(
  new URL(
    "../../../fixtures/editions/producers/browser/2023-six-columns-chromium-letter-11pt.layout.txt",
    import.meta.url,
  ),
  "utf8",
)
  .split("\n")
  .slice(26, 72);

describe("a browser's tight -layout header whose label opens with a year one space after the label before", () => {
  it("names six columns, and the rows read under them", () => {
    expect(letter[1]).toContain("績效衡量指 112年績效");
    const doc = readLayoutText(letter.join("\n"));
    const table = doc.blocks.find((block) => block.kind === "table");
    expect(table?.kind === "table" && table.header).toEqual([
      "具體策略",
      "執行措施",
      "績效目標",
      "辦理機關",
      "績效衡量指標",
      "112年績效目標值",
    ]);
    const rows = table?.kind === "table" ? table.rows.map((row) => row.cells.map((cell) => cell.text)) : [];
    expect(rows[0]?.[0]).toMatch(/^一、強化機關廉政經營責任制/u);
    const second = rows.find((cells) => cells[1]?.startsWith("(二)"));
    expect(second?.[2]).toBe("每年提報針對廉政高風險辦理專案稽核清查工作件數及成效。");
    expect(second?.[3]).toBe("各機關、法務部(廉政署)");
  });
});
