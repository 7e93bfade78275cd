import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifyLabel } from "./report-labels.js";

describe("classifyLabel", () => {
  it.each([
    ["序次", "seq"],
    ["具體策略", "strategy"],
    ["執行措施", "measure"],
    ["績效目標", "performanceGoals"],
    ["辦理機關", "agencies"],
    ["績效衡量指標", "indicators"],
    ["分組主辦機關列管說明", "other"],
    ["106年及107年績效目標「達成率」及執行成果比較", "other"],
    ["107年特殊績效及亮點成果", "other"],
  ])("reads %s as %s", (label, kind) => {
    expect(classifyLabel(label).kind).toBe(kind);
  });

  it.each([
    ["107年績效目標值", "target", 107],
    ["107 年績效目標值", "target", 107],
    ["108年績效目標值", "target", 108],
    ["112 年度績效目標值", "target", 112],
    ["１０７年績效目標值", "target", 107],
    ["107年度(1月至12月)績效目標達成情形", "achievement", 107],
    ["107 年度(1 月至 12 月)績效目標達成情形", "achievement", 107],
    ["112年度（1月至12月）績效目標達成情形", "achievement", 112],
    ["108年績效目標達成情形", "achievement", 108],
  ])("captures the year of %s", (label, kind, rocYear) => {
    expect(classifyLabel(label)).toEqual({ kind, rocYear });
  });

  it("captures any year however the label is spaced", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10, max: 999 }),
        fc.array(fc.constantFrom(" ", "", "\u3000"), { minLength: 8, maxLength: 8 }),
        (year, gaps) => {
          const [a, b, c, d, e, f, g, h] = gaps;
          const target = `${year}${a}年${b}績效目標值`;
          const achievement = `${year}${c}年度${d}(1${e}月至${f}12${g}月)${h}績效目標達成情形`;
          expect(classifyLabel(target)).toEqual({ kind: "target", rocYear: year });
          expect(classifyLabel(achievement)).toEqual({ kind: "achievement", rocYear: year });
        },
      ),
    );
  });
});
