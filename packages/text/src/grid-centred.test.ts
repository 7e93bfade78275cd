import { stitchRows } from "@lianzheng/layout";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readLayoutText } from "./grid.js";

// A table whose cells are centred vertically in their rows, as wkhtmltopdf prints one and
// pdftotext -layout grids it: a row's cells start on different lines, goals above their measure,
// and a strategy cell sits in the middle of its measures' rows, not beside the first. Rows are
// set apart by two blank lines, a cell's paragraphs by one. Made here, varied: how many measures
// and goals, how long each cell, the header on one line or its first label centred over it.

const FILL = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥";
const NUMBERS = "一二三四五六七八九";
const COLUMNS = [0, 6, 24, 42];
const WIDTHS = [4, 14, 14, 8];

interface Measure {
  measure: number;
  goals: number[];
  agency: number;
}

const filler = (length: number, seed: number): string =>
  Array.from({ length }, (_, i) => FILL[(seed * 7 + i * 3) % FILL.length]).join("");
/** Text cut into lines of a column's width. */
const wrap = (text: string, width: number): string[] =>
  Array.from({ length: Math.ceil(text.length / width) }, (_, i) => text.slice(i * width, (i + 1) * width));

/** A cell's lines: its paragraphs wrapped, one blank line between them. */
function cellLines(paragraphs: readonly string[], width: number): string[] {
  return paragraphs.flatMap((text, i) => [...(i > 0 ? [""] : []), ...wrap(text, width)]);
}

/** Lines of text placed in columns, centred in a block of `height` lines. */
function centred(cells: readonly string[][], height: number): string[][] {
  return cells.map((lines) => {
    const top = Math.floor((height - lines.length) / 2);
    return Array.from({ length: height }, (_, i) => lines[i - top] ?? "");
  });
}

function setLine(cells: readonly string[]): string {
  let line = "";
  for (const [column, text] of cells.entries()) {
    if (!text) continue;
    line = line.padEnd(COLUMNS[column] as number, " ") + text;
  }
  return line;
}

/** The text of the table and the rows it holds (cell texts without white space). */
function printTable(
  groups: readonly Measure[][],
  wrappedHeader: boolean,
): { text: string; rows: string[][] } {
  const header = "執行措施" + " ".repeat(12) + "績效目標" + " ".repeat(12) + "辦理機關";
  const lines = wrappedHeader ? ["具體", `      ${header}`, "策略", "", ""] : [`具體策略  ${header}`, "", ""];
  const rows: string[][] = [];
  let seed = 1;
  for (const [g, group] of groups.entries()) {
    const strategy = `${NUMBERS[g]}、${filler(6 + g, seed++)}。`;
    const body: string[][] = [];
    for (const [m, { measure, goals, agency }] of group.entries()) {
      const measureText = `(${NUMBERS[m]})${filler(measure, seed++)}。`;
      const goalTexts = goals.map(
        (length, i) => `${goals.length > 1 ? `${i + 1}. ` : ""}${filler(length, seed++)}。`,
      );
      const agencyText = `${filler(agency, seed++)}部`;
      const cells = [
        wrap(measureText, WIDTHS[1] as number),
        cellLines(goalTexts, WIDTHS[2] as number),
        wrap(agencyText, WIDTHS[3] as number),
      ];
      // (A strategy taller than its one row makes the row taller.)
      const alone = group.length === 1 ? wrap(strategy, WIDTHS[0] as number).length : 0;
      const height = Math.max(alone, ...cells.map((cell) => cell.length));
      const placed = centred(cells, height);
      if (m > 0) body.push(["", "", ""], ["", "", ""]);
      for (let i = 0; i < height; i++) body.push(placed.map((column) => column[i] ?? ""));
      rows.push(
        [m === 0 ? strategy : "", measureText, goalTexts.join(""), agencyText].map((t) =>
          t.replace(/\s+/gu, ""),
        ),
      );
    }
    const [strategyColumn] = centred([wrap(strategy, WIDTHS[0] as number)], body.length);
    for (const [i, cells] of body.entries()) lines.push(setLine([strategyColumn?.[i] ?? "", ...cells]));
    lines.push("", "");
  }
  lines.push("伍、預期效益", "本方案之效益。");
  return { text: lines.join("\n"), rows };
}

/** The table's rows as read, stitched, its header left out, cell texts without white space. */
function readRows(text: string): string[][] {
  const table = readLayoutText(text).blocks.find((block) => block.kind === "table");
  if (table?.kind !== "table") return [];
  return stitchRows(table.rows).rows.map((row) => row.cells.map((cell) => cell.text.replace(/\s+/gu, "")));
}

const measureArb = fc.record({
  measure: fc.integer({ min: 8, max: 50 }),
  goals: fc.array(fc.integer({ min: 6, max: 40 }), { minLength: 1, maxLength: 4 }),
  agency: fc.integer({ min: 2, max: 20 }),
});
const tableArb = fc.array(fc.array(measureArb, { minLength: 1, maxLength: 4 }), {
  minLength: 3,
  maxLength: 4,
});

/** A short measure with its goals (one of six characters unless told) and agency. */
const m = (measure: number, goals = [6], agency = 2): Measure => ({ measure, goals, agency });

