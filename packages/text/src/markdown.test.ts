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
