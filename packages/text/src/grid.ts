import {
  isHeaderLike,
  joinParagraphs,
  profileColumns,
  type RawDocument,
  type RawRow,
  repeatsRecordHead,
} from "@lianzheng/layout";
import { createWarning } from "@lianzheng/model";
import { type ListMarkerStyle, parseListMarker, removeCjkLetterSpacing } from "@lianzheng/normalize";
import { assemble, cell, isBareHeading, type LogicalLine } from "./internal/assemble.js";
import {
  cjkCapacities,
  columnCapacities,
  fits,
  fullLineGap,
  hasCjk,
  overfills,
  overflows,
  wideCapacities,
} from "./internal/capacity.js";
import { findChrome, firstVisible, trimmedLength } from "./internal/chrome.js";
import { cleanFragment } from "./internal/clean.js";
import { endsWithOpeningMarker } from "./internal/cut-marker.js";
import { withoutMisplacedOpeners } from "./internal/english-cells.js";
import { spaceAfterOpening, spaceBeforeClosing } from "./internal/gap-context.js";
import { knownPairs, likeliestByPairs } from "./internal/known-pairs.js";
import { LARGE_TYPE_BELOW, largeTypeText } from "./internal/large-type.js";
import { proseLines } from "./internal/prose.js";
import { pulledGridSlack, pulledGridSplits } from "./internal/pulled-grid.js";
import { returnPulledText } from "./internal/pulled-text.js";
import { runsOn } from "./internal/runs-on.js";
import { headingBeforeRepeatedHeader, indentOf } from "./internal/table-heading.js";
import {
  gatherSpanningText,
  keyValueRowStarts,
  preferKnownLabel,
  recordRowStarts,
  splitKnownLabel,
} from "./internal/tight-rows.js";
import { codePointWidth, displayWidth } from "./internal/width.js";
import {
  type Around,
  type ColumnWidth,
  chooseReading,
  columnWidths,
  firstWord,
  type Reading,
} from "./internal/wrap-test.js";
import { assertText, splitLines } from "./read-text.js";

// Monospace text laid out in columns, as `pdftotext -layout` writes it: a page is a grid of
// characters, a table's columns are the vertical runs of blank grid columns between its text
// (the "stream" idea of the PDF reader's unruled tables, on characters instead of points).
// pdftotext counts every character as one column; text aligned by eye in an editor counts CJK
// characters as two (East Asian Width). Both are tried; the one whose gutters are clean wins.

type Metric = "code-point" | "display";

interface Placed {
  /** The line without form feeds. */
  text: string;
  /** 0-based line index in the input. */
  index: number;
  /** Its pieces per metric, found once when first asked for: every page is looked at often. */
  pieces: Record<Metric, Piece[] | undefined>;
  /** Two cells stood one space apart and the wrap test could not tell where the gap is. */
  ambiguous: boolean;
  /** Some cell was split off at a single space. */
  tight: boolean;
  /** Read by its table's columns' widths, a cell is still wider than its column. */
  overfull: boolean;
  /** A cut one column past findSplits' reach was left untried (see wordPastReach). */
  reachMissed: boolean;
}

function place(text: string, index: number): Placed {
  // (Every slot from the start: one shape for every line. Marks are fields, not sets of lines:
  // a set's hashing and weak tables cost more than the reading of a line.)
  return {
    text,
    index,
    pieces: { "code-point": undefined, display: undefined },
    ambiguous: false,
    tight: false,
    overfull: false,
    reachMissed: false,
  };
}

/** The pieces of a line separated by two spaces or more. */
function segments(line: string): string[] {
  return line
    .trim()
    .split(/ {2,}|\t/u)
    .filter((piece) => piece.length > 0);
}

const SENTENCE_PUNCTUATION = /[。；;!?！？]/u;

function isHeaderLine(line: string): boolean {
  const pieces = segments(line);
  return pieces.length >= 2 && isHeaderLike(pieces);
}

// (Not a /u pattern: under /u a surrogate pair is one character, outside this class.)
const SURROGATE = /[\ud800-\udfff]/;
/** A line's characters by code point, as `[...line]` has them (the line itself when that is the same). */
const codePoints = (line: string): ArrayLike<string> => (SURROGATE.test(line) ? [...line] : line);

/** A label (short, at the margin) and a value far to its right: a key/value table's row. */
function keyValueStart(line: string): number | null {
  const match = /^( {0,4})(\S.{0,20}?) {2,}(\S)/u.exec(line);
  if (!match || SENTENCE_PUNCTUATION.test(match[2] ?? "")) return null;
  return [...line.slice(0, (match.index ?? 0) + match[0].length - 1)].length;
}

const TOLERANCE = 3;
const CJK = /[\p{Script=Han}\u3000-\u303f\uff01-\uff60]/u;
const WIDE_CHAR = /[\u1100-\uffff]/u;
// Share of a text's pieces that start on a column when the metric fits the text.
const CLEAN_SHARE = 0.9;
const FEW_LINES = 5;
// Two columns start at least this many grid columns apart (a column holds three characters or more).
const SEPARATION = 6;
// How far left of its column a cell's text may start in pdftotext's grid after a long line.
const DRIFT = 6;

/** Pieces of a line set apart by two spaces or more, with their start and end columns. */
interface Piece {
  text: string;
  start: number;
  end: number;
  /** Columns where a single space sits inside the piece (where a tight column gap may be). */
  spaces: Array<{ at: number; offset: number; betweenCjk: boolean }>;
}

/** The pieces of a line (computed once per line and metric: every page is looked at often). */
function pieces(line: Placed, metric: Metric): Piece[] {
  const found = line.pieces[metric] ?? findPieces(line, metric);
  line.pieces[metric] = found;
  return found;
}

function findPieces(line: Placed, metric: Metric): Piece[] {
  // One pass over UTF-16 units; `offset`s are units from the piece's start.
  const { text } = line;
  const out: Piece[] = [];
  const length = text.length;
  let i = 0;
  let x = 0;
  const widthAt = (unit: number): number => (metric === "display" ? codePointWidth(unit) : 1);
  while (i < length) {
    while (i < length && text.charCodeAt(i) === SPACE) {
      i++;
      x++;
    }
    if (i >= length) break;
    const from = i;
    const start = x;
    // (Most pieces have no single space: they share one empty list, never written.)
    let spaces: Piece["spaces"] | null = null;
    let end = x;
    let previous = 0;
    while (i < length) {
      const unit = text.codePointAt(i) ?? 0;
      if (unit === SPACE) {
        const next = i + 1 < length ? (text.codePointAt(i + 1) ?? 0) : SPACE;
        if (next === SPACE) break;
        spaces ??= [];
        spaces.push({
          at: x + 1,
          offset: i - from + 1,
          betweenCjk: isCjkUnit(previous) && (isCjkUnit(next) || OPENING.has(next)),
        });
      }
      const advance = unit === SPACE ? 1 : widthAt(unit);
      if (unit !== SPACE) end = x + advance;
      x += advance;
      i += unit > 0xffff ? 2 : 1;
      previous = unit;
    }
    out.push({ text: text.slice(from, i).trimEnd(), start, end, spaces: spaces ?? NO_SPACES });
  }
  return out;
}

