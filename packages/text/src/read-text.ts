import {
  joinParagraph,
  type RawBlock,
  type RawCell,
  type RawDocument,
  type RawRow,
  type RawTable,
  stitchRows,
} from "@lianzheng/layout";
import { ParseError, type Warning } from "@lianzheng/model";
import { cleanFragment } from "./internal/clean.js";

// The text form of a document, as the seeds have it: markdown headings and bullets, table rows
// as tab-separated cells with HTML fragments inside, page breaks as blank lines, `--|--` scars
// and repeated header rows.

const BLANK = /^\s*$/u;
const MARKDOWN_HEADING = /^\s{0,3}(#{1,6})\s+(.*)$/u;
// A line of dashes, pipes, colons and tabs only: a markdown table rule or a page-break scar.
const SEPARATOR = /^[\s|:+=\-─━]*$/u;
const BULLET = /^\s*[-*+]\s+/u;
// A section heading written without a markdown marker: 肆、具體作為 / IV. Specific Actions.
const BARE_HEADING = [
  /^[壹貳贰參叁参肆伍陸陆柒捌玖拾]{1,3}[、､]\s*\S[^。；;，,]{0,29}$/u,
  /^[IVX]{1,5}\.\s+[A-Z][^.;。]{0,79}$/u,
];

function isSeparator(line: string): boolean {
  return line.includes("--") && SEPARATOR.test(line);
}

function oneLine(text: string): string {
  return cleanFragment(text).replace(/\n/gu, " ");
}

interface OpenTable {
  rows: RawRow[];
  /** A blank line, a scar or a header came after the last row. */
  pendingBreak: boolean;
  /** Plain lines met since the last row: the value above continues, unless the table ends here. */
  trailing: Array<{ text: string; line: number; bullet: boolean }>;
}

function readCells(line: string, lineNumber: number): RawCell[] {
  return line
    .split("\t")
    .map((raw) => ({ text: cleanFragment(raw), lineStart: lineNumber, lineEnd: lineNumber }));
}

/** Appends plain lines that came between two rows to the last non-empty cell of the row above. */
function appendTrailing(table: OpenTable): void {
  const row = table.rows.at(-1);
  if (!row || table.trailing.length === 0) return;
  const cell = [...row.cells].reverse().find((candidate) => candidate.text.trim()) ?? row.cells.at(-1);
  if (!cell) return;
  for (const { text, line, bullet } of table.trailing) {
    cell.text = bullet ? `${cell.text.trimEnd()}\n${text}`.trim() : joinParagraph(cell.text, text);
    cell.lineEnd = line;
    row.lineEnd = line;
  }
  table.trailing = [];
}

/**
 * Reads the text form of a document into headings, paragraphs and tables (see `RawDocument`).
 *
 * - `#` lines are headings of their level; a short line numbered 壹、… or IV. is a heading of
 *   level 0. Every other line outside a table is a paragraph of its own (bullets stripped).
 * - A line with a tab is a table row; cells lose their HTML (`<p>`/`<li>` boundaries become line
 *   breaks). A table runs until a heading; blank lines, `--|--` scars and repeated header rows
 *   inside it mark page breaks, and plain lines between two rows continue the cell above.
 * - Rows are stitched by `stitchRows` (header, shifted rows, rows cut by a page break).
 *
 * Throws `ParseError` `empty_input` for text with no visible character and `binary_input` for
 * text with NUL characters.
 *
 * @example
 * readText("# Plan\n\nA\tB\n一、x\t(一) 甲\n").blocks.map((block) => block.kind)
 * // ["heading", "table"]
 */
export function readText(text: string): RawDocument {
  if (text.includes("\u0000")) {
    throw new ParseError(
      "binary_input",
      "the text has NUL characters: it is a binary file; give a text or PDF file instead",
    );
  }
  if (BLANK.test(text))
    throw new ParseError("empty_input", "the text is empty: give a file with the document's text");

  const lines = text.replace(/^\ufeff/u, "").split(/\r\n|\r|\n/u);
  const blocks: RawBlock[] = [];
  const warnings: Warning[] = [];
  let table: OpenTable | null = null;

  const closeTable = (): void => {
    if (!table) return;
    const open = table;
    table = null;
    const stitched = stitchRows(open.rows);
    warnings.push(...stitched.warnings);
    const first = open.rows[0];
    const last = open.rows.at(-1);
    const raw: RawTable = { kind: "table", header: stitched.header, rows: stitched.rows };
    if (first?.lineStart !== undefined) raw.lineStart = first.lineStart;
    if (last?.lineEnd !== undefined) raw.lineEnd = last.lineEnd;
    blocks.push(raw);
    for (const { text: paragraph, line } of open.trailing)
      blocks.push({ kind: "paragraph", text: paragraph, line });
  };

  lines.forEach((line, index) => {
    const lineNumber = index + 1;
    if (BLANK.test(line) || isSeparator(line)) {
      if (table) table.pendingBreak = true;
      return;
    }
    const heading = MARKDOWN_HEADING.exec(line);
    if (heading) {
      closeTable();
      blocks.push({
        kind: "heading",
        level: heading[1]?.length ?? 1,
        text: oneLine(heading[2] ?? ""),
        line: lineNumber,
      });
      return;
    }
    if (line.includes("\t")) {
      const open: OpenTable = table ?? { rows: [], pendingBreak: false, trailing: [] };
      table = open;
      appendTrailing(open);
      const row: RawRow = { cells: readCells(line, lineNumber), lineStart: lineNumber, lineEnd: lineNumber };
      if (open.pendingBreak && open.rows.length > 0) row.breakBefore = true;
      open.pendingBreak = false;
      open.rows.push(row);
      return;
    }
    const bullet = BULLET.test(line);
    const content = cleanFragment(line.replace(BULLET, ""));
    if (!content) return;
    if (!bullet && BARE_HEADING.some((pattern) => pattern.test(content))) {
      closeTable();
      blocks.push({ kind: "heading", level: 0, text: content, line: lineNumber });
      return;
    }
    if (table) {
      table.trailing.push({ text: content, line: lineNumber, bullet });
      return;
    }
    blocks.push({ kind: "paragraph", text: content.replace(/\n/gu, " "), line: lineNumber });
  });
  closeTable();
  return { format: "text", blocks, warnings };
}
