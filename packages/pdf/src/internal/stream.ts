import { joinWrapped } from "@lianzheng/layout";
import type { Ruling, TextRun } from "../types.js";
import { classifyLineJoin, groupLines, type TextLine } from "./lines.js";
import type { TableFragment } from "./page.js";
import { rulesAcross } from "./rulings.js";
import { ALIGN, buildStreamFragment, type ColumnLine, linePitch } from "./stream-rows.js";

/** Runs further apart than this (in font sizes) are in different columns. */
const COLUMN_GAP = 1;
/** A header row of a table without rulings has at least this many columns. */
const MIN_COLUMNS = 3;
/** Header cells are labels: no longer than this. */
const MAX_HEADER_LENGTH = 24;
/** A header label's wrapped line follows at most this many font sizes below (baseline to baseline):
 * a line's pitch, less than the cell padding between the header and the first row adds. */
const HEADER_LINE_PITCH = 1.5;
/** A key/value table's labels: no line of one longer than this. */
const MAX_LABEL_LENGTH = 32;
/** …and its value column starts at least this many font sizes right of its labels. */
const MIN_LABEL_WIDTH = 3;
/** …and at least this many of its lines hold a label and a value side by side. */
const MIN_PAIRS = 2;
/** Baselines closer than this (in font sizes) are one line. */
const BASELINE_TOLERANCE = 0.4;

/** A table's top: its columns' left edges, its header labels (none for key/value), its lines. */
interface TableTop {
  edges: number[];
  header: TextLine[] | null;
  /** The table's first line (a header's, or a key/value table's first pair). */
  start: number;
  /** The first line after the header (its own first line for a key/value table). */
  next: number;
  fontSize: number;
  /** A table with a header, run on from the page before, whose rows are parted by rules. */
  rules?: true;
}

/**
 * Tables drawn with white space only (stream). Two shapes:
 * - a line of three or more short, widely spaced labels is a header whose left edges are the
 *   column edges (its labels may wrap, or stand bottom-aligned under a line of longer ones);
 * - lines that each hold a short label and a value starting at one edge are a key/value table
 *   (the report's 序次 | 1, 具體策略 | …).
 * The table runs down while every line's runs each fit inside one column in the table's font
 * size; rows are read from the columns' blocks of lines (`stream-rows.ts`). Horizontal rulings
 * (a rule under the header, the only one some tables draw) end a header.
 */
export function findStreamTables(
  runs: readonly TextRun[],
  page: number,
  rulings: readonly Ruling[] = [],
  carried?: StreamCarry,
): { tables: TableFragment[]; rest: TextRun[] } {
  if (runs.length === 0) return { tables: [], rest: [] };
  const lines = baselineGroups(runs);
  const rules = rulings.filter((r) => Math.abs(r.y0 - r.y1) < 0.5);
  const tables: TableFragment[] = [];
  const used = new Set<TextRun>();
  let i = 0;
  let floor = 0;
  // The last line pitch seen, for a table too short to show its own (a record's first lines at a
  // page's foot, a value's rest atop one): a document sets its tables of one size at one pitch.
  let known: { fontSize: number; pitch: number | null } | undefined = carried;
  while (i < lines.length) {
    const top =
      (i === 0 ? carriedTop(lines, carried, rules) : null) ??
      findHeader(lines, i, rules, floor) ??
      findKeyValue(lines, i, floor);
    const body = top ? collectBody(lines, top) : null;
    // Labels with nothing under them (a chart's axis, a row of captions) head no table.
    if (!top || !body || body.lines.length === 0) {
      i++;
      continue;
    }
    for (const group of lines.slice(top.start, body.end)) for (const run of group) used.add(run);
    const topY = ((lines[top.start] as TextRun[])[0] as TextRun).y - top.fontSize;
    const before = known && Math.abs(known.fontSize - top.fontSize) < 0.5 ? known.pitch : null;
    const pitch = linePitch(body.lines, top.fontSize, before) ?? before;
    if (pitch !== null) known = { fontSize: top.fontSize, pitch };
    const fragment = buildStreamFragment({ ...top, top: topY, pitch }, body.lines, page);
    if (top.rules || (top.header && isRuledWithin(rules, top, body.lines)))
      fragment.rowRules = { fontSize: top.fontSize, pitch };
    else if (!top.header) fragment.keyValue = { fontSize: top.fontSize, pitch };
    tables.push(fragment);
    i = body.end;
    floor = i;
  }
  return { tables, rest: runs.filter((run) => !used.has(run)) };
}

