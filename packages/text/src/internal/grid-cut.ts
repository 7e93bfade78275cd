import { removeCjkLetterSpacing } from "@lianzheng/normalize";
import { agreedStarts } from "./agreed-starts.js";
import { fits, fullLineGap, hasCjk, overflows } from "./capacity.js";
import { endsWithMarker, endsWithOpeningMarker } from "./cut-marker.js";
import { withoutMisplacedOpeners } from "./english-cells.js";
import { spaceAfterOpening, spaceBeforeClosing } from "./gap-context.js";
import { columnAt, DRIFT, type PageColumns, TOLERANCE } from "./grid-columns.js";
import { type Metric, type Piece, type Placed, pieces } from "./grid-lines.js";
import { withoutItemAfterWord } from "./item-after-word.js";
import { pulledGridSplits } from "./pulled-grid.js";
import type { Reading } from "./wrap-test.js";

// One line of a `-layout` table cut into one text per column, in every way it may be read (two cells
// one space apart leave the gap in doubt: the readings go to the wrap test).

type Gap = Piece["spaces"][number];
// No split (shared: never written).
const NO_SPLITS: ReadonlyArray<Gap | null> = [];

/**
 * Where the next column's text may start inside a piece that runs into it: none, one, or — two
 * cells of words set one space apart — several candidates, left to the wrap test.
 */
function findSplits(rest: Piece, column: number, page: PageColumns): ReadonlyArray<Gap | null> {
  const next = page.starts[column + 1];
  // Every split is at a single space: a piece without one (most CJK cell lines) has none.
  if (next === undefined || rest.spaces.length === 0) return NO_SPLITS;
  const slack = page.pulledSlack;
  const pulled =
    slack != null ? pulledGridSplits(rest, column, { starts: page.starts, slack }, opensItem) : undefined;
  if (pulled) return pulled;
  // A gap at or past the column after next starts that column, not this one.
  const after = page.starts[column + 2] ?? Number.POSITIVE_INFINITY;
  // Closing punctuation that ends the piece one space after a word is another column's text: no
  // CJK cell line has a space there (letter-spaced text has one after each character). It may
  // stand past the next column's start by more than DRIFT (`(ACT-NET) 會議 。`: the goal's `。`
  // pushed right by the Latin word), and the text before it may be two cells (`品格教 院校開設法
  // 治教 。`, the `。` the column after next's): the text before's own cuts go to the wrap test.
  const tail = closingTailGap(rest, next, after);
  if (!tail) return gridSplits(rest, column, page, next, after);
  const head = gridSplits(pieceBefore(rest, tail), column, page, next, after);
  return hasGap(head) ? [...head.filter((split) => split !== null), tail] : [tail];
}

/**
 * The piece's last gap where closing punctuation alone follows it, after a word, from DRIFT left
 * of the next column's start to the column after next's. (XeLaTeX sets `報法」 ，` inside a cell:
 * the other gaps near the next column's start are taken for its as well, see gridSplits.)
 */
function closingTailGap(rest: Piece, next: number, after: number): Gap | undefined {
  const last = rest.spaces.at(-1);
  if (!last?.betweenCjk || last.at < next - DRIFT || last.at >= after) return undefined;
  if (!CLOSING_ONLY.test(rest.text.slice(last.offset))) return undefined;
  return spaceBeforeClosing(rest.text, last.offset) ? last : undefined;
}
const CLOSING_ONLY = /^[。，、；：)）」』]+$/u;

