import { parseListMarker } from "@lianzheng/normalize";
import { besideCjk, widthBesideCjk } from "./cjk-width.js";
import { endsWithOpeningMarker } from "./cut-marker.js";
import { textWidth, widthTable } from "./wrap-test.js";

// A column's capacity: what one of its cell lines holds, in the wrap test's proportional widths
// (1000 an em: a CJK character a full em, Latin in a core font's widths), never pdftotext's
// character count. Producers fill CJK cell lines to their column's width (CJK breaks anywhere),
// so the lines a column shows tell its capacity; pdftotext's grid does not keep it (it pulls the
// next column's text left after a full line, and sets a row's cells off the page's columns), so
// where a cell ends is told by widths. Two tables are read so:
// - a browser's (Chromium's), rows back to back, cells one space apart: its capacity is the
//   common width of its wide lines (`columnCapacities`), a full line ends where it comes nearest
//   (`fullLineGap`), and a cell far wider shows a cut missed (`overfills`);
// - narrow CJK columns whose rows are set apart: its capacity is the widest text it shows at its
//   start before a single space (`cjkCapacities`: lines standing alone, and full lines set one
//   space before the next column's text), and a line wider than that must go on in the next
//   column (`fits`, `overflows`).
// A CJK line (`hasCjk`) has a wide character; a Han line (`hasHan`), an ideograph.

// A browser's table (Chromium's) keeps each column's width on every page, and its CJK cells wrap
// at any character: every line of a cell but its last fills the column to within a character or
// so. pdftotext's grid, though, can pull the next cell's text far left of its column (by ten
// grid columns and more after a full CJK line), so where a cell ends is told by widths, not by
// where the grid put the text.

/** How far under its column's width a cell line may stop and still be full (a CJK character and a half). */
const FULL_BELOW = 1500;
/** How far over it a line may run: punctuation set half width (`》，`) and the width proxy's error. */
const OVER = 1300;
const HAN = /\p{Script=Han}/u;
/** A text with a Han ideograph. */
const hasHan = (text: string): boolean => HAN.test(text);
/** How far over its column a cut line must run to show a missed cut (a word of Latin set wide is not one). */
const MISSED = 2500;
/** A CJK character's width. */
const CJK_EM = 1000;
/** Widths are compared in steps of a quarter em. */
const STEP = 250;

/**
 * Each column's width, as its full lines show it: of the pieces of text set alone in it (no
 * single space inside), the most common width among the wide ones (a line of compressed
 * punctuation runs wider than the rest). A piece `carried`: the next line of its column opens
 * with a character and a closing mark, which may have been carried down with it.
 */
export function columnCapacities(
  pieces: Iterable<{ column: number; text: string; carried?: boolean }>,
  columns: number,
): number[] {
  const widths: number[][] = Array.from({ length: columns }, () => []);
  const carried: number[][] = Array.from({ length: columns }, () => []);
  // Only CJK lines fill their columns to a character: English wraps at words, with ragged ends.
  for (const { column, text, carried: short } of pieces)
    if (!text.includes(" ") && hasHan(text))
      (short ? carried : widths)[column]?.push(Math.round(textWidth(text) / STEP) * STEP);
  return widths.map((list, column) => {
    const widest = Math.max(0, ...list, ...(carried[column] ?? []));
    list.push(...shiftedCarried(list, carried[column] ?? [], widest));
    const counts = new Map<number, number>();
    for (const width of list) if (width >= widest * 0.8) counts.set(width, (counts.get(width) ?? 0) + 1);
    let best = 0;
    for (const [width, count] of counts)
      if (count > (counts.get(best) ?? 0) || (count === counts.get(best) && width > best)) best = width;
    return best;
  });
}

/** Of the lines at a width, the share carried down that tells a kinsoku width. */
const CARRIED_SHARE = 0.9;

/**
 * The widths of lines whose last character may have been carried down with a closing mark (see
 * columnCapacities), one em more where nearly all lines of their width were (Chromium's kinsoku:
 * `…採取適當的措` / `施。`, the column a character wider than every such line) and the column
 * shows lines that wide. Where lines of that width also stop with nothing carried, it is a width
 * the column fills, and a carried line there was full already.
 */