/** The page before ended in a table that may run on here: its columns, size and line pitch. */
export interface StreamCarry {
  edges: number[];
  fontSize: number;
  pitch: number | null;
  /**
   * A table with a header, drawn with rules between its rows and no column lines (the booktabs
   * look): a page may begin with a cell's rest under no header, its columns only the page
   * before's.
   */
  rules?: true;
  /** Lines above this baseline that fit no column are the page's running head, looked past. */
  head?: number;
}

/**
 * The table of the page before, run on atop this page (past its running head):
 * - a key/value table, where the page begins with text in the value column only (the value the
 *   page break cut; a long one fills pages with no label), or with a label and a value at the
 *   table's own two edges (the record's first row the producer repeats atop each page it runs
 *   onto: 序次 | 10, Word's heading row; or the next label, over what may be no second label);
 * - a table drawn with rules between its rows, where the page begins with lines that fit its
 *   columns and are no header, and a rule across its columns parts them (a cell's rest that
 *   runs alone onto a page that repeats no header: WeasyPrint's, a browser's without
 *   `<thead>` repeated).
 */
function carriedTop(
  lines: readonly TextRun[][],
  carried: StreamCarry | undefined,
  rules: readonly Ruling[],
): TableTop | null {
  if (!carried) return null;
  const start = pastRunningHead(lines, carried);
  const first = lines[start];
  if (!first) return null;
  const cells = splitAtEdges(first, carried.edges, carried.fontSize);
  const top: TableTop = {
    edges: carried.edges,
    header: null,
    start,
    next: start,
    fontSize: carried.fontSize,
  };
  if (carried.rules) {
    if (!cells || findHeader(lines, start, rules, start)) return null;
    return isRuledWithin(rules, top, collectBody(lines, top).lines) ? { ...top, rules: true } : null;
  }
  return valueOnly(cells) || isPairAtEdges(cells, carried.edges) ? top : null;
}

/** The first line past the page's running head: lines above `head` that fit none of the columns. */
function pastRunningHead(lines: readonly TextRun[][], carried: StreamCarry): number {
  let k = 0;
  while (
    carried.head !== undefined &&
    k < lines.length &&
    ((lines[k] as TextRun[])[0] as TextRun).y < carried.head &&
    splitAtEdges(lines[k] as TextRun[], carried.edges, carried.fontSize) === null
  )
    k++;
  return k;
}

/** Where a rule runs across a table's columns: from its second edge (a spanning first column's
 * cell has none drawn) an em into its last. */
const rowRulesOf = (rules: readonly Ruling[], top: TableTop): number[] =>
  rulesAcross(rules, top.edges[1] ?? (top.edges[0] as number), (top.edges.at(-1) as number) + top.fontSize);

/**
 * A rule across the columns among the body's lines, or two lines' height above or below them (a
 * rule over its header, or over a cell's rest atop a page).
 */
function isRuledWithin(rules: readonly Ruling[], top: TableTop, body: readonly ColumnLine[]): boolean {
  const from = body[0]?.line.y;
  const to = body.at(-1)?.line.y;
  if (from === undefined || to === undefined) return false;
  const reach = 2 * top.fontSize;
  return rowRulesOf(rules, top).some((y) => y > from - reach && y < to + reach);
}