/** Where a piece that runs into the next column may be cut, its text before `after` read by the grid. */
function gridSplits(
  rest: Piece,
  column: number,
  page: PageColumns,
  next: number,
  after: number,
): ReadonlyArray<Gap | null> {
  // No cell has a space right after a bracket its word opens (`法務部( 部`, `件數（ 24`).
  const opening = openingGap(rest, after - DRIFT);
  if (opening) return [opening];
  const capacity = page.capacity?.[column + page.missing];
  const overflow = overflowSplits(rest, capacity);
  if (overflow.length > 0) return overflow;
  // One space between two CJK characters near the next column's start: CJK text has few inside
  // a cell (letter-spaced text has many), so it is a column gap. Far left of the next column it
  // is the cell's own (`機構網絡 (ACT-NET)`): pdftotext pulls a cell left by a few columns only.
  const cjkGaps = gapsBefore(rest, after - DRIFT, true);
  // Of several, the one before closing punctuation (`絡 (ARIN-AP)、 。`): no cell's own space.
  const closing = gapsBeforeClosing(rest.text, cjkGaps);
  const cjk = cjkGaps.length === 1 ? cjkGaps[0] : closing.length === 1 ? closing[0] : undefined;
  // Where the column's width is known and the whole fits in it, the space may be the cell's own
  // (`律司） 協辦`): the wrap test weighs both.
  const known = capacity !== undefined && !Number.isNaN(capacity);
  if (cjk && cjk.at >= next - DRIFT && cjk.at <= next + DRIFT)
    return known && fits(rest.text, capacity) && !closing.includes(cjk) ? [cjk, null] : [cjk];
  // A browser's table: where a full line of this column ends, however far left the grid put it.
  const fullWidth = page.capacities?.[column + page.missing] ?? 0;
  const full = fullWidth > 0 && fullLineGap(rest.text, gapsBefore(rest, after - DRIFT, false), fullWidth);
  if (full) return [full];
  // A key/value table's label line with its value's short last line one space after it
  // (`至12月)績效 %。`, short of the value column).
  if (rest.end <= next + 1) {
    const tail = page.keyValue ? sentenceTailGap(rest) : undefined;
    return tail ? [tail] : NO_SPLITS;
  }
  // The space after a list marker (`1. 研修`, `(一) 建構`) opens an item: no column gap there.
  // (A key/value table set tight: its value may be pulled left up to its label's end.)
  const from = page.keyValue ? 0 : next - DRIFT;
  // A cell pushed right of its column (its line before ran long) pushes the next one as far.
  const reach = next + TOLERANCE + Math.max(0, rest.start - (page.starts[column] ?? rest.start));
  const candidates = gapsOpeningNoItem(rest, from, reach);
  if (rest.end > reach && wordPastReach(rest, candidates, reach)) reachMissed = true;
  // A line of words running well past the next column's start with no gap near it: either its
  // letters are narrow, or the next cell's words were pushed right after it (pdftotext sets
  // them one space after the text before). Both readings go to the wrap test.
  // Words near the column's start do not rule out a pushed cell that opens a list item
  // (`…participate in national or 1. The Ministry`): the first such gap goes too.
  if (rest.end > reach) {
    const pushed = pushedGaps(rest, reach, after - DRIFT);
    if (candidates.length === 0) candidates.push(...pushed);
    else {
      const item = firstOpeningItem(rest.text, pushed);
      if (item) candidates.push(item);
    }
  }
  // Between CJK characters only, the first: the grid pulls text left of its column, never right.
  // Between words, also none (`null`): a line of narrow letters runs past the next column's start
  // in pdftotext's grid with nothing in that column. The wrap test decides.
  return hasWordGap(candidates) ? [...candidates, null] : candidates.slice(0, 1);
}

// (Loops, not callbacks: findSplits runs for every piece with a single space, and a callback made
// per call loses its optimized code at each full GC, which a long-lived reader meets often.)

/**
 * The piece's last gap, where the text after it ends a sentence and opens with what no line of
 * a label starts with (`%。`: a value's `…達成率為100` wrapped). (`107 年績效目標值 35 件。`, a
 * value whole after its label, is cut later, by the label: its last gap is the value's own.)
 */
