import { type ListMarkerStyle, parseListMarker } from "@lianzheng/normalize";
import { type Band, isHeaderLine, moveSpanningText } from "./grid-lines.js";

// Rows whose cells are centred vertically in them (wkhtmltopdf; Chromium without borders): a
// row's cells do not start on one line. A cell shorter than the row's tallest starts below the
// row's top, a taller one above the record cell's first line, and a cell spanning several rows
// (a strategy beside its measures) sits in the middle of them, not beside the first.
//
// Two things tell the rows apart all the same: the record column's items (`(一)`, `(二)`, …,
// numbered anew where the spanning cell changes), and the blank lines, a row's padding and rule
// being more than the space between paragraphs inside a cell.

/** A column's numbered items, top to bottom: their numbers, in the column's style. */
function itemNumbers(
  bands: readonly Band[],
  column: number,
): { style: ListMarkerStyle; numbers: number[] } | null {
  const counts = new Map<ListMarkerStyle, number[]>();
  // (An index loop: every line of the table is visited, and an entries() pair was made for each.)
  for (const band of bands)
    for (let at = 0; at < band.lines.length; at++) {
      if (at > 0 && band.lines[at - 1]?.[column]) continue;
      const marker = parseListMarker(band.lines[at]?.[column] ?? "");
      if (!marker || marker.number === null) continue;
      const numbers = counts.get(marker.style) ?? [];
      numbers.push(marker.number);
      counts.set(marker.style, numbers);
    }
  let best: { style: ListMarkerStyle; numbers: number[] } | null = null;
  for (const [style, numbers] of counts)
    if (!best || numbers.length > best.numbers.length) best = { style, numbers };
  return best;
}

/**
 * The record column: the first whose items are numbered anew (1, 2, 3, 1, 2, …) more than once,
 * each next number one more or a new start; a spanning column's items run on (一、 to 九、).
 */
export function recordColumn(
  bands: readonly Band[],
  columns: number,
): { column: number; style: ListMarkerStyle } | null {
  for (let column = 0; column < columns - 1; column++) {
    const items = itemNumbers(bands, column);
    if (!items || items.numbers.length < 3) continue;
    let restarts = 0;
    let steps = 0;
    for (let at = 1; at < items.numbers.length; at++) {
      const number = items.numbers[at] as number;
      if (number === 1) restarts++;
      else if (number === (items.numbers[at - 1] as number) + 1) steps++;
    }
    if (restarts >= 2 && restarts + steps >= (items.numbers.length - 1) * 0.9)
      return { column, style: items.style };
  }
  return null;
}

/** The band opens an item of the record column (its first text there is numbered in `style`). */
function opensItem(band: Band, column: number, style: ListMarkerStyle): boolean {
  const first = band.lines.find((cells) => cells[column]);
  const marker = first ? parseListMarker(first[column] ?? "") : null;
  return marker?.style === style && marker.number !== null;
}

/** Some cell of the line from `from` up to `to` holds text (no copy of the cells: every line is asked). */
function hasTextIn(cells: readonly string[], from: number, to = cells.length): boolean {
  for (let at = Math.max(from, 0); at < to && at < cells.length; at++) if (cells[at]) return true;
  return false;
}

/** The line has text right of the spanning columns (at `column` or later). */
const hasRowText = (cells: readonly string[], column: number): boolean => hasTextIn(cells, column);
/** The line has text in the spanning columns (left of `column`). */
const hasSpanningText = (cells: readonly string[], column: number): boolean => hasTextIn(cells, 0, column);

/** Some line of the band from `from` up to `to` has text right of the spanning columns. */
function hasRowTextIn(band: Band, from: number, to: number, column: number): boolean {
  for (let at = from; at < to; at++) if (hasRowText(band.lines[at] as string[], column)) return true;
  return false;
}

/** The lines between a band's first and last text right of the spanning columns (line numbers). */
function rowTextSpan(band: Band, column: number): { first: number; last: number } {
  const first = band.lines.findIndex((cells) => hasRowText(cells, column));
  const last = band.lines.findLastIndex((cells) => hasRowText(cells, column));
  return first < 0
    ? { first: band.last + 1, last: band.first - 1 }
    : { first: band.first + first, last: band.first + last };
}

/** Blank lines (or lines a spanning cell alone fills) between a band and the one above it. */
function blankRunAbove(bands: readonly Band[], at: number, column: number): number {
  const band = bands[at] as Band;
  const above = bands[at - 1];
  if (!above || band.pageBreak) return Number.POSITIVE_INFINITY;
  return rowTextSpan(band, column).first - rowTextSpan(above, column).last - 1;
}

