import { describe, expect, it } from "vitest";
import { restoreHyphens } from "./hyphens.js";

// Lines of fixtures/text/report-2018-zh.raw.txt (pdftotext without -layout of seed 003's PDF):
// the seed spells ARIN-AP with its hyphen throughout.
describe("restoreHyphens: a hyphen pdftotext dropped at a line end", () => {
  it("gives a word back the hyphen the text spells it with elsewhere", () => {
    const text = "如亞太區追討犯罪所得機構網絡(ARINAP)、亞太經濟合作組織(APEC)\n成功利用 ARIN-AP 平臺提供";
    expect(restoreHyphens(text)).toBe(
      "如亞太區追討犯罪所得機構網絡(ARIN-AP)、亞太經濟合作組織(APEC)\n成功利用 ARIN-AP 平臺提供",
    );
  });

  it("leaves words spelled no other way, parts of longer words, digits and two spellings alone", () => {
    expect(restoreHyphens("會前會(PreME)，撥付20172019年")).toBe("會前會(PreME)，撥付20172019年");
    expect(restoreHyphens("ARIN-AP and ARINAPX")).toBe("ARIN-AP and ARINAPX");
    expect(restoreHyphens("2017-2019 and 20172019")).toBe("2017-2019 and 20172019");
    expect(restoreHyphens("co-op, coo-p and coop")).toBe("co-op, coo-p and coop");
  });
});