describe("readLayoutText: rows whose cells are centred in them", () => {
  it("reads each measure's row with its goals and agencies, each strategy beside its first measure", () => {
    fc.assert(
      fc.property(tableArb, fc.boolean(), (groups, wrappedHeader) => {
        const { text, rows } = printTable(groups, wrappedHeader);
        expect(readRows(text)).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });

  it("reads a table of one-measure strategies whose first goal list stands above its measure", () => {
    // Right under the header, a block of goals with no measure beside it: the first row's top.
    const one = (goals: number[]) => [{ measure: 11, goals, agency: 2 }];
    const { text, rows } = printTable([one([11, 6, 11, 6]), one([6]), one([6])], false);
    expect(readRows(text)).toEqual(rows);
  });

  it.each([
    // A strategy taller than its first one-line measure fills the gap above the next: no blank line.
    ["a strategy bridging two one-line measures", [[m(11)], [m(11)], [m(8), m(8)]]],
    // The group's first goal list stands above its measure, alone: two blank lines above, one below.
    ["a goal list above its measure, in a block of its own", [[m(11)], [m(11)], [m(8, [6, 6, 6]), m(8)]]],
    // The strategy centred over two rows starts beside the second.
    ["a strategy beside its second measure", [[m(8), m(8, [6], 8)], [m(11)], [m(11)]]],
    // The strategy starts below its first measure's line, its last line beside the next row's goals.
    ["a strategy below its first measure", [[m(11)], [m(8), m(8)], [m(8), m(8, [6, 6])]]],
  ])("reads %s", (_, groups) => {
    const { text, rows } = printTable(groups, false);
    expect(readRows(text)).toEqual(rows);
  });

  it("reads a goal list set higher than its measure, after a short row", () => {
    const groups = [
      [
        { measure: 40, goals: [10], agency: 4 },
        { measure: 10, goals: [30, 30, 30, 30], agency: 4 },
      ],
      [{ measure: 20, goals: [12], agency: 6 }],
      [
        { measure: 12, goals: [12, 40], agency: 6 },
        { measure: 30, goals: [8], agency: 20 },
      ],
    ];
    const { text, rows } = printTable(groups, true);
    expect(readRows(text)).toEqual(rows);
  });
});

// Tables whose cells start at their row's top, with rows of spanning text alone (a section's
// sub-heading, `(二)防貪：`) and pages: neither is a sign of centred rows. Counterexample of
// ingest's edition-forms property (the 2012 edition at widths 10, gap 2, 45 lines a page): the
// sub-heading opening page 2 stood nearer the item below than the page's top, and the table was
// read as centred, its strategies gathered into one cell.
describe("readLayoutText: top-aligned rows beside sub-headings and page breaks", () => {
  const at = [0, 12, 24, 36];
  const line = (...cells: string[]) =>
    cells.reduce((text, cell, i) => (cell ? text.padEnd(at[i] as number, " ") + cell : text), "");
  const HEADER = line("具體策略", "執行措施", "績效目標", "辦理機關");
  const firstPage = [
    HEADER,
    "",
    "(一)肅貪：",
    "",
    line("1. 研議強化政風", "1. 強化政風機構", "定期提報法規建置", "法務部廉政署"),
    line("機構職權。", "行政調查。", "成果。"),
    "",
    line("", "2. 推動檢察、司", "每年提報辦理情形", "法務部檢察司"),
    line("", "法警察取得證照。", "。"),
    "",
    line("2. 推動增修肅貪", "1. 研修獎勵保護", "定期提報研修進度", "法務部"),
    line("法令。", "檢舉辦法。", "。"),
  ];
  const rows = [
    ["(一)肅貪：", "", "", ""],
    ["1.研議強化政風機構職權。", "1.強化政風機構行政調查。", "定期提報法規建置成果。", "法務部廉政署"],
    ["", "2.推動檢察、司法警察取得證照。", "每年提報辦理情形。", "法務部檢察司"],
    ["2.推動增修肅貪法令。", "1.研修獎勵保護檢舉辦法。", "定期提報研修進度。", "法務部"],
    ["(二)防貪：", "", "", ""],
    ["1.落實機關廉政風險評估。", "1.各機關辦理廉政風險評估。", "每年提報評估報告。", "各機關"],
    ["", "2.針對高風險業務辦理稽核。", "每年提報稽核件數。", "各機關"],
    ["2.推動行政透明。", "推動機關業務流程公開。", "每年提報登錄件數。", "各機關"],
  ];
  const secondSection = [
    "(二)防貪：",
    "",
    line("1. 落實機關廉政", "1. 各機關辦理廉", "每年提報評估報告", "各機關"),
    line("風險評估。", "政風險評估。", "。"),
    "",
    line("", "2. 針對高風險業", "每年提報稽核件數", "各機關"),
    line("", "務辦理稽核。", "。"),
    "",
    line("2. 推動行政透明", "推動機關業務流程", "每年提報登錄件數", "各機關"),
    line("。", "公開。", "。"),
  ];
  const read = (lines: string[]) => readRows(["肆、具體作為", "", ...lines, "", "伍、經費"].join("\n"));

  it("reads a sub-heading row opening a page, under the repeated header", () => {
    const text = [...firstPage, "", `${" ".repeat(30)}-1-`, `\f${HEADER}`, "", "", ...secondSection];
    expect(read(text)).toEqual(rows);
  });

  it("reads a sub-heading row with more blank lines above it than below", () => {
    expect(read([...firstPage, "", "", ...secondSection])).toEqual(rows);
  });

  it("reads a row's last goal line opening a page, nearer the next item than the page's top", () => {
    // Row 2's goals run onto page 2, alone under the repeated header.
    const text = [
      ...firstPage.slice(0, 7),
      line("", "2. 推動檢察、司", "每年提報辦理情形", "法務部檢察司"),
      line("", "法警察取得證照。"),
      "",
      `${" ".repeat(30)}-1-`,
      `\f${HEADER}`,
      "",
      "",
      line("", "", "。"),
      "",
      ...firstPage.slice(10),
      "",
      ...secondSection,
    ];
    expect(read(text)).toEqual(rows);
  });
});
