import { describe, expect, test } from "vitest";
import { hasAsciiTable, redrawAsciiTables } from "./ascii-tables.js";
import { detectTextForm, readAnyText } from "./forms.js";

const rowsOf = (text: string) =>
  readAnyText(text).document.blocks.flatMap((block) =>
    block.kind === "table"
      ? [[block.header, ...block.rows.map((row) => row.cells.map((cell) => cell.text))]]
      : [],
  );

describe("pandoc's ASCII tables, read as box tables", () => {
  test("a grid table (reStructuredText, pandoc's Markdown): CJK counted two columns, a | inside a cell kept", () => {
    const text = [
      "+----------+----------+",
      "| 策略     | 措施     |",
      "+==========+==========+",
      "| 一、強化 | (一) a|b |",
      "| 機關     | 建構     |",
      "+----------+----------+",
      "| 二、促進 | (一) 推\\. |",
      "+----------+----------+",
    ].join("\n");
    expect(hasAsciiTable(text)).toBe(true);
    expect(detectTextForm(text)).toBe("box");
    expect(rowsOf(text)).toEqual([
      [
        ["策略", "措施"],
        ["一、強化機關", "(一) a|b建構"],
        ["二、促進", "(一) 推."],
      ],
    ]);
  });

  test("a multiline table: dashes above and below, columns by the runs under the header, rows apart by blank lines", () => {
    const text = [
      "  ------------------------------",
      "  策略         措施",
      "  ------------ -----------------",
      "  一、強化機關 (一) 建構整體",
      "               有系統性",
      "",
      "               (二) 推動",
      "  ------------------------------",
    ].join("\n");
    expect(rowsOf(text)).toEqual([
      [
        ["策略", "措施"],
        ["一、強化機關", "(一) 建構整體有系統性"],
        ["", "(二) 推動"],
      ],
    ]);
  });

  test("simple tables, a row a line; tables of as many columns under each other go on as one", () => {
    const text = [
      "  序次   1",
      "  ------ ----",
      "  策略   一、",
      "",
      "  序次   2",
      "  ------ ----",
      "  策略   二、",
      "",
    ].join("\n");
    const drawn = redrawAsciiTables(text).split("\n");
    expect(drawn.filter((line) => line.startsWith("┌"))).toHaveLength(1);
    expect(rowsOf(text)).toEqual([[null, ["序次", "1"], ["策略", "一、"], ["序次", "2"], ["策略", "二、"]]]);
  });

  test("no table: dashes alone, a heading's underline, text set in columns", () => {
    expect(hasAsciiTable(["標題", "------", "", "正文"].join("\n"))).toBe(false);
    expect(hasAsciiTable(["甲    乙", "丙    丁", "------ ------ 以下空白"].join("\n"))).toBe(false);
    expect(redrawAsciiTables("正文\n---\n")).toBe("正文\n---\n");
  });
});

describe("a box table's cells: numbers cut at the cell's width inside CJK text", () => {
  const box = (cells: string[]) =>
    [
      "┌────┬────────────────┐",
      "│項目│內容            │",
      "├────┼────────────────┤",
      ...cells.map((cell, i) => `│${i === 0 ? "甲  " : "    "}│${cell}│`),
      "└────┴────────────────┘",
    ].join("\n");
  const cellOf = (cells: string[]) => rowsOf(box(cells))[0]?.[1]?.[1];

  test("are joined, a list item's number opening a line is not", () => {
    expect(cellOf(["共辦理南區場次10", "7年10月計 2 場。", "2. 另辦理北區。 "])).toBe(
      "共辦理南區場次107年10月計 2 場。\n2. 另辦理北區。",
    );
    expect(cellOf(["共計11萬1,      ", "872件。         "])).toBe("共計11萬1,872件。");
    // Digits after a space, not CJK text: two numbers.
    expect(cellOf(["共計 2019 與    ", "2020年。        "])).toBe("共計 2019 與2020年。");
  });
});
