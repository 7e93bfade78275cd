import { severityOf } from "@lianzheng/model";
import { describe, expect, test } from "vitest";
import type { Entry } from "./entries.js";
import { rejoinSplitLabels } from "./split-labels.js";

const entry = (label: string, text: string, page?: number): Entry => ({
  label,
  parts: text === "" ? [] : [text],
  ...(page === undefined ? {} : { pageStart: page, pageEnd: page }),
});

describe("rejoinSplitLabels", () => {
  test("two unknown labels a page break split, that make a known one, are one entry", () => {
    const warnings: Parameters<typeof rejoinSplitLabels>[1] = [];
    const entries = [
      entry("107年績效目標值", "研編防貪指引或手冊10件。", 12),
      entry("107年度(1月", "107年度研編各類防貪指引共23件：", 12),
      entry("至12月)績效目標達成情形", "1. 法務部廉政署督同各政風機構…", 13),
    ];
    const out = rejoinSplitLabels(entries, warnings);
    expect(out.map((e) => [e.label, e.parts, e.pageStart, e.pageEnd])).toEqual([
      ["107年績效目標值", ["研編防貪指引或手冊10件。"], 12, 12],
      [
        "107年度(1月至12月)績效目標達成情形",
        ["107年度研編各類防貪指引共23件：", "1. 法務部廉政署督同各政風機構…"],
        12,
        13,
      ],
    ]);
    expect(warnings.map((w) => [w.code, w.at])).toEqual([["label_rejoined", { page: 13 }]]);
  });

  // WeasyPrint, B5, a Kaiti face: the record's head (序次 | 43) is repeated atop the page, between
  // the two parts of the label the break cut, as a row of its own.
  test("a label split around its record's head repeated atop the page is one entry, the head dropped", () => {
    const warnings: Parameters<typeof rejoinSplitLabels>[1] = [];
    const entries = [
      entry("序次", "43", 31),
      entry("107年績效目標值", "1. 每年…達1億元。", 31),
      entry("107年度(1月至12月)績效", "1. 我國國內貪瀆案件…", 31),
      entry("序次", "43", 32),
      entry("目標達成情形", "年請求凍結帳戶…", 32),
      entry("序次", "44", 32),
    ];
    const out = rejoinSplitLabels(entries, warnings);
    expect(out.map((e) => [e.label, e.parts])).toEqual([
      ["序次", ["43"]],
      ["107年績效目標值", ["1. 每年…達1億元。"]],
      ["107年度(1月至12月)績效目標達成情形", ["1. 我國國內貪瀆案件…", "年請求凍結帳戶…"]],
      ["序次", ["44"]],
    ]);
    expect(warnings.map((w) => [w.code, w.at])).toEqual([
      ["record_head_repeated", { page: 32 }],
      ["label_rejoined", { page: 32 }],
    ]);
    // Another record's head, or a label that makes none with the one above, stays.
    const kept = (head: string, label: string) =>
      rejoinSplitLabels(
        [entries[0], entries[2], entry("序次", head, 32), entry(label, "x", 32)] as Entry[],
        [],
      ).length;
    expect(kept("44", "目標達成情形")).toBe(4);
    expect(kept("43", "辦理機關")).toBe(4);
  });

  test("not on one page, nor when either label is known or the two make none", () => {
    const none = (entries: Entry[]) => rejoinSplitLabels(entries, []).length;
    expect(none([entry("107年度(1月", "a", 12), entry("至12月)績效目標達成情形", "b", 12)])).toBe(2);
    expect(none([entry("辦理機關", "a", 12), entry("績效目標", "b", 13)])).toBe(2);
    expect(none([entry("備註", "a", 12), entry("說明", "b", 13)])).toBe(2);
    // Text gives no pages: the labels alone decide.
    expect(none([entry("107年度(1月", "a"), entry("至12月)績效目標達成情形", "b")])).toBe(1);
  });

  // WeasyPrint, A5, inner borders only, rows free: the row cut by the break leaves its label's
  // last line alone under the repeated 序次 row, and no line tells it from a whole row.
  test("an unknown label cut by a page break: the brackets prove it, or the lone label is warned", () => {
    const read = (entries: Entry[]) => {
      const warnings: Parameters<typeof rejoinSplitLabels>[1] = [];
      const out = rejoinSplitLabels(entries, warnings);
      return { labels: out.map((e) => e.label), codes: warnings.map((w) => [w.code, severityOf(w.code)]) };
    };
    expect(
      read([
        entry("106年及107年績效目標「達成", "1. 定期統計通訊保障及監察法之核駁率", 36),
        entry("率」及執行成果比較", "", 37),
        entry("107年特殊績效及亮點成果", "無。", 37),
      ]),
    ).toEqual({
      labels: ["106年及107年績效目標「達成率」及執行成果比較", "107年特殊績效及亮點成果"],
      codes: [["label_rejoined", "info"]],
    });
    // Proven by the brackets also where the value ran on too.
    expect(read([entry("目標「達成", "a", 36), entry("率」及比較", "b", 37)]).labels).toEqual([
      "目標「達成率」及比較",
    ]);
    expect(read([entry("分組主辦機關列", "已達績效目標值。", 36), entry("管說明", "", 37)])).toEqual({
      labels: ["分組主辦機關列管說明"],
      codes: [["label_rejoined_unproven", "warning"]],
    });
  });

  test("a lone label is not taken up on one page, in text, beside a value, or past a label's length", () => {
    const count = (entries: Entry[]) => rejoinSplitLabels(entries, []).length;
    expect(count([entry("分組主辦機關列", "a", 36), entry("管說明", "", 36)])).toBe(2);
    expect(count([entry("分組主辦機關列", "a"), entry("管說明", "")])).toBe(2);
    expect(count([entry("分組主辦機關列", "a", 36), entry("管說明", "b", 37)])).toBe(2);
    expect(count([entry("分組主辦機關列", "", 36), entry("管說明", "", 37)])).toBe(2);
    expect(count([entry("備註", "a", 36), entry("說明".repeat(20), "", 37)])).toBe(2);
  });
});