/**
 * A band cut after each run of lines only a spanning cell fills (a strategy centred beside two
 * rows bridges the blank lines between them): each run stays with the part above it.
 */
function splitAtSpanningRuns(band: Band, column: number): Band[] {
  const parts: Band[] = [];
  let from = 0;
  for (let at = 1; at < band.lines.length; at++) {
    const cells = band.lines[at] as string[];
    const before = band.lines[at - 1] as string[];
    if (!hasRowText(cells, column) || hasRowText(before, column)) continue;
    if (!hasRowTextIn(band, from, at, column)) continue;
    parts.push(partOf(band, from, at));
    from = at;
  }
  parts.push(partOf(band, from, band.lines.length));
  return parts;
}

function partOf(band: Band, from: number, to: number): Band {
  if (from === 0 && to === band.lines.length) return band;
  return {
    lines: band.lines.slice(from, to),
    texts: band.texts.slice(from, to),
    firstText: band.texts[from] ?? "",
    first: band.first + from,
    last: band.first + to - 1,
    pageBreak: from === 0 && band.pageBreak,
  };
}

/**
 * Bands cut where a run of lines only a spanning cell fills ends at a new item of the record
 * column: in a table whose cells start at their row's top, a strategy taller than its first
 * measure's row bridges the gap above the next, and no blank line is left between them.
 */
export function splitAtBridgedItems(read: readonly Band[], column: number, style: ListMarkerStyle): Band[] {
  const out: Band[] = [];
  for (const band of read) {
    const parts = splitAtSpanningRuns(band, column);
    if (parts.length === 1) {
      out.push(band);
      continue;
    }
    const rows: Band[] = [];
    for (const part of parts) {
      const last = rows.at(-1);
      if (!last || opensItem(part, column, style)) rows.push(part);
      else rows[rows.length - 1] = joined([last, part]);
    }
    // The spanning cell's text beside a later item of its group is the group's first row's.
    let head = rows[0] as Band;
    for (const row of rows.slice(1))
      if (itemNumber(row, column, style) === 1) head = row;
      else moveSpanningText(row, head, column);
    out.push(...rows);
  }
  return out;
}

/** The number of the record column's first item in the band (null: it opens none). */
function itemNumber(band: Band, column: number, style: ListMarkerStyle): number | null {
  const first = band.lines.find((cells) => cells[column]);
  const marker = first ? parseListMarker(first[column] ?? "") : null;
  return marker?.style === style ? marker.number : null;
}

/**
 * Bands with nothing in the record column, between a band that has text there and the next band
 * that opens an item: the row above's, up to the widest blank run between them; those below it
 * are the next row's top, its cells centred higher than its record cell (ties: the row above's,
 * as in a table whose cells start at the row's top). A page's first band stays with the row above.
 */
export function joinCentredBands(read: readonly Band[], column: number, style: ListMarkerStyle): Band[] {
  const bands = read.flatMap((band) => splitAtSpanningRuns(band, column));
  const out: Band[] = [];
  let pending: Band[] = [];
  for (const [at, band] of bands.entries()) {
    const empty = band.lines.length === 0 || !band.lines.some((cells) => cells[column]);
    if (empty && out.length > 0) {
      pending.push(band);
      continue;
    }
    if (pending.length > 0 && opensItem(band, column, style) && band.lines.length > 0) {
      // The cut: at the widest run of blank lines above a pending band or this one, never above
      // a page's first band (what a page opens with goes on from the page before).
      const first = at - pending.length;
      let cut = at;
      for (let index = at - 1; index >= first && !bands[index]?.pageBreak; index--)
        if (blankRunAbove(bands, index, column) > blankRunAbove(bands, cut, column)) cut = index;
      out.push(...pending.slice(0, cut - first));
      const below = pending.slice(cut - first);
      out.push(...below.filter((part) => part.lines.length === 0));
      const parts = below.filter((part) => part.lines.length > 0);
      out.push(parts.length > 0 ? joined([...parts, band]) : band);
    } else {
      out.push(...pending, band);
    }
    pending = [];
  }
  out.push(...pending);
  return out;
}

