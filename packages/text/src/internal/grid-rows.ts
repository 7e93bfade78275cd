import {
  joinParagraphs,
  LINE_END_CUT,
  LINE_END_CUT_DOUBTFUL,
  LINE_END_HYPHEN,
  markBrokenWords,
  markCutWords,
  type RawCell,
  type RawRow,
  repeatsRecordHead,
} from "@lianzheng/layout";
import { type ListMarkerStyle, parseListMarker } from "@lianzheng/normalize";
import { cell, type LogicalLine } from "./assemble.js";
import { type Band, compactText, moveSpanningText, opensWithHeader } from "./grid-lines.js";
import { cellsFromPageFoot } from "./page-foot-cells.js";
import { runsOn } from "./runs-on.js";
import { gatherSpanningText, keyValueRowStarts, recordRowStarts, recordTailsBack } from "./tight-rows.js";
import { displayWidth } from "./width.js";

// A `-layout` table's bands made rows: split at the next list item or record start, a repeated
// header dropped, each row marked where it goes on with the row above.

/**
 * A band holding more than one row: no blank line between two rows where a cell spanning both
 * (a strategy beside its measures) runs on. The next row starts where the record column (the
 * first that is not such a spanning column) opens with the next list marker of its kind (`(二)`
 * after `(一)`), the line above it in that column having ended a sentence or being empty. The
 * spanning cells' lines beside the later rows go to the first.
 */
export function splitAtNextItem(
  band: Band,
  column: number,
  style: ListMarkerStyle | null,
  centred = false,
): Band[] {
  // The record column's first text: a band after a page end may open with the spanning cells'.
  let start = 0;
  while (start < band.lines.length && !band.lines[start]?.[column]) start++;
  if (start === band.lines.length) start = -1;
  const marker = parseListMarker(band.lines[start]?.[column] ?? "");
  if (column === 0 || !marker || marker.style !== style || marker.number === null) return [band];
  const items: number[] = [];
  let expected = marker.number;
  for (let index = 0; index < band.lines.length; index++) {
    const cells = band.lines[index] as string[];
    const above = band.lines[index - 1]?.[column] ?? "";
    if (index < start || !cells[column] || (above && !SENTENCE_END.test(above))) continue;
    const next = parseListMarker(cells[column] ?? "");
    if (next?.style !== style || next.number !== expected) continue;
    expected++;
    // Centred rows: what stands above the band's first item is its row's top (after a page end,
    // only if it opens an item of its own: else it goes on from the page before).
    if (index > 0 && !(centred && index === start && (!band.pageBreak || opensCell(band.lines[0], column))))
      items.push(index);
  }
  const out: Band[] = [];
  let from = 0;
  for (const [at, item] of items.entries()) {
    const cut = centred
      ? centredCut(band.lines, column, from, item, items[at + 1] ?? band.lines.length)
      : item;
    out.push(bandPart(band, from, cut));
    from = cut;
  }
  out.push(bandPart(band, from, band.lines.length));
  // The spanning cells' text runs on beside the later rows: it is the first row's.
  const [head, ...rest] = out;
  if (!head) return out;
  for (const part of rest) moveSpanningText(part, head, column);
  return out;
}

const SENTENCE_END = /[。；;.!?！？]$/u;

/** The line's first cell right of the record column opens a list item (`1. …`). */
function opensCell(cells: readonly string[] | undefined, column: number): boolean {
  const first = cells?.slice(column + 1).find(Boolean);
  return first !== undefined && parseListMarker(first)?.number != null;
}

/** The middle of the lines from `from` up to `to` that have text in a column (null: none). */
function middle(lines: readonly string[][], column: number, from: number, to: number): number | null {
  let first = -1;
  let last = -1;
  for (let index = from; index < to; index++)
    if (lines[index]?.[column]) {
      if (first < 0) first = index;
      last = index;
    }
  return first < 0 ? null : (first + last) / 2;
}

/**
 * Where the row whose record item opens at line `item` starts when cells are centred in their
 * rows: the line after the record cell above ends, or a later one up to the item's own, whichever
 * leaves each later column's text on either side most nearly centred on its record cell (the row
 * above's runs from `from`, this one's up to `end`). Ties go to the later line, a row's top.
 */
