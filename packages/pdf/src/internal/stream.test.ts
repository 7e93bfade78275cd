import { describe, expect, test } from "vitest";
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
  expect(tables[0]?.keyValue).toEqual({ fontSize: 10, pitch: 12 });
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
  const carried = { edges: [50, 200], fontSize: 10, pitch: 12 };
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

const labels = (table: string[][] | undefined) => table?.map((row) => row[0]);

test("atop a page under a carried key/value table, the record's first row repeated and the cut value's rest are the table", () => {
  // Word repeats a record's heading row (序次 | 10) atop each page the record runs onto; the page
  // may hold nothing but that record's value, so no second label to find a table by.
  const runs = [run("序次", 50, 60), run("10", 200, 60), ...column(200, 78, ["續前頁的內容，", "再一行。"])];
  const carried = { edges: [50, 200], fontSize: 10, pitch: 12 };
  expect(texts(runs, [], carried)).toEqual([
    [
      ["序次", "10"],
      ["", "續前頁的內容，再一行。"],
    ],
  ]);
  // Not at the carried table's edges: another table's, and alone no table at all.
  expect(texts(runs, [], { ...carried, edges: [50, 230] })).toEqual([]);
});

test("a label and a value off the table's value edge start the next key/value table, though both fit its label column", () => {
  // Word sets each record as a table of its own, its label column as wide as its longest label.
  const first = [
    run("序次", 50, 100),
    run("1", 200, 100),
    run("具體策略", 50, 125),
    run("一、強化廉政。", 200, 125),
    run("執行措施", 50, 150),
    run("(一) 甲乙丙。", 200, 150),
  ];
  const second = [
    run("序次", 50, 190),
    run("2", 150, 190),
    run("具體策略", 50, 215),
    run("一、強化廉政。", 150, 215),
    run("績效目標", 50, 240),
    run("每年提報。", 150, 240),
  ];
  expect(texts([...first, ...second]).map(labels)).toEqual([
    ["序次", "具體策略", "執行措施"],
    ["序次", "具體策略", "績效目標"],
  ]);
});

test("a record's number pairs with its label beside one worded pair (a record's start at a page's foot); page numbers alone do not", () => {
  const foot = [
    run("序次", 50, 700),
    run("15", 200, 700),
    run("具體策略", 50, 725),
    run("四、落實規範。", 200, 725),
  ];
  expect(texts(foot)).toEqual([
    [
      ["序次", "15"],
      ["具體策略", "四、落實規範。"],
    ],
  ]);
  const contents = [
    run("壹、摘要", 50, 100),
    run("3", 300, 100),
    run("貳、目的", 50, 118),
    run("5", 300, 118),
    run("參、過程", 50, 136),
    run("8", 300, 136),
  ];
  expect(texts(contents)).toEqual([]);
});

test("a value atop a page parts from the repeated row above it by the line pitch of the table's part on the page before", () => {
  // 18 pt from 25 to 註: more than the carried 12 pt pitch and its gap, within 1.8 em.
  const runs = [run("序次", 50, 60), run("25", 200, 60), run("註：完成。", 200, 78)];
  const carried = { edges: [50, 200], fontSize: 10, pitch: 12 };
  expect(texts(runs, [], carried)).toEqual([
    [
      ["序次", "25"],
      ["", "註：完成。"],
    ],
  ]);
  expect(texts(runs, [], { ...carried, pitch: null })).toEqual([[["序次", "25\n註：完成。"]]]);
});

test("a short table whose only recurring step is its rows' takes the line pitch of the page's table before it", () => {
  // Record 18's rest sets lines 12 pt apart; record 19, at the page's foot, has two values of two
  // lines and rows 16 pt apart: its own commonest step is the rows'.
  const before = [
    run("序次", 50, 60),
    run("18", 230, 60),
    run("具體策略", 50, 76),
    ...column(230, 76, ["五、鼓勵參與，促進透明與", "零容忍的共識，", "並持續。"]),
    run("執行措施", 50, 116),
    ...column(230, 116, ["(一) 甲乙丙丁戊己庚辛壬", "癸。"]),
  ];
  const record = [
    run("序次", 50, 150),
    run("19", 200, 150),
    run("具體策略", 50, 166),
    ...column(200, 166, ["六、推動校園誠信，深化", "品格教育。"]),
    run("執行措施", 50, 194),
    ...column(200, 194, ["(一) 鼓勵大專院校開設", "相關課程。"]),
    run("績效目標", 50, 222),
    run("每年提報。", 200, 222),
    run("辦理機關", 50, 238),
    run("教育部", 200, 238),
    run("績效衡量指標", 50, 254),
    run("每年提報。", 200, 254),
  ];
  const tables = texts([...before, ...record]);
  expect(tables).toHaveLength(2);
  expect(labels(tables[1])).toEqual(["序次", "具體策略", "執行措施", "績效目標", "辦理機關", "績效衡量指標"]);
  // Alone, it has no pitch but its rows' step, and its values run together.
  expect(texts(record)[0]?.length).toBeLessThan(6);
});

