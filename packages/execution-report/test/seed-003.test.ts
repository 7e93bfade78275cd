import { ExecutionReport } from "@lianzheng/model";
import { readText } from "@lianzheng/text";
import { describe, expect, it } from "vitest";
import { parseExecutionReport } from "../src/index.js";
import { readRepoFile, SEED_003, sourceOf } from "./seed.js";

const text = readRepoFile(SEED_003);
const report = parseExecutionReport(readText(text), { source: sourceOf(SEED_003, text) });

const STANDARD =
  /^(序次|具體策略|執行措施|績效目標|辦理機關|績效衡量指標|107\s*年績效目標值|107\s*年度\(1\s*月至\s*12\s*月\)績效目標達成情形)$/u;

/** An oracle read straight off the lines: where each 序次 starts, and its other row labels. */
function blocksOfSeed(): { seq: number; line: number; extraLabels: string[] }[] {
  const blocks: { seq: number; line: number; extraLabels: string[] }[] = [];
  text.split("\n").forEach((line, index) => {
    const [label = "", value = ""] = line.split("\t");
    if (label === "序次") blocks.push({ seq: Number(value), line: index + 1, extraLabels: [] });
    else if (
      line.includes("\t") &&
      label.trim() !== "" &&
      !/^-+$/u.test(label) &&
      !STANDARD.test(label.trim())
    ) {
      blocks.at(-1)?.extraLabels.push(label.trim());
    }
  });
  return blocks;
}

describe("seed 003 (107 年執行情形)", () => {
  it("is a valid ExecutionReport of 2018 with its approval", () => {
    expect(ExecutionReport.safeParse(report).success).toBe(true);
    expect(report).toMatchObject({
      year: 2018,
      rocYear: 107,
      title: "國家廉政建設行動方案 107 年執行情形",
      approval: { authority: "行政院", date: "2019-09-11", documentNumber: "院臺法字第1080029452號" },
    });
  });

  it("has 46 records, 序次 1 … 46, each starting at its own 序次 line and ending before the next", () => {
    const blocks = blocksOfSeed();
    expect(blocks).toHaveLength(46);
    expect(report.records.map((r) => r.seq)).toEqual(blocks.map((b) => b.seq));
    report.records.forEach((record, i) => {
      const [start, end] = record.provenance?.lines ?? [0, 0];
      expect(start).toBe(blocks[i]?.line);
      expect(end).toBeLessThan(blocks[i + 1]?.line ?? Number.POSITIVE_INFINITY);
    });
  });

  it("gives every record its strategy, measure, goals, agencies, indicators and target", () => {
    for (const record of report.records) {
      expect(record.strategy.number, `序次 ${record.seq}`).toBeGreaterThan(0);
      expect(record.strategy.title).not.toBe("");
      expect(record.measure.text).not.toBe("");
      expect(record.performanceGoals.length).toBeGreaterThan(0);
      expect(record.agencies.length).toBeGreaterThan(0);
      expect(record.indicators.length).toBeGreaterThan(0);
      expect(record.target.text).not.toBe("");
    }
  });

  it("gives every record its achievement except 序次 29 and 30, which have none, with a warning each", () => {
    const without = report.records.filter((r) => r.achievement.text === "").map((r) => r.seq);
    expect(without).toEqual([29, 30]);
    expect(report.warnings.filter((w) => w.code === "missing_achievement").map((w) => w.at?.seq)).toEqual([
      29, 30,
    ]);
  });

  it("keeps every extra row in fields, in order", () => {
    const blocks = blocksOfSeed();
    report.records.forEach((record, i) => {
      expect(record.fields.map((f) => f.label)).toEqual(blocks[i]?.extraLabels);
    });
    const last = report.records[44];
    expect(last?.fields.map((f) => f.text)).toContain("高。");
  });

  it("numbers strategies and measures as the report does", () => {
    const ids = report.records.map((r) => `${r.strategy.number}.${r.measure.number}`);
    expect(ids.slice(0, 5)).toEqual(["1.1", "1.2", "1.3", "1.4", "2.1"]);
    expect(ids.filter((id) => id.startsWith("8."))).toHaveLength(10);
    expect(ids.at(-1)).toBe("9.7");
  });

  it("lets no value swallow the next row or record", () => {
    for (const record of report.records) {
      for (const value of [
        record.target.text,
        record.achievement.text,
        record.measure.text,
        ...record.fields.map((f) => f.text),
      ]) {
        expect(value).not.toMatch(/序次|具體策略\s|績效衡量指標\s|績效目標值\s/u);
      }
    }
  });

  it("joins values cut by a page break and drops the scar", () => {
    const tenth = report.records[9]?.achievement.text ?? "";
    expect(tenth).toContain("蒞國防大學復興崗校區");
    expect(tenth).toContain("(7) 汲取成功經驗，評鑑學術研討：");
    const fortySecond = report.records[41]?.achievement.text ?? "";
    expect(fortySecond).toMatch(/\n3\. 海洋委員會海巡署/u);
    expect(fortySecond).not.toContain("--");
    const fortyFourth = report.records[43]?.achievement.text ?? "";
    expect(fortyFourth).toContain("\n⑩12月派員赴俄羅斯");
    expect(fortyFourth).toContain("\n6. 金管會：");
    expect(fortyFourth).not.toMatch(/^- /mu);
  });

  it("has no HTML left in any value", () => {
    for (const record of report.records) {
      expect(`${record.target.text}${record.achievement.text}`).not.toMatch(/<\/?[a-z][^>]*>/iu);
    }
  });
});
