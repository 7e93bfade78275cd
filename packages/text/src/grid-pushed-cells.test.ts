import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readLayoutText } from "./grid.js";

// The English plan set in a face of its own (Times-like, glyphs a little wider than the proxy's)
// and gridded by pdftotext: lines of the measure column run past the next column's start and the
// Performance Goal's words follow one space after them, pushed right (fixtures/text/proportional).
// Once, such a line was read as one cell, and set the column's width: silently wrong.

const text = readFileSync(
  new URL("../../../fixtures/text/proportional/plan-2023-en-times-row9-1.layout.txt", import.meta.url),
  "utf8",
);
const doc = readLayoutText(text);
const table = doc.blocks.find((block) => block.kind === "table");
const measure = table?.kind === "table" ? (table.rows[0]?.cells[1]?.text ?? "") : "";
const warnedLines = doc.warnings.flatMap((w) =>
  w.code === "column_gap_ambiguous" && w.at?.line !== undefined ? [w.at.line] : [],
);

describe("readLayoutText: a cell's words pushed one space past the next column's start", () => {
  it("cuts off the pushed words (line 16: `international memorandums and proposes`)", () => {
    expect(measure).toContain("participating in the relevant international conferences");
    expect(measure).not.toContain("memorandums");
  });

  it("reads line 7 right or says it is unsure (`to sign The Ministry of Justice`)", () => {
    const right = measure.includes("(1) Encourage foreign countries to sign mutual legal");
    expect({ right, warned: warnedLines.includes(7) }).not.toEqual({ right: false, warned: false });
  });
});