export function centredCut(
  lines: readonly string[][],
  column: number,
  from: number,
  item: number,
  end: number,
): number {
  let floor = item - 1;
  while (floor > from && !lines[floor]?.[column]) floor--;
  const above = middle(lines, column, from, floor + 1);
  const below = middle(lines, column, item, end);
  if (above === null || below === null) return item;
  const width = lines[item]?.length ?? 0;
  let best = item;
  let bestCost = Number.POSITIVE_INFINITY;
  for (let cut = item; cut > floor; cut--) {
    let cost = 0;
    for (let cell = column + 1; cell < width; cell++) {
      const up = middle(lines, cell, from, cut);
      const down = middle(lines, cell, cut, end);
      cost += (up === null ? 0 : Math.abs(up - above)) + (down === null ? 0 : Math.abs(down - below));
    }
    if (cost < bestCost) {
      best = cut;
      bestCost = cost;
    }
  }
  return best;
}

/** Lines `from` to `to` of a band, as a band of their own (a band's lines are consecutive lines). */
function bandPart(band: Band, from: number, to: number): Band {
  if (from === 0 && to === band.lines.length) return band;
  return {
    ...band,
    lines: band.lines.slice(from, to),
    first: band.first + from,
    last: band.first + to - 1,
    pageBreak: from === 0 && band.pageBreak,
  };
}

/** A band's lines' texts joined per column. */
function columnTexts(band: Band, columns: number): string[] {
  const texts: string[] = [];
  const pieces: string[] = [];
  for (let column = 0; column < columns; column++) {
    pieces.length = 0;
    for (const cells of band.lines) {
      const piece = cells[column];
      if (piece) pieces.push(piece);
    }
    texts.push(joinParagraphs(markCutWords(markBrokenWords(pieces), fillsItsColumn)));
  }
  return texts;
}

// How far short of a column's widest line a line still fills it: -layout text counts a
// proportional face's glyphs in grid columns, so two lines equally full differ by a column or two.
const FULL_LINE_SLACK = 2;

/** A line of a cell as wide as the cell's widest, give or take FULL_LINE_SLACK. */
function fillsItsColumn(line: string, lines: readonly string[]): boolean {
  let widest = 0;
  for (const other of lines) widest = Math.max(widest, displayWidth(other));
  return displayWidth(line) >= widest - FULL_LINE_SLACK;
}

/**
 * A cell of a column's joined text, cleaned on either side of each word broken or cut at a line
 * end (cleaning drops the invisible marks: `resolveLineEndHyphens` decides each once the whole
 * document is read).
 */
export function markedCell(text: string, first: number, last: number): RawCell {
  if (
    !text.includes(LINE_END_HYPHEN) &&
    !text.includes(LINE_END_CUT) &&
    !text.includes(LINE_END_CUT_DOUBTFUL)
  )
    return cell(text, first, last);
  const parts = text
    .split(LINE_END_MARK)
    .map((part, index) => (index % 2 ? part : cell(part, first, last).text));
  return { ...cell("", first, last), text: parts.join("") };
}

// Either mark, kept by the split.
const LINE_END_MARK = new RegExp(`([${LINE_END_HYPHEN}${LINE_END_CUT}${LINE_END_CUT_DOUBTFUL}])`, "u");

/** A band's rows: its lines' texts joined per column (`breakBefore` set, when given, from the start). */
export function bandRow(band: Band, columns: number, breakBefore?: boolean): RawRow {
  const cells: RawCell[] = [];
  for (const text of columnTexts(band, columns)) cells.push(markedCell(text, band.first, band.last));
  return breakBefore === undefined
    ? { cells, lineStart: band.first, lineEnd: band.last }
    : { cells, lineStart: band.first, lineEnd: band.last, breakBefore };
}

