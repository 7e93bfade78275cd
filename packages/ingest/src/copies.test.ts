import type { Document } from "@lianzheng/model";
import { describe, expect, it } from "vitest";
import { contentFingerprint, findCopies } from "./copies.js";

type Plan = Extract<Document, { kind: "action-plan" }>;

function plan(id: string, format: "text" | "pdf", agencyText: string, extra: Partial<Plan> = {}): Plan {
  return {
    id,
    kind: "action-plan",
    language: "zh-Hant",
    title: "國家廉政建設行動方案（核定本）",
    source: {
      path: `${id}.${format === "pdf" ? "pdf" : "txt"}`,
      format,
      sha256: id.padEnd(64, "0"),
      bytes: 1,
    },
    warnings: [],
    goals: [],
    sections: [],
    strategies: [
      {
        number: 1,
        title: "強化機關廉政經營責任制度",
        measures: [
          {
            id: "1.1",
            strategy: 1,
            number: 1,
            text: "建構整體有系統性的廉政風險評估",
            performanceGoals: [],
            agencies: [],
            agencyText,
            provenance: format === "pdf" ? { pages: [2, 2] } : { lines: [80, 81] },
          },
        ],
      },
    ],
    ...extra,
  } as Plan;
}

describe("findCopies", () => {
  it("takes the same plan read from text and from PDF (spacing, provenance, source differ) as copies", () => {
    const text = plan("a", "text", "績效目標 1 至 5 主辦機關：法務部(廉政署)");
    const pdf = plan("b", "pdf", "績效目標 1 至 5主辦機關：\n法務部(廉政署)");
    expect(contentFingerprint(text)).toBe(contentFingerprint(pdf));
    expect(findCopies([pdf, text])).toEqual(new Map([["b", "a"]]));
  });

  it("keeps apart documents whose content differs, even by one character or only in kind or language", () => {
    const a = plan("a", "text", "主辦機關：法務部(廉政署)");
    const b = plan("b", "pdf", "主辦機關：法務部(調查局)");
    const english = { ...plan("c", "text", "主辦機關：法務部(廉政署)"), language: "en" } as Plan;
    expect(findCopies([a, b, english]).size).toBe(0);
  });

  it("keeps the cleanest read as canonical, then the text form, then the smaller id", () => {
    const warned = plan("a", "text", "x", {
      warnings: [{ code: "row_split", severity: "warning", message: "a row was split" }],
    } as Partial<Plan>);
    const clean = plan("z", "pdf", "x");
    expect(findCopies([warned, clean])).toEqual(new Map([["a", "z"]]));
    const pdf = plan("b", "pdf", "x");
    const text = plan("y", "text", "x");
    expect(findCopies([pdf, text])).toEqual(new Map([["b", "y"]]));
    expect(findCopies([plan("d", "pdf", "x"), plan("c", "pdf", "x")])).toEqual(new Map([["d", "c"]]));
  });
});
