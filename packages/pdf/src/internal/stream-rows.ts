import type { RawCell, RawRow } from "@lianzheng/layout";
import { joinLines, type TextLine } from "./lines.js";
import type { TableFragment } from "./page.js";

/** Column edges this close (pt) line up; so do baselines where rows start. */
export const ALIGN = 2;
/** Lines of one cell follow each other at most this many font sizes apart (baseline to baseline). */
const MAX_LINE_PITCH = 1.8;
/**
 * A baseline gap this many font sizes wider than the table's line pitch parts two blocks of
 * lines: the space between two rows (cell padding, a paragraph's spacing), which a producer that
 * draws no rulings may keep as small as a quarter of a line.
 */
const BLOCK_GAP = 0.15;
/** A step between lines seen this often is a line pitch, not a stray (a superscript's baseline). */
const MIN_PITCH_COUNT = 3;

/** A line of text in one column of a table. */
export interface ColumnLine {
  column: number;
  /** Its `y` is the baseline of the whole line across the table, where rows start together. */
  line: TextLine;
  /**
   * The column's own baseline, which steps at the column's line pitch: a cell may sit a few
   * tenths of an em off the line across (WeasyPrint sets a spanning cell's text 0.3 em lower).
   */
  baseline: number;
}

interface Block {
  column: number;
  lines: TextLine[];
}

/** What the table's top gave: its edges and header labels (none: key/value), size, top and line pitch. */
export interface StreamTableTop {
  edges: number[];
  header: TextLine[] | null;
  fontSize: number;
  top: number;
  /** The table's line pitch (`linePitch`); null when none recurs. */
  pitch: number | null;
}

/**
 * Rows of a table drawn with white space only. Each column's lines form blocks (lines a line's
 * pitch apart); a row starts where blocks start together (cells are top-aligned) unless more
 * columns run on through that baseline than start there: a cell's own paragraph spacing, not a
 * row (a strategy spanning its measures' rows runs on through theirs, and they start three).
 */
export function buildStreamFragment(
  table: StreamTableTop,
  body: readonly ColumnLine[],
  page: number,
): TableFragment {
  const { edges, header } = table;
  const blocks = blocksOf(body, table.pitch, table.fontSize);
  const starts = rowStarts(blocks);
  const rights = edges.map((_, column) =>
    body.reduce((x, { column: c, line }) => (c === column ? Math.max(x, line.x1) : x), 0),
  );
  const cell = (text: string): RawCell => ({ text, pageStart: page, pageEnd: page });
  const headerRows: RawRow[] = header
    ? [{ cells: header.map((piece) => cell(piece.text)), pageStart: page, pageEnd: page }]
    : [];
  const bodyRows = starts.map(
    (): RawRow => ({ cells: edges.map(() => cell("")), pageStart: page, pageEnd: page }),
  );
  for (const block of blocks) {
    const y = (block.lines[0] as TextLine).y;
    let index = 0;
    while (index + 1 < starts.length && (starts[index + 1] as number) <= y + ALIGN) index++;
    const target = bodyRows[index]?.cells[block.column];
    if (!target) continue;
    const text = joinLines(block.lines, rights[block.column] ?? 0);
    target.text = target.text ? `${target.text}\n${text}` : text;
  }
  const last = body.at(-1)?.line;
  return {
    kind: "table",
    // Left edges only: the right edge of text varies from page to page.
    columns: edges,
    rows: [...headerRows, ...bodyRows],
    top: table.top,
    bottom: last ? last.y : table.top + table.fontSize,
    openTop: false,
  };
}

/**
 * The table's line pitch: the smallest baseline step between two lines of one column (to the
 * half point) that recurs, averaged over the steps within half a point of it; null when none
 * recurs. The smallest, not the commonest: on a page of short rows the step between rows (a
 * line and the gap) is the commoner. A pitch `known` from the document's tables before counts
 * as recurring where a step here is within half a point of it: a record of one-line rows and a
 * value or two of two lines recurs only its row step.
 */
export function linePitch(
  body: readonly ColumnLine[],
  fontSize: number,
  known: number | null = null,
): number | null {
  const steps: number[] = [];
  const last = new Map<number, number>();
  for (const { column, baseline } of body) {
    const previous = last.get(column);
    if (previous !== undefined && baseline - previous <= MAX_LINE_PITCH * fontSize)
      steps.push(baseline - previous);
    last.set(column, baseline);
  }
  const counts = new Map<number, number>();
  for (const step of steps) counts.set(Math.round(step * 2), (counts.get(Math.round(step * 2)) ?? 0) + 1);
  const recurring = [...counts].filter(([, count]) => count >= MIN_PITCH_COUNT).map(([bucket]) => bucket);
  if (known !== null && steps.some((step) => Math.abs(step - known) <= 0.5)) recurring.push(known * 2);
  if (recurring.length === 0) return null;
  const pitch = Math.min(...recurring) / 2;
  const near = steps.filter((step) => Math.abs(step - pitch) <= 0.5);
  return near.reduce((sum, step) => sum + step, 0) / near.length;
}

/** Runs of lines in one column that follow each other a line's pitch apart, top down. */
function blocksOf(body: readonly ColumnLine[], pitch: number | null, fontSize: number): Block[] {
  const limit = Math.min(MAX_LINE_PITCH * fontSize, pitch === null ? Infinity : pitch + BLOCK_GAP * fontSize);
  const blocks: Block[] = [];
  const open = new Map<number, { block: Block; baseline: number }>();
  for (const { column, line, baseline } of body) {
    const last = open.get(column);
    if (last && baseline - last.baseline <= limit) {
      last.block.lines.push(line);
      last.baseline = baseline;
    } else {
      const block = { column, lines: [line] };
      blocks.push(block);
      open.set(column, { block, baseline });
    }
  }
  return blocks;
}

/** Baselines where rows start: where more columns start a block than run on through it. */
function rowStarts(blocks: readonly Block[]): number[] {
  const candidates: number[] = [];
  for (const y of blocks.map((b) => (b.lines[0] as TextLine).y).sort((a, b) => a - b)) {
    if (candidates.length === 0 || y - (candidates.at(-1) as number) > ALIGN) candidates.push(y);
  }
  return candidates.filter((y, index) => {
    if (index === 0) return true;
    const starting = new Set<number>();
    const running = new Set<number>();
    for (const block of blocks) {
      const first = (block.lines[0] as TextLine).y;
      const lastY = (block.lines.at(-1) as TextLine).y;
      if (Math.abs(first - y) <= ALIGN) starting.add(block.column);
      else if (first < y && lastY >= y - ALIGN) running.add(block.column);
    }
    return starting.size > running.size;
  });
}
