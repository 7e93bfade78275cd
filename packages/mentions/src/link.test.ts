import type { ActionPlan, Measure } from "@lianzheng/model";
import { describe, expect, it } from "vitest";
import { linkToPlan } from "./index.js";

const measure = (id: string, text: string): Measure => {
  const [strategy, number] = id.split(".").map(Number) as [number, number];
  return { id, strategy, number, text, performanceGoals: [], agencies: [], agencyText: "" };
};
const plan = (measures: Measure[]): ActionPlan => ({
  id: "action-plan.zh-hant.0",
  kind: "action-plan",
  language: "zh-Hant",
  title: "plan",
  source: { path: "p.txt", format: "text", sha256: "0".repeat(64), bytes: 1 },
  warnings: [],
  goals: [],
  sections: [],
  strategies: [{ number: 9, title: "t", measures }],
});

describe("linkToPlan", () => {
  const p = plan([
    measure("9.1", "推動司法互助條約協定，並參與國際會議。"),
    measure("9.2", "洽簽引渡條約，並參與國際會議。"),
    measure("9.3", "參與亞洲太平洋經濟合作(APEC)之反貪污及透明化專家工作小組會議。"),
  ]);

  it("links through an international body only one measure names, with full weight", () => {
    const [link] = linkToPlan("The delegation attended the ACTWG meeting.", p);
    expect(link).toMatchObject({ measureId: "9.3", strategy: 9 });
    expect(link?.evidence.map((e) => [e.anchor, e.weight])).toEqual([["body:apec-actwg", 0.6]]);
  });

  it("shares a topic's weight among the measures that name it, and drops links below the threshold", () => {
    // 國際會議 is named by three measures: 0.35 / 3 each, below 0.3.
    expect(linkToPlan("代表團出席國際會議。", p)).toEqual([]);
    // 司法互助 only by 9.1: 0.35, and with 國際會議 1 − 0.65 × (1 − 0.117) ≈ 0.426.
    const [link] = linkToPlan("代表團出席國際會議，討論司法互助。", p);
    expect(link?.measureId).toBe("9.1");
    expect(link?.score).toBeCloseTo(0.426, 2);
    expect(link?.evidence[0]?.phrase).toBe("代表團出席國際會議，討論司法互助。");
  });

  it("links an English report to a Chinese plan through bilingual anchors", () => {
    expect(linkToPlan("Talks on mutual legal assistance were held.", p).map((l) => l.measureId)).toEqual([
      "9.1",
    ]);
  });
});
