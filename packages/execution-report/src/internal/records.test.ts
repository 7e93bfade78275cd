import type { Warning } from "@lianzheng/model";
import { describe, expect, test } from "vitest";
import type { Entry } from "./entries.js";
import { groupRecords } from "./records.js";

const entry = (label: string, text: string, page: number): Entry => ({
  label,
  parts: [text],
  pageStart: page,
  pageEnd: page,
});

// A record's first rows, up to its target, on one page.
const record = (seq: number, page: number): Entry[] => [
  entry("序次", String(seq), page),
  entry("具體策略", "一、強化機關廉政經營責任制度，落實風險控管作為。", page),
  entry("執行措施", `(${"一二三"[seq - 1]}) 各級機關首長對機關廉政風險管控…`, page),
  entry("107年績效目標值", "各機關提出廉政風險評估。", page),
];
const achievement = (page: number) => entry("107年度(1月至12月)績效目標達成情形", "1. 法務部廉政署…", page);

describe("groupRecords: a record's first row repeated atop the page it runs onto", () => {
  test("with only the rows its record lacked: the record's rest, one record, an info note", () => {
    const warnings: Warning[] = [];
    const drafts = groupRecords(
      [...record(1, 19), entry("序次", "1", 20), achievement(20), ...record(2, 20)],
      warnings,
    );
    expect(drafts.map((d) => [d.seq, d.entries.map((e) => e.label)])).toEqual([
      [1, ["序次", "具體策略", "執行措施", "107年績效目標值", "107年度(1月至12月)績效目標達成情形"]],
      [2, ["序次", "具體策略", "執行措施", "107年績效目標值"]],
    ]);
    expect(warnings.map((w) => [w.code, w.at])).toEqual([["record_head_repeated", { page: 20, seq: 1 }]]);
  });

  test("alone atop a later page, with no rows under it: the head repeated, dropped with an info note", () => {
    const warnings: Warning[] = [];
    const drafts = groupRecords([...record(1, 19), entry("序次", "1", 20), ...record(2, 20)], warnings);
    expect(drafts.map((d) => [d.seq, d.entries.length])).toEqual([
      [1, 4],
      [2, 4],
    ]);
    expect(warnings.map((w) => [w.code, w.severity, w.at])).toEqual([
      ["record_head_repeated", "info", { page: 20, seq: 1 }],
    ]);
  });

  test("with a row of a kind the record has, or alone on the record's own page: a record of its own, warned", () => {
    const again = groupRecords([...record(1, 19), ...record(1, 20)], []);
    expect(again.map((d) => d.seq)).toEqual([1, 1]);
    const warnings: Warning[] = [];
    const bare = groupRecords([...record(1, 19), entry("序次", "1", 19)], warnings);
    expect(bare).toHaveLength(2);
    expect(warnings.map((w) => w.code)).toEqual(["seq_out_of_order"]);
    const textInput = groupRecords([...record(1, 19), { label: "序次", parts: ["1"] }], []);
    expect(textInput).toHaveLength(2);
  });
});