function shiftedCarried(plain: readonly number[], carried: readonly number[], widest: number): number[] {
  const count = (list: readonly number[], width: number) => list.filter((w) => w === width).length;
  return carried.map((width) => {
    const short = count(carried, width);
    const kinsoku = short >= (short + count(plain, width)) * CARRIED_SHARE;
    return kinsoku && width + CJK_EM <= widest ? width + CJK_EM : width;
  });
}

/**
 * A line cut into cells, one of which holds more than its column does: a cut missed (checked in
 * tables of three columns or more; a key/value report's columns change width from record to
 * record).
 */
export function overfills(
  cells: readonly string[],
  capacities: readonly number[] | undefined,
  columns: number,
): boolean {
  if (!capacities || columns < 3) return false;
  return cells.some((text, column) => {
    const capacity = capacities[column] ?? 0;
    return capacity > 0 && textWidth(text) > capacity + MISSED;
  });
}

const CJK_START = /^[\p{Script=Han}\u3000-\u303f\uff01-\uff60(（「『]/u;
// A quantity opening a CJK cell line (`3 案。`, `112 年`, `85%。`): its number, then its unit.
const QUANTITY_START = /^\d+(?:\.\d+)? ?(?:\p{Script=Han}|[%％])/u;

/**
 * In text too wide for its column, the single space before CJK text (or a quantity, or a list
 * item) where a full line of the column ends: of those, the one whose line comes nearest the column's width
 * (`…多邊組織 1. 法務部` is cut before the item, `…提升打擊貪腐能力。 3. 機關` after it).
 */
export function fullLineGap<T extends { offset: number }>(
  text: string,
  gaps: readonly T[],
  capacity: number,
): T | undefined {
  if (capacity <= 0 || textWidth(text) <= capacity + OVER) return undefined;
  let best: { gap: T; miss: number } | undefined;
  for (const gap of gaps) {
    const after = text.slice(gap.offset);
    if (!CJK_START.test(after) && !QUANTITY_START.test(after) && !parseListMarker(after)) continue;
    if (endsWithOpeningMarker(text.slice(0, gap.offset - 1))) continue;
    const width = textWidth(text.slice(0, gap.offset - 1));
    if (width < capacity - FULL_BELOW || width > capacity + OVER) continue;
    const miss = Math.abs(width - capacity);
    if (!best || miss < best.miss) best = { gap, miss };
  }
  return best?.gap;
}

// --- Narrow CJK columns, rows set apart ---

// A line may pass the widest one seen by less than half a character (the width proxy's error).
const SLACK = 500;
// Cell lines a column must show before its width is trusted.
const SAMPLES = 5;

/**
 * A text with a CJK character (a wide one: `/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uff60]/u`), told
 * by its code units, not a pattern: every piece of a table is asked. (A surrogate pair, one
 * character outside those ranges, is none either way.)
 */
export function hasCjk(text: string): boolean {
  for (let at = 0; at < text.length; at++) if (unitKind(text.charCodeAt(at)) === WIDE_KIND) return true;
  return false;
}

/** A line's width (1000 an em); letter-spacing spreads a line, it does not widen it: spaces beside CJK characters do not count. */
export const cjkWidth = widthBesideCjk;

/**
 * Per column, the width (wrap-test units, 1000 an em) of its widest CJK cell line among `samples`
 * (text at its column's start, up to a single space), or NaN where a column shows fewer than SAMPLES
 * of them: its width unknown, no text is cut by it.
 */
export function cjkCapacities(
  samples: ReadonlyArray<{ column: number; text: string }>,
  columns: number,
): number[] {
  return cjkAndWideCapacities(samples, columns).capacity;
}

/**
 * Per column, the width of its widest sample made of wide characters only (whole ems, whatever
 * the face: no proxy's error), or NaN where a column shows fewer than SAMPLES of them. A line
 * with Latin text measures in a proxy face, up to a third of an em off (see `cjkCapacities`).
 */
export function wideCapacities(
  samples: ReadonlyArray<{ column: number; text: string }>,
  columns: number,
): number[] {
  return cjkAndWideCapacities(samples, columns).wide;
}

/** `cjkCapacities` and `wideCapacities` of the same samples, each sample measured once. */
export function cjkAndWideCapacities(
  samples: ReadonlyArray<{ column: number; text: string }>,
  columns: number,
): { capacity: number[]; wide: number[] } {
  const tally = capacityTally(columns);
  for (const { column, text } of samples) addCapacitySample(tally, column, text);
  return talliedCapacities(tally);
}

/**
 * Per column, how many samples count and the widest (a running maximum: no list of widths kept),
 * of all samples and of those made of wide characters only. Samples are added as they are found
 * (a table's cell lines: no list of them made).
 */
export interface CapacityTally {
  columns: number;
  all: { counts: number[]; widest: number[] };
  wideOnly: { counts: number[]; widest: number[] };
}

export function capacityTally(columns: number): CapacityTally {
  return {
    columns,
    all: { counts: new Array<number>(columns).fill(0), widest: new Array<number>(columns).fill(0) },
    wideOnly: { counts: new Array<number>(columns).fill(0), widest: new Array<number>(columns).fill(0) },
  };
}

/** One sample of a column's text counted (a text without a wide character counts for nothing). */
export function addCapacitySample(tally: CapacityTally, column: number, text: string): void {
  if (column < 0 || column >= tally.columns) return;
  // (Its kinds and its width in one pass: every cell line of the table is a sample.)
  const table = widthTable(0);
  let kinds = 0;
  let width = 0;
  for (let at = 0; at < text.length; at++) {
    const unit = text.charCodeAt(at);
    width += table[unit] ?? 0;
    kinds |= unitKind(unit);
  }
  if ((kinds & WIDE_KIND) === 0) return;
  const measured = besideCjk(text, width);
  addWidth(tally.all, column, measured);
  if ((kinds & NARROW_KIND) === 0) addWidth(tally.wideOnly, column, measured);
}

/** `cjkCapacities` and `wideCapacities` of the samples tallied. */
export function talliedCapacities(tally: CapacityTally): { capacity: number[]; wide: number[] } {
  return { capacity: widestOf(tally.all), wide: widestOf(tally.wideOnly) };
}

const WIDE_KIND = 1;
const NARROW_KIND = 2;

/** A code unit's kind: wide (`hasCjk`), a space (none), or other. (Code units: a surrogate pair, outside the wide ranges, is narrow either way.) */
function unitKind(unit: number): number {
  if (
    (unit >= 0x2e80 && unit <= 0x9fff) ||
    (unit >= 0xf900 && unit <= 0xfaff) ||
    (unit >= 0xff00 && unit <= 0xff60)
  )
    return WIDE_KIND;
  return unit === 0x20 ? 0 : NARROW_KIND;
}

/** A column's sample width counted (NaN, an unmeasurable width, wins as the widest). */
function addWidth(widths: { counts: number[]; widest: number[] }, column: number, width: number): void {
  const before = widths.widest[column] ?? 0;
  const first = widths.counts[column] === 0;
  widths.widest[column] = first || width > before || Number.isNaN(width) ? width : before;
  widths.counts[column] = (widths.counts[column] ?? 0) + 1;
}

/** Per column, its widest width, or NaN where it has fewer than SAMPLES. */
function widestOf({ counts, widest }: { counts: number[]; widest: number[] }): number[] {
  return widest.map((width, column) => ((counts[column] ?? 0) < SAMPLES ? Number.NaN : width));
}

/** The text fits a column that holds `capacity` (an unknown capacity, NaN, holds anything). */
export function fits(text: string, capacity: number | undefined): boolean {
  return capacity === undefined || Number.isNaN(capacity) || cjkWidth(text) <= capacity + SLACK;
}

/** The text is wider than a column known to hold `capacity`. */
export function overflows(text: string, capacity: number | undefined): boolean {
  return !fits(text, capacity);
}
