import type { ActionPlan } from "@lianzheng/model";
import { plan, report, translation } from "@lianzheng/test-support";
import { describe, expect, it } from "vitest";
import { applyCrossDocumentSteps } from "./cross-document.js";

// A later revision whose measures say something else entirely.
const otherRevision: ActionPlan = {
  ...plan,
  id: "action-plan.zh-hant.5555555555555555",
  revision: { date: "2018-07-27" },
  strategies: plan.strategies.map((strategy) => ({
    ...strategy,
    measures: strategy.measures.map((measure) => ({ ...measure, text: "辦理公務員廉政倫理規範宣導活動" })),
  })),
};

describe("applyCrossDocumentSteps", () => {
  it("links a report to the plan in the run whose measures fit it best, whatever the order", () => {
    const unlinked = {
      ...report,
      planId: undefined,
      records: report.records.map((r) => ({ ...r, planMeasureId: undefined })),
    };
    for (const documents of [
      [otherRevision, plan, unlinked],
      [plan, otherRevision, unlinked],
    ]) {
      const { documents: after } = applyCrossDocumentSteps(documents);
      const linked = after.find((document) => document.id === report.id);
      expect(linked?.kind === "execution-report" && linked.planId).toBe(plan.id);
      expect(linked?.kind === "execution-report" && linked.records[0]?.planMeasureId).toBe("9.1");
      // The report restates the plan's own 9.1: the lineage of its edition finds it.
      expect(linked?.kind === "execution-report" && linked.records[0]?.planMatchMethod).toBe("lineage");
      expect(after.map((document) => document.id)).toEqual(documents.map((document) => document.id));
    }
  });

  it("leaves a report alone when the run has no plan", () => {
    const { documents } = applyCrossDocumentSteps([report]);
    expect(documents[0]).toBe(report);
  });

  it("keeps an English plan with no Chinese plan of its revision as its own document, with a warning", () => {
    const english = { ...translation, revision: { date: "2016-08-24" } };
    const result = applyCrossDocumentSteps([english, plan]);
    expect(result.translationOf.size).toBe(0);
    expect(result.documents).toEqual([english, plan]);
    expect(result.warnings.map((warning) => warning.code)).toEqual(["translation_unmatched"]);
  });
});
