import { isHeaderLike } from "@lianzheng/layout";
import { firstVisible } from "./chrome.js";
import { codePointWidth } from "./width.js";

// The lines of a `-layout` table (see grid.ts): each line placed once, its pieces (text set apart
// by two spaces or more) found once per metric, the region's lines by page, bands of lines.

export type Metric = "code-point" | "display";

export interface Placed {
  /** The line without form feeds. */
  text: string;
  /** 0-based line index in the input. */
  index: number;
  /**
   * Its pieces per metric, found once when first asked for: every page is looked at often. (Two
   * fields, not a record per line: one object fewer per line kept to the table's end.)
   */
  codePointPieces: Piece[] | undefined;
  displayPieces: Piece[] | undefined;
  /** Two cells stood one space apart and the wrap test could not tell where the gap is. */
  ambiguous: boolean;
  /** Some cell was split off at a single space. */
  tight: boolean;
  /** Read by its table's columns' widths, a cell is still wider than its column. */
  overfull: boolean;
  /** A cut one column past findSplits' reach was left untried (see wordPastReach). */
  reachMissed: boolean;
}

export function place(text: string, index: number): Placed {
  // (Every slot from the start: one shape for every line. Marks are fields, not sets of lines:
  // a set's hashing and weak tables cost more than the reading of a line.)
  return {
    text,
    index,
    codePointPieces: undefined,
    displayPieces: undefined,
    ambiguous: false,
    tight: false,
    overfull: false,
    reachMissed: false,
  };
}

/** The pieces of a line separated by two spaces or more. */
export function segments(line: string): string[] {
  return line
    .trim()
    .split(/ {2,}|\t/u)
    .filter((piece) => piece.length > 0);
}

export function isHeaderLine(line: string): boolean {
  const pieces = segments(line);
  if (pieces.length < 2) return false;
  return isHeaderLike(pieces) || (YEAR_LABEL_AFTER.test(line) && isHeaderLike(headerLabels(pieces)));
}

// A single space between CJK header words (a browser's PDF sets `具體策 執行措施` one space apart,
// and `績效衡量指 112年績效`: a label may open with a year).
const LABEL_GAP = /(?<=\p{Script=Han}) (?=\p{Script=Han}|\d+\p{Script=Han})/u;
const YEAR_LABEL_AFTER = /\p{Script=Han} \d+\p{Script=Han}/u;

/**
 * A header line's labels: its pieces, each cut again at a single space between CJK words of two
 * characters or more (a CJK header cell holds no space, but letter-spaced ones, `具 體 策 略`, are
 * one cell).
 */
export function headerLabels(pieces: readonly string[]): string[] {
  const labels: string[] = [];
  for (const piece of pieces) {
    const words = piece.split(LABEL_GAP);
    if (words.length > 1 && words.every((word) => [...word].length >= 2)) labels.push(...words);
    else labels.push(piece);
  }
  return labels;
}

const CJK = /[\p{Script=Han}\u3000-\u303f\uff01-\uff60]/u;

/**
 * The first lines of header labels wrapped and set to the bottom of their cells, above the
 * header line (Word: `Enforcement` over `Specific Strategy  Measure  Performance Goal`): each of
 * the line's pieces a header word or two over one label of the line below. Part of the table.
 */
export function labelTopsAbove(above: string, header: string): boolean {
  const tops = pieceSpans(above);
  const labels = pieceSpans(header);
  if (tops.length === 0 || tops.length >= labels.length) return false;
  if (!isHeaderLike([...segments(above), ...segments(header)])) return false;
  return tops.every((top) => {
    const under = labels.filter((label) => top.start <= label.end && top.end >= label.start);
    return under.length === 1 && Math.abs((under[0] as { start: number }).start - top.start) <= 2;
  });
}

/** Where a line's pieces (text set apart by two spaces or more) stand, in code points. */
export function pieceSpans(line: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (const match of line.matchAll(/\S+(?: \S+)*/gu)) {
    const start = [...line.slice(0, match.index)].length;
    spans.push({ start, end: start + [...match[0]].length - 1 });
  }
  return spans;
}

/** Where spans stand once those that overlap are taken as one: the united spans' starts, in order. */
export function unitedSpanStarts(spans: ReadonlyArray<{ start: number; end: number }>): number[] {
  const starts: number[] = [];
  let end = -1;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start > end) starts.push(span.start);
    end = Math.max(end, span.end);
  }
  return starts;
}

