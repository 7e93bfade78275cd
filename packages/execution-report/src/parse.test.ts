import type { RawDocument, RawRow } from "@lianzheng/layout";
import { isParseError, type Source } from "@lianzheng/model";
import { describe, expect, it } from "vitest";
import { parseExecutionReport } from "./parse.js";

const source: Source = { path: "report.txt", format: "text", sha256: "a".repeat(64), bytes: 1 };
let line = 0;
const row = (...cells: string[]): RawRow => {
  line++;
  return {
    cells: cells.map((text) => ({ text, lineStart: line, lineEnd: line })),
    lineStart: line,
    lineEnd: line,
  };
};
const heading = (year = 107) => [
  { kind: "paragraph" as const, text: "行政院 108 年 9 月 11 日院臺法字第 1080029452 號函核定", line: 1 },
  { kind: "paragraph" as const, text: `國家廉政建設行動方案 ${year} 年執行情形`, line: 2 },
];
const record = (seq: number, year = 107): RawRow[] => [
  row("序次", String(seq)),
  row("具體策略", "一、強化機關廉政經營責任制度，落實風險控管作為。"),
  row("執行措施", `(${"一二三四五"[seq - 1]}) 措施 ${seq}。`),
  row("績效目標", "1. 目標甲。 2. 目標乙。"),
  row("辦理機關", "各機關、法務部(廉政署)"),
  row("績效衡量指標", "每年提報執行情形。"),
  row(`${year}年績效目標值`, "1. 稽核 280 件。"),
  row(`${year} 年度(1 月至 12 月)績效目標達成情形`, "1. 稽核 287 件，達成率 102.5%。"),
];
const doc = (rows: RawRow[], year = 107): RawDocument => ({
  format: "text",
  blocks: [...heading(year), { kind: "table", header: null, rows }],
  warnings: [],
});