/** Consecutive bands of one page as one (the blank lines between them dropped). */
function joined(parts: readonly Band[]): Band {
  const [head] = parts as [Band, ...Band[]];
  const tail = parts.at(-1) as Band;
  return {
    ...head,
    lines: parts.flatMap((part) => part.lines),
    texts: parts.flatMap((part) => part.texts),
    last: tail.last,
  };
}

/**
 * The spanning columns' text of each group of rows (from a row whose record item is numbered 1
 * up to the next such row) gathered into the group's first row: a spanning cell centred over its
 * rows stands beside a later one. Returns the indexes of the bands changed.
 */
export function gatherGroupText(bands: readonly Band[], column: number, style: ListMarkerStyle): number[] {
  const changed = new Set<number>();
  let head = -1;
  for (const [at, band] of bands.entries()) {
    if (itemNumber(band, column, style) === 1) {
      head = at;
      continue;
    }
    const group = bands[head];
    if (!group || !band.lines.some((cells) => hasSpanningText(cells, column))) continue;
    moveSpanningText(band, group, column);
    changed.add(head).add(at);
  }
  return [...changed];
}

/**
 * The table's first band under its header holds text right of the record column and no item: the
 * first row's goals set higher than its measure. (A table whose cells start at their row's top opens
 * with its first record; one that goes on from a page before opens at a page break.)
 */
function opensAboveItsItem(bands: readonly Band[], column: number): boolean {
  const [head, next] = bands;
  if (!head || !next || next.pageBreak || !isHeaderLine(head.firstText)) return false;
  return (
    next.lines.length > 0 &&
    !next.lines.some((cells) => cells[column]) &&
    next.lines.some((cells) => hasRowText(cells, column + 1))
  );
}

/**
 * The band holds no record item, only text right of it, and stands nearer the next band, which
 * opens one, than the band above (more blank lines above it than below): a row's goals set higher
 * than its measure. (In a table whose cells start at their row's top, a cell's later paragraph is
 * nearer the row above.) A band of spanning text alone (a sub-heading row, `(二)防貪：`) or a
 * page's first band tells nothing: the blank lines above it are no row's padding.
 */
function standsOverNextItem(
  bands: readonly Band[],
  at: number,
  column: number,
  style: ListMarkerStyle,
): boolean {
  const band = bands[at] as Band;
  const next = bands[at + 1];
  if (at === 0 || !next || next.pageBreak || opensPage(bands, at)) return false;
  if (!band.lines.some((cells) => cells.slice(column + 1).some(Boolean))) return false;
  if (band.lines.some((cells) => cells[column]) || !opensItem(next, column, style)) return false;
  return blankRunAbove(bands, at, column) > blankRunAbove(bands, at + 1, column);
}

/** The band is its page's first with lines (only empty bands, a page break among them, above). */
function opensPage(bands: readonly Band[], at: number): boolean {
  for (let index = at; index >= 0; index--) {
    const band = bands[index] as Band;
    if (band.pageBreak) return true;
    if (index < at && band.lines.length > 0) return false;
  }
  return false;
}

/**
 * The table's cells are centred in their rows: somewhere a band holds text above its first record
 * item (a row's other cells, or its group's spanning cell: not after a page end), a band of goals
 * stands nearer the item below it than the row above, or a group's spanning text first stands
 * below its first item's line (beside a later row, or beside none). A table whose cells start at
 * their row's top shows none of these (its rows are read as they were: see grid-table.ts).
 */
export function isCentred(bands: readonly Band[], column: number, style: ListMarkerStyle): boolean {
  let signs = opensAboveItsItem(bands, column) ? 1 : 0;
  let group: "open" | "seen" | null = null;
  for (const [index, band] of bands.entries()) {
    if (standsOverNextItem(bands, index, column, style)) signs++;
    const at = band.lines.findIndex((cells) => cells[column]);
    const marker = at < 0 ? null : parseListMarker(band.lines[at]?.[column] ?? "");
    const item = marker?.style === style && marker.number !== null ? marker.number : null;
    // (Lines above the item's: it is set lower than the band's top.)
    if (item !== null && !band.pageBreak && at > 0) signs++;
    const firstSpanning = band.lines.findIndex((cells) => hasSpanningText(cells, column));
    const spanning = firstSpanning >= 0;
    // (A group's spanning cell, top-aligned, starts beside its first item.)
    if (item === 1 && !band.pageBreak && firstSpanning > at) signs++;
    if (item === 1) group = spanning ? "seen" : "open";
    else if (group === "open" && spanning) {
      signs++;
      group = "seen";
    }
  }
  return signs >= 1;
}
