import type { Document } from "@lianzheng/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { measure, plan, report } from "../test/documents.js";
import { groupCopies } from "./copies.js";

const text = plan("action-plan.zh-hant.aaaa", [measure("1.1", "建構整體有系統性的政府機關廉政風險評估")]);
// The same plan read from a PDF: line breaks and full-width forms differ, the content does not.
const pdf = plan("action-plan.zh-hant.bbbb", [measure("1.1", "建構整體有系統性的政府機關\n廉政風險評估")], {
  source: { path: "plan.pdf", format: "pdf", sha256: "2".repeat(64), bytes: 2, pages: 3 },
  warnings: [{ code: "row_split", message: "a row after a page break", severity: "info" }],
});

describe("groupCopies", () => {
  it("shows one plan for a text and a PDF copy of the same content, the other listed as a copy", () => {
    const { documents, aliases } = groupCopies([pdf, text]);
    expect(documents.map((d) => d.id)).toEqual([text.id]);
    expect(documents[0]?.copies.map((c) => c.id)).toEqual([pdf.id]);
    expect(documents[0]?.copies[0]?.warnings).toEqual(pdf.warnings);
    expect(aliases).toEqual({ [text.id]: text.id, [pdf.id]: text.id });
  });

  it("makes the copy that carries translations canonical, whatever its format", () => {
    const translated = plan(
      "action-plan.zh-hant.cccc",
      [
        measure("1.1", "建構整體有系統性的政府機關廉政風險評估", {
          translations: { en: { text: "Build a system", performanceGoals: [], agencyText: "AAC" } },
        }),
      ],
      { source: { path: "plan.pdf", format: "pdf", sha256: "3".repeat(64), bytes: 3 } },
    );
    expect(groupCopies([text, translated]).documents[0]?.id).toBe(translated.id);
  });

  it("keeps documents apart when language, kind or content differ", () => {
    const changed = plan("action-plan.zh-hant.dddd", [measure("1.1", "另一項措施")]);
    const english = { ...text, id: "action-plan.en.eeee", language: "en" } as Document;
    expect(groupCopies([text, changed, english]).documents).toHaveLength(3);
    const a = report("execution-report.zh-hant.a", 2018, ["280 件"]);
    const b = report("execution-report.zh-hant.b", 2018, ["280  件"]);
    const c = report("execution-report.zh-hant.c", 2019, ["280 件"]);
    expect(groupCopies([a, b, c]).documents.map((d) => d.id)).toEqual([a.id, c.id]);
  });

  it("follows copyOf where the dataset records it, even when the parses differ", () => {
    const original = plan("action-plan.zh-hant.ffff", [measure("1.1", "原文")]);
    const copy = {
      ...plan("action-plan.zh-hant.gggg", [measure("1.1", "原文（缺字）")]),
      copyOf: original.id,
    } as Document;
    const copyOfCopy = {
      ...plan("action-plan.zh-hant.hhhh", [measure("1.1", "?")]),
      copyOf: copy.id,
    } as Document;
    const { documents, aliases } = groupCopies([copyOfCopy, copy, original]);
    expect(documents.map((d) => d.id)).toEqual([original.id]);
    expect(aliases[copyOfCopy.id]).toBe(original.id);
  });

  it("does not loop on a copyOf cycle", () => {
    const a = { ...text, copyOf: pdf.id } as Document;
    const b = { ...pdf, copyOf: text.id } as Document;
    expect(groupCopies([a, b]).documents).toHaveLength(1);
  });

  it("picks the same canonical documents whatever order the files come in", () => {
    const all: Document[] = [
      text,
      pdf,
      report("execution-report.zh-hant.a", 2018, ["1 件"]),
      report("execution-report.zh-hant.b", 2018, ["1 件"]),
    ];
    const expected = groupCopies(all);
    fc.assert(
      fc.property(fc.shuffledSubarray(all, { minLength: all.length }), (order) => {
        const { documents, aliases } = groupCopies(order);
        expect(new Set(documents.map((d) => d.id))).toEqual(new Set(expected.documents.map((d) => d.id)));
        expect(aliases).toEqual(expected.aliases);
      }),
    );
  });
});
