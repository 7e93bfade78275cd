import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readLayoutText } from "./grid.js";

// The 2012 edition printed by Chromium (fixtures/editions/producers/browser, A4 and Letter):
// rows back to back with no blank line, sections (一、 二、 三、) each a table with its header
// repeated under its heading, groups (`(一)肅貪：`) as rows across the table, a strategy's
// measures each a row of its own (`1.` / `2.` in the measure column, the strategy cell empty).

const read = (look: string) => {
  const text = readFileSync(
    new URL(
      `../../../fixtures/editions/producers/browser/2012-directions-${look}.layout.txt`,
      import.meta.url,
    ),
    "utf8",
  );
  const blocks = readLayoutText(text).blocks;
  const tables = blocks.flatMap((block) => (block.kind === "table" ? [block] : []));
  const texts = blocks.flatMap((block) => (block.kind === "paragraph" ? [block.text] : []));
  return { tables, texts };
};
const firstCells = (rows: ReadonlyArray<{ cells: ReadonlyArray<{ text: string }> }>) =>
  rows.map((row) => (row.cells[0]?.text ?? "").replace(/\s+/gu, "").slice(0, 8));

describe("readLayoutText: a plan set tight in sections, groups and measures", () => {
  for (const look of ["chromium", "chromium-letter-11pt"]) {
    it(`${look}: a section's heading right under a row ends the table above (二、 after 一、)`, () => {
      const { tables, texts } = read(look);
      expect(tables).toHaveLength(3);
      expect(texts).toContain("二、落實陽光法令與透明課責");
      expect(texts).toContain("三、促進社會參與及國際合作");
    });

    it(`${look}: a group's heading row and each measure start a row`, () => {
      const [first] = read(look).tables;
      expect(firstCells(first?.rows ?? [])).toEqual([
        "(一)肅貪：",
        "1.研議強化政風",
        "2.推動增修肅貪",
        "",
        "3.強化貪瀆案件",
        "",
        "(二)防貪：",
        "1.落實機關廉政",
        "",
        "2.推動行政透明",
      ]);
    });
  }
});
