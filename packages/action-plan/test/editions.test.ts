import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { ActionPlan, type Measure, type Source } from "@lianzheng/model";
import { readText } from "@lianzheng/text";
import { describe, expect, it } from "vitest";
import { parseActionPlan } from "../src/index.js";

function sourceOf(path: string, text: string): Source {
  const bytes = Buffer.from(text, "utf8");
  return {
    path,
    format: "text",
    sha256: createHash("sha256").update(bytes).digest("hex"),
    bytes: bytes.length,
  };
}

function parseFixture(path: string): ActionPlan {
  const text = readFileSync(new URL(`../../../${path}`, import.meta.url), "utf8");
  return ActionPlan.parse(parseActionPlan(readText(text), { source: sourceOf(path, text) }));
}

/**
 * Compares with a gold file; `UPDATE_GOLD=1` rewrites it instead, to be read against the fixture
 * by eye before committing.
 */
export function expectGold(value: unknown, path: string): void {
  const url = new URL(`../../../${path}`, import.meta.url);
  if (process.env.UPDATE_GOLD === "1") writeFileSync(url, `${JSON.stringify(value, null, 2)}\n`);
  expect(value).toEqual(JSON.parse(readFileSync(url, "utf8")));
}

const measures = (plan: ActionPlan): Measure[] => plan.strategies.flatMap((s) => s.measures);

// Expected values read off fixtures/editions/2023-six-columns.txt (the cells written by hand in
// scripts/make-edition-fixtures.mjs) and off seed 001 for the four columns both share.
describe("the six-column edition (含績效衡量指標及112年績效目標值)", () => {
  const six = parseFixture("fixtures/editions/2023-six-columns.txt");
  const four = parseFixture("seeds/001_6bac756fe4f12e99.txt");

  it("parses to its gold file", () => {
    expectGold(six, "fixtures/editions/2023-six-columns.json");
  });

  it("keeps the four columns of seed 001 measure for measure", () => {
    const strip = ({ indicators, targets, provenance, ...rest }: Measure) => rest;
    expect(measures(six).map(strip)).toEqual(measures(four).map(strip));
    expect(measures(six)).toHaveLength(58);
  });

  it("reads the indicator and target cells by header, the target's year from the header", () => {
    const m11 = measures(six).find((m) => m.id === "1.1");
    expect(m11?.indicators?.map((item) => item.number)).toEqual([1, 2]);
    expect(m11?.targets).toHaveLength(1);
    expect(m11?.targets?.[0]).toMatchObject({ rocYear: 112, year: 2023 });
    expect(m11?.targets?.[0]?.items.map((item) => item.number)).toEqual([1, 2, 3]);
    expect(m11?.targets?.[0]?.quantities.filter((q) => q.kind === "percent").map((q) => q.value)).toEqual([
      80, 85,
    ]);
    const m13 = measures(six).find((m) => m.id === "1.3");
    expect(m13?.indicators).toEqual([{ number: null, text: "每年提報稽核及查核案件數及成果。" }]);
    expect(m13?.targets?.[0]?.quantities.map((q) => [q.value, q.itemNumber])).toEqual([
      [300, 1],
      [120, 2],
    ]);
    expect(measures(six).every((m) => m.targets?.length === 1 && (m.indicators?.length ?? 0) > 0)).toBe(true);
    expect(measures(four).some((m) => m.indicators !== undefined || m.targets !== undefined)).toBe(false);
  });

  it("reads the edition from the approval line", () => {
    expect(six.revision).toEqual({
      label: "核定本",
      date: "2023-08-18",
      rocDate: "112-08-18",
      authority: "行政院",
    });
  });

  it("finds the columns by label in any order", () => {
    const text = [
      "肆、具體作為",
      "",
      "具體策略\t112年績效目標值\t執行措施\t辦理機關\t績效衡量指標\t績效目標",
      "一、策略甲。\t完成 3 案。\t(一) 措施甲。\t法務部\t完成案數。\t每年提報。",
    ].join("\n");
    const plan = parseActionPlan(readText(text), { source: sourceOf("x.txt", text) });
    expect(plan.strategies[0]?.measures[0]).toMatchObject({
      text: "措施甲。",
      performanceGoals: [{ number: null, text: "每年提報。" }],
      indicators: [{ number: null, text: "完成案數。" }],
      targets: [{ rocYear: 112, year: 2023, text: "完成 3 案。" }],
    });
  });
});
