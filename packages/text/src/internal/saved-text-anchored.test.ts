import { createAgencyMemo, parseAgencyCell } from "@lianzheng/agencies";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readSavedText } from "../saved-text.js";
import { type AnchoredShape, anchoredRows, isSubHeading, subHeadingRowLines } from "./saved-text-anchored.js";

// The 2012 edition's grouped table saved as text: rows found from their agency cells.

const memo = createAgencyMemo();
const shape: AnchoredShape = {
  before: 1,
  after: 0,
  readsAsAgencies: (text) => {
    const { roles, warnings } = parseAgencyCell(text, "zh-Hant", { memo });
    return roles.length > 0 && warnings.length === 0;
  },
};
const cellsOf = (lines: string[], rows: ReturnType<typeof anchoredRows>) =>
  rows?.map((row) => row.cells.map((span) => lines.slice(span.from, span.to).join("\n")));

// Rows as the 2012 edition has them: a sub-heading row, a strategy with its only measure
// unnumbered, a strategy cell spanning a second row (an empty line), a cut row's rest with empty
// goals and agencies, and goals of two paragraphs.
const ROWS = [
  ["(一)肅貪：", "", "", ""],
  [
    "1. 研議強化政風機構人員職權。",
    "強化政風機構人員行政調查職權。",
    "定期提報法規建置成果。",
    "法務部廉政署",
  ],
  ["2. 推動增修肅貪法令。", "1. 研修相關法令。", "定期提報研修進度。", "法務部檢察司、法務部廉政署"],
  ["", "2. 推動檢察人員取得證照。", "每年一月提報前一年辦理情形。", "法務部檢察司"],
  ["", "並定期檢討偵辦成效。", "", ""],
  ["", "3. 落實查扣犯罪所得。", "1. 每年統計金額。\n2. 每年提報追繳情形。", "法務部檢察司"],
  ["(二)防貪：", "", "", ""],
  ["1. 推動行政透明。", "推動機關業務流程公開透明。", "每年提報請託關說登錄件數。", "各機關、法務部廉政署"],
];
const linesOf = (rows: string[][]) => rows.flatMap((row) => row.flatMap((cell) => cell.split("\n")));

describe("anchoredRows", () => {
  it("reads each row from its agency cell: sub-headings, spanned strategies, empty cells, goals of two lines", () => {
    const lines = linesOf(ROWS);
    const rows = anchoredRows(lines, { from: 0, to: lines.length }, shape);
    expect(cellsOf(lines, rows)).toEqual(ROWS);
    expect(rows?.map((row) => row.why)).toEqual(ROWS.map(() => ""));
  });

  it("says what it doubts: goals beside an empty agency cell, a strategy with no number", () => {
    const rows = [
      ["1. 推動行政透明。", "推動業務流程公開。", "每年提報件數。", ""],
      ["研議修正相關法規。", "定期檢討。", "每年提報。", "法務部"],
    ];
    const lines = linesOf(rows);
    const read = anchoredRows(lines, { from: 0, to: lines.length }, shape);
    expect(cellsOf(lines, read)).toEqual(rows);
    expect(read?.map((row) => row.why)).toEqual([
      "its agency cell is empty though its goals are not",
      "its strategy cell has no number",
    ]);
  });

  it("doubts a measure that may go on into its goals' first line", () => {
    const rows = [
      ["1. 推動行政透明。", "1. 推動業務流程公開，", "並定期檢討。\n1. 每年提報件數。", "法務部"],
    ];
    const lines = linesOf(rows);
    expect(anchoredRows(lines, { from: 0, to: lines.length }, shape)?.map((row) => row.why)).toEqual([
      "its goals open with a line not numbered over a list numbered from 1 (the measure may have a second paragraph)",
    ]);
  });

  it("gives up (null) where no cut into rows holds", () => {
    const lines = ["1. 推動行政透明。", "推動業務流程公開。", "每年提報件數。"];
    expect(anchoredRows(lines, { from: 0, to: lines.length }, shape)).toBeNull();
  });

  it("rows of any cells read back as written (property)", () => {
    const agencies = fc.constantFrom(
      "法務部",
      "法務部廉政署",
      "教育部、法務部廉政署",
      "內政部、監察院",
      "各機關",
    );
    const goals = fc.array(fc.constantFrom("每年提報辦理情形。", "定期提報研修進度。", "1. 每年統計件數。"), {
      minLength: 1,
      maxLength: 3,
    });
    const row = fc.record({
      strategy: fc.option(
        fc.integer({ min: 1, max: 9 }).map((n) => `${n}. 推動廉政工作第${n}項。`),
        { nil: "" },
      ),
      measure: fc.constantFrom("1. 研修法令。", "強化查核。", "2. 推動宣導，並定期檢討。"),
      goals,
      agency: agencies,
    });
    const group = fc.record({
      title: fc.constantFrom("(一)肅貪：", "(二)防貪：", "(三)透明課責："),
      rows: fc.array(row, { minLength: 1, maxLength: 4 }),
    });
    // (A sub-heading row's cells merged, as a web page's colspan saves: its one line; a merged
    // row opens a group whose first row has a strategy, as every group's does.)
    fc.assert(
      fc.property(fc.array(group, { minLength: 1, maxLength: 3 }), fc.boolean(), (groups, merged) => {
        const rows = groups.flatMap(({ title, rows }) => [
          [title, "", "", ""],
          ...rows.map((r, index) => [
            index === 0 ? r.strategy || "1. 推動。" : r.strategy,
            r.measure,
            r.goals.join("\n"),
            r.agency,
          ]),
        ]);
        const lines = merged
          ? rows.flatMap((row) => (isSubHeading(row[0]) ? [row[0] as string] : linesOf([row])))
          : linesOf(rows);
        expect(cellsOf(lines, anchoredRows(lines, { from: 0, to: lines.length }, shape))).toEqual(rows);
      }),
      { numRuns: 60 },
    );
  });
});