const SPACE = 32;
const NO_SPACES: Piece["spaces"] = [];
// Brackets a CJK cell can open with: "，(檢察司)" after a one-space column gap.
const OPENING = new Set([0x28, 0xff08, 0x300c, 0x300e]);
// Asked at every single space of every line: each BMP unit's answer found once (0 not asked
// yet, 1 no, 2 yes), not a string made and a pattern tried per space.
const CJK_UNITS = new Uint8Array(0x10000);

function isCjkUnit(unit: number): boolean {
  if (unit <= 0x2e7f) return false;
  if (unit > 0xffff) return CJK.test(String.fromCodePoint(unit));
  if (CJK_UNITS[unit] === 0) CJK_UNITS[unit] = CJK.test(String.fromCharCode(unit)) ? 2 : 1;
  return CJK_UNITS[unit] === 2;
}

/**
 * The columns of one page of a table: where the pieces of its lines start, clustered (a
 * proportional font drifts a column or two in pdftotext's grid), the `columns` best supported.
 * The header line, when the page repeats it, shows every column; without it, a column empty all
 * page long (a strategy spanning the page) leaves no trace: the missing ones are taken to be the
 * leftmost.
 */
function findColumns(
  lines: readonly Placed[],
  metric: Metric,
  columns: number,
): { starts: number[]; support: number } {
  const counts = countStarts(lines, metric);
  // Peaks of starts within a window of ±TOLERANCE, strongest first, each taking its window.
  const minimum = Math.max(2, Math.ceil(lines.length * 0.05));
  const chosen: Array<{ at: number; count: number }> = [];
  while (chosen.length < columns) {
    let best: { at: number; count: number } | null = null;
    for (let at = 0; at < counts.length; at++) {
      if (counts[at] === 0) continue;
      let count = 0;
      for (let x = Math.max(0, at - TOLERANCE); x <= at + TOLERANCE && x < counts.length; x++)
        count += counts[x] ?? 0;
      // (Ties go to the leftmost: starts are visited left to right.)
      if (!best || count > best.count) best = { at, count };
    }
    if (!best || best.count < minimum) break;
    chosen.push(best);
    counts.fill(0, Math.max(0, best.at - SEPARATION + 1), best.at + SEPARATION);
  }
  chosen.sort((a, b) => a.at - b.at);
  return { starts: chosen.map((c) => c.at), support: chosen.reduce((sum, c) => sum + c.count, 0) };
}

/** How many of the lines' pieces start at each grid column (an array: every page is counted). */
function countStarts(lines: readonly Placed[], metric: Metric): Int32Array {
  let widest = 0;
  for (const line of lines) for (const piece of pieces(line, metric)) widest = Math.max(widest, piece.start);
  const counts = new Int32Array(widest + 1);
  for (const line of lines)
    for (const piece of pieces(line, metric)) counts[piece.start] = (counts[piece.start] ?? 0) + 1;
  return counts;
}

/**
 * The column a piece starting at `x` is in: text may start up to DRIFT left of its column, and
 * less than halfway back to the column before (a page whose grid pdftotext squeezed sets two
 * columns closer than DRIFT: `序次   44`).
 */
function columnAt(starts: readonly number[], x: number): number {
  let column = 0;
  for (; column + 1 < starts.length; column++) {
    const next = starts[column + 1] ?? 0;
    const drift = Math.min(DRIFT, Math.floor((next - (starts[column] ?? 0)) / 2));
    if (x < next - drift + 1) break;
  }
  return column;
}

// A table with this share of its lines set tight (and a few at least), and hardly a blank line
// inside a page (fewer than one in BLANK_SHARE lines), is not one to trust: a browser's PDF sets
// cells one space apart with no blank line between rows (Chromium). Narrow CJK columns alone are
// set tight too, but keep a blank line between rows however long the rows (one in 10 to 30 lines).
const TIGHT_SHARE = 0.1;
const TIGHT_FEW = 5;
const BLANK_SHARE = 40;

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
  // No cell has a space right after a bracket its word opens (`法務部( 部`, `件數（ 24`).
  const opening = rest.spaces.find(
    (space) => space.at < after - DRIFT && spaceAfterOpening(rest.text, space.offset),
  );
  if (opening) return [opening];
  const capacity = page.capacity?.[column + page.missing];
  const overflow = overflowSplits(rest, capacity);
  if (overflow.length > 0) return overflow;
  // One space between two CJK characters near the next column's start: CJK text has few inside
  // a cell (letter-spaced text has many), so it is a column gap. Far left of the next column it
  // is the cell's own (`機構網絡 (ACT-NET)`): pdftotext pulls a cell left by a few columns only.
  const cjkGaps = rest.spaces.filter((space) => space.betweenCjk && space.at < after - DRIFT);
  // Of several, the one before closing punctuation (`絡 (ARIN-AP)、 。`): no cell's own space.
  const closing = cjkGaps.filter((space) => spaceBeforeClosing(rest.text, space.offset));
  const cjk = cjkGaps.length === 1 ? cjkGaps[0] : closing.length === 1 ? closing[0] : undefined;
  // Where the column's width is known and the whole fits in it, the space may be the cell's own
  // (`律司） 協辦`): the wrap test weighs both.
  const known = capacity !== undefined && !Number.isNaN(capacity);
  if (cjk && cjk.at >= next - DRIFT && cjk.at <= next + DRIFT)
    return known && fits(rest.text, capacity) && !closing.includes(cjk) ? [cjk, null] : [cjk];
  // A browser's table: where a full line of this column ends, however far left the grid put it.
  const fullWidth = page.capacities?.[column + page.missing] ?? 0;
  const full =
    fullWidth > 0 &&
    fullLineGap(
      rest.text,
      rest.spaces.filter((space) => space.at < after - DRIFT),
      fullWidth,
    );
  if (full) return [full];
  if (rest.end <= next + 1) return NO_SPLITS;
  // The space after a list marker (`1. 研修`, `(一) 建構`) opens an item: no column gap there.
  // (A key/value table set tight: its value may be pulled left up to its label's end.)
  const from = page.keyValue ? 0 : next - DRIFT;
  // A cell pushed right of its column (its line before ran long) pushes the next one as far.
  const reach = next + TOLERANCE + Math.max(0, rest.start - (page.starts[column] ?? rest.start));
  const candidates = rest.spaces.filter(
    (space) => space.at >= from && space.at <= reach && !opensItem(rest.text, space),
  );
  if (rest.end > reach && wordPastReach(rest, candidates, reach)) reachMissed = true;
  // A line of words running well past the next column's start with no gap near it: either its
  // letters are narrow, or the next cell's words were pushed right after it (pdftotext sets
  // them one space after the text before). Both readings go to the wrap test.
  // Words near the column's start do not rule out a pushed cell that opens a list item
  // (`…participate in national or 1. The Ministry`): the first such gap goes too.
  if (rest.end > reach) {
    const pushed = pushedGaps(rest, reach, after - DRIFT);
    if (candidates.length === 0) candidates.push(...pushed);
    else
      candidates.push(
        ...pushed.filter((space) => MARKER_AFTER.test(rest.text.slice(space.offset))).slice(0, 1),
      );
  }
  // Between CJK characters only, the first: the grid pulls text left of its column, never right.
  // Between words, also none (`null`): a line of narrow letters runs past the next column's start
  // in pdftotext's grid with nothing in that column. The wrap test decides.
  return candidates.some((space) => !space.betweenCjk) ? [...candidates, null] : candidates.slice(0, 1);
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
  return rest.spaces.filter(
    (space) => space.at > from && space.at < to && !space.betweenCjk && !followsMarker(rest.text, space),
  );
}

