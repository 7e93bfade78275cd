import type { ExecutionReport } from "@lianzheng/model";
import { readText } from "@lianzheng/text";
import { describe, expect, it } from "vitest";
import { parseExecutionReport } from "../src/index.js";
import { naiveRawDocument } from "./raw-document.js";
import { readRepoFile, SEED_003, sourceOf } from "./seed.js";

// Copies of seed 003 changed the way other years' reports and other extractions differ from it,
// generated here from the seed so that they follow it.
const seed = readRepoFile(SEED_003);
const parse = (text: string): ExecutionReport =>
  parseExecutionReport(readText(text), { source: sourceOf("variant.txt", text) });
const original = parse(seed);
const valuesOf = (report: ExecutionReport, seq: number) => {
  const record = report.records.find((r) => r.seq === seq);
  return (
    record && [
      record.measure.text,
      record.agencyText,
      record.target.text,
      record.achievement.text,
      record.fields.map((f) => f.text),
    ]
  );
};

/** Splits the seed into its heading and one chunk of lines per 序次. */
function chunks(text: string): { head: string[]; records: string[][] } {
  const head: string[] = [];
  const records: string[][] = [];
  for (const line of text.split("\n")) {
    if (line.startsWith("序次\t")) records.push([]);
    (records.at(-1) ?? head).push(line);
  }
  return { head, records };
}

const join = (parts: { head: string[]; records: string[][] }) =>
  [...parts.head, ...parts.records.flat()].join("\n");

describe("a copy relabelled to the next year (108)", () => {
  // Every ROC year in the title and in the label cells moves on by one; the values stay.
  const nextYear = seed
    .split("\n")
    .map((line) => {
      const bump = (s: string) =>
        s.replace(/1(0\d)(?=\s*年)/gu, (_, y: string) => String(100 + Number(y) + 1));
      if (line.includes("執行情形") && !line.includes("\t")) return bump(line);
      const [label, ...rest] = line.split("\t");
      return rest.length > 0 ? [bump(label ?? ""), ...rest].join("\t") : line;
    })
    .join("\n");
  const report = parse(nextYear);

  it("parses with rocYear 108 and the same records", () => {
    expect(nextYear).toContain("108 年度(1 月至 12 月)績效目標達成情形");
    expect([report.rocYear, report.year]).toEqual([108, 2019]);
    expect(report.records.map((r) => r.seq)).toEqual(original.records.map((r) => r.seq));
    for (const record of original.records)
      expect(valuesOf(report, record.seq)).toEqual(valuesOf(original, record.seq));
  });

  it("keeps the year after's targets (now 109) in fields", () => {
    expect(report.records[28]?.fields.map((f) => f.label)).toEqual(["109 年績效目標值"]);
    expect(report.records[44]?.fields.map((f) => f.label)).toContain(
      "107年及108年績效目標「達成率」及執行成果比較",
    );
  });
});

describe("a copy with records removed", () => {
  const parts = chunks(seed);
  const removed = new Set([1, 17, 30, 46]);
  const text = join({ head: parts.head, records: parts.records.filter((_, i) => !removed.has(i + 1)) });
  const report = parse(text);

  it("keeps the others whole and warns about each gap", () => {
    const kept = original.records.map((r) => r.seq).filter((seq) => !removed.has(seq));
    expect(report.records.map((r) => r.seq)).toEqual(kept);
    for (const seq of kept) expect(valuesOf(report, seq)).toEqual(valuesOf(original, seq));
    expect(report.warnings.filter((w) => w.code === "seq_gap").map((w) => w.at?.seq)).toEqual([2, 18, 31]);
  });
});

describe("a copy split across page breaks in new places", () => {
  const parts = chunks(seed);
  // Cuts a row's value after a comma past its middle and carries the rest over a page break,
  // in one of the shapes the seeds show: a continuation row with an empty first cell after a
  // scar, or a plain line after a blank line.
  const cut = (records: string[][], seq: number, label: RegExp, shape: "row" | "line") => {
    const lines = records[seq - 1] ?? [];
    const at = lines.findIndex((l) => label.test(l.split("\t")[0] ?? ""));
    const line = lines[at] ?? "";
    const comma = line.indexOf("，", Math.floor(line.length / 2));
    expect(comma, `序次 ${seq} has a comma to cut at`).toBeGreaterThan(0);
    const [before, after] = [line.slice(0, comma + 1), line.slice(comma + 1)];
    lines.splice(at, 1, before, "", ...(shape === "row" ? ["--\t--", `\t${after}`] : [after]));
  };
  // A page break between two rows of one record.
  const breakBefore = (records: string[][], seq: number, label: string) => {
    const lines = records[seq - 1] ?? [];
    lines.splice(
      lines.findIndex((l) => l.startsWith(`${label}\t`)),
      0,
      "",
      "--\t--",
    );
  };
  cut(parts.records, 1, /達成情形/u, "row");
  cut(parts.records, 3, /達成情形/u, "line");
  cut(parts.records, 5, /執行措施/u, "row");
  cut(parts.records, 13, /達成情形/u, "line");
  cut(parts.records, 26, /達成情形/u, "row");
  cut(parts.records, 38, /達成情形/u, "row");
  breakBefore(parts.records, 7, "辦理機關");
  breakBefore(parts.records, 20, "107年績效目標值");
  const text = join(parts);
  const report = parse(text);

  it("puts every piece back in its value", () => {
    expect(text.split("\n").length).toBeGreaterThan(seed.split("\n").length + 15);
    expect(report.records.map((r) => r.seq)).toEqual(original.records.map((r) => r.seq));
    for (const record of original.records)
      expect(valuesOf(report, record.seq), `序次 ${record.seq}`).toEqual(valuesOf(original, record.seq));
  });

  it("does so on its own too, from a reader that stitches nothing", () => {
    const naive = parseExecutionReport(naiveRawDocument(text), { source: sourceOf("variant.txt", text) });
    for (const record of original.records)
      expect(valuesOf(naive, record.seq), `序次 ${record.seq}`).toEqual(valuesOf(original, record.seq));
  });
});
