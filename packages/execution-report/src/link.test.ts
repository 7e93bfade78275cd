import type { ActionPlan, ExecutionReport, Measure, ReportRecord, Source } from "@lianzheng/model";
import { describe, expect, it } from "vitest";
import { linkReportToPlan } from "./link.js";

const source: Source = { path: "x.txt", format: "text", sha256: "b".repeat(64), bytes: 1 };
const measure = (strategy: number, number: number, text: string, goals: string[] = []): Measure => ({
  id: `${strategy}.${number}`,
  strategy,
  number,
  text,
  performanceGoals: goals.map((g, i) => ({ number: i + 1, text: g })),
  agencies: [],
  agencyText: "",
});
const plan = (measures: Measure[]): ActionPlan => ({
  id: "action-plan.zh-hant.bbbbbbbbbbbbbbbb",
  kind: "action-plan",
  language: "zh-Hant",
  title: "國家廉政建設行動方案",
  source,
  warnings: [],
  goals: [],
  sections: [],
  strategies: [...new Set(measures.map((m) => m.strategy))].map((n) => ({
    number: n,
    title: "",
    measures: measures.filter((m) => m.strategy === n),
  })),
});
const empty = { text: "", items: [], quantities: [] };
const record = (
  seq: number,
  strategy: number,
  number: number,
  text: string,
  goals: string[] = [],
): ReportRecord => ({
  seq,
  strategy: { number: strategy, title: "" },
  measure: { number, text },
  performanceGoals: goals.map((g, i) => ({ number: i + 1, text: g })),
  agencies: [],
  agencyText: "",
  indicators: [],
  target: empty,
  achievement: empty,
  evaluations: [],
  fields: [],
});
const report = (records: ReportRecord[]): ExecutionReport => ({
  id: "execution-report.zh-hant.bbbbbbbbbbbbbbbb",
  kind: "execution-report",
  language: "zh-Hant",
  title: "107 年執行情形",
  source,
  warnings: [],
  year: 2018,
  rocYear: 107,
  records,
});

const p = plan([
  measure(1, 1, "結合各機關廉政風險評估結果，針對貪腐高風險業務實施稽核清查及追蹤管考。"),
  measure(1, 2, "辦理政府採購稽核及公共工程施工品質查核，促使機關確實依法辦理採購。"),
  measure(2, 1, "加強宣導「公職人員財產申報法」及「公職人員利益衝突迴避法」，並執行案件審核調查。"),
  measure(3, 1, "推動優質企業(AEO)認證及管理機制。"),
]);

describe("linkReportToPlan", () => {
  it("links a renumbered measure of the same strategy and keeps the score", () => {
    const linked = linkReportToPlan(
      report([record(1, 1, 3, "結合各機關廉政風險評估結果，針對貪腐高風險業務實施稽核清查及追蹤管考。")]),
      p,
    );
    expect(linked.records[0]).toMatchObject({ planMeasureId: "1.1", planMatchScore: 1 });
    expect(linked.planId).toBe(p.id);
    expect(linked.warnings).toEqual([]);
  });

  it("leaves a record without a similar measure unlinked, with a warning", () => {
    const linked = linkReportToPlan(
      report([record(5, 1, 4, "檢討公務人員旋轉門條款，完成「公務人員基準法」立法。")]),
      p,
    );
    expect(linked.records[0]?.planMeasureId).toBeNull();
    expect(linked.records[0]?.planMatchScore).toBeLessThan(0.3);
    expect(linked.warnings.map((w) => [w.code, w.at?.seq])).toEqual([["plan_link_weak", 5]]);
  });

  it("gives a measure to the closer of two records that resemble it", () => {
    const linked = linkReportToPlan(
      report([
        record(5, 2, 1, "加強宣導「公職人員財產申報法」及「公職人員利益衝突迴避法」，並執行案件審核調查。"),
        record(6, 2, 2, "修正「公職人員財產申報法」及「公職人員利益衝突迴避法」，配合研修相關法規。"),
      ]),
      p,
    );
    expect(linked.records.map((r) => r.planMeasureId)).toEqual(["2.1", null]);
    expect(linked.warnings[0]?.message).toContain("taken by 序次 5");
  });

  it("looks in other strategies only when its own has nothing close, and says so", () => {
    const linked = linkReportToPlan(report([record(7, 7, 7, "推動優質企業(AEO)認證及管理機制。")]), p);
    expect(linked.records[0]?.planMeasureId).toBe("3.1");
    expect(linked.warnings.map((w) => w.code)).toEqual(["plan_link_other_strategy"]);
  });

  it("counts the performance goals when the measure was reworded", () => {
    const goals = ["每年統計政風機構受理檢舉件數及保密宣導執行成效。"];
    const withGoals = plan([measure(8, 8, "完善公私部門匿名檢舉管道，以保護檢舉人。", goals)]);
    const linked = linkReportToPlan(
      report([record(38, 8, 9, "加強檢舉人保護、保密宣導。", goals)]),
      withGoals,
    );
    expect(linked.records[0]?.planMeasureId).toBe("8.8");
  });

  it("is pure and gives the same links when run again", () => {
    const input = report([
      record(1, 1, 3, "結合各機關廉政風險評估結果，針對貪腐高風險業務實施稽核清查。"),
      record(2, 1, 9, "無關的措施"),
    ]);
    const once = linkReportToPlan(input, p);
    expect(input.records[0]?.planMeasureId).toBeUndefined();
    expect(linkReportToPlan(once, p)).toEqual(once);
  });

  it("takes a threshold", () => {
    const input = report([record(1, 1, 1, "結合各機關廉政風險評估結果")]);
    expect(linkReportToPlan(input, p, { threshold: 0.99 }).records[0]?.planMeasureId).toBeNull();
    expect(linkReportToPlan(input, p, { threshold: 0.1 }).records[0]?.planMeasureId).toBe("1.1");
  });
});
