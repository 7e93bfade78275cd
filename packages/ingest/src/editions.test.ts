import { plan } from "@lianzheng/test-support";
import { describe, expect, it } from "vitest";
import { editionLineage } from "./editions.js";

const dated = (id: string, date: string) => ({ ...plan, id, revision: { date } });

describe("editionLineage", () => {
  it("pairs dated editions of one language in date order, whatever the input order", () => {
    const later = dated("action-plan.zh-hant.b", "2023-08-18");
    const earlier = dated("action-plan.zh-hant.a", "2018-07-27");
    const pairs = editionLineage([later, earlier]);
    expect(pairs.map((pair) => [pair.from, pair.to])).toEqual([
      ["action-plan.zh-hant.a", "action-plan.zh-hant.b"],
    ]);
    expect(pairs[0]?.entries.every((entry) => entry.kind === "kept")).toBe(true);
  });

  it("leaves out a plan with no date rather than guess its place", () => {
    const { revision: _, ...undated } = plan;
    expect(editionLineage([undated, dated("action-plan.zh-hant.a", "2018-07-27")])).toEqual([]);
  });
});