/** Lines `starts[i]` up to the next start of a band, each a band of its own. */
function bandParts(band: Band, starts: readonly number[]): Band[] {
  return starts.map((from, index) => {
    const to = starts[index + 1] ?? band.lines.length;
    const part = bandPart(band, from, to);
    return part === band
      ? band
      : { ...part, texts: band.texts.slice(from, to), firstText: band.texts[from] ?? "" };
  });
}

/**
 * A table with hardly a blank line between its rows (Chromium's): its bands cut into rows where
 * records start (see tight-rows.ts); the header's lines split off the first band, and dropped
 * where a page repeats them.
 */
export function splitTightBands(cut: readonly Band[], columns: number): Band[] {
  if (columns === 2) {
    const starts = keyValueRowStarts(cut);
    return cut.flatMap((band, index) => bandParts(band, starts[index] ?? [0]));
  }
  const headed = withoutRepeatedHeaders(cut);
  const { column, starts } = recordRowStarts(headed, columns);
  const bands = headed.flatMap((band, index) => {
    const parts = bandParts(band, starts[index] ?? [0]);
    recordTailsBack(parts, column);
    return parts;
  });
  gatherSpanningText(
    bands.filter((band) => band.lines.length > 0),
    column,
  );
  return bands;
}

/**
 * The table's header split off its first band (its lines up to the first that opens a numbered
 * item: `具體策` / `略` wraps), and where a page repeats it atop its first band, split off and
 * emptied (a page break only).
 */
function withoutRepeatedHeaders(bands: readonly Band[]): Band[] {
  const first = bands[0];
  if (!first || !opensWithHeader(first.texts)) return [...bands];
  const opens = (cells: readonly string[]): boolean =>
    cells.some((text) => parseListMarker(text)?.number != null);
  const count = Math.max(1, first.lines.findIndex(opens));
  const header = first.texts.slice(0, count).map(compactText);
  return bands.flatMap((band, index) => {
    if (index === 0) return count < band.lines.length ? bandParts(band, [0, count]) : [band];
    const repeated = band.pageBreak ? repeatedHeaderLines(band.texts, header) : 0;
    if (repeated === 0) return [band];
    return [
      { ...bandPart(band, 0, repeated), lines: [] },
      ...bandParts(band, [repeated]).map((part) => ({ ...part, pageBreak: false })),
    ];
  });
}

/**
 * A table whose rows are set apart (blank lines between them), its header with no blank line
 * under it (a browser's PDF whose header row wraps, `Specific` / `Strategy`, then the first row,
 * or atop a later page the row cut by the page end): the header's lines (up to the first that
 * opens a numbered item, or the whole first band) split off; atop a later page emptied (a page
 * break only).
 */
export function withoutHeadersAtopBands(bands: readonly Band[]): Band[] {
  const first = bands[0];
  if (!first || !opensWithHeader(first.texts)) return [...bands];
  const opens = (cells: readonly string[]): boolean =>
    cells.some((text) => parseListMarker(text)?.number != null);
  const opening = first.lines.findIndex(opens);
  const count = opening === -1 ? first.lines.length : opening;
  if (count === 0) return [...bands];
  const header = first.texts.slice(0, count).map(compactText);
  return bands.flatMap((band, index) => {
    if (index === 0) return count < band.lines.length ? bandParts(band, [0, count]) : [band];
    const repeated = band.pageBreak ? repeatedHeaderLines(band.texts, header) : 0;
    if (repeated === 0 || repeated === band.lines.length) return [band];
    return [
      { ...bandPart(band, 0, repeated), lines: [] },
      ...bandParts(band, [repeated]).map((part) => ({ ...part, pageBreak: false })),
    ];
  });
}

/**
 * How many of a band's first lines spell the table's header again (0: none): the whole header, or
 * its lines from a later one on (the top line of labels set to the bottom of their cells, alone
 * on its line atop every page, is taken for a running head and left out).
 */
function repeatedHeaderLines(texts: readonly string[], headerLines: readonly string[]): number {
  for (let from = 0; from < headerLines.length; from++) {
    const spelledLines = spelledHeader(texts, headerLines.slice(from).join(""));
    if (spelledLines > 0) return spelledLines;
  }
  return 0;
}

