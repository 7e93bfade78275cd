import { describe, expect, test } from "vitest";
import { detectTextForm } from "./forms.js";
import { hasPipeTable, readMarkdown } from "./markdown.js";

const rowsOf = (text: string) =>
  readMarkdown(text).blocks.flatMap((block) =>
    block.kind === "table"
      ? [[block.header, ...block.rows.map((row) => row.cells.map((cell) => cell.text))]]
      : [],
  );

describe("readMarkdown: pipe tables with no pipes at the rows' ends (GitHub's Markdown)", () => {
  const bare = [
    "# 方案",
    "",
    "策略 | 措施",
    ":--- | ---:",
    "一、甲 | (一) 乙",
    "| | (二) 丙",
    "二、丁 | (一) 戊 \\| 己",
    "",
    "後記",
  ].join("\n");

  test("the header, the rule of as many cells, then every line with a pipe up to a blank one", () => {
    expect(hasPipeTable(bare)).toBe(true);
    expect(detectTextForm(bare)).toBe("markdown");
    expect(rowsOf(bare)).toEqual([
      [
        ["策略", "措施"],
        ["一、甲", "(一) 乙"],
        ["", "(二) 丙"],
        ["二、丁", "(一) 戊 | 己"],
      ],
    ]);
    const last = readMarkdown(bare).blocks.at(-1);
    expect(last?.kind === "paragraph" && last.text).toBe("後記");
  });

  test("a line with a pipe over a rule of another cell count is no table (a heading's underline)", () => {
    const text = ["甲 | 乙 說明", "---", "", "正文"].join("\n");
    expect(hasPipeTable(text)).toBe(false);
    expect(rowsOf(text)).toEqual([]);
  });
});

describe("readMarkdown: backslash escapes (pandoc's and GitHub's Markdown escape list markers)", () => {
  test("an escaped punctuation mark is the mark, in cells and in paragraphs; an escaped # opening a line stays", () => {
    const text = [
      "| 具體策略 | 執行措施 |",
      "|---|---|",
      "| 1\\. 研議強化職權。 | \\(1\\) 研修法令\\*。 |",
      "",
      "2\\. 各直轄市、縣\\(市\\)政府配合推動執行。",
      "",
      "\\# 不是標題",
    ].join("\n");
    expect(rowsOf(text)).toEqual([
      [
        ["具體策略", "執行措施"],
        ["1. 研議強化職權。", "(1) 研修法令*。"],
      ],
    ]);
    const paragraphs = readMarkdown(text).blocks.filter((block) => block.kind === "paragraph");
    expect(paragraphs.map((block) => ("text" in block ? block.text : ""))).toEqual([
      "2. 各直轄市、縣(市)政府配合推動執行。",
      "\\# 不是標題",
    ]);
  });
});
