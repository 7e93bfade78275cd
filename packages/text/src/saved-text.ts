import { isHeaderLike, type RawDocument } from "@lianzheng/layout";
import { createWarning } from "@lianzheng/model";
import { parseListMarker } from "@lianzheng/normalize";
import { assemble, isBareHeading, type LogicalLine } from "./internal/assemble.js";
import { markWebPageTop } from "./internal/chrome.js";
import { cleanFragment } from "./internal/clean.js";
import { type GridTable, gridRows, opensBody, type UncertainCells } from "./internal/saved-text-grid.js";
import { opensRecord, recordLabels, recordRows } from "./internal/saved-text-records.js";
import { displayWidth } from "./internal/width.js";
import { assertText, splitLines } from "./read-text.js";

// A document saved as text by a word processor (Word or LibreOffice, "Save as → Text"): every
// paragraph on one line, never wrapped; a table's cells one after another with no mark between
// them, each cell's paragraphs one per line, an empty cell as one empty line.

const SAMPLE_LINES = 4_000;
// Paragraphs are never wrapped: a line wider than a page of wrapped text shows it (as in forms.ts).
const UNWRAPPED_LINE = 200;
const HEADER_MIN = 3;

const headerCell = (line: string | undefined): boolean =>
  !!line?.trim() && isHeaderLike([cleanFragment(line), "x"]);

/** The lines of a stacked header starting at `index` (three header labels or more, one per line), else 0. */
function headerAt(lines: readonly string[], index: number): number {
  if (headerCell(lines[index - 1])) return 0;
  let count = 0;
  while (headerCell(lines[index + count])) count++;
  // Its body follows at once (no blank line between, as text in blocks has): a strategy, a measure.
  return count >= HEADER_MIN && opensBody(lines, index + count, count) ? count : 0;
}

/**
 * True when a text is a document saved as text by a word processor: a table's header stacked one
 * label per line with its body right under it, in a text whose paragraphs run unwrapped; or
 * records of a key/value table one label per line (序次, its number, 具體策略 …), twice or more.
 */
export function hasSavedText(text: string): boolean {
  const lines = splitLines(text, SAMPLE_LINES);
  // Every text's form is asked, a long one's too: the cheap questions first, each line's
  // character tried before its label (no character but 序 itself folds to 序).
  let records = 0;
  let unwrapped = false;
  let unwrappedCell = false;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? "";
    if (line.includes("序") && opensRecord(lines, index) && ++records >= 2) return true;
    // (No character is wider than two columns: a shorter line cannot be that wide.)
    unwrapped ||= line.length * 2 > UNWRAPPED_LINE && displayWidth(line) > UNWRAPPED_LINE;
    unwrappedCell ||= isUnwrappedCell(line);
  }
  if (!unwrappedCell) return false;
  for (let index = 0; index < lines.length; index++) {
    const header = headerAt(lines, index);
    if (header > 0 && (unwrapped || bodyHasUnwrappedCell(lines, index + header))) return true;
  }
  return false;
}

// A cell's paragraph on one line wider than any column of a printed table (a page's width is
// 80–90 columns of CJK text set at 10 pt; the widest column half of it): no PDF's text, in block
// order or laid out, has one. A -layout line this wide has gaps of two spaces; a paragraph not.
const UNWRAPPED_CELL = 100;
const BODY_LINES = 60;

const isUnwrappedCell = (line: string): boolean =>
  line.length * 2 > UNWRAPPED_CELL && !line.includes("  ") && displayWidth(line.trim()) > UNWRAPPED_CELL;

/** True when a table body's first lines (from `from`) hold a cell's paragraph unwrapped. */
function bodyHasUnwrappedCell(lines: readonly string[], from: number): boolean {
  for (let index = from; index < Math.min(lines.length, from + BODY_LINES); index++)
    if (isUnwrappedCell(lines[index] ?? "")) return true;
  return false;
}

/** The next table from `index` on: a stacked header, or a record's first line; null when none. */
function nextTable(lines: readonly string[], index: number): { at: number; header: number } | null {
  for (let at = index; at < lines.length; at++) {
    if (opensRecord(lines, at)) return { at, header: 0 };
    const header = headerAt(lines, at);
    if (header > 0) return { at, header };
  }
  return null;
}

/**
 * Where a plan's table ends: at the next section heading (伍、…), at the next table's stacked
 * header and the group heading right above it (二、落實陽光法令與透明課責, the 2012 edition's), or at
 * the text's end; trailing empty lines left out.
 */