/** How many of the first lines spell `header` (0: they do not). */
function spelledHeader(texts: readonly string[], header: string): number {
  let spelled = "";
  for (const [index, text] of texts.entries()) {
    spelled += compactText(text);
    if (spelled === header) return index + 1;
    if (!header.startsWith(spelled)) return 0;
  }
  return 0;
}

/** The bands as rows, each marked where it goes on with the row above, added to `out`. */
export function bandLines(
  bands: readonly Band[],
  rows: readonly RawRow[],
  keyColumn: number,
  out: LogicalLine[],
  moved: number[] = [],
): void {
  // On one page, a band with nothing up to the record column is the row above going on after a
  // blank line (spacing between paragraphs of a cell), not a row of its own.
  // Labels the table uses: first cells of bands not right after a page end.
  const labels = new Map<string, number>();
  for (let index = 0; index < bands.length; index++) {
    const label = rows[index]?.cells[0]?.text ?? "";
    if (!(bands[index] as Band).pageBreak && label) labels.set(label, (labels.get(label) ?? 0) + 1);
  }
  // The row above, per cell its texts not yet joined: a row can go on over a whole table (a
  // strategy beside its measures), joined once per page end, not once per fragment.
  let above: string[][] | null = null;
  const emitted: RawRow[] = [];
  // A page end, or a repeated header (which only marks one), since the last row.
  let afterBreak = false;
  // A cell left at a page's foot, given to the next page's first row (see page-foot-cells.ts).
  const fromFoot = cellsFromPageFoot(bands, rows, keyColumn);
  for (const [index, band] of bands.entries()) {
    const row = rows[index];
    if (!row) continue;
    if (fromFoot.has(index)) {
      moved.push(band.first);
      continue;
    }
    if (band.pageBreak || band.lines.length === 0) out.push({ kind: "break" });
    afterBreak ||= band.pageBreak || band.lines.length === 0;
    if (band.lines.length === 0) continue;
    // A record's first row repeated atop the page it runs onto (序次 | 2 again): a page break only.
    if (afterBreak && repeatsRecordHead(cellTexts(row), emitted)) continue;
    emitted.push(row);
    if (afterBreak && above && runsOn(joinFragments(above), cellTexts(row), labels))
      row.continuesPrevious = true;
    else if (index > 0 && emptyUpTo(row, keyColumn)) row.continuesPrevious = true;
    afterBreak = false;
    // What a later page end continues is the whole row, fragments joined.
    if ((row.continuesPrevious || !row.cells[0]?.text) && above) addFragments(above, row);
    else above = fragmentsOf(row);
    out.push({
      kind: "row",
      cells: row.cells,
      line: band.first,
      lineEnd: band.last,
      ...(row.continuesPrevious ? { continuesPrevious: true } : {}),
    });
  }
}

// (Loops at module level, not callbacks made per call: a callback's optimized code goes at each
// full GC, and a long-lived reader meets many.)

/** Per cell, its non-empty texts on lines of their own. */
function joinFragments(cells: readonly string[][]): string[] {
  const joined: string[] = [];
  for (const fragments of cells) joined.push(fragments.join("\n"));
  return joined;
}

/** A row's cell texts. */
function cellTexts(row: RawRow): string[] {
  const texts: string[] = [];
  for (const rowCell of row.cells) texts.push(rowCell.text);
  return texts;
}

/** The row's cells up to `column` are empty. */
function emptyUpTo(row: RawRow, column: number): boolean {
  for (let index = 0; index <= column && index < row.cells.length; index++)
    if (row.cells[index]?.text) return false;
  return true;
}

/** Each cell's text, where it has one, added to the cell's fragments. */
function addFragments(fragments: string[][], row: RawRow): void {
  for (let i = 0; i < fragments.length; i++) {
    const text = row.cells[i]?.text;
    if (text) fragments[i]?.push(text);
  }
}

/** A row's cells as fragments: its text, or none. */
function fragmentsOf(row: RawRow): string[][] {
  const fragments: string[][] = [];
  for (const rowCell of row.cells) fragments.push(rowCell.text ? [rowCell.text] : []);
  return fragments;
}
