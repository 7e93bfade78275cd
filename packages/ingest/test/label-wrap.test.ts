import { readFileSync } from "node:fs";
import { parseExecutionReport } from "@lianzheng/execution-report";
import type { Source } from "@lianzheng/model";
import { readAnyText, readText } from "@lianzheng/text";
import { describe, expect, test } from "vitest";
import { comparable } from "../../pdf/test/support/comparable.js";

// The report printed with a narrow label column (3 or 5 em), then `pdftotext -layout`: a few
// records around a page end that split a label/value row (scripts/make-label-wrap-fixtures.mjs).
// Each record must read as seed 003's (compared as the parity tests compare); a record read
// otherwise had lost its achievement or target to the row above, warned nowhere on its lines.

const root = new URL("../../../", import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), "utf8");
const source: Source = { path: "document", format: "text", sha256: "0".repeat(64), bytes: 1 };
type Report = { records: Array<{ seq: number }>; warnings: Array<{ code: string; at?: { line?: number } }> };
const parse = (text: string, form?: boolean): Report =>
  parseExecutionReport(form ? readAnyText(text).document : readText(text), { source }) as Report;

const seed = parse(read("seeds/003_2d62c1db8ab3e0f0.txt"));
const seedRecord = (seq: number): unknown => comparable(seed.records.find((record) => record.seq === seq));

describe("a label wrapped in a narrow label column, its row split at a page end", () => {
  test.each([
    // Chromium: `序次  9` again atop the page, the label's tail `績效目標達` / `成情形` right under it.
    ["report-2018-zh-chromium-b5-kai-l5", [8, 9, 10], []],
    // WeasyPrint: record 7's target at the page's foot, its label alone atop the next page.
    ["report-2018-zh-weasyprint-serif-9pt-l3", [6, 7, 8], ["cell_from_page_before"]],
    // Chromium, labels filling their column, each value one space after its label's line: read
    // as -layout by its lines set in under the value column; record 27's `…績效目標達` / `成情形`
    // one space before its value's line.
    ["report-2018-zh-chromium-a5-l4", [24, 25, 26, 27, 28], ["column_gap_ambiguous", "label_tail_in_value"]],
    // WeasyPrint: record 8's achievement begun at the page's foot, its label atop the next page
    // beside the rest of it.
    ["report-2018-zh-weasyprint-b5-sans-l7", [7, 8, 9], ["cell_from_page_before"]],
  ])("%s: records %j read as the seed's", (name, seqs, repairs) => {
    const report = parse(read(`fixtures/text/producers/browser/${name}.layout.txt`), true);
    expect(report.records.map((record) => record.seq)).toEqual(seqs);
    for (const record of report.records) expect(comparable(record)).toEqual(seedRecord(record.seq));
    // The repair is said (info), and nothing else but the excerpt's first number (seq_gap).
    const codes = new Set(report.warnings.map((warning) => warning.code));
    expect([...codes].sort()).toEqual([...repairs, "seq_gap"].sort());
  });
});
