import { parseActionPlan } from "@lianzheng/action-plan";
import { ExecutionReport } from "@lianzheng/model";
import { readText } from "@lianzheng/text";
import { describe, expect, it } from "vitest";
import { linkReportToPlan, parseExecutionReport } from "../src/index.js";
import { readRepoFile, SEED_003, sourceOf } from "./seed.js";

const seed = readRepoFile(SEED_003);
// As the hardening issue's reproductions make them (the ingest package's hostile suite has all).
const hugeNumber = (text: string, digits: number) =>
  text.replace(
    "行政院暨所屬機關(構)簽署內部控制聲明書完成率為100%。",
    `行政院暨所屬機關(構)簽署內部控制聲明書 ${"9".repeat(digits)} 件，完成率為100%。`,
  );
const manyRows = (text: string, count: number) =>
  text + Array.from({ length: count }, (_, i) => `序次\t${i}\n`).join("");
const parse = (text: string) => parseExecutionReport(readText(text), { source: sourceOf(SEED_003, text) });

describe("hostile reports", () => {
  it("keeps the document when one cell holds a 400-digit number, and warns about that quantity", () => {
    const text = hugeNumber(seed, 400);
    expect(text).not.toBe(seed);
    const report = parse(text);
    expect(ExecutionReport.safeParse(report).success).toBe(true);
    const warnings = report.warnings.filter((w) => w.code === "quantity_too_large");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toMatch(/^a number of 400 digits \(999999999999…999999\)/);
    const record = report.records.find((r) => r.seq === warnings[0]?.at?.seq);
    expect(record?.achievement.text + (record?.target.text ?? "")).toContain("9".repeat(400));
    // The other quantities of the record are kept; every value is a finite number.
    for (const r of report.records)
      for (const q of [...r.target.quantities, ...r.achievement.quantities])
        expect(Number.isFinite(q.value)).toBe(true);
  });

  it("reads a report padded with 5,000 extra rows, and links it to the plan", () => {
    const report = parse(manyRows(seed, 5_000));
    expect(report.records.length).toBeGreaterThanOrEqual(parse(seed).records.length);
    const plan = parseActionPlan(readText(readRepoFile("seeds/001_6bac756fe4f12e99.txt")), {
      source: sourceOf("seeds/001_6bac756fe4f12e99.txt", readRepoFile("seeds/001_6bac756fe4f12e99.txt")),
    });
    const linked = linkReportToPlan(report, plan);
    // The seed's own records link as they do without the padding.
    const alone = linkReportToPlan(parse(seed), plan);
    for (const record of alone.records) {
      expect(
        linked.records.find((r) => r.seq === record.seq && r.measure.text === record.measure.text)
          ?.planMeasureId,
      ).toBe(record.planMeasureId);
    }
  }, 180_000);
});