function sentenceTailGap(rest: Piece): Gap | undefined {
  const last = rest.spaces.at(-1);
  return last && VALUE_TAIL.test(rest.text.slice(last.offset)) ? last : undefined;
}
const VALUE_TAIL = /^[%％。，、；：)）」』][^ ]*[。；;！？!?]$/u;

/** The first gap left of `limit` right after a bracket its word opens. */
function openingGap(rest: Piece, limit: number): Gap | undefined {
  for (const space of rest.spaces)
    if (space.at < limit && spaceAfterOpening(rest.text, space.offset)) return space;
  return undefined;
}

/** The gaps left of `limit` (only those between CJK characters, if `cjk`). */
function gapsBefore(rest: Piece, limit: number, cjk: boolean): Gap[] {
  const gaps: Gap[] = [];
  for (const space of rest.spaces) if (space.at < limit && (!cjk || space.betweenCjk)) gaps.push(space);
  return gaps;
}

/** The gaps before closing punctuation. */
function gapsBeforeClosing(text: string, gaps: readonly Gap[]): Gap[] {
  const closing: Gap[] = [];
  for (const space of gaps) if (spaceBeforeClosing(text, space.offset)) closing.push(space);
  return closing;
}

/** The gaps from `from` to `reach` that open no list item. */
function gapsOpeningNoItem(rest: Piece, from: number, reach: number): Gap[] {
  const gaps: Gap[] = [];
  for (const space of rest.spaces)
    if (space.at >= from && space.at <= reach && !opensItem(rest.text, space)) gaps.push(space);
  return gaps;
}

/** The first gap a list marker follows (`… or 1. The Ministry`). */
function firstOpeningItem(text: string, gaps: readonly Gap[]): Gap | undefined {
  for (const space of gaps) if (MARKER_AFTER.test(text.slice(space.offset))) return space;
  return undefined;
}

/** Some gap stands between words (not between CJK characters). */
function hasWordGap(gaps: readonly Gap[]): boolean {
  for (const space of gaps) if (!space.betweenCjk) return true;
  return false;
}

// Set when findSplits leaves a cut untried one column past its reach (see wordPastReach); cutLine
// reads it for the line it cuts. (findSplits runs once per piece, synchronously, inside cutLine.)
let reachMissed = false;

/**
 * The cut after the last candidate's word lies one column past the reach: that word may have
 * overrun the next column's start (`requests for other`: `for` ends the cell 3 columns into the
 * next, `other` starts 4 past it). Widening the reach misreads other grids; the line is doubted.
 */
function wordPastReach(rest: Piece, candidates: readonly Gap[], reach: number): boolean {
  const last = candidates.at(-1);
  // (English cells: CJK text has no words to move, and its gaps are told by widths.)
  if (!last || hasCjk(rest.text)) return false;
  const after = rest.spaces.find((space) => space.at > last.at);
  return after !== undefined && after.at === reach + 1 && !after.betweenCjk;
}

/** The word gaps of a piece from `from` on, short of the column after next: where a pushed cell may start. */
function pushedGaps(rest: Piece, from: number, to: number): Gap[] {
  const gaps: Gap[] = [];
  for (const space of rest.spaces)
    if (space.at > from && space.at < to && !space.betweenCjk && !followsMarker(rest.text, space))
      gaps.push(space);
  return gaps;
}

/**
 * A CJK cell line can be no wider than its column: text past that goes on in the next column, at
 * one of the single spaces that leave the cell no wider than the column holds
 * (the fullest first: the producer filled the line). None where the piece fits.
 */
export function overflowSplits(rest: Piece, capacity: number | undefined): Gap[] {
  if (!overflows(rest.text, capacity)) return [];
  // A CJK cell line has no space before closing punctuation (`洽 ）`): such a space is a column gap.
  // The cells grow space by space (spaces in order), and both tests below hold for every longer
  // cell once they hold for one (the pattern's match stays in it, the width only grows): the
  // first cell either test refuses ends the search (a letter-spaced line has dozens of spaces).
  const splits: Gap[] = [];
  for (const space of rest.spaces) {
    const cell = rest.text.slice(0, space.offset - 1);
    if (SPACE_BEFORE_CLOSING.test(cell) || !fits(cell, capacity)) break;
    if (!endsWithOpeningMarker(cell)) splits.push(space);
  }
  return splits.reverse();
}

