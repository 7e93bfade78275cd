import { hasCjk } from "./capacity.js";

// pdftotext -layout's grid where a table's page is one text block (a browser's PDF, Chromium's:
// cells so close that pdftotext joins a cell line and the next cell's text into one line, one
// space apart). poppler places each line of a block (lines taken left to right) at the largest of:
// one column past the end of every line wholly left of it, or the grid column of the character
// under its left edge in every line it overlaps. So, on such a page:
// - every line set alone at a column's left edge starts at that column's start, C(k), exactly;
// - no text of column k reaches C(k+1) (each line of it ends left of the next column's edge);
// - in a joined line, the next cell's text starts at C(k+1) or left of it, one space after the
//   text before it, which nearly fills its cell: the pull left adds up along the line (a cell
//   pulled left pulls the next one as far and more), so it is not a fixed reach.
// Where a page shows this (no text starts just right of a column), a piece of English words
// running into the next column holds that column's start at one of its spaces up to C(k+1),
// after a cell line at least FULL_SHARE of its column's width long in characters. (A joined
// line whose last cell is pulled wholly left of its column looks like a line of the column
// before set alone: it is left to the reader's other rules.)

/** Of a column's width in grid columns, the least a full cell line joined to the next cell holds. */
const FULL_SHARE = 0.5;
/** How far right of a column's start a piece starting there would sit on a grid of another kind. */
const RIGHT_OF = 3;

interface Space {
  at: number;
  offset: number;
  betweenCjk: boolean;
}

/**
 * How far right of its columns' starts a page sets text, if it is pdftotext's one-block grid (see
 * above): 0 where no piece starts right of a column's start; a column or two where the page is a
 * few blocks (a row or two of their own, each block's columns a little off the page's); `null`
 * where pieces start further right, or none on a column: a grid of another kind; `null` too for
 * a page with CJK text (told by widths: see capacity.ts). `starts`: the page's column starts;
 * `pieces`: the text set off by two spaces or more on its lines but the header, and where it starts.
 */
export function pulledGridSlack(
  starts: readonly number[],
  pieces: Iterable<{ start: number; text: string }>,
): number | null {
  if (starts.length < 3) return null;
  let onColumn = 0;
  let slack = 0;
  for (const { start: x, text } of pieces) {
    if (hasCjk(text)) return null;
    if (starts.includes(x)) onColumn++;
    for (const start of starts) if (x > start && x <= start + RIGHT_OF) slack = Math.max(slack, x - start);
  }
  return onColumn > 0 && slack < RIGHT_OF ? slack : null;
}

/**
 * Where the next column's text may start in an English piece at `column` on a one-block grid
 * page: the spaces up to the next column's start after a cell line nearly full (the wrap test
 * chooses among them); `undefined` where the page's grid
 * says nothing (CJK text, the last column, a piece short of the next column, no such space).
 */
export function pulledGridSplits<T extends Space>(
  rest: { text: string; start: number; end: number; spaces: readonly T[] },
  column: number,
  { starts, slack }: { starts: readonly number[]; slack: number },
  opensItem: (text: string, space: T) => boolean,
): T[] | undefined {
  const own = starts[column];
  const next = starts[column + 1];
  if (own === undefined || next === undefined || hasCjk(rest.text)) return undefined;
  // A line of this column alone ends left of the next column's start.
  if (rest.end < next + slack) return undefined;
  const full = FULL_SHARE * (next - own - 1);
  const candidates = rest.spaces.filter(
    (space) => space.at <= next + slack && space.at - 1 - rest.start >= full && !opensItem(rest.text, space),
  );
  // The nearest the next column's start first: most cells are pulled left a little (readings past
  // the most the wrap test weighs are dropped from the end).
  return candidates.length > 0 ? candidates.reverse() : undefined;
}
