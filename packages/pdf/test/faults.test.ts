import { readFileSync } from "node:fs";
import type { RawBlock, RawRow, RawTable } from "@lianzheng/layout";
import { describe, expect, test } from "vitest";
import { extractPages, readPdf } from "../src/index.js";

// The fixtures of fixtures/pdf/faults/ (made by scripts/make-fault-fixtures.mjs): each draws tables
// the way some producer does, and each table must read exactly as the page shows it. Expected
// values are the texts the script draws, read off its source and the rendered pages.

const fixture = (name: string): Buffer =>
  readFileSync(new URL(`../../../fixtures/pdf/faults/${name}`, import.meta.url));
const tablesOf = (blocks: readonly RawBlock[]): RawTable[] =>
  blocks.filter((b): b is RawTable => b.kind === "table");
const texts = (row: RawRow): string[] => row.cells.map((cell) => cell.text);
/** A table as it shows: its header rows, then its rows, as cell texts. */
const shown = (table: RawTable | undefined): string[][] =>
  table
    ? [...(table.headerRows?.map(texts) ?? (table.header ? [table.header] : [])), ...table.rows.map(texts)]
    : [];
const read = async (name: string) => readPdf(fixture(name), { file: name });
const textOf = (blocks: readonly RawBlock[]): string[] =>
  blocks.flatMap((block) => (block.kind === "table" ? [] : [block.text]));

describe("Word's cell shading (an outer and an inset filled box per cell)", () => {
  test("fills are backgrounds: three columns stay three, four stay four", async () => {
    const doc = await read("word-shading.pdf");
    const [offices, cases, ...others] = tablesOf(doc.blocks);
    expect(others).toEqual([]);
    expect(shown(offices)).toEqual([
      ["Region", "Offices", "Staff"],
      ["North", "12", "1,204"],
      ["Central", "9", "877"],
      ["South", "15", "1,530"],
    ]);
    // Every cell shaded, a double rule under the header (2.5 pt apart: no row between).
    expect(shown(cases)).toEqual([
      ["Year", "Cases", "Convictions", "Rate"],
      ["2019", "1,772", "1,204", "67.9%"],
      ["2020", "1,655", "1,130", "68.3%"],
      ["2021", "1,590", "1,118", "70.3%"],
    ]);
    expect(textOf(doc.blocks)).toEqual(["Offices and staff", "Cases by year"]);
  });

  test("shading boxes are no rulings; thin filled borders are", async () => {
    const [page] = await extractPages(fixture("word-shading.pdf"));
    const verticals = new Set(page?.rulings.filter((r) => r.x0 === r.x1).map((r) => Math.round(r.x0)));
    // Table 1: 56.7, 196.7, 306.7, 426.7; table 2: 56.7, 126.7, 216.7, 316.7, 396.7.
    expect([...verticals].sort((a, b) => a - b)).toEqual([57, 127, 197, 217, 307, 317, 397, 427]);
  });
});

describe("page rotation", () => {
  test("/Rotate 90, 270 and 180, and tables shown or printed sideways, read as a reader turns them", async () => {
    const doc = await read("rotation.pdf");
    expect(textOf(doc.blocks)).toEqual([
      "Audits by agency",
      "Reports by unit",
      "Cases by quarter",
      "Hearings by court",
      "Training by county",
    ]);
    expect(tablesOf(doc.blocks).map(shown)).toEqual([
      [
        ["Agency", "Audits", "Findings"],
        ["Ministry of Justice", "14", "3"],
        ["Ministry of Finance", "22", "7"],
      ],
      [
        ["Unit", "Reports", "Closed"],
        ["Investigation", "41", "38"],
        ["Prevention", "17", "17"],
      ],
      [
        ["Quarter", "Cases", "Amount"],
        ["First", "8", "1,200"],
        ["Second", "11", "2,050"],
      ],
      [
        ["Court", "Hearings", "Rulings"],
        ["Taipei District", "52", "47"],
        ["Shilin District", "19", "18"],
      ],
      [
        ["County", "Training", "Attendance"],
        ["Hualien", "6", "310"],
        ["Taitung", "4", "185"],
      ],
    ]);
  });

  test("pages have their shown size: landscape", async () => {
    const pages = await extractPages(fixture("rotation.pdf"));
    expect(pages.map((page) => [Math.round(page.width), Math.round(page.height)])).toEqual([
      [842, 595],
      [842, 595],
      [842, 595],
      [842, 595],
      [842, 595],
    ]);
  });
});

test("character spacing with kerning taken back, a row's cells in one TJ: each glyph where drawn", async () => {
  const doc = await read("char-spacing.pdf");
  expect(tablesOf(doc.blocks).map(shown)).toEqual([
    [
      ["Item", "Amount", "Change"],
      ["Salaries", "1,772", "-3.5%"],
      ["Travel and training", "245", "12.0%"],
      ["Equipment", "31,006", "0.8%"],
    ],
    [
      ["Code", "Q1", "Q2", "Q3"],
      ["A-17", "1,772", "31,006", "12,440"],
      ["B-02", "245", "98,113", "7,005"],
    ],
  ]);
});

test("word spaces: from gaps measured with real widths, and the PDF's own space glyphs", async () => {
  const doc = await read("word-spaces.pdf");
  const sentence = "FY=Financial Year ending March 31";
  expect(tablesOf(doc.blocks).map(shown)).toEqual([
    [
      ["Form", "Text"],
      ["gaps", sentence],
      ["glyphs", sentence],
      ["alone", sentence],
      ["spacing", sentence],
      ["mono", sentence],
    ],
  ]);
});

