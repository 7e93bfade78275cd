import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { ActionPlan } from "@lianzheng/model";
import { readText } from "@lianzheng/text";
import { describe, expect, it } from "vitest";
import { parseActionPlan } from "../src/index.js";

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), "utf8");

function parseFile(path: string): ActionPlan {
  const text = read(path);
  const source = {
    path,
    format: "text" as const,
    sha256: createHash("sha256").update(text).digest("hex"),
    bytes: Buffer.byteLength(text),
  };
  return ActionPlan.parse(parseActionPlan(readText(text), { source }));
}

const BASIS_2023 =
  "聯合國反貪腐公約施行法第四條：「各級政府機關行使職權，應符合公約之規定，並積極加強落實各項反貪腐法制及政策。」規定。";

// Each expectation read off the file's first lines (title, approval line, 壹 依據).
describe("edition metadata: label, approval date ISO and ROC, document number, basis", () => {
  it("seed 001 (2023, four columns): the title's 核定本, no approval line, the 施行法 basis", () => {
    const plan = parseFile("seeds/001_6bac756fe4f12e99.txt");
    expect(plan.revision).toEqual({ label: "核定本" });
    expect(plan.basis).toBe(BASIS_2023);
  });

  it("the six-column edition: 核定本 approved 112-08-18 (2023-08-18) by 行政院, no document number", () => {
    const plan = parseFile("fixtures/editions/2023-six-columns.txt");
    expect(plan.revision).toEqual({
      label: "核定本",
      date: "2023-08-18",
      rocDate: "112-08-18",
      authority: "行政院",
    });
    expect(plan.basis).toBe(BASIS_2023);
  });

  it("the 2012 edition: 修正 of 101-11-01 with its document number, the 黃金十年 basis", () => {
    const plan = parseFile("fixtures/editions/2012-directions.txt");
    expect(plan.revision).toEqual({
      label: "修正",
      date: "2012-11-01",
      rocDate: "101-11-01",
      authority: "行政院",
      documentNumber: "院臺法字第1010000001號",
    });
    expect(plan.basis).toBe(
      "101 年 6 月 7 日行政院第 3301 次院會通過「黃金十年 國家願景」計畫之願景三「廉能政府」之施政主軸一：「廉政革新」策略作法。",
    );
  });

  it("the 2018 edition derived from seed 003: no revision or basis (the report names neither), derived from the 107 report", () => {
    const plan = ActionPlan.parse(JSON.parse(read("fixtures/editions/2018-derived-from-003.json")));
    expect(plan.revision).toBeUndefined();
    expect(plan.basis).toBeUndefined();
    expect(plan.derivedFrom).toMatchObject({ kind: "execution-report", rocYear: 107 });
  });
});
