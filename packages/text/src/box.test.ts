import { describe, expect, it } from "vitest";
import { readBoxText } from "./box.js";

describe("readBoxText: rows cut by a page end", () => {
  // Strategies spanning their measures (a row with an empty strategy cell makes the measure the
  // record column). Two strategies end 不當干 / 預。 across a page end, each under the header
  // the new box repeats: that header is part of the break, so 預。 is no label the table uses.
  const page = (rows: string[]) => [
    "┌────┬────┐",
    "│具體策略│執行措施│",
    ...rows.flatMap((row) => ["├────┼────┤", row]),
    "└────┴────┘",
  ];
  const text = [
    ...page(["│1. 防杜  │1. 研修  │", "│        │2. 推動  │", "│2. 減少不當干│1. 強化職權│"]),
    "第 1 頁",
    ...page(["│預。    │行使。  │", "│3. 推動不當干│1. 公開透明│"]),
    "第 2 頁",
    ...page(["│預。    │機制。  │", "│        │2. 建立  │"]),
  ].join("\n");

  it("rejoins a first cell's tail even where the same tail ends two rows", () => {
    const table = readBoxText(text).blocks.find((block) => block.kind === "table");
    expect(table?.kind === "table" && table.rows.map((row) => row.cells.map((c) => c.text))).toEqual([
      ["1. 防杜", "1. 研修"],
      ["", "2. 推動"],
      ["2. 減少不當干預。", "1. 強化職權行使。"],
      ["3. 推動不當干預。", "1. 公開透明機制。"],
      ["", "2. 建立"],
    ]);
  });
});
