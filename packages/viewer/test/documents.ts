// Small documents for the unit tests, built field by field so each test varies only what it is about.
import type { ActionPlan, ExecutionReport, Measure } from "@lianzheng/model";

export function measure(id: string, text: string, extra: Partial<Measure> = {}): Measure {
  const [strategy, number] = id.split(".").map(Number) as [number, number];
  return {
    id,
    strategy,
    number,
    text,
    performanceGoals: [{ number: null, text: `${text}的績效目標` }],
    agencies: [{ agencyId: "aac", name: "法務部廉政署", role: "lead" }],
    agencyText: "主辦機關：法務部廉政署",
    ...extra,
  };
}

export function plan(id: string, measures: Measure[], extra: Partial<ActionPlan> = {}): ActionPlan {
  return {
    id,
    kind: "action-plan",
    language: "zh-Hant",
    title: "國家廉政建設行動方案",
    source: { path: `${id}.txt`, format: "text", sha256: "0".repeat(64), bytes: 1 },
    warnings: [],
    goals: [],
    strategies: [{ number: 1, title: "強化機關廉政經營責任制度", measures }],
    sections: [],
    ...extra,
  };
}

export function report(
  id: string,
  year: number,
  targets: string[],
  extra: Partial<ExecutionReport> = {},
): ExecutionReport {
  return {
    id,
    kind: "execution-report",
    language: "zh-Hant",
    title: `國家廉政建設行動方案 ${year - 1911} 年執行情形`,
    source: { path: `${id}.pdf`, format: "pdf", sha256: "1".repeat(64), bytes: 1 },
    warnings: [],
    year,
    rocYear: year - 1911,
    records: targets.map((target, i) => ({
      seq: i + 1,
      strategy: { number: 1, title: "強化機關廉政經營責任制度" },
      measure: { number: i + 1, text: "辦理政府採購稽核" },
      performanceGoals: [],
      agencies: [{ agencyId: "pcc", name: "行政院公共工程委員會", role: "executing" }],
      agencyText: "行政院公共工程委員會",
      indicators: [],
      target: { text: target, items: [], quantities: [] },
      achievement: { text: "", items: [], quantities: [] },
      evaluations: [],
      fields: [],
    })),
    ...extra,
  };
}
