import {
  headerLabels,
  isHeaderLine,
  type Metric,
  type Piece,
  type Placed,
  pieces,
  segments,
} from "./grid-lines.js";

// Where a page's header sets its labels, as column starts. A browser's tight table (columns one
// space apart, `具體策 執行措施`, a first column three characters wide) sets a full line of each
// column one space before the next column's text, so a column's start may never show as a piece
// start all page long; its header label, left-aligned in its cell as the body's text is, does.
// Used only where the header itself sets two labels one space apart: the sign of such a table
// (a header whose labels stand two spaces apart or more shows its columns as pieces anyway).

/**
 * The label starts of the header line a page opens with, if it names `columns` labels and two of
 * them stand one space apart; null otherwise.
 */
export function headerLabelStarts(
  lines: readonly Placed[],
  metric: Metric,
  columns: number,
): number[] | null {
  const first = lines[0];
  if (!first || !isHeaderLine(first.text)) return null;
  const parts = pieces(first, metric);
  const labels = headerLabels(segments(first.text));
  if (labels.length !== columns || labels.length === parts.length) return null;
  const starts: number[] = [];
  for (const piece of parts) {
    const words = headerLabels([piece.text]);
    starts.push(piece.start);
    if (words.length > 1) starts.push(...wordStarts(piece, words));
  }
  return starts.length === columns ? starts : null;
}

/** The grid columns where a piece's words after the first start (each after one space). */
function wordStarts(piece: Piece, words: readonly string[]): number[] {
  const starts: number[] = [];
  let offset = 0;
  for (const word of words.slice(0, -1)) {
    offset += word.length + 1;
    const space = piece.spaces.find((candidate) => candidate.offset === offset);
    if (space) starts.push(space.at);
  }
  return starts;
}

/**
 * The header's starts, each moved to the body's peak within `tolerance` of it if there is one
 * (pdftotext may set a label a column off its cell's text).
 */
export function snappedStarts(
  labels: readonly number[],
  peaks: readonly number[],
  tolerance: number,
): number[] {
  return labels.map((label, index) => {
    let best = label;
    let distance = tolerance + 1;
    for (const peak of peaks)
      if (Math.abs(peak - label) < distance && nearestLabel(labels, peak) === index)
        [best, distance] = [peak, Math.abs(peak - label)];
    return best;
  });
}

/** The label nearest a peak (-1 where two are as near): the one label it may be moved to. */
function nearestLabel(labels: readonly number[], peak: number): number {
  let nearest = -1;
  let distance = Number.POSITIVE_INFINITY;
  for (let index = 0; index < labels.length; index++) {
    const off = Math.abs((labels[index] ?? 0) - peak);
    if (off < distance) [nearest, distance] = [index, off];
    else if (off === distance) nearest = -1;
  }
  return nearest;
}