/**
 * A CJK cell line can be no wider than its column: text past that goes on in the next column, at
 * one of the single spaces that leave the cell no wider than the column holds
 * (the fullest first: the producer filled the line). None where the piece fits.
 */
function overflowSplits(rest: Piece, capacity: number | undefined): Gap[] {
  if (!overflows(rest.text, capacity)) return [];
  const cell = (space: Gap): string => rest.text.slice(0, space.offset - 1);
  // A CJK cell line has no space before closing punctuation (`洽 ）`): such a space is a column gap.
  return rest.spaces
    .filter(
      (space) =>
        !endsWithOpeningMarker(cell(space)) &&
        !SPACE_BEFORE_CLOSING.test(cell(space)) &&
        fits(cell(space), capacity),
    )
    .reverse();
}

// (After a word of two characters or more: ` 護 。` is letter-spacing.)
const SPACE_BEFORE_CLOSING = /(?:^| )[^ ]{2,} [。，、；：)）」』]/u;

const MARKER_BEFORE = /(?:^|\s)(?:\d{1,2}[.．]|[(（][一二三四五六七八九十\d]{1,3}[)）])$/u;

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
  return MARKER_BEFORE.test(text.slice(0, space.offset - 1));
}

/** A piece's text from a gap on, as a piece of its own starting there. */
function pieceAfter(rest: Piece, split: Gap): Piece {
  return {
    text: rest.text.slice(split.offset),
    start: split.at,
    end: rest.end,
    spaces: rest.spaces
      .filter((space) => space.offset > split.offset)
      .map((space) => ({ ...space, offset: space.offset - split.offset })),
  };
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
type MergedCells = Array<{ column: number; text: string }>;
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
function cutLine(
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
    } else
      readings = readings.flatMap((reading) =>
        cutPiece(reading, piece, placePiece(piece, reading, page, aligned), page, merged),
      );
    if (readings.length > MAX_READINGS) readings = readings.slice(0, MAX_READINGS);
  }
  // A reading that leaves a CJK cell wider than its column holds is out where another does not.
  if (readings.length > 1 && page.capacity) readings = withinColumns(readings, page.capacity);
  // (English: `…statistics The Ministry` holds a cell's start; see english-cells.ts.)
  if (readings.length > 1) readings = [...withoutMisplacedOpeners(readings)];
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
  return { readings, tight, starts: readings[0]?.at ?? [], reachMissed };
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
  const within = readings.filter((reading) =>
    reading.cells.every((text, column) => !hasCjk(text) || fits(text, capacity[column])),
  );
  return within.length > 0 ? within : readings;
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
  return options.flatMap((split) => {
    const own = options.length === 1 ? reading : { ...branch(reading), guess };
    if (split === null) return [put(own, column, missing, rest.text, rest.start)];
    put(own, column, missing, rest.text.slice(0, split.offset - 1), rest.start);
    if (certain) merged.push({ column: column + missing, text: own.cells[column + missing] ?? "" });
    own.cuts = [...own.cuts, column + missing];
    return cutPiece(own, pieceAfter(rest, split), column + 1, page, merged);
  });
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

interface RegionLine {
  placed: Placed | null;
  /** A page ended right before this line. */
  pageBreak: boolean;
}

interface Band {
  lines: string[][];
  /** The band's first line as written (a header is recognised by its pieces). */
  firstText: string;
  /** The band's text without white space: a repeated header is found by it, however cut. */
  /** The band's lines as written (a repeated header is found by their text without white space). */
  texts: string[];
  first: number;
  last: number;
  pageBreak: boolean;
}

/** The lines of text of a region (blank lines left out). */
function placedLines(region: readonly RegionLine[]): Placed[] {
  const placed: Placed[] = [];
  for (const entry of region) if (entry.placed) placed.push(entry.placed);
  return placed;
}

/** The region's lines by page: a page starts where a page break was seen. */
function splitPages(region: readonly RegionLine[]): RegionLine[][] {
  const pages: RegionLine[][] = [];
  for (const entry of region) {
    if (entry.pageBreak || pages.length === 0) pages.push([]);
    pages.at(-1)?.push(entry);
  }
  return pages;
}

/**
 * One tool made the whole text: the metric whose columns hold more of the text's pieces.
 * pdftotext counts code points: the display metric is tried only when that leaves many pieces
 * off the columns (text aligned by eye, CJK two columns wide).
 */
function chooseMetric(
  placedPages: readonly Placed[][],
  columns: number,
): { metric: Metric; found: Array<{ starts: number[]; support: number }> } {
  const support = (found: ReadonlyArray<{ support: number }>): number =>
    found.reduce((sum, page) => sum + page.support, 0);
  const byMetric = (metric: Metric) => placedPages.map((placed) => findColumns(placed, metric, columns));
  const codePoint = byMetric("code-point");
  const pieceCount = placedPages.reduce(
    (sum, placed) => sum + placed.reduce((lines, line) => lines + pieces(line, "code-point").length, 0),
    0,
  );
  const wide = placedPages.some((placed) => placed.some((line) => WIDE_CHAR.test(line.text)));
  const display = wide && support(codePoint) < pieceCount * CLEAN_SHARE ? byMetric("display") : codePoint;
  return support(display) > support(codePoint)
    ? { metric: "display", found: display }
    : { metric: "code-point", found: codePoint };
}

/** Where a page's text shows its columns: `starts` found, `missing` empty columns at the left. */
interface PageColumns {
  starts: number[];
  missing: number;
  /** Per column (as cells count them, `missing` first), what a CJK cell line of it holds, if known. */
  capacity?: readonly number[] | undefined;
  /** Per column, what a line of wide characters only holds, if known (see `wideCapacities`). */
  wide?: readonly number[] | undefined;
  /** Each column's width in em/1000 (whole table), where cells are set one space apart. */
  capacities?: number[] | undefined;
  /** A key/value table set tight: any single space in a label line may be where its value starts. */
  keyValue?: boolean | undefined;
  /** pdftotext's one-block grid: how far right of its columns the page sets text (see pulled-grid.ts). */
  pulledSlack?: number | null | undefined;
}

/**
 * Per page, the columns its lines are cut at. A page with a few lines only (a header alone at a
 * page foot, the end of a row) shows too little: it takes the columns of the page before, or of
 * the next page that shows them. A page whose first column is empty all page long (a strategy
 * spanning it) shows one column fewer; columns missing on a page are matched to the nearest
 * columns of the last full page, or without one taken to be the leftmost.
 */