// (After a word of two characters or more: ` 護 。` is letter-spacing.)
const SPACE_BEFORE_CLOSING = /(?:^| )[^ ]{2,} [。，、；：)）」』]/u;

/** The space stands between a sentence's end and a list marker (`得金額。 2. 每年提報`). */
function opensInlineItem(text: string, space: Gap): boolean {
  return /[。；;]$/u.test(text.slice(0, space.offset - 1)) && MARKER_AFTER.test(text.slice(space.offset));
}

const MARKER_AFTER = /^(?:\d{1,2}[.．]|[(（][一二三四五六七八九十\d]{1,3}[)）])\s?\S/u;

/**
 * The space comes right after a list marker that opens an item: at the cell's start, or in CJK
 * text. An English cell wraps greedily, so an inline item's marker can end its line
 * (`…exchanges, etc. 2.` / `The Ministry…`): a gap after it there may be the column's.
 */
function opensItem(text: string, space: Gap): boolean {
  if (!followsMarker(text, space)) return false;
  return MARKER_AFTER.test(text) || hasCjk(text);
}

/** The space comes right after a list marker (its offset is one past the space). */
function followsMarker(text: string, space: Gap): boolean {
  return endsWithMarker(text.slice(0, space.offset - 1));
}

/** Some split is a gap (not `null`, the piece whole). */
function hasGap(splits: ReadonlyArray<Gap | null>): boolean {
  for (const split of splits) if (split !== null) return true;
  return false;
}

/** A piece's text before a gap, as a piece of its own. */
function pieceBefore(rest: Piece, split: Gap): Piece {
  const spaces: Gap[] = [];
  for (const space of rest.spaces) if (space.offset < split.offset) spaces.push(space);
  return { text: rest.text.slice(0, split.offset - 1), start: rest.start, end: split.at, spaces };
}

/** A piece's text from a gap on, as a piece of its own starting there. */
function pieceAfter(rest: Piece, split: Gap): Piece {
  return {
    text: rest.text.slice(split.offset),
    start: split.at,
    end: rest.end,
    spaces: spacesAfter(rest.spaces, split.offset),
  };
}

/** The spaces past `offset`, their offsets from there. */
function spacesAfter(spaces: readonly Gap[], offset: number): Gap[] {
  const after: Gap[] = [];
  for (const space of spaces)
    if (space.offset > offset)
      after.push({ at: space.at, offset: space.offset - offset, betweenCjk: space.betweenCjk });
  return after;
}

/** A line cut into cells: its readings (more than one where a gap is ambiguous), first the leftmost gaps. */
interface CutLine {
  readings: Reading[];
  /** Some cell was split off at a single space (its width says little about its column's). */
  tight: boolean;
  /** Where each page column's text starts in the first reading (-1: none). */
  starts: number[];
  /** A cut one column past findSplits' reach was left untried (see wordPastReach). */
  reachMissed: boolean;
}

/** Cells cut off at the one place a single-space gap could be: how full merged cells are. */
export type MergedCells = Array<{ column: number; text: string }>;
// A reading with no cut (shared: a reading's cuts are replaced, never written).
const NO_CUTS: number[] = [];

/**
 * A reading being built: where each page column's text starts, too; `guess`: it took one of
 * several cuts of a CJK line (its cells say nothing of how full merged cells are).
 */
type OpenReading = Reading & { at: number[]; guess: boolean };

// Readings of one line kept for the wrap test (three candidate gaps in each of two places).
const MAX_READINGS = 9;