test("a spanning cell set a few tenths of an em off the other columns' lines keeps its column's line pitch", () => {
  // WeasyPrint sets a rowspan's text 3 pt lower than its row's other cells (13.5 pt pitch, 10 pt
  // type). A line across takes the lower baseline, so where the spanning cell ends beside the
  // other columns' lines they step 10.5 pt: recurring, that was taken for the line pitch, and
  // every line below was a row of its own.
  const at = (x: number, y: number, lines: string[]) => lines.map((text, k) => run(text, x, y + 13.5 * k));
  const runs = [
    run("策略", 50, 100),
    run("措施", 110, 100),
    run("目標", 230, 100),
    run("機關", 350, 100),
    ...at(50, 133, ["四、落", "實公務", "規範。"]),
    ...at(110, 130, ["(一) 甲乙丙丁戊", "己庚辛壬癸子丑寅卯", "辰巳午未申酉戌亥乾", "坤。"]),
    ...at(230, 130, ["每年提報執行", "情形及成果與", "檢討報告並公", "布。"]),
    ...at(350, 130, ["法務部（廉政", "署）、內政部", "、教育部及各", "機關"]),
    ...at(110, 197.5, ["(二) 子丑寅卯辰", "午未申酉戌亥天地玄", "黃。"]),
    ...at(230, 197.5, ["每年辦理。"]),
    ...at(350, 197.5, ["內政部"]),
  ];
  expect(texts(runs)[0]).toEqual([
    ["策略", "措施", "目標", "機關"],
    [
      "四、落實公務規範。",
      "(一) 甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥乾坤。",
      "每年提報執行情形及成果與檢討報告並公布。",
      "法務部（廉政署）、內政部、教育部及各機關",
    ],
    ["", "(二) 子丑寅卯辰午未申酉戌亥天地玄黃。", "每年辦理。", "內政部"],
  ]);
});

describe("a table drawn with rules between its rows and no column lines (the booktabs look)", () => {
  const edges = [50, 110, 230, 350];
  // A rule as WeasyPrint draws it: a piece per cell, none over a first column that spans on.
  const rule = (y: number, from = 105): Ruling[] =>
    [from, 225, 345].map((x, k) => ({ x0: x, y0: y, x1: [225, 345, 450][k] as number, y1: y }));
  const header = [run("策略", 50, 100), run("措施", 110, 100), run("目標", 230, 100), run("機關", 350, 100)];
  const rows = [
    run("一、甲", 50, 130),
    run("(一) 子", 110, 130),
    run("每年。", 230, 130),
    run("法務部", 350, 130),
    run("(二) 丑", 110, 160),
    ...column(230, 160, ["每年提報執行", "情形。"]),
    run("內政部", 350, 160),
  ];

  test("its rules mark it, for the next page: one across its columns, under its header or its rows", () => {
    const marked = (rulings: Ruling[]) =>
      findStreamTables([...header, ...rows], 1, rulings).tables[0]?.rowRules;
    expect(marked([...rule(115, 45), ...rule(150)])).toMatchObject({ fontSize: 10 });
    expect(marked(rule(115, 45))).toMatchObject({ fontSize: 10 });
    expect(marked([])).toBeUndefined();
    expect(marked(rule(115, 240))).toBeUndefined();
  });

  test("a page that begins with a cell's rest under no header, past its running head, runs it on", () => {
    // WeasyPrint repeats no header over a cell that runs alone onto a page; the rule it draws
    // at the page's top, and those between the rows below, are the rows' evidence.
    const page = [
      { ...run("國家廉政建設行動方案", 150, 35), fontSize: 9 },
      ...column(230, 70, ["續前頁的目標，", "再一行。"]),
      run("(三) 寅", 110, 110),
      run("每年。", 230, 110),
      run("教育部", 350, 110),
    ];
    const carried: StreamCarry = { edges, fontSize: 10, pitch: 12, rules: true, head: 100 };
    const rulings = [...rule(60), ...rule(98)];
    const { tables, rest } = findStreamTables(page, 2, rulings, carried);
    expect(tables.map((t) => t.rows.map((r) => r.cells.map((c) => c.text)))).toEqual([
      [
        ["", "", "續前頁的目標，再一行。", ""],
        ["", "(三) 寅", "每年。", "教育部"],
      ],
    ]);
    expect(tables[0]?.rowRules).toMatchObject({ fontSize: 10 });
    expect(rest.map((r) => r.text)).toEqual(["國家廉政建設行動方案"]);
    // No rule across its columns on the page, or no table carried: lines, as they were.
    expect(texts(page, [], carried)).toEqual([]);
    expect(texts(page, rulings)).toEqual([]);
  });

  test("a header repeated atop the page is the header, not a row run on", () => {
    const page = [...header.map((r) => ({ ...r, y: 70 })), run("(三) 寅", 110, 100), run("每年。", 230, 100)];
    const carried: StreamCarry = { edges, fontSize: 10, pitch: 12, rules: true };
    expect(texts(page, rule(85, 45), carried)[0]?.[0]).toEqual(["策略", "措施", "目標", "機關"]);
  });
});

test("a key/value table carried onto a page runs on past the page's running head", () => {
  // The record's first row repeated (序次 | 44) under a running head that crosses its value edge.
  const runs = [
    run("國家廉政建設行動方案執行情形", 120, 35),
    run("序次", 50, 79),
    run("44", 200, 79),
    ...column(200, 98, ["派員赴汶萊參加會議，", "研習評鑑程序。"]),
  ];
  const carried = { edges: [50, 200], fontSize: 10, pitch: 12 };
  expect(texts(runs, [], { ...carried, head: 100 })).toEqual([
    [
      ["序次", "44"],
      ["", "派員赴汶萊參加會議，研習評鑑程序。"],
    ],
  ]);
  expect(texts(runs, [], carried)).toEqual([]);
});
