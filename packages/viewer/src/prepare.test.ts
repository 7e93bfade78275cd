import { describe, expect, it } from "vitest";
import { measure, plan, report } from "../test/documents.js";
import { foldTableFor, prepareSiteData } from "./prepare.js";

describe("foldTableFor", () => {
  it("maps each Traditional character of the text that has a Simplified form, and nothing else", () => {
    expect(foldTableFor("政府採購稽核 abc 123 政府")).toEqual({ 採: "采", 購: "购" });
  });
});

describe("prepareSiteData", () => {
  it("puts plans first, then reports newest first, and maps a report's planId through copies", () => {
    const a = plan("action-plan.zh-hant.aaaa", [measure("1.1", "措施")]);
    const copy = { ...a, id: "action-plan.zh-hant.bbbb", source: { ...a.source, format: "pdf" as const } };
    const data = prepareSiteData({
      documents: [
        report("execution-report.zh-hant.2018", 2018, [], { planId: copy.id }),
        report("execution-report.zh-hant.2019", 2019, []),
        copy,
        a,
      ],
      agencies: [],
    });
    expect(data.documents.map((d) => d.id)).toEqual([
      a.id,
      "execution-report.zh-hant.2019",
      "execution-report.zh-hant.2018",
    ]);
    expect(data.aliases[copy.id]).toBe(a.id);
    expect(data.fold.執).toBe("执");
  });
});