/**
 * A line cut into one text per column (`missing` empty columns first), in every reading.
 * `aligned`: the page column whose text starts at a grid column on the band's lines above. The
 * line's merged cells are added to `merged`.
 */
export function cutLine(
  line: Placed,
  metric: Metric,
  page: PageColumns,
  aligned: ReadonlyMap<number, number> | undefined,
  merged: MergedCells,
): CutLine {
  const { starts, missing } = page;
  const first: OpenReading = {
    cells: filled(starts.length + missing, "").slice(),
    cuts: NO_CUTS,
    at: filled(starts.length, -1).slice(),
    guess: false,
  };
  let readings: OpenReading[] = [first];
  const mergedBefore = merged.length;
  reachMissed = false;
  for (const piece of pieces(line, metric)) {
    const only = readings.length === 1 ? readings[0] : undefined;
    if (only) {
      // (Most lines are read one way, most pieces go whole into their column: no arrays made.)
      const column = placePiece(piece, only, page, aligned);
      const splits = findSplits(piece, column, page);
      if (splits.length === 0) put(only, column, missing, piece.text, piece.start);
      else readings = cutPiece(only, piece, column, page, merged, splits);
    } else {
      const cut: OpenReading[] = [];
      for (const reading of readings)
        cut.push(...cutPiece(reading, piece, placePiece(piece, reading, page, aligned), page, merged));
      readings = cut;
    }
    if (readings.length > MAX_READINGS) readings = readings.slice(0, MAX_READINGS);
  }
  // A reading that leaves a CJK cell wider than its column holds is out where another does not.
  if (readings.length > 1 && page.capacity) readings = withinColumns(readings, page.capacity);
  if (readings.length > 1) readings = withoutItemAfterWord(readings);
  // On a one-block grid page the words tell a cut the widths cannot (`…statistics The Ministry`
  // holds a cell's start; see english-cells.ts). (Elsewhere the wrap test alone decides.)
  if (readings.length > 1 && page.pulledSlack != null) readings = [...withoutMisplacedOpeners(readings)];
  // Justification spreads a line, not a cell: its letter-spacing goes before the line joins the
  // lines around it (`協辦` + `機 關：外 交 部` is 協辦機關：外交部). (Each reading's cells and
  // each merged cell are the line's own: cleaned in place.)
  let tight = false;
  for (const { cells, cuts } of readings) {
    tight ||= cuts.length > 0;
    for (let index = 0; index < cells.length; index++) {
      const text = cells[index] ?? "";
      if (text) cells[index] = removeCjkLetterSpacing(text.trim());
    }
  }
  for (let index = mergedBefore; index < merged.length; index++) {
    const cell = merged[index];
    if (cell) cell.text = removeCjkLetterSpacing(cell.text.trim());
  }
  return { readings, tight, starts: agreedStarts(readings), reachMissed };
}

// Arrays of n blanks, to be copied: a copy is packed and of its exact length (`new Array(n).fill`
// makes a holey one, arrays grown by push take room for more), made for every line.
// (Per kind of blank, indexed by length: no key string made per line.)
const FILLED: Record<"string" | "number", Array<Array<string | number> | undefined>> = {
  string: [],
  number: [],
};

function filled<T extends string | number>(length: number, blank: T): readonly T[] {
  const byLength = FILLED[typeof blank === "string" ? "string" : "number"];
  let found = byLength[length];
  if (!found) {
    found = [];
    for (let index = 0; index < length; index++) found.push(blank);
    byLength[length] = found;
  }
  return found as T[];
}

/** The readings whose CJK cells all fit their columns, if any do (else all). */
function withinColumns(readings: OpenReading[], capacity: readonly number[]): OpenReading[] {
  const within: OpenReading[] = [];
  for (const reading of readings) if (cellsFit(reading.cells, capacity)) within.push(reading);
  return within.length > 0 ? within : readings;
}

