import { readFileSync } from "node:fs";
import type { ActionPlan, Document, ExecutionReport } from "@lianzheng/model";
import { describe, expect, it } from "vitest";
import { layoutOfText } from "./layout.js";
import { parseLayout } from "./parse.js";

// A plan and a report in one file (printed or merged together): the first is parsed alone and the
// second is warned where it starts, not read into the first one's last section.

const seedText = (name: string) => readFileSync(new URL(`../../../seeds/${name}`, import.meta.url), "utf8");
const PLAN = seedText("001_6bac756fe4f12e99.txt");
const REPORT = seedText("003_2d62c1db8ab3e0f0.txt");
const NARRATIVE = seedText("004_313756eaa13413cd.txt");

function parseText(text: string): Document {
  const bytes = new TextEncoder().encode(text);
  const path = "merged.txt";
  return parseLayout({ path, bytes, sha256: "cd".repeat(32), format: "text" }, layoutOfText({ path, bytes }));
}
const lineOf = (text: string, part: string) => text.slice(0, text.indexOf(part)).split("\n").length;
const warned = (document: Document) => document.warnings.filter((w) => w.code === "second_document");

describe("a second document in the file", () => {
  it("a plan followed by a report: the plan alone, the report warned at its title's line", () => {
    const text = `${PLAN}\n\n${REPORT}`;
    const plan = parseText(text) as ActionPlan;
    expect(plan.kind).toBe("action-plan");
    expect(plan.strategies.flatMap((s) => s.measures)).toHaveLength(58);
    const alone = parseText(PLAN) as ActionPlan;
    expect(plan.sections).toEqual(alone.sections);
    expect(warned(plan)).toEqual([
      expect.objectContaining({ at: { line: lineOf(text, REPORT.trim().split("\n")[0] ?? "") } }),
    ]);
    expect(warned(plan)[0]?.message).toMatch(/execution-report .*國家廉政建設行動方案.*split the file/);
  });

  it("a report followed by a plan: the report alone, the plan warned", () => {
    const report = parseText(`${REPORT}\n\n${PLAN}`) as ExecutionReport;
    expect(report.kind).toBe("execution-report");
    expect(report.records).toHaveLength(46);
    expect(report.records).toEqual((parseText(REPORT) as ExecutionReport).records);
    expect(warned(report)).toHaveLength(1);
    expect(warned(report)[0]?.message).toMatch(/action-plan/);
  });

  it("no warning for one document, nor for a title quoted inside another document's text", () => {
    for (const name of ["000_b54d29a4c767afd7.txt", "002_9a82e845d717d122.txt"]) {
      expect(warned(parseText(seedText(name)))).toEqual([]);
    }
    for (const text of [PLAN, REPORT, NARRATIVE]) expect(warned(parseText(text))).toEqual([]);
    // The report's title quoted in the plan's prose, with no records after it, is no second document.
    const quoted = PLAN.replace("柒、獎懲", "柒、獎懲\n\n國家廉政建設行動方案107年度執行情形將另行公布。");
    expect(warned(parseText(quoted))).toEqual([]);
  });
});
