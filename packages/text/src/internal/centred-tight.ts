import type { Band } from "./grid-lines.js";

// A table set tight (rows back to back, no blank line between them: Chromium without borders)
// whose cells are centred in their rows. Rows are cut where the record column opens its next
// item, but a cell taller than its record cell starts above that line and ends below the record
// cell's last: the lines between one record cell's end and the next one's start hold the ends of
// some cells and the starts of others. Centred, every cell of a row has the row's middle: each
// column's text there goes to the row whose record cell it then stands centred beside.

/** The first and last line (indexes into `lines`) with text in the column, or null. */
function span(lines: readonly string[][], column: number): { first: number; last: number } | null {
  let first = -1;
  let last = -1;
  for (let at = 0; at < lines.length; at++)
    if (lines[at]?.[column]) {
      if (first < 0) first = at;
      last = at;
    }
  return first < 0 ? null : { first, last };
}

/**
 * The table's cells are centred in their rows: in rows (not after a page end) whose record cell
 * opens their first line, other cells start lower, three times at least and for a fifth of the
 * cells or more (in a table whose cells start at their row's top, all start on that line).
 */
export function hasCentredCells(rows: readonly Band[], column: number, columns: number): boolean {
  let lower = 0;
  let top = 0;
  for (const row of rows) {
    if (row.pageBreak || row.lines.length < 2 || !row.lines[0]?.[column]) continue;
    for (let other = column + 1; other < columns; other++) {
      const cell = span(row.lines, other);
      if (cell && cell.first > 0) lower++;
      else if (cell) top++;
    }
  }
  // (A cell set lower here and there, a fifth of them or fewer, is a row's empty first line.)
  return lower >= 3 && lower * 5 >= lower + top;
}

/**
 * Each column right of the record column, at each meeting of two rows on a page: its lines under
 * the upper row's record cell go to the lower row where they then stand nearer centred beside
 * its record cell (the upper row's cell nearer centred beside its own too). Returns the first
 * line of each meeting where text moved. Rows are written in place.
 */
export function alignCentredRows(rows: Band[], column: number, columns: number): number[] {
  const moved: number[] = [];
  for (let at = 0; at + 1 < rows.length; at++) {
    const upper = rows[at] as Band;
    const lower = rows[at + 1] as Band;
    if (lower.pageBreak || upper.lines.length === 0 || lower.lines.length === 0) continue;
    // (A page's first part, no record item in it, goes on from the page before: its record cell
    // is there, not here, and only the lower row's middle tells.)
    const record = span(upper.lines, column);
    const next = span(lower.lines, column);
    if (!record || !next || record.last + 1 >= upper.lines.length) continue;
    const cuts: number[] = [];
    for (let other = column + 1; other < columns; other++)
      cuts.push(bestCut(upper, lower, record, next, other));
    const from = Math.min(...cuts);
    if (from >= upper.lines.length) continue;
    moveTails(upper, lower, cuts, column + 1, from);
    moved.push(lower.first);
  }
  return moved;
}

/**
 * Where a column's text is best cut between two rows: the index in the upper row from which its
 * lines go to the lower one (its length: none go). Only lines under the upper row's record cell
 * may go; the cut leaves each part's middle nearest its record cell's middle.
 */
function bestCut(
  upper: Band,
  lower: Band,
  record: { first: number; last: number },
  next: { first: number; last: number },
  column: number,
): number {
  const size = upper.lines.length;
  const lowerMiddle = size + (next.first + next.last) / 2;
  // (The lower row's cell as far as its record cell goes: lines under it may be the next row's.)
  const below = span(lower.lines.slice(0, next.last + 1), column);
  let best = size;
  let bestCost = Number.POSITIVE_INFINITY;
  for (let cut = size; cut > record.last; cut--) {
    if (cut < size && !startsParagraph(upper.lines, cut, column)) continue;
    const kept = span(upper.lines.slice(0, cut), column);
    const gone = span(upper.lines.slice(cut), column);
    const lowerFirst = gone ? cut + gone.first : below ? size + below.first : null;
    const lowerLast = below ? size + below.last : gone ? cut + gone.last : null;
    const cost =
      (kept ? Math.abs((kept.first + kept.last) / 2 - (record.first + record.last) / 2) : 0) +
      (lowerFirst !== null && lowerLast !== null ? Math.abs((lowerFirst + lowerLast) / 2 - lowerMiddle) : 0);
    // (Ties keep the text where it is: a table whose cells start at their row's top.)
    if (cost < bestCost - 0.25) {
      best = cut;
      bestCost = cost;
    }
  }
  return best;
}