/** Every CJK cell fits its column. */
function cellsFit(cells: readonly string[], capacity: readonly number[]): boolean {
  for (let column = 0; column < cells.length; column++) {
    const text = cells[column] ?? "";
    if (hasCjk(text) && !fits(text, capacity[column])) return false;
  }
  return true;
}

/** A piece's text put in a reading's column, after what the reading has there: in place. */
function put(reading: OpenReading, column: number, missing: number, text: string, x: number): OpenReading {
  const index = column + missing;
  if (reading.at[column] === -1) reading.at[column] = x;
  const before = reading.cells[index];
  reading.cells[index] = before ? `${before} ${text}` : text;
  return reading;
}

/** A copy of a reading, to be written apart from it (a line read more than one way branches). */
const branch = (reading: OpenReading): OpenReading => ({
  cells: [...reading.cells],
  cuts: reading.cuts,
  at: [...reading.at],
  guess: reading.guess,
});

/**
 * A piece (or what is left of it) put in a reading at `column`, in every way it may be cut. A
 * piece running into the next column: two cells set too close, one space apart. The gap is near
 * the next column's start: pdftotext's grid pulls the text after a long cell line left of its
 * column (by up to DRIFT), never far right of it.
 */
function cutPiece(
  reading: OpenReading,
  rest: Piece,
  column: number,
  page: PageColumns,
  merged: MergedCells,
  splits = findSplits(rest, column, page),
): OpenReading[] {
  const { missing } = page;
  if (splits.length === 0) return [put(reading, column, missing, rest.text, rest.start)];
  const gaps = splits.filter((split): split is Gap => split !== null);
  // A sentence end, one space, the next list item: a cell's inline list (`1. … 。 2. …`) as
  // well as two cells; reading it whole is left to the wrap test too.
  const inline = gaps.length === 1 && gaps[0] !== undefined && opensInlineItem(rest.text, gaps[0]);
  const options = inline && !splits.includes(null) ? [...splits, null] : splits;
  const guess = reading.guess || (options.length > 1 && hasCjk(rest.text));
  const certain = gaps.length === 1 && !inline && !guess;
  const out: OpenReading[] = [];
  for (const split of options) {
    const own = options.length === 1 ? reading : { ...branch(reading), guess };
    if (split === null) {
      out.push(put(own, column, missing, rest.text, rest.start));
      continue;
    }
    put(own, column, missing, rest.text.slice(0, split.offset - 1), rest.start);
    if (certain) merged.push({ column: column + missing, text: own.cells[column + missing] ?? "" });
    own.cuts = [...own.cuts, column + missing];
    out.push(...cutPiece(own, pieceAfter(rest, split), column + 1, page, merged));
  }
  return out;
}

/**
 * The page column a piece of CJK text goes in: its column in the grid, unless the band's lines
 * above started the neighbouring column's text at that very grid column (pdftotext sets a row's
 * cells off the page's columns, alike on each of its lines), or joining the text the line already
 * has in that column would make a cell line wider than the column holds.
 */
function placePiece(
  piece: Piece,
  reading: OpenReading,
  page: PageColumns,
  aligned?: ReadonlyMap<number, number>,
): number {
  const grid = columnAt(page.starts, piece.start);
  if (!hasCjk(piece.text)) return grid;
  const seen = aligned?.get(piece.start);
  const column = seen !== undefined && Math.abs(seen - grid) === 1 ? seen : grid;
  const index = column + page.missing;
  const before = reading.cells[index];
  const wider = before && overflows(`${before}${piece.text}`, page.capacity?.[index]);
  // A CJK cell line is one run of text: a second piece two spaces or more after the first, near
  // the next column's start (that column empty on the line), is the next column's text pulled left.
  const pulled = before && page.capacity && piece.start >= (page.starts[column + 1] ?? Number.NaN) - DRIFT;
  return (wider || pulled) && column + 1 < page.starts.length && !reading.cells[index + 1]
    ? column + 1
    : column;
}