/** A short label at the first edge and a value at the second: a key/value table's own line. */
function isPairAtEdges(cells: ColumnLine[] | null, edges: readonly number[]): boolean {
  if (cells?.length !== 2) return false;
  const [label, value] = cells as [ColumnLine, ColumnLine];
  return (
    label.column === 0 &&
    value.column === 1 &&
    label.line.text.length <= MAX_LABEL_LENGTH &&
    Math.abs(label.line.x0 - (edges[0] as number)) <= ALIGN &&
    Math.abs(value.line.x0 - (edges[1] as number)) <= ALIGN
  );
}

/** Runs grouped by baseline, top to bottom, each group left to right. */
function baselineGroups(runs: readonly TextRun[]): TextRun[][] {
  const sorted = [...runs].sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: TextRun[][] = [];
  for (const run of sorted) {
    const group = groups.at(-1);
    const anchor = group?.[0];
    const size = Math.max(run.fontSize, anchor?.fontSize ?? 0);
    if (group && anchor && Math.abs(run.y - anchor.y) <= BASELINE_TOLERANCE * size) group.push(run);
    else groups.push([run]);
  }
  for (const group of groups) group.sort((a, b) => a.x - b.x);
  return groups;
}

const piecesOf = (group: readonly TextRun[]): TextLine[] => groupLines(group, COLUMN_GAP);

const isLabelLine = (pieces: readonly TextLine[], size: number): boolean =>
  pieces.every((p) => p.text.length <= MAX_HEADER_LENGTH && Math.abs(p.fontSize - size) < 0.5);

/** A header at line `i`: three or more short labels, with their wrapped lines below and above. */
function findHeader(
  lines: readonly TextRun[][],
  i: number,
  rules: readonly Ruling[],
  floor: number,
): TableTop | null {
  const row = piecesOf(lines[i] as TextRun[]);
  const fontSize = (row[0] as TextLine).fontSize;
  if (row.length < MIN_COLUMNS || !isLabelLine(row, fontSize)) return null;
  const edges = row.map((piece) => piece.x0);
  const header = row.map((piece) => ({ ...piece }));
  const lastLines = [...row];
  const rights = columnRights(lines, i + 1, edges, fontSize);
  let headerY = (row[0] as TextLine).y;
  let next = i + 1;
  // A header label that wrapped (Specific / Strategy): short pieces right under the header line,
  // a line's pitch below it and no rule between, each in one column, each one that would not have
  // fitted on its label's line, join their column's label.
  for (; next < lines.length; next++) {
    const line = piecesOf(lines[next] as TextRun[]);
    const y = (line[0] as TextLine).y;
    const wraps =
      y - headerY <= HEADER_LINE_PITCH * fontSize &&
      !ruledBetween(rules, headerY, y, edges) &&
      isLabelLine(line, fontSize) &&
      line.every((piece) => {
        const column = columnOf(edges, piece);
        return column >= 0 && continuesLabel(rights, column, lastLines[column] as TextLine, piece);
      });
    if (!wraps) break;
    for (const piece of line) {
      const column = columnOf(edges, piece);
      const label = header[column] as TextLine;
      label.text = joinWrapped(label.text, piece.text);
      label.x1 = Math.max(label.x1, piece.x1);
      lastLines[column] = piece;
    }
    headerY = y;
  }
  const top: TableTop = { edges, header, start: i, next, fontSize };
  if (i > floor && prependLabelsAbove(lines, i, top, rights)) top.start = i - 1;
  return top;
}

/** How many lines under a header are looked at for where its columns' text ends. */
const RIGHTS_SAMPLE = 60;

/**
 * Where each column's text ends: the furthest right a line ends in it, over the lines below
 * `from` that fit the columns.
 */
