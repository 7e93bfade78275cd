import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bigramDice, comparableText } from "./similarity.js";

describe("bigramDice", () => {
  it("is 1 for the same measure whatever its marker, spacing or punctuation", () => {
    expect(
      bigramDice("(一) 推動優質企業(AEO)認證及管理機制。", "（七）推動優質企業（AEO）認證及管理機制"),
    ).toBe(1);
  });
  it("is 0 for texts that share no two characters in a row", () => {
    expect(bigramDice("強化政治獻金監督", "鼓勵檢舉人")).toBe(0);
  });
  it("ranks a reworded measure above an unrelated one", () => {
    const report = "強化政治獻金監督及公開機制，促進政治環境之公平、公正。";
    const reworded =
      "推動「政治獻金法」修法作業，政治獻金會計報告書全面上網公開，強化政治獻金監督及公開機制，促進政治環境之公平、公正。";
    const unrelated = "落實遊說登記制度，推廣與精進遊說線上登記系統，辦理遊說法宣導活動及教育訓練工作。";
    expect(bigramDice(report, reworded)).toBeGreaterThan(bigramDice(report, unrelated));
  });
  it("is symmetric and between 0 and 1", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const ab = bigramDice(a, b);
        expect(ab).toBe(bigramDice(b, a));
        expect(ab).toBeGreaterThanOrEqual(0);
        expect(ab).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe("comparableText", () => {
  it("drops the leading marker, punctuation and spaces", () => {
    expect(comparableText("(十) 鼓勵檢舉，加強 APEC 合作。")).toBe("鼓勵檢舉加強apec合作");
  });
});
