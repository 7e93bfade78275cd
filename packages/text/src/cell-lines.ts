import { isHeaderLike, joinParagraph, type RawDocument } from "@lianzheng/layout";
import { parseListMarker } from "@lianzheng/normalize";
import { assemble, cell, type LogicalLine } from "./internal/assemble.js";
import { isChromeLine } from "./internal/chrome.js";
import { cleanFragment } from "./internal/clean.js";
import { assertText, splitLines } from "./read-text.js";

const markerStyleOf = (text: string): string | null => parseListMarker(text)?.style ?? null;

// One table cell per line (or per run of lines), cells separated by lines holding only `|`: how
// some web pages print a table when copied as text. Rows are not marked: a row is as many cells
// as the header has, less the group cell (the strategy) that continuation rows drop.

const BAR = /^\s*[|｜]\s*$/u;

/** True when a text has enough lines holding only `|` to be a table of one cell per line. */
export function hasCellLines(text: string): boolean {
  let bars = 0;
  for (const line of text.split("\n", 2_000)) if (BAR.test(line)) bars++;
  return bars >= 6;
}

interface Cell {
  lines: string[];
  first: number;
  last: number;
}

function textOf(c: Cell): string {
  return c.lines.reduce(joinParagraph, "");
}

/** The header: the leading cells that look like one (short, no digits or punctuation). */
function headerLength(cells: readonly Cell[]): number {
  let count = 0;
  while (count < cells.length) {
    const c = cells[count];
    if (c?.lines.length !== 1 || !isHeaderLike([textOf(c), "x"])) break;
    count++;
  }
  return count >= 2 ? count : 0;
}

function* tableLines(cells: readonly Cell[]): Generator<LogicalLine> {
  const header = headerLength(cells);
  const width = header || 2;
  const body = cells.slice(header);
  const toRow = (row: Cell[], offset: number): LogicalLine => {
    const first = row[0]?.first ?? 0;
    const last = row.at(-1)?.last ?? first;
    const texts = [...Array.from({ length: offset }, () => ""), ...row.map(textOf)];
    return { kind: "row", cells: texts.map((text) => cell(text, first, last)), line: first, lineEnd: last };
  };
  if (header) yield toRow(cells.slice(0, header), 0);
  // The group column's items are numbered in a style of their own (一、 over (一)).
  const groupStyle = markerStyleOf(cleanFragment(textOf(body[0] ?? { lines: [], first: 0, last: 0 })));
  const recordStyle = markerStyleOf(cleanFragment(textOf(body[1] ?? { lines: [], first: 0, last: 0 })));
  let index = 0;
  while (index < body.length) {
    const first = cleanFragment(textOf(body[index] as Cell));
    const full = !header || groupStyle === recordStyle || markerStyleOf(first) === groupStyle;
    const take = full ? width : width - 1;
    yield toRow(body.slice(index, index + take), full ? 0 : 1);
    index += take;
  }
}

/**
 * Reads text laid out one table cell per line with `|` lines between cells into the RawDocument
 * every parser takes. The header is the leading run of header-like cells; a row whose first cell
 * is not numbered like the first column (一、) lacks its group cell and starts one column right.
 * Without a header the cells pair up as label and value. Text before the first cell and after
 * the last `|` is running text.
 */
export function readCellLines(text: string): RawDocument {
  assertText(text);
  const lines = splitLines(text);
  const firstBar = lines.findIndex((line) => BAR.test(line));
  const lastBar = lines.findLastIndex((line) => BAR.test(line));
  const out: LogicalLine[] = [];
  if (firstBar < 0)
    return assemble(lines.map((line, index) => ({ kind: "text", text: line, line: index + 1 })));
  // The first cell is the line right before the first bar.
  let start = firstBar - 1;
  while (start > 0 && !lines[start]?.trim()) start--;
  for (let index = 0; index < start; index++)
    out.push({ kind: "text", text: lines[index] ?? "", line: index + 1 });
  const cells: Cell[] = [];
  let open: Cell | null = null;
  for (let index = start; index <= lastBar; index++) {
    const line = lines[index] ?? "";
    if (BAR.test(line)) {
      cells.push(open ?? { lines: [""], first: index + 1, last: index + 1 });
      open = null;
      continue;
    }
    if (!line.trim() || isChromeLine(line)) continue;
    open ??= { lines: [], first: index + 1, last: index + 1 };
    open.lines.push(line.trim());
    open.last = index + 1;
  }
  out.push(...tableLines(cells), { kind: "end" });
  for (let index = lastBar + 1; index < lines.length; index++)
    out.push({ kind: "text", text: lines[index] ?? "", line: index + 1 });
  return assemble(out, { titleFromFirstLine: true });
}
