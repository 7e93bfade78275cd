import { widthBesideCjk } from "./cjk-width.js";

// Narrow CJK columns in pdftotext -layout text: the producer fills each cell line to its column's
// width (CJK breaks anywhere), so the widest cell line a column shows on its own is about what
// the column holds. pdftotext's grid does not keep that width (it sets a row's cells a few
// columns left or right of where other rows have them, and one space apart when a line is full),
// but a cell line can never be much wider: text that is must go on in the next column. Widths are
// proportional, as the PDF set them (wrap-test.ts: a CJK character a full em, Latin in a core
// font's widths), never pdftotext's character count.

// A line may pass the widest one seen by less than half a character (the width proxy's error).
const SLACK = 500;
// Cell lines a column must show before its width is trusted.
const SAMPLES = 5;
const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uff60]/u;

/** A text with a CJK character. */
export const hasCjk = (text: string): boolean => WIDE.test(text);

/** A line's width (1000 an em); letter-spacing spreads a line, it does not widen it: spaces beside CJK characters do not count. */
export const cjkWidth = widthBesideCjk;

/**
 * Per column, the width (wrap-test units, 1000 an em) of its widest CJK cell line among `samples`
 * (lines standing alone at their column's start), or NaN where a column shows fewer than SAMPLES
 * of them: its width unknown, no text is cut by it.
 */
export function cjkCapacities(
  samples: ReadonlyArray<{ column: number; text: string }>,
  columns: number,
): number[] {
  const found = Array.from({ length: columns }, () => [] as number[]);
  for (const { column, text } of samples) if (hasCjk(text)) found[column]?.push(cjkWidth(text));
  return found.map((widths) => (widths.length >= SAMPLES ? Math.max(...widths) : Number.NaN));
}

/** The text fits a column that holds `capacity` (an unknown capacity, NaN, holds anything). */
export function fits(text: string, capacity: number | undefined): boolean {
  return capacity === undefined || Number.isNaN(capacity) || cjkWidth(text) <= capacity + SLACK;
}

/** The text is wider than a column known to hold `capacity`. */
export function overflows(text: string, capacity: number | undefined): boolean {
  return !fits(text, capacity);
}
