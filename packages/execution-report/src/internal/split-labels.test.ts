import { describe, expect, test } from "vitest";
import type { Entry } from "./entries.js";
import { rejoinSplitLabels } from "./split-labels.js";

const entry = (label: string, text: string, page?: number): Entry => ({
  label,
  parts: [text],
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

  test("not on one page, nor when either label is known or the two make none", () => {
    const none = (entries: Entry[]) => rejoinSplitLabels(entries, []).length;
    expect(none([entry("107年度(1月", "a", 12), entry("至12月)績效目標達成情形", "b", 12)])).toBe(2);
    expect(none([entry("辦理機關", "a", 12), entry("績效目標", "b", 13)])).toBe(2);
    expect(none([entry("備註", "a", 12), entry("說明", "b", 13)])).toBe(2);
    // Text gives no pages: the labels alone decide.
    expect(none([entry("107年度(1月", "a"), entry("至12月)績效目標達成情形", "b")])).toBe(1);
  });
});
