import { textWidth } from "./wrap-test.js";

// Narrow CJK columns in pdftotext -layout text: the producer fills each cell line to its column's
// width (CJK breaks anywhere), so the widest cell line a column shows on its own is about what
// the column holds. pdftotext's grid does not keep that width (it sets a row's cells a few
// columns left or right of where other rows have them, and one space apart when a line is full),
// but a cell line can never be much wider: text that is must go on in the next column.

/** What a column's widest CJK line measures: proportionally (wrap-test units) and in code points. */
export interface Capacity {
  width: number;
  points: number;
}

// A line may pass the widest one seen by less than half a character (the width proxy's error).
const SLACK = 500;
// Cell lines a column must show before its width is trusted.
const SAMPLES = 5;
const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uff60]/u;
const SPACE_BESIDE_CJK =
  /(?<=[\u2e80-\u9fff\uf900-\ufaff\uff00-\uff60]) +| +(?=[\u2e80-\u9fff\uf900-\ufaff\uff00-\uff60])/gu;

/** A text with a CJK character. */
export const hasCjk = (text: string): boolean => WIDE.test(text);

const measure = (text: string): Capacity => {
  // Letter-spacing spreads a line, it does not widen it: spaces beside CJK characters do not count.
  const bare = text.replace(SPACE_BESIDE_CJK, "");
  return { width: textWidth(bare), points: [...bare].length };
};

/**
 * Per column, the widest of its CJK cell lines among `samples` (lines standing alone at their
 * column's start), or null where a column shows fewer than SAMPLES of them: its width unknown,
 * no text is cut by it.
 */
export function cjkCapacities(
  samples: ReadonlyArray<{ column: number; text: string }>,
  columns: number,
): Array<Capacity | null> {
  const found = Array.from({ length: columns }, () => [] as Capacity[]);
  for (const { column, text } of samples) if (hasCjk(text)) found[column]?.push(measure(text));
  return found.map((lines) =>
    lines.length >= SAMPLES
      ? {
          width: Math.max(...lines.map((line) => line.width)),
          points: Math.max(...lines.map((line) => line.points)),
        }
      : null,
  );
}

/**
 * The text is wider than a column that holds `capacity` (unknown capacities hold anything): in
 * proportional widths as a PDF sets it, and in code points as a monospace grid does (a line of
 * digits and CJK fits a grid column its proportional width would overflow).
 */
export function overflows(text: string, capacity: Capacity | null | undefined): boolean {
  if (!capacity) return false;
  const { width, points } = measure(text);
  return width > capacity.width + SLACK && points > capacity.points;
}

/**
 * The text is no wider than the column's widest line, as a PDF sets it (proportional widths: a
 * cell cut off a line is measured as the producer measured it).
 */
export function fits(text: string, capacity: Capacity): boolean {
  return measure(text).width <= capacity.width + SLACK;
}
