import { describe, expect, it } from "vitest";
import { readLayoutText } from "./grid.js";

// Narrow CJK columns set one space apart, as pdftotext -layout sets the 2012 edition's table
// (fixtures/editions/2012-directions.layout.txt, lines 51–78, verbatim).
const TEXT = [
  "肆、具體作為",
  "",
  "具體策略           執行措施               績效目標      辦理機關",
  "",
  "(一)肅貪：",
  "",
  "1. 研議強化政風機構人   強化政風機構人員行政調查及防 定期提報法規建置成     法務部廉政署",
  "員處理貪瀆與不法事項     制貪瀆犯罪等職權，研訂職權行 果。",
  "職權，使其執行職務不     使法規，以使其執行職務超然獨",
  "受不當干預。         立，並踐行依法行政及確實保障",
  "               人權。",
  "",
  "2. 推動增修肅貪法令， 1. 研修「獎勵保護檢舉貪污瀆職 定期提報研修進度。     法務部檢察司、法",
  "強化公私部門課責。    辦法」、「刑法及相關刑事特別                 務部廉政署",
  "             法中關於貪瀆犯罪所得沒收規",
  "             定」等法令。",
  "",
  "               2. 落實貪瀆案件查扣犯罪所得， 1. 每年統計查扣犯罪所 法務部檢察司",
  "               防止不法利益外流。        得金額。 2. 每年提報",
  "                                追繳情形。",
].join("\n");

describe("readLayoutText: CJK cells one space apart", () => {
  const table = readLayoutText(TEXT).blocks.find((block) => block.kind === "table");
  const rows = table?.kind === "table" ? table.rows.map((row) => row.cells.map((c) => c.text)) : [];

  it("never cuts after a list marker, nor at a CJK gap that belongs to the column after next", () => {
    expect(rows[2]).toEqual([
      "2. 推動增修肅貪法令，強化公私部門課責。",
      "1. 研修「獎勵保護檢舉貪污瀆職辦法」、「刑法及相關刑事特別法中關於貪瀆犯罪所得沒收規定」等法令。",
      "定期提報研修進度。",
      "法務部檢察司、法務部廉政署",
    ]);
  });

  it("keeps a cell's inline list whole where the wrap test says so (得金額。 2. 每年提報)", () => {
    expect(rows[3]?.slice(1)).toEqual([
      "2. 落實貪瀆案件查扣犯罪所得，防止不法利益外流。",
      "1. 每年統計查扣犯罪所得金額。 2. 每年提報追繳情形。",
      "法務部檢察司",
    ]);
  });
});
