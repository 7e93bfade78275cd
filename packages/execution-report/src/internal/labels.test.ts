import { describe, expect, it } from "vitest";
import { isCutLabel, looksLikeLabel } from "./labels.js";

describe("looksLikeLabel", () => {
  it("takes short label cells", () => {
    expect(looksLikeLabel("序次")).toBe(true);
    expect(looksLikeLabel("107年執行效益")).toBe(true);
    expect(looksLikeLabel("106年及107年績效目標「達成率」及執行成果比較")).toBe(true);
  });
  it("refuses text that lost its leading empty cell", () => {
    expect(looksLikeLabel("3. 海洋委員會海巡署業於 107 年")).toBe(false);
    expect(looksLikeLabel("復興崗校區，以「強化廉政忠誠核心價值」為題")).toBe(false);
    expect(looksLikeLabel("已達績效目標值。")).toBe(false);
    expect(looksLikeLabel("(4) 推動高階幹部廉潔教育")).toBe(false);
    expect(looksLikeLabel("")).toBe(false);
  });
});

describe("isCutLabel", () => {
  it.each([
    "107年度(1月至12月)績",
    "107年度(1月至12 月)",
    "107年度(1月",
    "107 年績效目標",
    "目標達成情形",
    "成情形",
    "績效目標值",
  ])("%s is a known label cut", (label) => {
    expect(isCutLabel(label)).toBe(true);
  });

  it.each([
    "107年度(1月至12月)績效目標達成情形",
    "107年績效目標值",
    "績效目標",
    "107年特殊績效及亮點成果",
    "107年執行效益",
    "106年及107年績效目標「達成率」及執行成果比較",
    "分組主辦機關列管說明",
  ])("%s is not", (label) => {
    expect(isCutLabel(label)).toBe(false);
  });
});
