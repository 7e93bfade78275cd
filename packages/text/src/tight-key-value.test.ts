import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readLayoutText } from "./grid.js";

// A browser's key/value report through pdftotext -layout (fixtures/text/browser, README there).
// Line 155 is `目標達成情形 決議通過裁罰件數 108 件，…`: the tail of the label `107年度(1月至12月)
// 績效目標達成情形`, one space before its value `決議通過裁罰件數 108 件，…` (seed 003, record 7).
// Neither reading's label is one the table's cleanly cut lines use, and the wrap test's widths
// of a table whose columns move from record to record once took the value's head for the label's,
// unwarned.

const text = readFileSync(
  new URL("../../../fixtures/text/browser/report-2018-zh-label-tail.layout.txt", import.meta.url),
  "utf8",
);

describe("readLayoutText: a key/value line no label the table uses can settle", () => {
  it("reads line 155 right or says it is unsure", () => {
    const doc = readLayoutText(text);
    const rows = doc.blocks.flatMap((block) => (block.kind === "table" ? block.rows : []));
    const row = rows.find(
      (r) =>
        r.cells[0]?.text.replace(/\s/gu, "").endsWith("績效目標達成情形") &&
        r.cells[1]?.text.includes("政治獻金"),
    );
    const right = row?.cells[1]?.text.includes("會議決議通過裁罰件數") === true;
    const warned = doc.warnings.some((w) => w.code === "column_gap_ambiguous" && w.at?.line === 155);
    expect({ right, warned }).not.toEqual({ right: false, warned: false });
  });
});

describe("readLayoutText: a key/value table whose rows are set apart, two of them with no gap", () => {
  // Word's report with a cell's paragraphs spaced (fixtures/text/producers/word): rows set apart
  // by a blank line, but none under a measure whose last paragraph has no spacing after it
  // (record 25: `執行措施  (四) …司法檢調機關。` then `績效目標  每年提報執行情形。`).
  const spaced = readFileSync(
    new URL("../../../fixtures/text/producers/word/report-2018-zh-word-spaced.layout.txt", import.meta.url),
    "utf8",
  );

  it("cuts the band at the label that starts a row", () => {
    const rows = readLayoutText(spaced).blocks.flatMap((block) => (block.kind === "table" ? block.rows : []));
    const measure = rows.find((row) => row.cells[1]?.text.startsWith("(四) 藉由督導證交所"));
    expect(measure?.cells[0]?.text).toBe("執行措施");
    expect(measure?.cells[1]?.text).toMatch(/司法檢調機關。$/u);
    const next = rows[rows.indexOf(measure as (typeof rows)[number]) + 1];
    expect(next?.cells.map((cell) => cell.text)).toEqual(["績效目標", "每年提報執行情形。"]);
  });
});
