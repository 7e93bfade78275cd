import { expect, test } from "vitest";
import type { Ruling, TextRun } from "../types.js";
import { findStreamTables, type StreamCarry } from "./stream.js";

const run = (text: string, x: number, y: number): TextRun => ({
  text,
  x,
  y,
  width: [...text].length * 10,
  fontSize: 10,
  fontName: "T",
  bold: false,
});

test("columns from a header's alignment; rows where cells start together; wrapped lines rejoined", () => {
  const runs = [
    run("前言在上方。", 50, 60),
    run("策略", 50, 100),
    run("措施", 150, 100),
    run("機關", 300, 100),
    run("一、甲", 50, 130),
    run("(一) 第一項措施寫滿", 150, 130),
    run("這一格", 150, 145),
    run("法務部", 300, 130),
    run("(二) 第二項", 150, 175),
    run("內政部", 300, 175),
  ];
  const { tables, rest } = findStreamTables(runs, 3);
  expect(rest.map((r) => r.text)).toEqual(["前言在上方。"]);
  expect(tables).toHaveLength(1);
  expect(tables[0]?.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
    ["策略", "措施", "機關"],
    ["一、甲", "(一) 第一項措施寫滿這一格", "法務部"],
    ["", "(二) 第二項", "內政部"],
  ]);
  expect(tables[0]?.rows[1]?.pageStart).toBe(3);
});

test("a line crossing the column edges ends the table", () => {
  const runs = [
    run("甲", 50, 100),
    run("乙", 150, 100),
    run("丙", 300, 100),
    run("一", 50, 130),
    run("這是一段橫跨整個版面寬度的正文段落。", 50, 200),
  ];
  const { tables, rest } = findStreamTables(runs, 1);
  expect(tables[0]?.rows).toHaveLength(2);
  expect(rest.map((r) => r.text)).toEqual(["這是一段橫跨整個版面寬度的正文段落。"]);
});

const texts = (runs: TextRun[], rulings: Ruling[] = [], carried?: StreamCarry) =>
  findStreamTables(runs, 1, rulings, carried).tables.map((t) =>
    t.rows.map((r) => r.cells.map((c) => c.text)),
  );

// A column of lines 12 pt apart (the table's line pitch) from `y` down, one run per line.
const column = (x: number, y: number, lines: string[]): TextRun[] =>
  lines.map((text, k) => run(text, x, y + 12 * k));

test("rows set a few points apart: a row starts after a gap wider than the line pitch, not only after 1.8 em", () => {
  // Word's table rows carry no padding, only their paragraphs' spacing: 15 pt between rows, 12 within.
  const runs = [
    run("策略", 50, 100),
    run("措施", 150, 100),
    run("機關", 300, 100),
    ...column(150, 118, ["(一) 甲甲甲甲甲", "乙乙乙。", "丙丙丙丙。"]),
    ...column(300, 118, ["法務部"]),
    ...column(150, 157, ["(二) 丁丁丁丁丁", "戊戊。"]),
    ...column(300, 157, ["內政部"]),
  ];
  // (The first cell holds a paragraph's end and a new paragraph at line pitch: one cell.)
  expect(texts(runs)).toEqual([
    [
      ["策略", "措施", "機關"],
      ["", "(一) 甲甲甲甲甲乙乙乙。\n丙丙丙丙。", "法務部"],
      ["", "(二) 丁丁丁丁丁戊戊。", "內政部"],
    ],
  ]);
});

test("a gap inside one cell while another column runs on through it is the cell's own paragraph spacing", () => {
  const runs = [
    run("策略", 50, 100),
    run("措施", 150, 100),
    run("機關", 300, 100),
    ...column(150, 118, ["(一)甲甲甲甲", "乙乙乙乙乙乙乙", "丙丙丙丙丙丙丙", "戊戊戊。"]),
    ...column(300, 118, ["法務部"]),
    ...column(300, 148, ["內政部"]),
  ];
  expect(texts(runs)[0]?.slice(1)).toEqual([
    ["", "(一)甲甲甲甲乙乙乙乙乙乙乙丙丙丙丙丙丙丙戊戊戊。", "法務部\n內政部"],
  ]);
});

