import type { RawBlock, RawDocument, RawTable } from "@lianzheng/layout";

/**
 * A deliberately naive reader for tests: a line with tabs is a table row (consecutive rows form
 * one table), any other non-empty line is a paragraph. No stitching and no clean-up, so the
 * parser's own handling of continuations, scars and HTML is what is under test.
 */
export function naiveRawDocument(text: string): RawDocument {
  const blocks: RawBlock[] = [];
  let table: RawTable | null = null;
  text.split(/\r?\n/u).forEach((line, index) => {
    const lineNumber = index + 1;
    if (line.includes("\t")) {
      if (!table) {
        table = { kind: "table", header: null, rows: [], lineStart: lineNumber, lineEnd: lineNumber };
        blocks.push(table);
      }
      table.rows.push({
        cells: line.split("\t").map((cell) => ({ text: cell, lineStart: lineNumber, lineEnd: lineNumber })),
        lineStart: lineNumber,
        lineEnd: lineNumber,
      });
      table.lineEnd = lineNumber;
      return;
    }
    table = null;
    if (line.trim() !== "") blocks.push({ kind: "paragraph", text: line, line: lineNumber });
  });
  return { format: "text", blocks, warnings: [] };
}
