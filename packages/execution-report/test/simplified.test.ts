import type { ExecutionReport } from "@lianzheng/model";
import { readText } from "@lianzheng/text";
import * as OpenCC from "opencc-js/t2cn";
import { describe, expect, it } from "vitest";
import { parseExecutionReport } from "../src/index.js";
import { readRepoFile, SEED_003, sourceOf } from "./seed.js";

// A Simplified-Chinese copy of seed 003 (made with opencc-js, as a reader in the mainland or a
// converted extraction would have it) parses to the same structure as the original.
const seed = readRepoFile(SEED_003);
const simplified = OpenCC.Converter({ from: "tw", to: "cn" })(seed);
const parse = (text: string, language: "zh-Hant" | "zh-Hans"): ExecutionReport =>
  parseExecutionReport(readText(text), { source: sourceOf("report.txt", text), language });

describe("a Simplified-Chinese copy of seed 003", () => {
  const original = parse(seed, "zh-Hant");
  const copy = parse(simplified, "zh-Hans");

  it("is really Simplified", () => {
    expect(simplified).toContain("执行措施");
    expect(simplified).not.toContain("執行措施");
  });

  it("gives the same year, approval and records, each with the same shape", () => {
    expect([copy.year, copy.rocYear, copy.approval?.date]).toEqual([2018, 107, "2019-09-11"]);
    expect(copy.approval?.documentNumber).toBe("院台法字第1080029452号");
    expect(copy.records.map((r) => r.seq)).toEqual(original.records.map((r) => r.seq));
    const shape = (report: ExecutionReport) =>
      report.records.map((r) => [
        r.strategy.number,
        r.measure.number,
        r.performanceGoals.length,
        r.indicators.length,
        r.target.items.length,
        r.achievement.items.length,
        r.fields.length,
      ]);
    expect(shape(copy)).toEqual(shape(original));
  });

  it("resolves the same agencies and finds the same quantities", () => {
    const agencies = (report: ExecutionReport) =>
      report.records.map((r) => r.agencies.map((a) => [a.agencyId, a.role]));
    expect(agencies(copy)).toEqual(agencies(original));
    const values = (report: ExecutionReport) =>
      report.records.map((r) =>
        [...r.target.quantities, ...r.achievement.quantities].map((q) => [q.value, q.kind]),
      );
    expect(values(copy)).toEqual(values(original));
    expect(copy.warnings.map((w) => w.code)).toEqual(original.warnings.map((w) => w.code));
  });
});
