import { describe, expect, it } from "vitest";
import { extractQuantities, parseAmount } from "./quantities.js";

describe("extractQuantities", () => {
  it("reads the acceptance amount as TWD money", () => {
    expect(parseAmount("1 億 1,129 萬 5,690 元")).toEqual({
      value: 111295690,
      unit: "元",
      kind: "money",
      currency: "TWD",
      raw: "1 億 1,129 萬 5,690 元",
    });
  });

  it("gives each quantity the top-level item it sits in", () => {
    const text =
      "計 193 案： 1. 專案稽核 123 案，48 人次。 2. 專案清查 70 案： (1) 擇定 11 項。 (2) 陳報 59 案。";
    expect(extractQuantities(text).map((q) => [q.raw, q.itemNumber])).toEqual([
      ["193 案", null],
      ["123 案", 1],
      ["48 人次", 1],
      ["70 案", 2],
      ["11 項", 2],
      ["59 案", 2],
    ]);
  });

  it("leaves itemNumber out when the text has no numbered items", () => {
    expect(extractQuantities("計 476 件")[0]).not.toHaveProperty("itemNumber");
  });

  it("skips dates, ordinals, document numbers and markers but keeps what sits between them", () => {
    const text =
      "1.107年度於107年5月2日(第3階段)依院臺法字第 1080029452 號辦理 2 場次，2022 年 8 月 16 日至 19 日計 5 人";
    expect(extractQuantities(text).map((q) => q.raw)).toEqual(["2 場次", "5 人"]);
  });

  it("counts 員 after Arabic digits as people, not after a Chinese numeral", () => {
    // Seed 003 序次 10: 空軍航空技術學院學生 1,165 員參訓聆聽.
    expect(extractQuantities("學院學生 1,165 員參訓聆聽").map((q) => [q.raw, q.value, q.kind])).toEqual([
      ["1,165 員", 1165, "people"],
    ]);
    expect(extractQuantities("成為國際社會的一員")).toEqual([]);
  });

  it("reads 為期 N 年 as a duration, not as the year N", () => {
    // Seed 003 序次 44: 技術協助及訓練計畫，每次為期2年.
    expect(
      extractQuantities("訓練計畫，每次為期2年，並以").map((q) => [q.raw, q.value, q.unit, q.kind]),
    ).toEqual([["2年", 2, "年", "other"]]);
  });

  it("keeps raw spans exact in the original text, full width included", () => {
    const text = "達成率７０％，約 69 萬餘美金";
    for (const q of extractQuantities(text)) expect(text).toContain(q.raw);
    expect(extractQuantities(text).map((q) => q.value)).toEqual([70, 690000]);
  });
});

describe("numbers too large for a double", () => {
  it("are left out of the quantities, the others kept (the report parser warns about them)", () => {
    const text = `簽署聲明書 ${"9".repeat(400)} 件，完成率為100%，計 3 場`;
    const found = extractQuantities(text);
    expect(found.map((q) => q.raw)).toEqual(["100%", "3 場"]);
    expect(found.every((q) => Number.isFinite(q.value))).toBe(true);
  });
});