function gridEnd(lines: readonly string[], from: number): number {
  let end = from;
  while (end < lines.length && !isBareHeading(cleanFragment(lines[end] ?? "")) && headerAt(lines, end) === 0)
    end++;
  if (end < lines.length && headerAt(lines, end) > 0 && isGroupHeading(lines[end - 1])) end--;
  while (end > from && !lines[end - 1]?.trim()) end--;
  return end;
}

/** A group's heading above its table: 一、加強肅貪防貪 (a Chinese number, a short title, no sentence). */
function isGroupHeading(line: string | undefined): boolean {
  const text = cleanFragment(line ?? "");
  const marker = parseListMarker(text);
  return marker?.style === "chinese" && text.length <= GROUP_HEADING_MAX && !/[。，；]/u.test(text);
}
const GROUP_HEADING_MAX = 30;

/**
 * Where a key/value table ends: after its last record, at an empty line that a line neither a
 * label nor a record's first follows (running text after the table).
 */
function recordsEnd(lines: readonly string[], from: number, labels: ReadonlySet<string>): number {
  let last = from;
  for (let at = from; at < lines.length; at++) if (opensRecord(lines, at)) last = at;
  const isLabel = (line: string): boolean => labels.has(line.normalize("NFKC").replace(/\s+/gu, ""));
  for (let at = last + 1; at < lines.length; at++) {
    if (lines[at]?.trim()) continue;
    let next = at;
    while (next < lines.length && !lines[next]?.trim()) next++;
    if (next < lines.length && !isLabel(lines[next] ?? "")) return at;
  }
  return lines.length;
}

function* documentLines(
  lines: readonly string[],
  uncertain: UncertainCells[],
  byShape: number[],
): Generator<LogicalLine> {
  // A saved web page's top (its title with the site's name, the site's breadcrumb) is the site's.
  const chrome = lines.map(() => false);
  markWebPageTop(lines, chrome);
  let index = 0;
  while (index < lines.length) {
    const table = nextTable(lines, index);
    const to = table?.at ?? lines.length;
    for (; index < to; index++)
      if (!chrome[index]) yield { kind: "text", text: lines[index] ?? "", line: index + 1 };
    if (!table) return;
    if (table.header > 0) {
      const body = { from: table.at + table.header, to: gridEnd(lines, table.at + table.header) };
      const grid: GridTable = { header: { from: table.at, to: body.from }, body };
      yield* gridRows(lines, grid, uncertain);
      index = body.to;
    } else {
      const starts: number[] = [];
      for (let at = table.at; at < lines.length; at++) if (opensRecord(lines, at)) starts.push(at);
      const labels = recordLabels(lines, starts);
      const end = recordsEnd(lines, table.at, labels);
      yield* recordRows(lines, { from: table.at, to: end }, labels, byShape);
      index = end;
    }
    yield { kind: "end" };
  }
}

/**
 * Reads a document saved as text by a word processor (see `hasSavedText`) into the RawDocument
 * every parser takes. A plan's table: the header's labels, then rows that open with the strategy
 * cell (its text, or one empty line) and a measure; the agency cell is the run of the row's last
 * lines that the agency cell parser reads whole; a row whose split the text does not decide is
 * read as well as it can be and warned (`saved_text_cells_uncertain`) on its lines. A key/value
 * table: a line that is a record label starts a row, the lines up to the next label are its
 * value. Text before and after the tables is running text.
 */
export function readSavedText(text: string): RawDocument {
  assertText(text);
  const lines = splitLines(text);
  const uncertain: UncertainCells[] = [];
  const byShape: number[] = [];
  const doc = assemble(documentLines(lines, uncertain, byShape), { titleFromFirstLine: true });
  for (const line of byShape)
    doc.warnings.push(
      createWarning(
        "saved_text_label_by_shape",
        `line ${line}: "${(lines[line - 1] ?? "").trim()}" was read as a row label of its record by its shape (a short phrase with no punctuation, after a value), though no other record has it`,
        { at: { line } },
      ),
    );
  for (const { line, lineEnd, why } of uncertain)
    doc.warnings.push(
      createWarning(
        "saved_text_cells_uncertain",
        `lines ${line}–${lineEnd}: in this text saved from a word processor (one cell per line, nothing between cells) ${why}: the row's cells may be misplaced; check them against the document, or read its PDF (print the document to PDF) instead`,
        { at: { line } },
      ),
    );
  return doc;
}