function columnRights(
  lines: readonly TextRun[][],
  from: number,
  edges: readonly number[],
  fontSize: number,
): number[] {
  const rights = edges.map(() => 0);
  for (let k = from; k < Math.min(lines.length, from + RIGHTS_SAMPLE); k++) {
    const cells = splitAtEdges(lines[k] as TextRun[], edges, fontSize);
    if (!cells) break;
    for (const { column, line } of cells) rights[column] = Math.max(rights[column] as number, line.x1);
  }
  // A column with no text below (a page of one column's rest) ends where the others show text
  // ends before the next column's edge; the last column is taken as wide as the one before it.
  const gutters = rights.flatMap((right, column) => {
    const next = edges[column + 1];
    return right > 0 && next !== undefined ? [next - right] : [];
  });
  const gutter = gutters.length > 0 ? Math.min(...gutters) : fontSize / 2;
  return rights.map((right, column) => {
    if (right > 0) return right;
    const edge = edges[column] as number;
    return (edges[column + 1] ?? edge + edge - (edges[column - 1] ?? 0)) - gutter;
  });
}

/**
 * Whether `lower` goes on with the label whose line `upper` is: its first word would not have
 * fitted beside it in the column (whose text ends at `rights`). A body line under a header whose
 * words would have fitted beside the labels is the first row, not a label's wrapped line.
 */
const continuesLabel = (
  rights: readonly number[],
  column: number,
  upper: TextLine,
  lower: TextLine,
): boolean => classifyLineJoin(upper, lower, rights[column] as number) !== "break";

/**
 * Labels set bottom-aligned: the longer ones begin a line higher (Enforcement / Measure beside
 * Specific Strategy). A line of short pieces a line's pitch above the header, each in one of its
 * columns and too long to have held its label's first word, begins their labels.
 */
function prependLabelsAbove(
  lines: readonly TextRun[][],
  i: number,
  top: TableTop,
  rights: readonly number[],
): boolean {
  const above = lines[i - 1];
  if (!above || !top.header) return false;
  const pieces = piecesOf(above);
  const header = top.header;
  const first = header[0] as TextLine;
  const columns = pieces.map((piece) => columnOf(top.edges, piece));
  const fits =
    first.y - (pieces[0] as TextLine).y <= HEADER_LINE_PITCH * top.fontSize &&
    isLabelLine(pieces, top.fontSize) &&
    new Set(columns).size === pieces.length &&
    pieces.every((piece, k) => {
      const column = columns[k] as number;
      return column >= 0 && continuesLabel(rights, column, piece, header[column] as TextLine);
    });
  if (!fits) return false;
  pieces.forEach((piece, k) => {
    const label = header[columns[k] as number] as TextLine;
    label.text = joinWrapped(piece.text, label.text);
  });
  return true;
}

/** A horizontal rule between two baselines across the columns' edges (a rule under a header). */
function ruledBetween(rules: readonly Ruling[], y0: number, y1: number, edges: readonly number[]): boolean {
  const left = edges[0] as number;
  const right = edges.at(-1) as number;
  return rules.some(
    (r) => r.y0 > y0 && r.y0 < y1 && Math.min(r.x0, r.x1) <= left + ALIGN && Math.max(r.x0, r.x1) >= right,
  );
}

/**
 * A key/value table at line `i`: a short label and a value far right of it, and at least
 * `MIN_PAIRS` lines below (before a line that fits neither column) with a label and a value at
 * the same two edges.
 */
function findKeyValue(lines: readonly TextRun[][], i: number, floor: number): TableTop | null {
  const row = piecesOf(lines[i] as TextRun[]);
  if (row.length !== 2) return null;
  const [label, value] = row as [TextLine, TextLine];
  const fontSize = label.fontSize;
  if (label.text.length > MAX_LABEL_LENGTH || value.x0 - label.x0 < MIN_LABEL_WIDTH * fontSize) return null;
  if (Math.abs(value.fontSize - fontSize) > 0.1 * fontSize) return null;
  const edges = [label.x0, value.x0];
  let pairs = 0;
  let worded = 0;
  for (let k = i; k < lines.length && (pairs < MIN_PAIRS || worded === 0); k++) {
    const cells = splitAtEdges(lines[k] as TextRun[], edges, fontSize);
    if (!cells) break;
    const left = cells.find((c) => c.column === 0);
    if (left && left.line.text.length > MAX_LABEL_LENGTH) return null;
    const value = cells.find((c) => c.column === 1);
    if (!left || left.line.x0 > label.x0 + ALIGN || !value) continue;
    pairs++;
    // A value of words, not a number alone: a table of contents' page numbers pair with no
    // words at all, while a record's first pair may be its number (序次 | 15 over 具體策略 | …,
    // all of a record that a page's foot holds).
    if (!/^[\d\s.,–-]*$/u.test(value.line.text)) worded++;
  }
  if (pairs < MIN_PAIRS || worded === 0) return null;
  // Lines right above with text in the value column only: a value the page break cut, its rest
  // atop this page before the next label.
  let start = i;
  while (start > floor && valueOnly(splitAtEdges(lines[start - 1] as TextRun[], edges, fontSize))) start--;
  return { edges, header: null, start, next: start, fontSize };
}