test("two columns' text closer than an em apart is split at the header's edges", () => {
  // A full cell ends 8 pt before the next column's edge: one piece of text to a gap rule.
  const runs = [
    run("策略", 50, 100),
    run("措施", 150, 100),
    run("機關", 250, 100),
    run("一、甲", 50, 118),
    run("(一)甲甲甲甲甲甲", 150, 118), // ends at 240, 10 pt before 250
    run("法務部", 250, 118),
  ];
  expect(texts(runs)).toEqual([
    [
      ["策略", "措施", "機關"],
      ["一、甲", "(一)甲甲甲甲甲甲", "法務部"],
    ],
  ]);
});

test("a key/value table: short labels beside values at one edge, no header; a label's wrapped line stays its own", () => {
  const runs = [
    run("報告如下。", 50, 80),
    run("序次", 50, 100),
    run("1", 200, 100),
    run("具體策略", 50, 118),
    ...column(200, 118, ["一、強化機關廉政", "經營責任制度。"]),
    run("績效目標達成", 50, 145),
    run("情形", 50, 157),
    ...column(200, 145, ["完成。", "已達目標。"]),
  ];
  const { tables, rest } = findStreamTables(runs, 1);
  expect(rest.map((r) => r.text)).toEqual(["報告如下。"]);
  expect(tables[0]?.keyValue).toEqual({ fontSize: 10 });
  expect(tables.map((t) => t.rows.map((r) => r.cells.map((c) => c.text)))).toEqual([
    [
      ["序次", "1"],
      ["具體策略", "一、強化機關廉政經營責任制度。"],
      ["績效目標達成情形", "完成。\n已達目標。"],
    ],
  ]);
});

test("a key/value table's cut value runs on atop the next page under no label (carried), and only then", () => {
  const runs = [...column(200, 60, ["續前頁的內容。", "再一行。"]), run("序次", 50, 100), run("2", 200, 100)];
  const carried = { edges: [50, 200], fontSize: 10 };
  expect(texts(runs, [], carried)).toEqual([
    [
      ["", "續前頁的內容。再一行。"],
      ["序次", "2"],
    ],
  ]);
  // Without a key/value table ending the page before, the lines are the page's text.
  expect(findStreamTables(runs, 1).tables).toEqual([]);
});

test("labels set bottom-aligned: a longer label's first line stands a line above the header's", () => {
  const runs = [
    run("Enforcement", 150, 88),
    run("Strategy", 50, 100),
    run("Measure", 150, 100),
    run("Agency", 300, 100),
    ...column(50, 118, ["9. Prom"]),
    ...column(150, 118, ["(1) Encourage", "countries to"]),
    ...column(300, 118, ["Ministry"]),
  ];
  const [table] = texts(runs);
  expect(table?.[0]).toEqual(["Strategy", "Enforcement Measure", "Agency"]);
  expect(table).toHaveLength(2);
});

test("a line under the header whose words would have fitted beside the labels is the first row; so is one under a rule", () => {
  const body = [
    ...column(50, 112, ["一、甲"]),
    ...column(150, 112, ["(一) 乙乙乙乙乙乙乙乙", "丙丙丙。"]),
    ...column(300, 112, ["法務部"]),
  ];
  const header = [run("策略", 50, 100), run("措施", 150, 100), run("機關", 300, 100)];
  // 12 pt below the header: a label's wrapped line by its pitch, but 一、甲 would have fitted beside 策略.
  expect(texts([...header, ...body])[0]?.slice(0, 2)).toEqual([
    ["策略", "措施", "機關"],
    ["一、甲", "(一) 乙乙乙乙乙乙乙乙丙丙丙。", "法務部"],
  ]);
  // A label that did not fit (a narrow column) wraps; under a rule drawn across the table it does not.
  const narrow = [
    run("具體策略", 50, 100),
    run("措施", 110, 100),
    run("機關", 300, 100),
    run("內容", 50, 112),
  ];
  const rows = (rulings: Ruling[]) => texts([...narrow, ...column(110, 130, ["(一) 乙"])], rulings)[0];
  expect(rows([])?.[0]).toEqual(["具體策略內容", "措施", "機關"]);
  expect(rows([{ x0: 45, y0: 104, x1: 400, y1: 104 }])?.[0]).toEqual(["具體策略", "措施", "機關"]);
});

test("a line's cells are on one baseline, though a numeral beside a CJK label sits a few tenths of an em off it", () => {
  const runs = [
    run("序次", 50, 102.4),
    run("1", 200, 100),
    run("具體策略", 50, 130),
    run("一、甲", 200, 130),
    run("執行措施", 50, 160),
    run("(一) 乙", 200, 160),
  ];
  expect(texts(runs)[0]?.slice(0, 1)).toEqual([["序次", "1"]]);
});
