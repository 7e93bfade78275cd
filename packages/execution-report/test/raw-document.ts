import type { RawBlock, RawDocument, RawTable } from "@lianzheng/layout";
import { cleanText } from "@lianzheng/normalize";

// A markdown table rule or a page-break scar: dashes, pipes, colons and tabs only.
const SCAR = /^[\s\-|:—–]*$/u;

/**
 * A deliberately naive reader for tests: a line with tabs is a table row (consecutive rows form
 * one table), any other non-empty line is a paragraph. It keeps the raw-document contract and no
 * more (text cleaned, scars dropped) and stitches nothing, so the parser's own folding of
 * continuations across page breaks is what is under test.
 */
export function naiveRawDocument(text: string): RawDocument {
  const blocks: RawBlock[] = [];
  let table: RawTable | null = null;
  text.split(/\r?\n/u).forEach((line, index) => {
    const lineNumber = index + 1;
    if (line.includes("\t") && SCAR.test(line)) return;
    if (line.includes("\t")) {
      if (!table) {
        table = { kind: "table", header: null, rows: [], lineStart: lineNumber, lineEnd: lineNumber };
        blocks.push(table);
      }
      table.rows.push({
        cells: line
          .split("\t")
          .map((cell) => ({ text: clean(cell), lineStart: lineNumber, lineEnd: lineNumber })),
        lineStart: lineNumber,
        lineEnd: lineNumber,
      });
      table.lineEnd = lineNumber;
      return;
    }
    table = null;
    if (line.trim() !== "") blocks.push({ kind: "paragraph", text: clean(line), line: lineNumber });
  });
  return { format: "text", blocks, warnings: [] };
}

function clean(text: string): string {
  return cleanText(text).replace(/\n{2,}/gu, "\n");
}
