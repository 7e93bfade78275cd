import {
  joinParagraph,
  type RawBlock,
  type RawCell,
  type RawDocument,
  type RawRow,
  type RawTable,
  stitchRows,
} from "@lianzheng/layout";
import type { Warning } from "@lianzheng/model";
import { isChromeLine } from "./chrome.js";
import { cleanFragment } from "./clean.js";

// Every text form ends here: its reader turns the input into logical lines (a table row with its
// cells, a line of running text, a page break) and this builds the RawDocument from them, so all
// forms share one set of rules for headings, paragraphs, tables and page breaks.

/** One logical line of a text form. Cell texts are raw (cleaned here); `line` is 1-based. */
export type LogicalLine =
  | { kind: "row"; cells: RawCell[]; line: number; lineEnd?: number; continuesPrevious?: boolean }
  | { kind: "text"; text: string; line: number }
  | { kind: "break" }
  /** The table, if one is open, ends here (what follows is running text). */
  | { kind: "end" };

export interface AssembleOptions {
  /**
   * The input has no heading marks (pdftotext, a box table copied from a web page): a short first
   * line before any section is the document's title, a heading of level 1.
   */
  titleFromFirstLine?: boolean;
}

const MARKDOWN_HEADING = /^\s{0,3}(#{1,6})\s+(.*)$/u;
const BULLET = /^\s*[-*+]\s+/u;
// A section heading written without a markdown marker: 肆、具體作為 / IV. Specific Actions.
const BARE_HEADING = [
  /^[壹貳贰參叁参肆伍陸陆柒捌玖拾]{1,3}[、､]\s*\S[^。；;，,]{0,29}$/u,
  /^[IVX]{1,5}\.\s+[A-Z][^.;。]{0,79}$/u,
];
const TITLE_MAX = 60;
const SENTENCE_END = /[。；;.!?！？]$/u;

/** True when a line of clean text is a section heading written without a marker (肆、具體作為). */
export function isBareHeading(text: string): boolean {
  for (const pattern of BARE_HEADING) if (pattern.test(text)) return true;
  return false;
}

function oneLine(text: string): string {
  return cleanFragment(text).replace(/\n/gu, " ");
}

/** A cell of raw text, cleaned as every reader cleans it. */
export function cell(raw: string, lineStart: number, lineEnd = lineStart): RawCell {
  return { text: cleanFragment(raw), lineStart, lineEnd };
}

interface OpenTable {
  rows: RawRow[];
  /** A page break came after the last row. */
  pendingBreak: boolean;
  /** Plain lines met since the last row: the value above continues, unless the table ends here. */
  trailing: Array<{ text: string; line: number; bullet: boolean }>;
}

/** Appends plain lines that came between two rows to the last non-empty cell of the row above. */
function appendTrailing(table: OpenTable): void {
  const row = table.rows.at(-1);
  if (!row || table.trailing.length === 0) return;
  const target = [...row.cells].reverse().find((candidate) => candidate.text.trim()) ?? row.cells.at(-1);
  if (!target) return;
  for (const { text, line, bullet } of table.trailing) {
    target.text = bullet ? `${target.text.trimEnd()}\n${text}`.trim() : joinParagraph(target.text, text);
    target.lineEnd = line;
    row.lineEnd = line;
  }
  table.trailing = [];
}

/** Builds the RawDocument of a text form from its logical lines (see `LogicalLine`). */
export function assemble(lines: Iterable<LogicalLine>, options: AssembleOptions = {}): RawDocument {
  const blocks: RawBlock[] = [];
  const warnings: Warning[] = [];
  let table: OpenTable | null = null;
  let titleOpen = options.titleFromFirstLine === true;

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

  for (const item of lines) {
    if (item.kind === "break") {
      if (table) table.pendingBreak = true;
      continue;
    }
    if (item.kind === "end") {
      closeTable();
      continue;
    }
    if (item.kind === "row") {
      titleOpen = false;
      const open: OpenTable = table ?? { rows: [], pendingBreak: false, trailing: [] };
      table = open;
      appendTrailing(open);
      const row: RawRow = { cells: item.cells, lineStart: item.line, lineEnd: item.lineEnd ?? item.line };
      if (open.pendingBreak && open.rows.length > 0) row.breakBefore = true;
      if (item.continuesPrevious) row.continuesPrevious = true;
      open.pendingBreak = false;
      open.rows.push(row);
      continue;
    }
    const { line } = item;
    const heading = MARKDOWN_HEADING.exec(item.text);
    if (heading) {
      titleOpen = false;
      closeTable();
      blocks.push({ kind: "heading", level: heading[1]?.length ?? 1, text: oneLine(heading[2] ?? ""), line });
      continue;
    }
    if (isChromeLine(item.text)) continue;
    const bullet = BULLET.test(item.text);
    const content = cleanFragment(item.text.replace(BULLET, ""));
    if (!content) continue;
    if (!bullet && isBareHeading(content)) {
      titleOpen = false;
      closeTable();
      blocks.push({ kind: "heading", level: 0, text: content, line });
      continue;
    }
    if (titleOpen) {
      titleOpen = false;
      if (content.length <= TITLE_MAX && !SENTENCE_END.test(content)) {
        blocks.push({ kind: "heading", level: 1, text: content.replace(/\n/gu, " "), line });
        continue;
      }
    }
    if (table) {
      table.trailing.push({ text: content, line, bullet });
      continue;
    }
    blocks.push({ kind: "paragraph", text: content.replace(/\n/gu, " "), line });
  }
  closeTable();
  return { format: "text", blocks, warnings };
}
