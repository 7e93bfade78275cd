import { describe, expect, it } from "vitest";
import { readLayoutText } from "../grid.js";
import { headerBlockKey } from "./header-block.js";

// The 2012 edition printed by WeasyPrint on US Letter in the sans face, through pdftotext -layout
// (fixtures/editions/producers/browser/2012-directions-weasyprint-letter-sans.layout.txt, two
// sections cut short): the first section's table wraps its last label (`辦理機` / `關`), the second's
// does not. The second header was not taken for the first's again, so 二、… was read as a row of the
// first table: the section lost, its first measure gone, the next measures one place up.
const text = [
  "肆、具體作為",
  "",
  "一、加強肅貪防貪",
  "",
  "具體策略           執行措施                  績效目標        辦理機",
  "                                                 關",
  "",
  "(一)肅貪：",
  "",
  "1. 研議強化政風機構人   強化政風機構人員行政調查及防制貪      定期提報法規建     法務部",
  "員處理貪瀆與不法事項     瀆犯罪等職權，研訂職權行使法規，      置成果。        廉政署",
  "職權，使其執行職務不     以使其執行職務超然獨立，並踐行依",
  "受不當干預。         法行政及確實保障人權。",
  "",
  "二、落實陽光法令與透明課責",
  "",
  "具體策略         執行措施                    績效目標      辦理機關",
  "",
  "(一)陽光法令：",
  "",
  "1. 落實公職人員財   1. 加強宣導「公職人員財產申報        每年提報舉辦宣   法務部、監察",
  "產申報及利益衝突     法」及「公職人員利益衝突迴避          導說明會場次及   院",
  "迴避制度。        法」，並執行案件審核調查。           審議件數。",
];

describe("a header repeated under the next table's heading, its label wrapped in one of the two", () => {
  it("has the same key wrapped or not", () => {
    expect(headerBlockKey(text, 4)).toBe(headerBlockKey(text, 16));
    // (The row below a header is no wrapped label: `(一)肅貪：` holds punctuation.)
    expect(headerBlockKey(text, 4)).not.toBe(headerBlockKey(["具體策略  執行措施  績效目標  辦理機"], 0));
  });

  it("ends the first table at the second's heading", () => {
    const doc = readLayoutText(text.join("\n"));
    const blocks = doc.blocks.map((block) =>
      block.kind === "table" ? `table ${block.rows.length}` : block.text,
    );
    expect(blocks).toContain("二、落實陽光法令與透明課責");
    const tables = doc.blocks.filter((block) => block.kind === "table");
    expect(tables).toHaveLength(2);
    const last = tables[1]?.kind === "table" ? tables[1].rows.at(-1)?.cells.map((cell) => cell.text) : [];
    expect(last?.[3]).toBe("法務部、監察院");
  });
});
