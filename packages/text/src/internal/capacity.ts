import { parseListMarker } from "@lianzheng/normalize";
import { endsWithOpeningMarker } from "./cut-marker.js";
import { textWidth } from "./wrap-test.js";

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
/** How far over its column a cut line must run to show a missed cut (a word of Latin set wide is not one). */
const MISSED = 2500;
/** Widths are compared in steps of a quarter em. */
const STEP = 250;

/**
 * Each column's width, as its full lines show it: of the pieces of text set alone in it (no
 * single space inside), the most common width among the wide ones (a line of compressed
 * punctuation runs wider than the rest).
 */
export function columnCapacities(
  pieces: Iterable<{ column: number; text: string }>,
  columns: number,
): number[] {
  const widths: number[][] = Array.from({ length: columns }, () => []);
  // Only CJK lines fill their columns to a character: English wraps at words, with ragged ends.
  for (const { column, text } of pieces)
    if (!text.includes(" ") && HAN.test(text))
      widths[column]?.push(Math.round(textWidth(text) / STEP) * STEP);
  return widths.map((list) => {
    const widest = Math.max(0, ...list);
    const counts = new Map<number, number>();
    for (const width of list) if (width >= widest * 0.8) counts.set(width, (counts.get(width) ?? 0) + 1);
    let best = 0;
    for (const [width, count] of counts)
      if (count > (counts.get(best) ?? 0) || (count === counts.get(best) && width > best)) best = width;
    return best;
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

/**
 * In text too wide for its column, the single space before CJK text (or a list item) where a
 * full line of the column ends: of those, the one whose line comes nearest the column's width
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
    if (!CJK_START.test(after) && !parseListMarker(after)) continue;
    if (endsWithOpeningMarker(text.slice(0, gap.offset - 1))) continue;
    const width = textWidth(text.slice(0, gap.offset - 1));
    if (width < capacity - FULL_BELOW || width > capacity + OVER) continue;
    const miss = Math.abs(width - capacity);
    if (!best || miss < best.miss) best = { gap, miss };
  }
  return best?.gap;
}