function pageColumns(
  placedPages: readonly Placed[][],
  found: ReadonlyArray<{ starts: number[] }>,
  metric: Metric,
  columns: number,
): PageColumns[] {
  const shown = placedPages.map((placed, index) =>
    placed.length >= FEW_LINES ? (found[index]?.starts ?? []) : null,
  );
  // The table's left edge: where its first column starts on most pages.
  const leftEdge = Math.min(...found.map((page) => page.starts[0] ?? 0));
  let previousStarts: number[] | null = null;
  // Before the first page that shows every column (a table's first page may hold its header
  // and a line or two), the first such page further on is the reference.
  let reference: number[] | null =
    shown.find((starts) => starts?.length === columns) ?? unitedColumns(shown, columns);
  return placedPages.map((placed, pageIndex) => {
    let starts =
      shown[pageIndex] ??
      previousStarts ??
      shown.slice(pageIndex + 1).find((later) => later !== null) ??
      found[pageIndex]?.starts ??
      [];
    if (starts.length === columns && (starts[0] ?? 0) > leftEdge + TOLERANCE)
      starts = findColumns(placed, metric, columns - 1).starts;
    // Text at the table's left edge on a page whose columns start further right: a first column
    // with a line or two on this page (a label at the foot of a page of long values).
    if ((starts[0] ?? 0) > leftEdge + TOLERANCE && starts.length < columns) {
      const atEdge = placed.some((line) => pieces(line, metric).some((p) => p.start <= leftEdge + TOLERANCE));
      if (atEdge) starts = [leftEdge, ...starts];
    }
    let missing = Math.max(0, columns - starts.length);
    if (starts.length === columns) reference = starts;
    else if (reference && starts.length > 0) {
      starts = matchToReference(starts, reference);
      missing = 0;
    }
    if (starts.length === 0) starts = [leftEdge];
    previousStarts = starts;
    // (Every field from the start: pages of one shape, whatever is known of their columns.)
    const missingColumns = Math.min(missing, columns - starts.length);
    return { starts, missing: missingColumns, capacity: undefined, capacities: undefined, keyValue: false };
  });
}

/**
 * Where no page shows every column (each page misses one: a column whose text the grid pulls
 * left after full lines, or a strategy column empty all page long), the pages' columns together:
 * their starts clustered, if that gives the table's number of columns (each the start most
 * pages have), else none.
 */
function unitedColumns(shown: ReadonlyArray<readonly number[] | null>, columns: number): number[] | null {
  const all = shown.flatMap((starts) => starts ?? []).sort((a, b) => a - b);
  const clusters: number[][] = [];
  for (const start of all) {
    const last = clusters.at(-1);
    if (last && start - (last[0] ?? start) <= TOLERANCE) last.push(start);
    else clusters.push([start]);
  }
  if (clusters.length !== columns) return null;
  return clusters.map((cluster) => mostCommon(cluster));
}

/** The value a list holds most often (the first such, of a sorted list the smallest). */
function mostCommon(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best = values[0] ?? 0;
  for (const [value, count] of counts) if (count > (counts.get(best) ?? 0)) best = value;
  return best;
}

/** A page's columns, fewer than the table's, set in place of the nearest columns of a full page. */
function matchToReference(starts: readonly number[], reference: readonly number[]): number[] {
  const full: number[] = [...reference];
  for (const start of starts) {
    const nearest = full.reduce(
      (best, x, i) => (Math.abs(x - start) < Math.abs((full[best] ?? 0) - start) ? i : best),
      0,
    );
    full[nearest] = start;
  }
  return full;
}

/**
 * What columns hold: the text at a column's start up to the piece's first single space (a cell
 * line standing alone, or the cell's part of a line set one space before the next column's text:
 * in tight grids a column's full lines are nearly all so, and its lone lines its short ones).
 */
function capacitySamples(
  placedPages: readonly Placed[][],
  layouts: readonly PageColumns[],
  metric: Metric,
): Array<{ column: number; text: string }> {
  const samples: Array<{ column: number; text: string }> = [];
  placedPages.forEach((placed, index) => {
    const { starts, missing } = layouts[index] ?? { starts: [], missing: 0 };
    for (const line of placed)
      for (const piece of pieces(line, metric)) {
        const column = columnAt(starts, piece.start);
        // (Two cells one space apart, the space in the next column: that column's line, set
        // one space after a full line.)
        const only = piece.spaces.length === 1 ? piece.spaces[0] : undefined;
        if (only && columnAt(starts, only.at) === column + 1)
          samples.push({ column: column + 1 + missing, text: piece.text.slice(only.offset) });
        if (Math.abs(piece.start - (starts[column] ?? 0)) > TOLERANCE) continue;
        const first = piece.spaces[0];
        const text = first ? piece.text.slice(0, first.offset - 1) : piece.text;
        // (A list marker opening the line is no line of its own: `(三) 積極參與`.)
        if (!endsWithOpeningMarker(text)) samples.push({ column: column + missing, text });
      }
  });
  return samples;
}

/** The bands of lines between blank lines, page by page, each line cut into its cells. */
function cutBands(
  pages: readonly RegionLine[][],
  layouts: readonly PageColumns[],
  metric: Metric,
  columns: number,
): Band[] {
  const bands: Band[] = [];
  const readings = new Map<string[], { line: Placed; readings: Reading[] }>();
  // Lines read one way with no cell split off at a single space (a set made only when asked).
  const clearLines: string[][] = [];
  const merged: MergedCells = [];
  const sized: Array<{ placed: Placed; cells: string[] }> = [];
  // Bands of narrow CJK columns, with their columns' widths and lines: text pulled left is given back.
  const pulled: Array<{ band: Band; layout: PageColumns; placed: Placed[] }> = [];
  for (const [pageIndex, page] of pages.entries()) {
    const layout = layouts[pageIndex] ?? { starts: [], missing: 0 };
    let open: Band | null = null;
    let pageBreak = page[0]?.pageBreak === true;
    // Where the band's lines start each column's text (a row is set alike on all its lines).
    const aligned = new Map<number, number>();
    for (const entry of page) {
      if (!entry.placed) {
        open = null;
        aligned.clear();
        continue;
      }
      const line = entry.placed.index + 1;
      if (!open) {
        open = { lines: [], firstText: entry.placed.text, texts: [], first: line, last: line, pageBreak };
        bands.push(open);
        if (layout.capacity) pulled.push({ band: open, layout, placed: [] });
        pageBreak = false;
      }
      const cut = cutLine(entry.placed, metric, layout, aligned, merged);
      for (let column = 0; column < cut.starts.length; column++) {
        const x = cut.starts[column] ?? -1;
        if (x >= 0) aligned.set(x, column);
      }
      if (cut.tight) entry.placed.tight = true;
      if (cut.reachMissed) entry.placed.reachMissed = true;
      const cells = cut.readings[0]?.cells ?? [];
      if (layout.capacities && cut.readings.length === 1) sized.push({ placed: entry.placed, cells });
      if (cut.readings.length > 1) readings.set(cells, { line: entry.placed, readings: cut.readings });
      else if (!cut.tight) clearLines.push(cells);
      open.lines.push(cells);
      if (layout.capacity) pulled.at(-1)?.placed.push(entry.placed);
      open.texts.push(entry.placed.text);
      open.last = line;
    }
  }
  markOverfull(sized, columns);
  const known = tablePairs(pages);
  const clear = columns === 2 || readings.size > 0 ? new Set(clearLines) : null;
  if (clear && columns === 2) preferKnownLabels(bands, readings, clear);
  // Only lines read more than one way need the columns' widths (English set tight).
  if (clear && readings.size > 0) {
    const widths = columnWidths(
      bands.map((band) => band.lines),
      (line) => clear.has(line as string[]),
      merged,
      columns,
      layouts[0]?.capacity,
    );
    resolveReadings(bands, readings, widths, known);
  }
  for (const { band, layout, placed } of pulled)
    for (const index of returnPulledText(band.lines, layout.capacity, layout.wide, known)) {
      const line = placed[index];
      if (line) line.ambiguous = true;
    }
  // A header repeated on a later page, whatever its cut: it only marks a page break.
  const first = bands[0];
  const header = first && isHeaderLine(first.firstText) ? compactText(first.texts.join("")) : null;
  // (Bands of a few lines only: a header wraps over a line or two more or fewer, never many.)
  const few = (first?.texts.length ?? 0) + 3;
  for (const band of bands.slice(1))
    if (header !== null && band.texts.length <= few && sameCompactTexts(band.texts, header)) band.lines = [];
  return bands;
}

