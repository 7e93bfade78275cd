import { joinWrapped, type RawCell, type RawRow } from "@lianzheng/layout";
import type { TextRun } from "../types.js";
import { groupLines, joinLines, type TextLine } from "./lines.js";
import type { TableFragment } from "./page.js";

/** Runs further apart than this (in font sizes) are in different columns. */
const COLUMN_GAP = 1;
/** A header row of a table without rulings has at least this many columns. */
const MIN_COLUMNS = 3;
/** Header cells are labels: no longer than this. */
const MAX_HEADER_LENGTH = 24;
/** Lines of one cell follow each other at most this many font sizes apart (baseline to baseline). */
const MAX_LINE_PITCH = 1.8;
/** A header label's wrapped line follows at most this many font sizes below (baseline to baseline):
 * a line's pitch, less than the cell padding between the header and the first row adds. */
const HEADER_LINE_PITCH = 1.5;
/** Column edges this close (pt) line up. */
const ALIGN = 2;

/**
 * Tables drawn with white space only (stream): a line of three or more short, widely spaced
 * labels is a header whose left edges are the column edges; the table runs down while every
 * piece of text fits inside one column in the table's font size. Cells are the blocks of lines
 * each column holds; a row starts where blocks start together.
 */
export function findStreamTables(
  runs: readonly TextRun[],
  page: number,
): { tables: TableFragment[]; rest: TextRun[] } {
  if (runs.length === 0) return { tables: [], rest: [] };
  const pieces = groupLines(runs, COLUMN_GAP);
  const tables: TableFragment[] = [];
  const used = new Set<TextLine>();
  let i = 0;
  while (i < pieces.length) {
    const row = sameBaseline(pieces, i);
    const isHeader =
      row.length >= MIN_COLUMNS &&
      row.every((piece) => piece.text.length <= MAX_HEADER_LENGTH) &&
      row.every((piece) => Math.abs(piece.fontSize - (row[0] as TextLine).fontSize) < 0.5);
    if (!isHeader) {
      i += row.length;
      continue;
    }
    const edges = row.map((piece) => piece.x0);
    const fontSize = (row[0] as TextLine).fontSize;
    const body: TextLine[] = [];
    let j = i + row.length;
    // A header label that wrapped (Specific / Strategy): short pieces right under the header
    // line, a line's pitch below it, each in one column, join their column's label.
    const header = row.map((piece) => ({ ...piece }));
    let headerY = (row[0] as TextLine).y;
    while (j < pieces.length) {
      const line = sameBaseline(pieces, j);
      const first = line[0] as TextLine;
      const wraps =
        first.y - headerY <= HEADER_LINE_PITCH * fontSize &&
        line.every((piece) => piece.text.length <= MAX_HEADER_LENGTH && columnOf(edges, piece) >= 0);
      if (!wraps) break;
      for (const piece of line) {
        const label = header[columnOf(edges, piece)] as TextLine;
        label.text = joinWrapped(label.text, piece.text);
        label.x1 = Math.max(label.x1, piece.x1);
      }
      headerY = first.y;
      j += line.length;
    }
    for (; j < pieces.length; j++) {
      const piece = pieces[j] as TextLine;
      if (Math.abs(piece.fontSize - fontSize) > 0.1 * fontSize) break;
      const column = columnOf(edges, piece);
      if (column < 0) break;
      body.push(piece);
    }
    // Labels with nothing under them (a chart's axis, a row of captions) head no table.
    if (body.length === 0) {
      i += row.length;
      continue;
    }
    for (const piece of [...row, ...body]) used.add(piece);
    tables.push(buildFragment(edges, header, body, page));
    i = j;
  }
  if (tables.length === 0) return { tables, rest: [...runs] };
  // Runs not in a table go back as runs, to be grouped into whole lines again.
  const inTable = (run: TextRun): boolean =>
    tables.some(
      (t) => run.y >= t.top - 0.1 && run.y <= t.bottom + 0.1 && run.x >= (t.columns[0] as number) - ALIGN,
    );
  return { tables, rest: runs.filter((run) => !inTable(run)) };
}

function sameBaseline(pieces: readonly TextLine[], start: number): TextLine[] {
  const first = pieces[start] as TextLine;
  const out: TextLine[] = [];
  for (let k = start; k < pieces.length; k++) {
    const piece = pieces[k] as TextLine;
    if (Math.abs(piece.y - first.y) > 0.4 * first.fontSize) break;
    out.push(piece);
  }
  return out;
}

/** The column a piece of text lies in, or -1 when it crosses a column edge or starts outside. */
function columnOf(edges: readonly number[], piece: TextLine): number {
  if (piece.x0 < (edges[0] as number) - ALIGN) return -1;
  let column = 0;
  while (column + 1 < edges.length && piece.x0 >= (edges[column + 1] as number) - ALIGN) column++;
  const next = edges[column + 1];
  if (next !== undefined && piece.x1 > next - ALIGN) return -1;
  return column;
}

function buildFragment(edges: number[], header: TextLine[], body: TextLine[], page: number): TableFragment {
  // Blocks: runs of lines in one column that follow each other closely.
  const blocks: { column: number; lines: TextLine[] }[] = [];
  const open = new Map<number, { column: number; lines: TextLine[] }>();
  for (const piece of body) {
    const column = columnOf(edges, piece);
    const block = open.get(column);
    const last = block?.lines.at(-1);
    if (block && last && piece.y - last.y <= MAX_LINE_PITCH * piece.fontSize) block.lines.push(piece);
    else {
      const fresh = { column, lines: [piece] };
      blocks.push(fresh);
      open.set(column, fresh);
    }
  }
  // Rows start where blocks start (cells of a row are top-aligned).
  const starts: number[] = [];
  for (const y of blocks.map((b) => (b.lines[0] as TextLine).y).sort((a, b) => a - b)) {
    if (starts.length === 0 || y - (starts.at(-1) as number) > ALIGN) starts.push(y);
  }
  const rights = edges.map((_, column) =>
    body.reduce((x, piece) => (columnOf(edges, piece) === column ? Math.max(x, piece.x1) : x), 0),
  );
  const cell = (text: string): RawCell => ({ text, pageStart: page, pageEnd: page });
  const rows: RawRow[] = [
    { cells: header.map((piece) => cell(piece.text)), pageStart: page, pageEnd: page },
    ...starts.map((): RawRow => ({ cells: edges.map(() => cell("")), pageStart: page, pageEnd: page })),
  ];
  for (const block of blocks) {
    const y = (block.lines[0] as TextLine).y;
    let index = 0;
    while (index + 1 < starts.length && (starts[index + 1] as number) <= y + ALIGN) index++;
    const target = rows[index + 1]?.cells[block.column];
    if (!target) continue;
    const text = joinLines(block.lines, rights[block.column] ?? 0);
    target.text = target.text ? `${target.text}\n${text}` : text;
  }
  const last = body.at(-1) ?? header[0];
  const first = header[0] as TextLine;
  return {
    kind: "table",
    // Left edges only: the right edge of text varies from page to page.
    columns: edges,
    rows,
    top: first.y - first.fontSize,
    bottom: last ? last.y : first.y,
    openTop: false,
  };
}
