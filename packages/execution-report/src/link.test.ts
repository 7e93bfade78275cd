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

  it("links a rewritten measure by a goal it keeps word for word that no other measure has", () => {
    // Seed 003 序次 38 (2018 八、(九)) and seed 001 八、(八): the texts share little (0.248).
    const kept = "每年統計政風機構受理檢舉件數及保密宣導執行成效。";
    const rewritten = plan([
      measure(8, 2, "定期召開審查會，審核貪瀆案件檢舉獎金申請案。", ["每年提報執行情形。"]),
      measure(8, 8, "完善公私部門匿名檢舉管道，提供多元檢舉管道，允許檢舉人以匿名方式提出檢舉。", [
        "法務部(廉政署、調查局)對民眾具名或匿名方式提出檢舉，均嚴予保密其身分。",
        kept,
      ]),
    ]);
    const linked = linkReportToPlan(
      report([record(38, 8, 9, "加強檢舉人保護、保密宣導及落實受理檢舉案件追蹤考核。", [kept])]),
      rewritten,
    );
    expect(linked.records[0]).toMatchObject({ planMeasureId: "8.8", planMatchScore: 1 });
  });

  it("does not link by a boilerplate goal that several measures share", () => {
    // 每年提報執行情形 is the goal of five 2023 measures: it names none of them.
    const boilerplate = "每年提報執行情形。";
    const shared = plan([
      measure(6, 1, "鼓勵各大專院校開設法治教育相關課程。", [boilerplate]),
      measure(6, 2, "落實校園法治教育，鼓勵發展具有特色之品德校園文化。", [boilerplate]),
    ]);
    const linked = linkReportToPlan(
      report([record(12, 6, 4, "全面推動所有行政機關實施廉政評鑑，建構評分衡量基準。", [boilerplate])]),
      shared,
    );
    expect(linked.records[0]?.planMeasureId).toBeNull();
    expect(linked.records[0]?.planMatchScore).toBeLessThan(0.3);
  });

  it("does not count a distinctive goal that is only like the record's goal", () => {
    // 每年提報研修進度 and 每年提報修法進度 share 4 of 7 bigrams (0.57): like, not the same goal.
    const linked = linkReportToPlan(
      report([
        record(30, 8, 1, "修訂「法務部審核貪瀆案件檢舉獎金委員會設置要點」等行政規則。", [
          "每年提報研修進度。",
        ]),
      ]),
      plan([
        measure(8, 1, "研議制定「揭弊者保護法」草案，將草案列為優先審議法案，積極鼓勵檢舉貪瀆不法。", [
          "每年提報修法進度。",
        ]),
      ]),
    );
    expect(linked.records[0]?.planMeasureId).toBeNull();
    expect(linked.records[0]?.planMatchScore).toBeLessThan(0.3);
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

  it("follows the lineage before similarity, and says which method found the measure", () => {
    // 2018's 1.4 became 2023's 1.2 although its text now reads more like 1.1: the lineage decides.
    const input = report([
      record(1, 1, 4, "結合風險評估結果，辦理政府採購稽核清查。"),
      record(2, 2, 1, "加強宣導「公職人員財產申報法」及「公職人員利益衝突迴避法」，並執行案件審核調查。"),
    ]);
    expect(linkReportToPlan(input, p).records[0]?.planMeasureId).toBe("1.1");
    const lineage = [
      { kind: "reworded", from: ["1.4"], to: ["1.2"] },
      { kind: "removed", from: ["2.1"], to: [] },
    ];
    const linked = linkReportToPlan(input, p, { lineage });
    expect(linked.records[0]).toMatchObject({ planMeasureId: "1.2", planMatchMethod: "lineage" });
    // Removed by the lineage but found by its text: linked by similarity.
    expect(linked.records[1]).toMatchObject({ planMeasureId: "2.1", planMatchMethod: "similarity" });
  });

  it("takes of a split the part most like the record", () => {
    const input = report([record(1, 1, 2, "辦理政府採購稽核，促使機關確實依法辦理採購。")]);
    const lineage = [{ kind: "split", from: ["1.2"], to: ["1.1", "1.2"] }];
    expect(linkReportToPlan(input, p, { lineage }).records[0]).toMatchObject({
      planMeasureId: "1.2",
      planMatchMethod: "lineage",
    });
  });

  it("takes a threshold", () => {
    const input = report([record(1, 1, 1, "結合各機關廉政風險評估結果")]);
    expect(linkReportToPlan(input, p, { threshold: 0.99 }).records[0]?.planMeasureId).toBeNull();
    expect(linkReportToPlan(input, p, { threshold: 0.1 }).records[0]?.planMeasureId).toBe("1.1");
  });
});