describe("parseExecutionReport", () => {
  it("reads the heading and one record per 序次", () => {
    const report = parseExecutionReport(doc([...record(1), ...record(2)]), { source });
    expect(report).toMatchObject({
      kind: "execution-report",
      id: `execution-report.zh-hant.${"a".repeat(16)}`,
      year: 2018,
      rocYear: 107,
      title: "國家廉政建設行動方案 107 年執行情形",
      approval: { authority: "行政院", date: "2019-09-11", documentNumber: "院臺法字第1080029452號" },
    });
    expect(report.records.map((r) => [r.seq, r.strategy.number, r.measure.number, r.measure.text])).toEqual([
      [1, 1, 1, "措施 1。"],
      [2, 1, 2, "措施 2。"],
    ]);
    const [first] = report.records;
    expect(first?.strategy.title).toBe("強化機關廉政經營責任制度，落實風險控管作為。");
    expect(first?.agencyText).toBe("各機關、法務部(廉政署)");
    expect(first?.agencies.map((a) => a.name)).toContain("各機關");
    expect(first?.target.text).toBe("1. 稽核 280 件。");
    expect(first?.achievement.text).toBe("1. 稽核 287 件，達成率 102.5%。");
    expect(report.warnings).toEqual([]);
  });

  it("puts unknown labels and other years' targets in fields, in order", () => {
    const rows = [
      ...record(1),
      row("分組主辦機關列管說明", "已達績效目標值。"),
      row("108年績效目標值", "1. 稽核 300 件。"),
      row("107年執行效益", "高。"),
    ];
    const [only] = parseExecutionReport(doc(rows), { source }).records;
    expect(only?.fields).toEqual([
      { label: "分組主辦機關列管說明", text: "已達績效目標值。" },
      { label: "108年績效目標值", text: "1. 稽核 300 件。" },
      { label: "107年執行效益", text: "高。" },
    ]);
    expect(only?.target.text).toBe("1. 稽核 280 件。");
  });

  it("parses the next year's report the same way", () => {
    const report = parseExecutionReport(doc([...record(1, 108), ...record(2, 108)], 108), { source });
    expect([report.rocYear, report.year, report.records.length]).toEqual([108, 2019, 2]);
    expect(report.records[1]?.achievement.text).toBe("1. 稽核 287 件，達成率 102.5%。");
  });

  it("folds continuation rows and paragraphs into the value above", () => {
    const rows = record(1);
    rows.splice(8, 0, row("", "2. 第二項，跨頁"));
    const rawDoc = doc(rows);
    rawDoc.blocks.push(
      { kind: "paragraph", text: "續完。", line: 99 },
      { kind: "paragraph", text: "- (1) 子項 5 件。", line: 100 },
    );
    const [only] = parseExecutionReport(rawDoc, { source }).records;
    expect(only?.achievement.text).toBe(
      "1. 稽核 287 件，達成率 102.5%。\n2. 第二項，跨頁續完。\n(1) 子項 5 件。",
    );
    expect(only?.provenance?.lines?.[1]).toBe(100);
  });

  it("leaves out its record's head repeated as a paragraph inside the value (a page the reader read as prose)", () => {
    // WeasyPrint repeats 序次 | 2 atop each page record 2's last value runs onto; where the
    // reader took such a page for paragraphs, the head came inside the value: `…2月序次 2派員…`.
    const rawDoc = doc([...record(1), ...record(2)]);
    rawDoc.blocks.push(
      { kind: "paragraph", text: "2. 派員赴汶萊參加會議，", page: 24 },
      { kind: "paragraph", text: "序次 2", page: 25 },
      { kind: "paragraph", text: "研習評鑑程序。", page: 25 },
    );
    const report = parseExecutionReport(rawDoc, { source });
    expect(report.records[1]?.achievement.text).toBe(
      "1. 稽核 287 件，達成率 102.5%。\n2. 派員赴汶萊參加會議，研習評鑑程序。",
    );
    expect(report.warnings).toEqual([
      expect.objectContaining({ code: "record_head_repeated", severity: "info", at: { seq: 2, page: 25 } }),
    ]);
    // Another record's number is no repeated head: left as it was read.
    rawDoc.blocks.push({ kind: "paragraph", text: "序次 1", page: 25 });
    expect(parseExecutionReport(rawDoc, { source }).records[1]?.achievement.text).toContain("序次 1");
  });

  it("takes a header row that is really a 序次 row as data", () => {
    const [seqRow, ...rest] = record(1);
    const rawDoc = doc(rest);
    const table = rawDoc.blocks[2];
    if (table?.kind === "table") table.header = seqRow?.cells.map((c) => c.text) ?? null;
    expect(parseExecutionReport(rawDoc, { source }).records.map((r) => r.seq)).toEqual([1]);
  });

  it("starts a new record at a second 具體策略 when the 序次 row is lost", () => {
    const second = record(2).slice(1);
    const report = parseExecutionReport(doc([...record(1), ...second]), { source });
    expect(report.records.map((r) => [r.seq, r.measure.number])).toEqual([
      [1, 1],
      [2, 2],
    ]);
    expect(report.warnings.map((w) => w.code)).toEqual(["missing_seq"]);
  });

  it("warns about gaps in 序次 and missing rows without dropping records", () => {
    const third = record(3).filter((r) => !r.cells[0]?.text.includes("達成情形"));
    const report = parseExecutionReport(doc([...record(1), ...third]), { source });
    expect(report.records.map((r) => r.seq)).toEqual([1, 3]);
    expect(report.records[1]?.achievement).toEqual({ text: "", items: [], quantities: [] });
    expect(report.warnings.map((w) => w.code).sort()).toEqual(["missing_achievement", "seq_gap"]);
  });

  it("warns on a record whose achievement label came cut (107年度(1月至12月)績): its missing row is in doubt", () => {
    const cut = record(1).map((row) =>
      row.cells[0]?.text.includes("達成情形")
        ? { ...row, cells: [{ ...row.cells[0], text: "107年度(1月至12月)績" }, ...row.cells.slice(1)] }
        : row,
    );
    const report = parseExecutionReport(doc(cut), { source });
    const incomplete = report.warnings.filter((w) => w.code === "label_incomplete");
    expect(incomplete.map((w) => w.at?.seq)).toEqual([1]);
    expect(report.records[0]?.fields.map((f) => f.label)).toContain("107年度(1月至12月)績");
  });

  it("throws a ParseError for a document without records", () => {
    const empty: RawDocument = { format: "text", blocks: heading(), warnings: [] };
    expect(() => parseExecutionReport(empty, { source })).toThrow(/no records/);
    try {
      parseExecutionReport({ format: "text", blocks: [], warnings: [] }, { source });
    } catch (error) {
      expect(isParseError(error) && error.code).toBe("invalid_document");
    }
  });
});
