import type { Warning } from "@lianzheng/model";
import { describe, expect, it } from "vitest";
import type { Entry } from "./entries.js";
import { reclaimLabelTails } from "./label-tails.js";

// Record 27 of the report printed by Chromium with labels 4 em wide, through pdftotext -layout
// (fixtures/text/producers/browser/report-2018-zh-chromium-a5-l4): the label's last line
// `成情形` stands one space before a line of the value, and the reader gave the line to the value.

const entry = (label: string, parts: string[]): Entry => ({ label, parts, lineStart: 91 });

describe("reclaimLabelTails", () => {
  it("moves the rest of an incomplete label from the value line that opens with it", () => {
    const warnings: Warning[] = [];
    const [read] = reclaimLabelTails(
      [
        entry("107年度(1月至12月)績效目標達", [
          "1. 退輔會： 107年度總計召開2次廉政會報。\n成情形 2. 經濟部：\n(1) 為引領所屬國營及公股事業。",
        ]),
      ],
      warnings,
    );
    expect(read).toEqual(
      entry("107年度(1月至12月)績效目標達成情形", [
        "1. 退輔會： 107年度總計召開2次廉政會報。\n2. 經濟部：\n(1) 為引領所屬國營及公股事業。",
      ]),
    );
    expect(warnings.map((w) => [w.code, w.at])).toEqual([["label_tail_in_value", { line: 91 }]]);
  });

  it("leaves a whole label, and a label no value line completes", () => {
    const warnings: Warning[] = [];
    const whole = entry("績效衡量指標", ["指標 1. 每年提出修法進度。"]);
    const other = entry("分組主辦機關列管說明", ["說明 已達績效目標值。"]);
    const unfinished = entry("107年度(1月至12月)績效目標達", ["1. 成果 已達成。\n成情 形 2. 經濟部："]);
    expect(reclaimLabelTails([whole, other, unfinished], warnings)).toEqual([whole, other, unfinished]);
    expect(warnings).toEqual([]);
  });
});
