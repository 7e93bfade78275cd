import { expect, test } from "vitest";
import type { TextRun } from "../types.js";
import { findStreamTables } from "./stream.js";

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