describe("sub-headings", () => {
  it("a bracketed Chinese number and a short title; a sentence is not one", () => {
    expect(isSubHeading("(一)肅貪：")).toBe(true);
    expect(isSubHeading("（二）透明課責")).toBe(true);
    expect(isSubHeading("(一) 推動廉政工作，落實風險控管。")).toBe(false);
    expect(isSubHeading("1. 肅貪：")).toBe(false);
    expect(subHeadingRowLines(["(一)肅貪：", "", "", "", "1. x"], 0, 4)).toBe(4);
    // A cell merged across the row: one line, before a numbered strategy.
    expect(subHeadingRowLines(["(一)肅貪：", "1. 研議。", "x"], 0, 4)).toBe(1);
    expect(subHeadingRowLines(["(一)肅貪：", "研議。", "x"], 0, 4)).toBe(0);
    expect(subHeadingRowLines(["(一)肅貪：", "", "x", ""], 0, 4)).toBe(0);
  });
});

describe("readSavedText: the 2012 edition's grouped tables", () => {
  const LONG = `為實現廉政革新願景，${"全力推動廉能政策主軸，讓民眾安心、放心，".repeat(4)}本方案政策方向如下：`;
  const text = [
    "國家廉政建設行動方案",
    "參、政策方向",
    LONG,
    "肆、具體作為",
    "一、加強肅貪防貪",
    "具體策略",
    "執行措施",
    "績效目標",
    "辦理機關",
    ...linesOf(ROWS),
    "二、落實陽光法令",
    "具體策略",
    "執行措施",
    "績效目標",
    "辦理機關",
    ...linesOf(ROWS.slice(0, 3)),
    "伍、經費",
    "執行本方案所需經費由各機關按年度編列預算支應。",
  ].join("\n");

  it("an agency cell of a paragraph per agency is listed as the other forms print it", () => {
    const twoParagraphs = text.replace(
      "定期提報研修進度。\n法務部檢察司、法務部廉政署",
      "定期提報研修進度。\n法務部檢察司\n法務部廉政署",
    );
    expect(twoParagraphs).not.toBe(text);
    const rowsOf = (doc: ReturnType<typeof readSavedText>) =>
      doc.blocks.flatMap((block) =>
        block.kind === "table" ? block.rows.map((row) => row.cells.map((c) => c.text)) : [],
      );
    expect(rowsOf(readSavedText(twoParagraphs))).toEqual(rowsOf(readSavedText(text)));
  });

  it("reads each group's table, its heading left above it, and no doubt", () => {
    const doc = readSavedText(text);
    const tables = doc.blocks.filter((block) => block.kind === "table");
    expect(tables.map((table) => (table.kind === "table" ? table.rows.length : 0))).toEqual([8, 3]);
    const texts = doc.blocks
      .filter((block) => block.kind !== "table")
      .map((block) => ("text" in block ? block.text : ""));
    expect(texts).toContain("二、落實陽光法令");
    expect(doc.warnings.map((warning) => warning.code)).not.toContain("saved_text_cells_uncertain");
  });
});