/** The pairs of ideographs a table's lines set side by side (see known-pairs.ts). */
const tablePairs = (pages: readonly RegionLine[][]): Set<number> =>
  knownPairs(pages.flatMap((page) => page.flatMap((entry) => (entry.placed ? [entry.placed.text] : []))));

const compactText = (line: string): string => line.replace(/\s+/gu, "");
// A band's lines (each with text) spell `compact`: told by the first line's first character
// before any line is joined (most bands of a table differ there).
const sameCompactTexts = (texts: readonly string[], compact: string): boolean =>
  opensWith(texts[0] ?? "", compact) && compactText(texts.join("")) === compact;
// Asked of every line of a table: most differ at their first character, told without compacting.
const sameCompactText = (line: string, compact: string): boolean =>
  opensWith(line, compact) && compactText(line) === compact;
/** The line's first visible unit is the compact text's first (`line.trimStart().startsWith(compact[0])`, no copy made). */
const opensWith = (line: string, compact: string): boolean =>
  compact.length === 0 || firstVisible(line) === compact.charCodeAt(0);

/**
 * Lines of a table read by its columns' widths whose cells are wider than their columns, as the
 * cut lines show them (most of its lines are full): a cut was missed there.
 */
function markOverfull(sized: ReadonlyArray<{ placed: Placed; cells: string[] }>, columns: number): void {
  if (sized.length === 0) return;
  const capacities = columnCapacities(
    sized.flatMap(({ cells }) => cells.map((text, column) => ({ column, text }))),
    columns,
  );
  for (const { placed, cells } of sized) if (overfills(cells, capacities, columns)) placed.overfull = true;
}

/**
 * A key/value table's lines read more than one way keep the readings whose label is one the
 * table's clearly cut lines use (or the head of one that wraps): labels repeat every record.
 */
function preferKnownLabels(
  bands: readonly Band[],
  readings: Map<string[], { line: Placed; readings: Reading[] }>,
  clear: ReadonlySet<string[]>,
): void {
  // (A line with no value beside its text says nothing of the labels: it may be one piece uncut.)
  const labels = new Set(
    [...clear].flatMap((cells) => (cells[0] && cells[1] ? [compactText(cells[0])] : [])),
  );
  for (const band of bands)
    for (const cells of band.lines) if (!readings.has(cells)) splitKnownLabel(labels, cells);
  for (const [cells, choice] of readings) {
    const { kept, guessed } = preferKnownLabel(
      labels,
      choice.readings.map((reading) => reading.cells[0] ?? ""),
    );
    // No reading's label is one the table uses, nor fits its labels' width: only the wrap test
    // is left, and a key/value table's value column moves from record to record (Chromium's),
    // so its widths say little. A guess.
    if (guessed || kept.length === 0) choice.line.ambiguous = true;
    if (kept.length === 0 || kept.length === choice.readings.length) continue;
    const narrowed = kept.flatMap((index) => choice.readings[index] ?? []);
    if (kept.length === 1) readings.delete(cells);
    else readings.set(cells, { ...choice, readings: narrowed });
    // The first reading is the line's cells as the band holds them.
    cells.splice(0, cells.length, ...(narrowed[0]?.cells ?? cells));
  }
}

/**
 * A band holding more than one row: no blank line between two rows where a cell spanning both
 * (a strategy beside its measures) runs on. The next row starts where the record column (the
 * first that is not such a spanning column) opens with the next list marker of its kind (`(二)`
 * after `(一)`), the line above it in that column having ended a sentence or being empty. The
 * spanning cells' lines beside the later rows go to the first.
 */
function splitAtNextItem(band: Band, column: number, style: ListMarkerStyle | null): Band[] {
  // The record column's first text: a band after a page end may open with the spanning cells'.
  const start = band.lines.findIndex((cells) => Boolean(cells[column]));
  const marker = parseListMarker(band.lines[start]?.[column] ?? "");
  if (column === 0 || !marker || marker.style !== style || marker.number === null) return [band];
  const out: Band[] = [];
  let from = 0;
  let expected = marker.number;
  band.lines.forEach((cells, index) => {
    const above = band.lines[index - 1]?.[column] ?? "";
    if (index < start || !cells[column] || (above && !SENTENCE_END.test(above))) return;
    const next = parseListMarker(cells[column] ?? "");
    if (next?.style !== style || next.number !== expected) return;
    expected++;
    if (index === 0) return;
    out.push(bandPart(band, from, index));
    from = index;
  });
  out.push(bandPart(band, from, band.lines.length));
  // The spanning cells' text runs on beside the later rows: it is the first row's.
  const [head, ...rest] = out;
  if (!head) return out;
  for (const part of rest)
    part.lines = part.lines.map((cells) => {
      const spanning = cells.slice(0, column);
      if (spanning.some(Boolean)) head.lines.push([...spanning, ...cells.slice(column).map(() => "")]);
      return [...spanning.map(() => ""), ...cells.slice(column)];
    });
  return out;
}

const SENTENCE_END = /[。；;.!?！？]$/u;

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

// A word in lower case: on a row's first line no cell opens with one (`to The Ministry`), as
// cells open with a capital, a number or a marker.
const LOWER_START = /^\p{Ll}/u;

/**
 * Whether a reading of a row's first line opens a cell cut from the one before it mid-sentence,
 * where another reading opens every cut cell as a cell opens: the wrap test's choice is then
 * doubted (a cell may open in lower case: it is not ruled out, only not taken as sure).
 */