describe("rows within a page", () => {
  test("a first column spanning 8 and 11 rows: 19 rows, the span recorded", async () => {
    const doc = await read("merged-rows.pdf");
    const [regions] = tablesOf(doc.blocks);
    expect(regions?.header).toEqual(["Region", "Office", "Cases", "Closed"]);
    expect(regions?.rows.map((row) => row.cells[1]?.text)).toEqual([
      "Keelung",
      "Taipei",
      "New Taipei",
      "Taoyuan",
      "Hsinchu",
      "Miaoli",
      "Yilan",
      "Lienchiang",
      "Taichung",
      "Changhua",
      "Nantou",
      "Yunlin",
      "Chiayi",
      "Tainan",
      "Kaohsiung",
      "Pingtung",
      "Penghu",
      "Hualien",
      "Taitung",
    ]);
    const groups = regions?.rows.flatMap((row, index) => {
      const cell = row.cells[0];
      return cell?.text ? [[index, cell.text, cell.rowSpan]] : [];
    });
    expect(groups).toEqual([
      [0, "North and islands", 8],
      [8, "Central and south", 11],
    ]);
    expect(shown(regions)[9]).toEqual(["Central and south", "Taichung", "20", "18"]);
    expect(doc.warnings.map((w) => w.code)).not.toContain("continuation_without_break");
  });

  test("an empty leading column does not fold rows together", async () => {
    const [, follow] = tablesOf((await read("merged-rows.pdf")).blocks);
    expect(shown(follow)).toEqual([
      ["Flag", "Name", "Role", "Status"],
      ["", "Chen Mei-ling", "Auditor", "Open"],
      ["", "Lin Chih-hao", "Investigator", "Closed"],
      ["*", "Wang Shu-fen", "Auditor", "Open"],
      ["", "Huang Kuo-wei", "Clerk", "Open"],
    ]);
  });
});

test("two header rows stay apart with their spans; repeated on the next page, both go", async () => {
  const doc = await read("two-row-header.pdf");
  const tables = tablesOf(doc.blocks);
  expect(tables).toHaveLength(1);
  const [table] = tables as [RawTable];
  expect(table.header).toEqual(["Airport", "Intl Pax", "", "Domestic Pax", ""]);
  expect(shown(table)).toEqual([
    ["Airport", "Intl Pax", "", "Domestic Pax", ""],
    ["", "Traffic", "Share", "Traffic", "Share"],
    ["Taoyuan", "46,380", "82%", "1,204", "9%"],
    ["Songshan", "2,210", "4%", "5,870", "44%"],
    ["Kaohsiung", "6,530", "12%", "2,410", "18%"],
    ["Taichung", "1,050", "2%", "3,880", "29%"],
  ]);
  const spans = table.headerRows?.[0]?.cells.map((cell) => [cell.rowSpan ?? 1, cell.colSpan ?? 1]);
  expect(spans).toEqual([
    [2, 1],
    [1, 2],
    [1, 1],
    [1, 2],
    [1, 1],
  ]);
  expect([table.pageStart, table.pageEnd]).toEqual([1, 2]);
});

test("a chart's gridlines and a photo's frame are no tables; the table below them is", async () => {
  const doc = await read("chart.pdf");
  expect(tablesOf(doc.blocks).map(shown)).toEqual([
    [
      ["Year", "Cases"],
      ["2017", "120"],
      ["2018", "150"],
      ["2019", "90"],
    ],
  ]);
  const text = textOf(doc.blocks).join("\n");
  expect(text).toContain("Figure 1. Cases by year");
  expect(text).toContain("Photo 1. The integrity workshop");
});

test("fake bold (each glyph or a whole line drawn twice, slightly apart) reads once", async () => {
  const doc = await read("fake-bold.pdf");
  expect(tablesOf(doc.blocks).map(shown)).toEqual([
    [
      ["项目", "金额", "说明"],
      ["办公用品", "1,200", "已核销"],
      ["差旅费", "3,400", "待审核"],
    ],
  ]);
  expect(textOf(doc.blocks)).toEqual(["Committee Approval", "備註：本表單位為新臺幣元。"]);
});

test("LibreOffice: banded shading, a two-row header, agencies spanning their units' rows", async () => {
  const doc = await read("office-shaded-spans.pdf");
  const tables = tablesOf(doc.blocks);
  expect(tables).toHaveLength(1);
  const [table] = tables as [RawTable];
  expect(shown(table)).toEqual([
    ["Agency", "Unit", "Sessions", "", "Participants", ""],
    ["", "", "Planned", "Held", "Staff", "Public"],
    ["Ministry of Justice", "Agency Against Corruption", "24", "22", "1,310", "420"],
    ["", "Prosecutors Office", "12", "12", "860", "0"],
    ["", "Department of Prevention", "8", "7", "240", "95"],
    ["Ministry of Finance", "Customs Administration", "10", "9", "515", "60"],
    ["", "Taxation Agency", "6", "6", "330", "0"],
    ["Ministry of the Interior", "National Police Agency", "30", "28", "2,204", "150"],
    ["", "Immigration Agency", "9", "8", "410", "35"],
    ["", "Fire Agency", "5", "5", "190", "0"],
    ["", "Land Administration", "4", "3", "120", "18"],
  ]);
  expect(table.rows.map((row) => row.cells[0]?.rowSpan ?? 1)).toEqual([3, 1, 1, 2, 1, 4, 1, 1, 1]);
  expect(textOf(doc.blocks)).toEqual(["Integrity training by unit, 2024"]);
});