const valueOnly = (cells: ColumnLine[] | null): boolean =>
  cells !== null && cells.length > 0 && cells.every((cell) => cell.column > 0);

/** The body's lines, from the header down to the first line that fits no column (`end`). */
function collectBody(lines: readonly TextRun[][], top: TableTop): { lines: ColumnLine[]; end: number } {
  const body: ColumnLine[] = [];
  let k = top.next;
  for (; k < lines.length; k++) {
    const group = lines[k] as TextRun[];
    const cells = splitAtEdges(group, top.edges, top.fontSize);
    if (!cells || (!top.header && k > top.next && isOtherPair(group, top.edges))) break;
    body.push(...cells);
  }
  return { lines: body, end: k };
}

/**
 * A label and a value whose value stands off the table's value edge: the next key/value table
 * (Word sets each record as a table of its own, its label column as wide as its longest label),
 * though its text may fit this table's columns (序次 and 11 both left of the value edge).
 */
function isOtherPair(group: readonly TextRun[], edges: readonly number[]): boolean {
  const pieces = piecesOf(group);
  if (pieces.length !== 2) return false;
  const [label, value] = pieces as [TextLine, TextLine];
  return (
    Math.abs(label.x0 - (edges[0] as number)) <= ALIGN &&
    Math.abs(value.x0 - (edges[1] as number)) > ALIGN &&
    label.text.length <= MAX_LABEL_LENGTH
  );
}

/**
 * A line's runs split into the columns they stand in, one line of text per column; null when a
 * run crosses a column edge, starts left of the table, or is set in another size. The runs, not
 * the line's pieces: two columns' text can stand closer than a space's width apart.
 */
function splitAtEdges(
  group: readonly TextRun[],
  edges: readonly number[],
  fontSize: number,
): ColumnLine[] | null {
  const byColumn = new Map<number, TextRun[]>();
  for (const run of group) {
    if (Math.abs(run.fontSize - fontSize) > 0.1 * fontSize) return null;
    if (!run.text.trim()) continue;
    const column = columnOf(edges, { x0: run.x, x1: run.x + run.width });
    if (column < 0) return null;
    const list = byColumn.get(column);
    if (list) list.push(run);
    else byColumn.set(column, [run]);
  }
  // One baseline for the line: cells whose text is set in another font (a Latin numeral beside a
  // CJK label) can sit a few tenths of an em apart on it.
  const y = Math.max(...group.map((run) => run.y));
  const cells: ColumnLine[] = [];
  for (const [column, runs] of [...byColumn].sort((a, b) => a[0] - b[0])) {
    for (const line of groupLines(runs)) cells.push({ column, line: { ...line, y }, baseline: line.y });
  }
  return cells;
}

/** The column a piece of text lies in, or -1 when it crosses a column edge or starts outside. */
function columnOf(edges: readonly number[], piece: { x0: number; x1: number }): number {
  if (piece.x0 < (edges[0] as number) - ALIGN) return -1;
  let column = 0;
  while (column + 1 < edges.length && piece.x0 >= (edges[column + 1] as number) - ALIGN) column++;
  const next = edges[column + 1];
  if (next !== undefined && piece.x1 > next - ALIGN) return -1;
  return column;
}