/** A band's lines open with the table's header: a header line, or label tops above one. */
export function opensWithHeader(texts: readonly string[]): boolean {
  const [first = "", second = ""] = texts;
  return isHeaderLine(first) || (isHeaderLine(second) && labelTopsAbove(first, second));
}

/** Pieces of a line set apart by two spaces or more, with their start and end columns. */
export interface Piece {
  text: string;
  start: number;
  end: number;
  /** Columns where a single space sits inside the piece (where a tight column gap may be). */
  spaces: Array<{ at: number; offset: number; betweenCjk: boolean }>;
}

/** The pieces of a line (computed once per line and metric: every page is looked at often). */
export function pieces(line: Placed, metric: Metric): Piece[] {
  if (metric === "code-point") {
    line.codePointPieces ??= SURROGATE.test(line.text) ? findPieces(line, metric) : findUnitPieces(line.text);
    return line.codePointPieces;
  }
  line.displayPieces ??= findPieces(line, metric);
  return line.displayPieces;
}

export function findPieces(line: Placed, metric: Metric): Piece[] {
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

// (Not a /u pattern: under /u a surrogate pair is one character, outside this class.)
export const SURROGATE = /[\ud800-\udfff]/;

/**
 * `findPieces` by code points of a line without surrogate pairs, where a code point is a code
 * unit: from space to space by `indexOf`, not unit by unit (a table's lines are mostly spaces
 * and runs of text without any; every line of every table is cut so).
 */
export function findUnitPieces(text: string): Piece[] {
  const out: Piece[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    while (i < length && text.charCodeAt(i) === SPACE) i++;
    if (i >= length) break;
    const from = i;
    let spaces: Piece["spaces"] | null = null;
    // The piece runs to the first space that another space (or the line's end) follows.
    let space = text.indexOf(" ", i);
    while (space !== -1 && space + 1 < length && text.charCodeAt(space + 1) !== SPACE) {
      const next = text.charCodeAt(space + 1);
      spaces ??= [];
      spaces.push({
        at: space + 1,
        offset: space - from + 1,
        betweenCjk: isCjkUnit(text.charCodeAt(space - 1)) && (isCjkUnit(next) || OPENING.has(next)),
      });
      space = text.indexOf(" ", space + 1);
    }
    i = space === -1 ? length : space;
    out.push({ text: text.slice(from, i).trimEnd(), start: from, end: i, spaces: spaces ?? NO_SPACES });
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

export interface RegionLine {
  placed: Placed | null;
  /** A page ended right before this line. */
  pageBreak: boolean;
}

export interface Band {
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
export function placedLines(region: readonly RegionLine[]): Placed[] {
  const placed: Placed[] = [];
  for (const entry of region) if (entry.placed) placed.push(entry.placed);
  return placed;
}

/** The region's lines by page: a page starts where a page break was seen. */
export function splitPages(region: readonly RegionLine[]): RegionLine[][] {
  const pages: RegionLine[][] = [];
  for (const entry of region) {
    if (entry.pageBreak || pages.length === 0) pages.push([]);
    pages.at(-1)?.push(entry);
  }
  return pages;
}

export const compactText = (line: string): string => line.replace(/\s+/gu, "");
// A band's lines (each with text) spell `compact`: told by the first line's first character
// before any line is joined (most bands of a table differ there).
export const sameCompactTexts = (texts: readonly string[], compact: string): boolean =>
  opensWith(texts[0] ?? "", compact) && compactText(texts.join("")) === compact;
// Asked of every line of a table: most differ at their first character, told without compacting
// (`visible`: the line's `firstVisible`, found once by the caller).
export const sameCompactText = (line: string, compact: string, visible = firstVisible(line)): boolean =>
  (compact.length === 0 || visible === compact.charCodeAt(0)) && compactText(line) === compact;
/** The line's first visible unit is the compact text's first (`line.trimStart().startsWith(compact[0])`, no copy made). */
const opensWith = (line: string, compact: string): boolean =>
  compact.length === 0 || firstVisible(line) === compact.charCodeAt(0);

/** The band's text left of `column` moved to the end of `into`'s lines. */
export function moveSpanningText(
  band: { lines: string[][] },
  into: { lines: string[][] },
  column: number,
): void {
  band.lines = band.lines.map((cells) => {
    const spanning = cells.slice(0, column);
    if (spanning.some(Boolean)) into.lines.push([...spanning, ...cells.slice(column).map(() => "")]);
    return [...spanning.map(() => ""), ...cells.slice(column)];
  });
}
