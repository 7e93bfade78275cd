import { ActionPlan, type Measure, type Source } from "@lianzheng/model";
import { describe, expect, it } from "vitest";
import { mergeTranslations } from "./merge.js";

const source: Source = { path: "p.txt", format: "text", sha256: "0".repeat(64), bytes: 1 };

function measure(id: string, text: string, goals: number): Measure {
  const [strategy, number] = id.split(".").map(Number);
  return {
    id,
    strategy: strategy ?? 1,
    number: number ?? 1,
    text,
    performanceGoals: Array.from({ length: goals }, (_, index) => ({
      number: goals > 1 ? index + 1 : null,
      text: `${text}${index}`,
    })),
    agencies: [{ agencyId: "moj", name: text, role: "executing" }],
    agencyText: `${text} agency`,
  };
}

function plan(language: "zh-Hant" | "en", strategies: Array<[number, string, Measure[]]>): ActionPlan {
  return {
    id: `action-plan.${language.toLowerCase()}.0`,
    kind: "action-plan",
    language,
    title: "t",
    source,
    warnings: [],
    goals: [],
    sections: [],
    strategies: strategies.map(([number, title, measures]) => ({ number, title, measures })),
  };
}

describe("mergeTranslations", () => {
  const zh = plan("zh-Hant", [
    [1, "甲", [measure("1.1", "甲一", 1), measure("1.2", "甲二", 2)]],
    [2, "乙", [measure("2.1", "乙一", 1)]],
  ]);
  const en = plan("en", [[1, "A", [measure("1.2", "A two", 3), measure("1.3", "A three", 1)]]]);

  it("attaches the English text to the Chinese measure with the same id", () => {
    const { plan: merged } = mergeTranslations(zh, en);
    expect(ActionPlan.safeParse(merged).success).toBe(true);
    expect(merged.strategies[0]?.measures[1]?.translations?.en).toEqual({
      text: "A two",
      performanceGoals: en.strategies[0]?.measures[0]?.performanceGoals,
      agencyText: "A two agency",
      agencies: en.strategies[0]?.measures[0]?.agencies,
    });
    expect(merged.strategies[0]?.translations?.en?.title).toBe("A");
    expect(merged.strategies[1]?.translations).toBeUndefined();
    expect(merged.strategies[0]?.measures[0]?.translations).toBeUndefined();
  });

  it("reports measures on one side only and goal counts that differ", () => {
    const { plan: merged, report } = mergeTranslations(zh, en);
    expect(report).toEqual({ onlyInZh: ["1.1", "2.1"], onlyInEn: ["1.3"], goalCountDiffers: ["1.2"] });
    expect(merged.warnings.map((warning) => [warning.code, warning.at?.measureId])).toEqual([
      ["translation_goal_count_differs", "1.2"],
    ]);
  });

  it("leaves its inputs unchanged", () => {
    const before = JSON.stringify(zh);
    mergeTranslations(zh, en);
    expect(JSON.stringify(zh)).toBe(before);
  });
});
