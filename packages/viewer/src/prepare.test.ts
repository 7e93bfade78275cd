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

describe("prepareSiteData copies", () => {
  // Seed 001 and the six-column 2023 edition have the same measures; only the indicators differ.
  const four = plan("action-plan.zh-hant.four", [measure("1.1", "措施")]);
  const six = plan("action-plan.zh-hant.six", [
    measure("1.1", "措施", { indicators: [{ number: 1, text: "指標" }] }),
  ]);
  const pdf = { ...four, id: "action-plan.zh-hant.pdf", source: { ...four.source, format: "pdf" as const } };

  it("takes the manifest's word on copies when it has one: equal measures are not enough", () => {
    const inputs = [
      { path: "001.txt", documentId: four.id },
      { path: "six.txt", documentId: six.id },
      { path: "001.pdf", documentId: pdf.id, copyOf: four.id },
    ];
    const data = prepareSiteData({ documents: [four, six, pdf], agencies: [], manifest: { inputs } });
    expect(data.documents.map((d) => [d.id, d.copies.map((c) => c.id)])).toEqual([
      [four.id, [pdf.id]],
      [six.id, []],
    ]);
  });

  it("compares contents when there is no manifest", () => {
    const data = prepareSiteData({ documents: [four, six, pdf], agencies: [] });
    expect(data.documents).toHaveLength(1);
    expect(data.lineage).toEqual([]);
  });
});