function opensMidSentence(chosen: Reading, readings: readonly Reading[]): boolean {
  const lower = (reading: Reading): boolean =>
    reading.cuts.some((column) => LOWER_START.test(reading.cells[column + 1] ?? ""));
  return lower(chosen) && readings.some((reading) => reading !== chosen && !lower(reading));
}

/**
 * Lines read more than one way (two cells of words one space apart) take the reading the wrap
 * test finds least at odds with the lines above and below in their row; a line it cannot decide
 * keeps its first reading and is warned.
 */
function resolveReadings(
  bands: readonly Band[],
  readings: ReadonlyMap<string[], { line: Placed; readings: Reading[] }>,
  widths: ReadonlyArray<readonly ColumnWidth[]>,
  known: ReadonlySet<number>,
): void {
  for (const band of bands) {
    const earlier: boolean[] = [];
    band.lines.forEach((cells, index) => {
      band.lines[index - 2]?.forEach((text, column) => {
        if (text) earlier[column] = true;
      });
      const choice = readings.get(cells);
      if (!choice) return;
      const around = { above: band.lines[index - 1], below: band.lines[index + 1], earlier };
      const picked = chooseReading(choice.readings, around, widths);
      // (Where widths cannot tell, the table's own words can: never against the wrap test.)
      const sure = picked.sure || likeliestByPairs(choice.readings, around, known) === picked.index;
      const chosen = choice.readings[picked.index];
      band.lines[index] = chosen?.cells ?? cells;
      const rowStart = index === 0 && !band.pageBreak;
      if (
        !sure ||
        (rowStart && chosen && opensMidSentence(chosen, choice.readings)) ||
        (chosen && choice.line.reachMissed && !beatsWordMovedLeft(chosen, around, widths))
      )
        choice.line.ambiguous = true;
    });
  }
}

/**
 * Whether a reading surely beats the same reading with each cut cell's first word moved to the
 * cell on its left (the cut findSplits left untried past its reach: `requests | for other` against
 * `requests for | other`), by the wrap test.
 */
function beatsWordMovedLeft(
  chosen: Reading,
  around: Around,
  widths: ReadonlyArray<readonly ColumnWidth[]>,
): boolean {
  const moved = chosen.cuts.map((column) => {
    const cells = [...chosen.cells];
    const text = cells[column + 1] ?? "";
    const word = firstWord(text);
    if (!word || word === text) return null;
    cells[column] = `${cells[column] ?? ""} ${word}`.trim();
    cells[column + 1] = text.slice(word.length).trim();
    return { cells, cuts: chosen.cuts };
  });
  return moved.every((reading) => {
    if (reading === null) return true;
    const picked = chooseReading([chosen, reading], around, widths);
    return picked.index === 0 && picked.sure;
  });
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
    texts.push(joinParagraphs(pieces));
  }
  return texts;
}

