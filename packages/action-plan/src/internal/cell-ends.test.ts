import type { Measure } from "@lianzheng/model";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  bracketsBalance,
  listsStartingLate,
  oddCellEnds,
  roleLabelsAstray,
  unbalancedCells,
} from "./cell-ends.js";

const measure = (n: number, indicator: string, target: string): Measure =>
  ({
    id: `1.${n}`,
    strategy: 1,
    number: n,
    text: "建構整體有系統性的政府機關廉政風險評估及管理方法。",
    performanceGoals: [{ number: null, text: "每年提報稽核及查核案件數與成果。" }],
    agencies: [],
    agencyText: "各機關、法務部(廉政署)",
    indicators: indicator === "" ? [] : [{ number: null, text: indicator }],
    targets: [{ rocYear: 112, year: 2023, text: target, items: [], quantities: [] }],
  }) as Measure;

/** Nine measures whose cells end sentences, then `last`. */
const afterNine = (last: Measure): Measure[] => [
  ...Array.from({ length: 9 }, (_, i) => measure(i + 1, "完成年度工作項目之比率。", "完成率達 85%。")),
  last,
];

const doubts = (measures: Measure[]) =>
  oddCellEnds(measures).map((d) => `${d.measure.id} ${d.column} ${d.why}`);

describe("cells that end unlike their column", () => {
  test("a target cell given the next column's first character (辦理 27 件。參) ends mid-sentence", () => {
    // Chromium's B5 landscape print: the indicator column read a character short row after row,
    // its `參` of 參與人次 taken into the target.
    const measures = Array.from({ length: 10 }, (_, i) =>
      i % 2 === 0
        ? measure(i + 1, "1. 辦理宣導活動場次。 2. 與人次。", `辦理 ${i} 件。參`)
        : measure(i + 1, "完成年度工作項目之比率。", "完成率達 85%。"),
    );
    expect(doubts(measures)).toEqual([
      "1.1 target 112 unended",
      "1.3 target 112 unended",
      "1.5 target 112 unended",
      "1.7 target 112 unended",
      "1.9 target 112 unended",
    ]);
  });

  test("an indicator cell left empty, its text read into the target, is doubted", () => {
    const measures = afterNine(measure(10, "", "完成年度工 1. 完成研作項目之比議 1 案。率。"));
    expect(doubts(measures)).toEqual(["1.10 indicators empty"]);
  });

  test("a cell ending with the next item's marker (評價。2.) ends no sentence", () => {
    const measures = afterNine({
      ...measure(10, "完成年度工作項目之比率。", "完成率達 85%。"),
      text: "瞭解國際社會對我國清廉程度的評價。2.",
    });
    expect(doubts(measures)).toEqual(["1.10 measure unended"]);
  });

  test("a table of fewer than eight measures shows no habit: left alone", () => {
    const few = Array.from({ length: 7 }, (_, i) => measure(i + 1, "完成年度工作項目之比率。", "完成率達"));
    expect(doubts(few)).toEqual([]);
  });

  test("cells that end sentences are never doubted, whatever the table (property)", () => {
    const cell = fc.constantFrom(
      "完成率達 85%。",
      "辦理 27 件。",
      "Complete the review.",
      "（執行措施 8.4）。",
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { minLength: 8, maxLength: 40 }), (pairs) => {
        expect(oddCellEnds(pairs.map(([a, b], i) => measure(i + 1, a, b)))).toEqual([]);
      }),
    );
  });
});

describe("numbered lists that start past 1", () => {
  const goals = (n: number, numbers: number[]): Measure => ({
    ...measure(n, "完成年度工作項目之比率。", "完成率達 85%。"),
    performanceGoals: numbers.map((number) => ({ number, text: "行政院洗錢防制辦公室配合權責機關辦理。" })),
  });
  const late = (measures: Measure[]) =>
    listsStartingLate(measures).map((d) => `${d.measure.id} ${d.column} ${d.why}`);

  test("a measure's goals opening with item 4 (a row's end read a row late): it and the measure above", () => {
    // WeasyPrint, Legal at 12 pt: measure 2.4's fourth goal read as measure 2.5's.
    expect(late([goals(4, [1, 2, 3]), goals(5, [4])])).toEqual([
      "1.4 goals lost-items",
      "1.5 goals late-start",
    ]);
  });

  test("a list whose first numbered item is 2, after unnumbered text: its 1. was read elsewhere", () => {
    // Chromium, A5 landscape at 9 pt: `趨勢研1. 法務部…` set with no space, `1.` read into the measure.
    expect(
      late([
        goals(4, [1, 2]),
        {
          ...goals(5, [2]),
          performanceGoals: [
            { number: null, text: "法務部廉政署。" },
            { number: 2, text: "因應。" },
          ],
        },
      ]),
    ).toEqual(["1.5 goals late-start"]);
  });

  test("lists from 1, or unnumbered, are left alone", () => {
    expect(
      late([goals(1, [1, 2]), { ...goals(2, []), performanceGoals: [{ number: null, text: "每年提報。" }] }]),
    ).toEqual([]);
  });
});

describe("brackets a cell leaves open or closes unopened", () => {
  test("balance is told in order, half- and full-width parentheses alike", () => {
    expect(bracketsBalance("網絡(ACT-NET)會議、「透明品質獎」（執行措施 8.4）。")).toBe(true);
    expect(bracketsBalance("執法機構網絡NET)會議")).toBe(false);
    expect(bracketsBalance("透明化工作(ACT-小組會議")).toBe(false);
    expect(bracketsBalance("「獎)」")).toBe(false);
  });

  test("a bracketed word cut into the next column: both measures' cells doubted", () => {
    // Chromium, B4 at 12 pt: `(ACT-` of the measure's (ACT-NET) read into the goals beside it.
    const measures = afterNine({
      ...measure(10, "完成年度工作項目之比率。", "完成率達 85%。"),
      text: "APEC 反貪腐有關單位和執法機構網絡NET)會議。",
      performanceGoals: [{ number: 1, text: "定期於APEC反貪腐暨透明化工作(ACT-小組會議報告。" }],
    });
    expect(unbalancedCells(measures).map((d) => `${d.measure.id} ${d.column}`)).toEqual([
      "1.10 measure",
      "1.10 goals",
    ]);
  });
});

describe("the agency column's role labels in another column", () => {
  test("a line of the agency cell read into the indicator is doubted, where the agencies use labels", () => {
    // Chromium, Letter at 10 pt in the serif face: 協辦機關：金 / 融監督管理委 / 員會 read into
    // the indicator beside it.
    const labelled = {
      ...measure(1, "每年提報辦理情形及成果件數。", "辦理 10 件。"),
      agencyText: "主辦機關：法務部(檢察司)",
    };
    const astray = measure(
      2,
      "每年提報辦理情形及成協辦機關：金果件數（執融監督管理委行措施員會 8.0）。",
      "辦理 12 件。",
    );
    expect(roleLabelsAstray([labelled, astray]).map((d) => `${d.measure.id} ${d.column}`)).toEqual([
      "1.2 indicators",
    ]);
    // A table whose agencies name no roles: the words are left alone.
    expect(roleLabelsAstray([astray])).toEqual([]);
  });
});