/**
 * A cell may start at the line (index `at`) in the column: the line above has none of its text or
 * ends a sentence, or the line opens with a capital or a list item's number (`The Ministry…`,
 * `Authority in charge:`, `1. …`); a line going on with a small letter is a cell's middle.
 */
function startsParagraph(lines: readonly string[][], at: number, column: number): boolean {
  const above = (lines[at - 1]?.[column] ?? "").trim();
  const text = (lines[at]?.[column] ?? "").trim();
  if (!text) return true;
  if (at > 0 && (!above || /[.。;；:：!?」)）]$/u.test(above))) return true;
  return /^(?:\p{Lu}|\(?\d+[.)]|[(（][一二三四五六七八九十\d]+[)）])/u.test(text);
}

/** The lines of the upper row from `from` on: each column's text from its cut moved to new lines atop the lower row. */
function moveTails(upper: Band, lower: Band, cuts: readonly number[], offset: number, from: number): void {
  const added: string[][] = [];
  for (let at = from; at < upper.lines.length; at++) {
    const cells = upper.lines[at] as string[];
    const line = cells.map(() => "");
    cuts.forEach((cut, index) => {
      const column = offset + index;
      if (at < cut || !cells[column]) return;
      line[column] = cells[column] as string;
      cells[column] = "";
    });
    added.push(line);
  }
  lower.lines = [...added, ...lower.lines];
  lower.texts = [...upper.texts.slice(from), ...lower.texts];
  lower.first -= added.length;
}

// A line that ends a sentence, and one that opens a cell's paragraph (a capital, a list item's
// number, CJK text): where a page's top goes on with one after the other, a cell may start there.
const SENTENCE_END = /[.。;；!?！？」）)]$/u;
const PARAGRAPH_START = /^(?:\p{Lu}|\(?\d+[.)、]|[(（][一二三四五六七八九十\d]+[)）]|\p{Script=Han})/u;

/**
 * The lines atop a page, beside no record item, where a column's text opens a paragraph after
 * one that ended a sentence, in a table whose cells are centred in their rows (see
 * `hasCentredCells`): the row the page goes on with may end there and the next row's cell begin
 * (a cell taller than its record item starts above it). They are read as the row above's; these
 * are the lines (1-based) to warn of.
 */
export function pageTopDoubts(rows: readonly Band[], column: number, columns: number): number[] {
  const doubts: number[] = [];
  for (let at = 0; at + 1 < rows.length; at++) {
    const upper = rows[at] as Band;
    const opensPage = upper.pageBreak || rows[at - 1]?.lines.length === 0;
    if (!opensPage || (rows[at + 1] as Band).pageBreak || span(upper.lines, column)) continue;
    const line = secondParagraph(upper.lines, column + 1, columns);
    if (line !== null) doubts.push(upper.first + line);
  }
  return doubts;
}

/** The first line (index) where a column from `from` on opens a paragraph after a sentence's end, or null. */
function secondParagraph(lines: readonly string[][], from: number, columns: number): number | null {
  for (let column = from; column < columns; column++) {
    let above = "";
    for (let at = 0; at < lines.length; at++) {
      const text = (lines[at]?.[column] ?? "").trim();
      if (!text) continue;
      if (above && SENTENCE_END.test(above) && PARAGRAPH_START.test(text)) return at;
      above = text;
    }
  }
  return null;
}