/** A band's rows: its lines' texts joined per column (`breakBefore` set, when given, from the start). */
function bandRow(band: Band, columns: number, breakBefore?: boolean): RawRow {
  const cells = columnTexts(band, columns).map((text) => cell(text, band.first, band.last));
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
function splitTightBands(cut: readonly Band[], columns: number): Band[] {
  if (columns === 2) {
    const starts = keyValueRowStarts(cut);
    return cut.flatMap((band, index) => bandParts(band, starts[index] ?? [0]));
  }
  const headed = withoutRepeatedHeaders(cut);
  const { column, starts } = recordRowStarts(headed, columns);
  const bands = headed.flatMap((band, index) => bandParts(band, starts[index] ?? [0]));
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
  if (!first || !isHeaderLine(first.firstText)) return [...bands];
  const opens = (cells: readonly string[]): boolean =>
    cells.some((text) => parseListMarker(text)?.number != null);
  const count = Math.max(1, first.lines.findIndex(opens));
  const header = first.texts.slice(0, count).map(compactText).join("");
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

/** How many of a band's first lines spell the table's header again (0: none). */
function repeatedHeaderLines(texts: readonly string[], header: string): number {
  let spelled = "";
  for (const [index, text] of texts.entries()) {
    spelled += compactText(text);
    if (spelled === header) return index + 1;
    if (!header.startsWith(spelled)) return 0;
  }
  return 0;
}

/**
 * A key/value table's pages cut again where a record starts (its first label, `序次`, at the
 * margin): a browser sets each record as a table of its own, its label column as wide as its
 * labels need, so the value column moves from record to record. Columns are found per part.
 */
function splitAtRecordHeads(pages: readonly RegionLine[][]): RegionLine[][] {
  const first = pages.flat().find((entry) => entry.placed)?.placed?.text ?? "";
  const head = segments(first)[0];
  if (!head || /^\s/u.test(first)) return [...pages];
  const startsRecord = (text: string): boolean =>
    text.startsWith(head) && /^\s/u.test(text.slice(head.length));
  return pages.flatMap((page) => {
    const parts: RegionLine[][] = [];
    for (const entry of page) {
      if (parts.length === 0 || (entry.placed && startsRecord(entry.placed.text))) parts.push([]);
      parts.at(-1)?.push(entry);
    }
    return parts;
  });
}

/** Each page's columns told the table's column widths, from the pieces set alone in them. */
function withCapacities(
  placedPages: readonly Placed[][],
  layouts: PageColumns[],
  metric: Metric,
  columns: number,
): void {
  const alone = placedPages.flatMap((placed, index) => {
    const layout = layouts[index] ?? { starts: [], missing: 0 };
    return placed.flatMap((line) =>
      pieces(line, metric).map((piece) => ({
        column: columnAt(layout.starts, piece.start) + layout.missing,
        text: piece.text,
      })),
    );
  });
  const capacities = columnCapacities(alone, columns);
  for (const layout of layouts) layout.capacities = capacities;
}

/**
 * Hardly a blank line between a table's lines on a page: rows are not set apart (see
 * BLANK_SHARE). Blank lines around a page end (above a footer, under a running head) say nothing.
 */
function isBlankScarce(region: readonly RegionLine[]): boolean {
  let placed = 0;
  let inside = 0;
  region.forEach((entry, index) => {
    if (entry.placed) placed++;
    // A run of blank lines counted at its last line, where text on the same page goes on.
    const next = region[index + 1];
    if (!entry.placed && next?.placed && !next.pageBreak && placed > 0 && !entry.pageBreak) inside++;
  });
  return inside * BLANK_SHARE < placed;
}

/**
 * The rows of one table region, added to `out`: per page, its columns; bands of lines between
 * blank lines. (Loops over arrays, not generators: a row passed through a chain of them costs
 * more than making it.)
 */
function tableLines(region: readonly RegionLine[], columns: number, out: LogicalLine[]): void {
  const tight = isBlankScarce(region);
  const pages = tight && columns === 2 ? splitAtRecordHeads(splitPages(region)) : splitPages(region);
  const placedPages = pages.map(placedLines);
  const { metric, found } = chooseMetric(placedPages, columns);
  const layouts = pageColumns(placedPages, found, metric, columns);
  // (A key/value table's labels need not fill their column, which changes width record by record.)
  if (tight && columns > 2) withCapacities(placedPages, layouts, metric, columns);
  if (tight && columns > 2)
    layouts.forEach((layout, index) => {
      const lines = (placedPages[index] ?? []).filter((line) => !isHeaderLine(line.text));
      layout.pulledSlack = pulledGridSlack(
        layout.starts,
        lines.flatMap((line) => pieces(line, metric)),
      );
    });
  if (tight && columns === 2) for (const layout of layouts) layout.keyValue = true;
  // Columns of running text beside each other, rows set apart (a label/value table's labels fill
  // nothing; a browser's tight table is cut where its full lines end, above).
  const samples = !tight && columns > 2 ? capacitySamples(placedPages, layouts, metric) : undefined;
  const capacity = samples ? cjkCapacities(samples, columns) : undefined;
  const wide = samples ? wideCapacities(samples, columns) : undefined;
  const cutAll = cutBands(
    pages,
    layouts.map((layout) => (capacity ? { ...layout, capacity, wide } : layout)),
    metric,
    columns,
  );
  const cut = tight ? splitTightBands(cutAll, columns) : cutAll;
  // The record column, as the rows show it (rows right after a page end may be fragments).
  const rows = cut.map((band, index) =>
    bandRow(band, columns, band.pageBreak || cut[index - 1]?.lines.length === 0),
  );
  const { keyColumn, styles } = profileColumns(
    rows.filter((row, index) => index > 0 || !isHeaderLike(row.cells.map((c) => c.text))),
    columns,
  );
  if (tight) {
    bandLines(cut, rows, keyColumn, out);
    return;
  }
  const bands: Band[] = [];
  const bandRows: RawRow[] = [];
  cut.forEach((band, index) => {
    const parts = splitAtNextItem(band, keyColumn, styles[keyColumn] ?? null);
    bands.push(...parts);
    // A band not split keeps the row it made.
    if (parts.length === 1 && parts[0] === band) bandRows.push(rows[index] as RawRow);
    else bandRows.push(...parts.map((part) => bandRow(part, columns)));
  });
  bandLines(bands, bandRows, keyColumn, out);
}

/** The bands as rows, each marked where it goes on with the row above, added to `out`. */
function bandLines(
  bands: readonly Band[],
  rows: readonly RawRow[],
  keyColumn: number,
  out: LogicalLine[],
): void {
  // On one page, a band with nothing up to the record column is the row above going on after a
  // blank line (spacing between paragraphs of a cell), not a row of its own.
  // Labels the table uses: first cells of bands not right after a page end.
  const labels = new Map<string, number>();
  bands.forEach((band, index) => {
    const label = rows[index]?.cells[0]?.text ?? "";
    if (!band.pageBreak && label) labels.set(label, (labels.get(label) ?? 0) + 1);
  });
  const texts = (row: RawRow): string[] => row.cells.map((c) => c.text);
  // The row above, per cell its texts not yet joined: a row can go on over a whole table (a
  // strategy beside its measures), joined once per page end, not once per fragment.
  let above: string[][] | null = null;
  const emitted: RawRow[] = [];
  // A page end, or a repeated header (which only marks one), since the last row.
  let afterBreak = false;
  for (const [index, band] of bands.entries()) {
    const row = rows[index];
    if (!row) continue;
    if (band.pageBreak || band.lines.length === 0) out.push({ kind: "break" });
    afterBreak ||= band.pageBreak || band.lines.length === 0;
    if (band.lines.length === 0) continue;
    // A record's first row repeated atop the page it runs onto (序次 | 2 again): a page break only.
    if (afterBreak && repeatsRecordHead(texts(row), emitted)) continue;
    emitted.push(row);
    if (afterBreak && above && runsOn(joinFragments(above), texts(row), labels)) row.continuesPrevious = true;
    else if (index > 0 && row.cells.slice(0, keyColumn + 1).every((c) => !c.text))
      row.continuesPrevious = true;
    afterBreak = false;
    // What a later page end continues is the whole row, fragments joined.
    if ((row.continuesPrevious || !row.cells[0]?.text) && above)
      above.forEach((fragments, i) => {
        const text = row.cells[i]?.text;
        if (text) fragments.push(text);
      });
    else above = row.cells.map((c) => (c.text ? [c.text] : []));
    out.push({
      kind: "row",
      cells: row.cells,
      line: band.first,
      lineEnd: band.last,
      ...(row.continuesPrevious ? { continuesPrevious: true } : {}),
    });
  }
}

/**
 * How many columns a header line names: its pieces, each cut again at a single space between CJK
 * words (a browser's PDF sets `具體策 執行措施` one space apart; a CJK header cell holds no space,
 * but letter-spaced ones, `具 體 策 略`, are one cell).
 */
function headerColumns(line: string): number {
  return segments(line).reduce((sum, piece) => {
    const words = piece.split(/(?<=\p{Script=Han}) (?=\p{Script=Han})/u);
    return sum + (words.length > 1 && words.every((word) => [...word].length >= 2) ? words.length : 1);
  }, 0);
}

/** Per cell, its non-empty texts on lines of their own. */
const joinFragments = (cells: readonly string[][]): string[] =>
  cells.map((fragments) => fragments.join("\n"));

/** Where a table starts: a header line, or a label/value line whose value column repeats below. */
function startsTable(lines: readonly string[], at: number): { columns: number } | null {
  const line = lines[at] ?? "";
  if (isHeaderLine(line)) return { columns: headerColumns(line) };
  const valueAt = keyValueStart(line);
  if (valueAt === null || valueAt < 6) return null;
  let aligned = 0;
  for (let next = at + 1; next < Math.min(lines.length, at + 40); next++) {
    const chars = codePoints(lines[next] ?? "");
    if (
      chars[valueAt] !== undefined &&
      chars[valueAt] !== " " &&
      chars[valueAt - 1] === " " &&
      chars[valueAt - 2] === " "
    )
      aligned++;
  }
  return aligned >= 3 ? { columns: 2 } : null;
}

/** The nearest line of text above a line (blank lines and page chrome skipped), or null. */
function lineAbove(lines: readonly string[], chrome: readonly boolean[], index: number): string | null {
  for (let above = index - 1; above >= 0; above--)
    if (!chrome[above] && (lines[above] ?? "").trim()) return lines[above] ?? null;
  return null;
}

/**
 * The lines less the blank columns every line of text has at its left (`pdftotext -layout
 * -fixed 3` keeps the page's margin): a heading at the margin is then at column 0 as in any
 * `-layout` text, and nothing else moves relative to anything.
 */
function withoutLeftMargin(plain: string[], chrome: readonly boolean[]): string[] {
  let margin = Number.POSITIVE_INFINITY;
  plain.forEach((line, index) => {
    if (margin === 0 || chrome[index]) return;
    const indent = line.search(/\S/u);
    if (indent >= 0 && indent < margin) margin = indent;
  });
  if (!Number.isFinite(margin) || margin === 0) return plain;
  return plain.map((line) => line.slice(margin));
}

// A section heading ends a table: 肆、… / IV. … at the margin, one piece of text.
const HEADING_START = /^\s{0,4}([壹貳贰參叁参肆伍陸陆柒捌玖拾]|[IVX]{1,5}\.)/u;

function endsTable(line: string): boolean {
  return (
    HEADING_START.test(line) && !/\S {2,}\S/u.test(line.trim()) && isBareHeading(cleanFragment(line.trim()))
  );
}

/** The lines of a text with what `findChrome` found on them. */
interface PagedLines {
  plain: readonly string[];
  chrome: readonly boolean[];
  pageBreakBefore: readonly boolean[];
}

/**
 * The lines of the table that starts at line `from`: up to a section heading (肆、…), or up to the
 * heading of a next table whose header repeats below it (`beforeHeading`), or the text's end.
 * `next` is the first line after them.
 */
function readRegion(
  { plain, chrome, pageBreakBefore }: PagedLines,
  from: number,
): { region: RegionLine[]; next: number; beforeHeading: boolean } {
  const first = plain[from] ?? "";
  const header = isHeaderLine(first) ? compactText(first) : null;
  const tableHeading = lineAbove(plain, chrome, from);
  const region: RegionLine[] = [];
  let pageBreak = false;
  for (let index = from; index < plain.length; index++) {
    const current = plain[index] ?? "";
    pageBreak ||= pageBreakBefore[index] === true;
    if (chrome[index]) continue;
    if (endsTable(current)) return { region, next: index, beforeHeading: false };
    // The header again, under a heading: the next table starts at the heading.
    const heading =
      region.length > 0 && header !== null && sameCompactText(current, header)
        ? headingBeforeRepeatedHeader(region, pageBreak, indentOf(current), tableHeading)
        : 0;
    if (heading > 0) {
      const next = region[region.length - heading]?.placed?.index ?? index;
      return { region: region.slice(0, -heading), next, beforeHeading: true };
    }
    region.push({ placed: trimmedLength(current) > 0 ? place(current, index) : null, pageBreak });
    pageBreak = false;
  }
  return { region, next: plain.length, beforeHeading: false };
}

/** A table set tight whose reading leaves a doubt, with the counts that say so. */
interface TightDoubt {
  line: number;
  tight: number;
  lines: number;
  overfull: number;
  ambiguous: number;
}

/**
 * A table set tight all over (cells one space apart on a tenth of its lines or more, hardly a
 * blank line: Chromium's) is read by its columns' widths and its records' starts; it is doubted
 * when a cell line is still wider than its column or a line could be cut more than one way.
 */
function doubtfulTightTable(region: readonly RegionLine[]): TightDoubt | null {
  const placed = placedLines(region);
  const count = (mark: "ambiguous" | "tight" | "overfull"): number =>
    placed.filter((entry) => entry[mark]).length;
  const tight = count("tight");
  if (tight < TIGHT_FEW || tight < placed.length * TIGHT_SHARE || !isBlankScarce(region)) return null;
  const overfull = count("overfull");
  const ambiguous = count("ambiguous");
  if (overfull === 0 && ambiguous === 0) return null;
  return { line: (placed[0]?.index ?? 0) + 1, tight, lines: placed.length, overfull, ambiguous };
}

/**
 * Reads monospace text laid out in columns (`pdftotext -layout`, text aligned with spaces) into
 * the RawDocument every parser takes. Page chrome (page numbers, running heads, form feeds) is
 * dropped and marks page breaks; a table starts at a header line (具體策略  執行措施 …) or at a
 * label/value line whose values line up below (序次  1), and runs until a section heading; its
 * columns are the blank runs of the grid (see the module comment), its rows the bands of lines
 * between blank lines; outside tables, lines wrapped at the margin are joined.
 */
export function readLayoutText(text: string): RawDocument {
  assertText(text);
  const lines = splitLines(text);
  const { chrome, pageBreakBefore } = findChrome(lines);
  const plain = withoutLeftMargin(
    lines.map((line) => (line.includes("\f") ? line.replace(/\f/gu, "") : line)),
    chrome,
  );
  // (A loop, not Math.max(...widths): a text of a hundred thousand lines would overflow the stack.
  // A line no longer than half the widest is not measured: no character is more than two wide.)
  const margin = plain.reduce(
    (widest, line) => (line.length * 2 <= widest ? widest : Math.max(widest, displayWidth(line))),
    Number.NEGATIVE_INFINITY,
  );
  const out: LogicalLine[] = [];
  const ambiguous: number[] = [];
  const tightTables: TightDoubt[] = [];
  let prose: Array<{ text: string; index: number }> = [];
  const flushProse = (): void => {
    out.push(...proseLines(prose, margin));
    prose = [];
  };
  let index = 0;
  while (index < plain.length) {
    const line = plain[index] ?? "";
    if (chrome[index]) {
      index++;
      continue;
    }
    // A title set large on a fine grid (-fixed 3) spreads its words like a header's: text.
    const large = largeTypeText(line, plain.slice(index + 1, index + 1 + LARGE_TYPE_BELOW));
    const table = large === null ? startsTable(plain, index) : null;
    if (large !== null) {
      prose.push({ text: large, index });
      index++;
      continue;
    }
    if (!table) {
      if (trimmedLength(line) > 0) prose.push({ text: line, index });
      else flushProse();
      index++;
      continue;
    }
    flushProse();
    const read = readRegion({ plain, chrome, pageBreakBefore }, index);
    const region = read.region;
    index = read.next;
    tableLines(region, table.columns, out);
    // A table that ends where the next one's heading starts: the heading is text, not a row.
    if (read.beforeHeading) out.push({ kind: "end" });
    for (const entry of region) if (entry.placed?.ambiguous) ambiguous.push(entry.placed.index + 1);
    const doubt = doubtfulTightTable(region);
    if (doubt) tightTables.push(doubt);
  }
  flushProse();
  const doc = assemble(out, { titleFromFirstLine: true });
  // Two cells one space apart, with more than one space where the gap could be (English text
  // set tight): the first was taken; said, never hidden.
  for (const line of ambiguous)
    doc.warnings.push(
      createWarning(
        "column_gap_ambiguous",
        `line ${line}: in this pdftotext -layout text two cells stand one space apart and the gap between them could be at more than one space; the likeliest by how the cells wrap was taken (a word may sit in the wrong column); for this table, give the PDF itself`,
        { at: { line } },
      ),
    );
  for (const { line, tight, lines, overfull, ambiguous } of tightTables)
    doc.warnings.push(
      createWarning(
        "column_gap_ambiguous",
        `the table at line ${line}: this pdftotext -layout text sets its cells one space apart on ${tight} of its ${lines} lines (as a browser's PDF gives it: Chromium's, its rows with no blank line between them); read by its columns' widths and where its records start, ${overfull} lines still hold more than their columns do and ${ambiguous} could be cut more than one way: its columns and rows may be misread; give the PDF itself`,
        { at: { line } },
      ),
    );
  return doc;
}
