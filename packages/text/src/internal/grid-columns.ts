import { addCapacitySample, type CapacityTally, columnCapacities } from "./capacity.js";
import { endsWithOpeningMarker } from "./cut-marker.js";
import { isHeaderLine, type Metric, type Placed, pieces, unitedSpanStarts } from "./grid-lines.js";
import { headerLabelStarts, snappedStarts } from "./header-starts.js";
import { narrowColumnPeaks } from "./narrow-columns.js";

// A `-layout` table's columns, page by page: where its pieces start, which metric (code points or
// display width) fits the text, and what each column holds (its capacity).

export const TOLERANCE = 3;
const WIDE_CHAR = /[\u1100-\uffff]/u;
// Share of a text's pieces that start on a column when the metric fits the text.
const CLEAN_SHARE = 0.9;
const FEW_LINES = 5;
// Two columns start at least this many grid columns apart (a column holds three characters or more;
// a narrower one is looked for apart, by its gutter: narrow-columns.ts).
const SEPARATION = 6;
// How far left of its column a cell's text may start in pdftotext's grid after a long line.
export const DRIFT = 6;

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
  // (The counts as found, for the narrow columns' search: the peak search below wipes them.)
  const found = counts.slice();
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
  // Fewer columns than the table has: one may be narrower than SEPARATION (具體 / 策略).
  if (chosen.length < columns)
    chosen.push(
      ...narrowColumnPeaks(lines, metric, found, chosen, {
        wanted: columns - chosen.length,
        minimum,
        tolerance: TOLERANCE,
        separation: SEPARATION,
      }),
    );
  chosen.sort(byPosition);
  const support = chosen.reduce((sum, c) => sum + c.count, 0);
  // A tight table's header may show columns its body never starts a piece at (header-starts.ts).
  const labels = headerLabelStarts(lines, metric, columns);
  const peaks = chosen.map((c) => c.at);
  return { starts: labels ? snappedStarts(labels, peaks, TOLERANCE) : peaks, support };
}

/** How many of the lines' pieces start at each grid column (an array: every page is counted). */
function countStarts(lines: readonly Placed[], metric: Metric): Int32Array {
  // (A line's pieces run left to right: its last one starts furthest right.)
  let widest = 0;
  for (const line of lines) widest = Math.max(widest, pieces(line, metric).at(-1)?.start ?? 0);
  const counts = new Int32Array(widest + 1);
  for (const line of lines)
    for (const piece of pieces(line, metric)) counts[piece.start] = (counts[piece.start] ?? 0) + 1;
  return counts;
}

/** Column starts left to right (module level: a comparator made per call is compiled per GC cycle). */
const byPosition = (a: { at: number }, b: { at: number }): number => a.at - b.at;

/**
 * The column a piece starting at `x` is in: text may start up to DRIFT left of its column, and
 * less than halfway back to the column before (a page whose grid pdftotext squeezed sets two
 * columns closer than DRIFT: `序次   44`).
 */
export function columnAt(starts: readonly number[], x: number): number {
  let column = 0;
  for (; column + 1 < starts.length; column++) {
    const next = starts[column + 1] ?? 0;
    const drift = Math.min(DRIFT, Math.floor((next - (starts[column] ?? 0)) / 2));
    if (x < next - drift + 1) break;
  }
  return column;
}

/**
 * One tool made the whole text: the metric whose columns hold more of the text's pieces.
 * pdftotext counts code points: the display metric is tried only when that leaves many pieces
 * off the columns (text aligned by eye, CJK two columns wide).
 */
export function chooseMetric(
  placedPages: readonly Placed[][],
  columns: number,
): { metric: Metric; found: Array<{ starts: number[]; support: number }> } {
  const codePoint = columnsByPage(placedPages, "code-point", columns);
  const display =
    hasWideCharacter(placedPages) && support(codePoint) < codePointPieces(placedPages) * CLEAN_SHARE
      ? columnsByPage(placedPages, "display", columns)
      : codePoint;
  return support(display) > support(codePoint)
    ? { metric: "display", found: display }
    : { metric: "code-point", found: codePoint };
}

// (Loops, not callbacks, in what reads every line: a callback made per call loses its optimized
// code at each full GC, and a long-lived reader meets many.)

/** Each page's columns by a metric. */
function columnsByPage(
  placedPages: readonly Placed[][],
  metric: Metric,
  columns: number,
): Array<{ starts: number[]; support: number }> {
  const found: Array<{ starts: number[]; support: number }> = [];
  for (const placed of placedPages) found.push(findColumns(placed, metric, columns));
  return found;
}

/** How many pieces the pages' columns hold. */
function support(found: ReadonlyArray<{ support: number }>): number {
  let sum = 0;
  for (const page of found) sum += page.support;
  return sum;
}

/** How many pieces the pages' lines have, by code points. */
function codePointPieces(placedPages: readonly Placed[][]): number {
  let count = 0;
  for (const placed of placedPages) for (const line of placed) count += pieces(line, "code-point").length;
  return count;
}

/** Some line has a character past U+1100 (wide, perhaps). */
function hasWideCharacter(placedPages: readonly Placed[][]): boolean {
  for (const placed of placedPages) for (const line of placed) if (WIDE_CHAR.test(line.text)) return true;
  return false;
}

/** Where a page's text shows its columns: `starts` found, `missing` empty columns at the left. */
export interface PageColumns {
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
export function pageColumns(
  placedPages: readonly Placed[][],
  found: ReadonlyArray<{ starts: number[] }>,
  metric: Metric,
  columns: number,
  samePage: readonly boolean[] = [],
): PageColumns[] {
  const shown: Array<number[] | null> = [];
  for (let index = 0; index < placedPages.length; index++)
    shown.push(
      (placedPages[index]?.length ?? 0) >= FEW_LINES
        ? (found[index]?.starts ?? [])
        : headedColumns(placedPages, index, found, metric, columns),
    );
  // The table's left edge: where its first column starts on most pages.
  const leftEdge = Math.min(...found.map((page) => page.starts[0] ?? 0));
  let previousStarts: number[] | null = null;
  // Before the first page that shows every column (a table's first page may hold its header
  // and a line or two), the first such page further on is the reference.
  let reference: number[] | null =
    shown.find((starts) => starts?.length === columns) ??
    unitedColumns(shown, columns) ??
    headerColumns(placedPages, shown, metric, columns);
  const fullPages: FullPage[] = [];
  const layouts: PageColumns[] = [];
  for (let pageIndex = 0; pageIndex < placedPages.length; pageIndex++) {
    const placed = placedPages[pageIndex] ?? [];
    let starts: number[] =
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
    if (starts.length === columns) {
      reference = starts;
      fullPages.push({ placed, starts });
    } else if (starts.length > 0) {
      const matched = matchedColumns(pageIndex, starts, {
        placed,
        shown,
        samePage,
        columns,
        reference,
        fullPages,
        metric,
      });
      if (matched) {
        starts = matched;
        missing = 0;
      }
    }
    if (starts.length === 0) starts = [leftEdge];
    previousStarts = starts;
    // (Every field from the start: pages of one shape, whatever is known of their columns.)
    const missingColumns = Math.min(missing, columns - starts.length);
    layouts.push({
      starts,
      missing: missingColumns,
      capacity: undefined,
      wide: undefined,
      capacities: undefined,
      keyValue: false,
    });
  }
  return layouts;
}

// A column's lines this many times as long as another's are not that column's (labels against
// their values).
const SQUEEZE_RATIO = 1.6;
// The full pages before a page that its lines are measured against.
const MEASURED_PAGES = 3;

/** A page that showed every column, with its lines. */
interface FullPage {
  placed: readonly Placed[];
  starts: readonly number[];
}

/**
 * The columns of a page that shows fewer than the table's: its starts set in place of the nearest
 * of a part of the same page that shows them all (a key/value table cut at its records: pdftotext
 * sets a page's columns once, squeezed where the page leaves a column empty), else of the last
 * full page. None (the starts taken as found, the missing columns the leftmost) when no page
 * shows every column, or when pdftotext squeezed out the page's empty leftmost columns.
 */
function matchedColumns(
  index: number,
  starts: readonly number[],
  context: {
    placed: readonly Placed[];
    shown: ReadonlyArray<readonly number[] | null>;
    samePage: readonly boolean[];
    columns: number;
    reference: readonly number[] | null;
    fullPages: readonly FullPage[];
    metric: Metric;
  },
): number[] | null {
  const { placed, shown, samePage, columns, reference, fullPages, metric } = context;
  let first = index;
  while (first > 0 && samePage[first] === true) first--;
  for (let part = first; part === first || samePage[part] === true; part++) {
    const other = shown[part];
    if (part === index || !other || other.length !== columns) continue;
    if (starts.every((x) => other.some((y) => Math.abs(x - y) <= TOLERANCE)))
      return matchToReference(starts, other);
  }
  if (!reference) return null;
  return isSqueezedLeft(placed, starts, reference, fullPages.slice(-MEASURED_PAGES), metric)
    ? null
    : matchToReference(starts, reference);
}

/**
 * Whether a page that shows fewer columns than the table, starting at the table's left edge, is
 * one whose empty leftmost columns pdftotext squeezed out (a page of one long value of a key/value
 * table: the value set at the margin): the lines at its first start are as long as those of the
 * first column it would keep, and far longer than the leftmost column's on full pages. Matched by
 * start alone, they would be read as that leftmost column (as labels).
 */
function isSqueezedLeft(
  placed: readonly Placed[],
  starts: readonly number[],
  reference: readonly number[],
  fullPages: readonly FullPage[],
  metric: Metric,
): boolean {
  const kept = reference.length - starts.length;
  // (A key/value table only: a plan table's page with its strategy column empty keeps the other
  // columns where they were, and a narrow column's start can be missed on a full page.)
  if (reference.length !== 2 || kept <= 0 || placed.length < FEW_LINES) return false;
  if (Math.abs((starts[0] ?? 0) - (reference[0] ?? 0)) > TOLERANCE) return false;
  const here = medianLength([{ placed, starts }], 0, metric);
  const leftmost = medianLength(fullPages, 0, metric);
  const keptColumn = medianLength(fullPages, kept, metric);
  if (here === null || leftmost === null || keptColumn === null) return false;
  return here >= leftmost * SQUEEZE_RATIO && here * SQUEEZE_RATIO >= keptColumn;
}

/** The median length of the pages' pieces that start in column `column` of their page. */
function medianLength(pages: readonly FullPage[], column: number, metric: Metric): number | null {
  const lengths: number[] = [];
  for (const { placed, starts } of pages)
    for (const line of placed)
      for (const piece of pieces(line, metric))
        if (columnAt(starts, piece.start) === column) lengths.push(piece.end - piece.start);
  if (lengths.length < FEW_LINES) return null;
  lengths.sort((a, b) => a - b);
  return lengths[lengths.length >> 1] ?? null;
}

/**
 * The columns of a page of a few lines that opens with what the table repeats atop its pages:
 * a key/value table's record head (`序次   46`: the label and value columns exactly), or the
 * header (its labels set off the columns as on an earlier page that opens with it: the earlier
 * page's columns moved as its labels moved). pdftotext sets each page's grid anew, squeezing the
 * columns a page leaves empty, so the page before's columns need not hold. Null where the page
 * opens otherwise.
 */
function headedColumns(
  placedPages: readonly Placed[][],
  index: number,
  found: ReadonlyArray<{ starts: number[] }>,
  metric: Metric,
  columns: number,
): number[] | null {
  const placed = placedPages[index] ?? [];
  const first = placed[0];
  if (!first) return null;
  if (columns === 2) {
    const head = pieces(placedPages[0]?.[0] ?? first, metric)[0]?.text;
    const parts = pieces(first, metric);
    return parts.length === 2 && parts[0]?.text === head ? parts.map((part) => part.start) : null;
  }
  const labels = headerStarts(placed, metric);
  if (labels?.length !== columns) return null;
  for (let before = index - 1; before >= 0; before--) {
    const earlier = headerStarts(placedPages[before] ?? [], metric);
    const starts = found[before]?.starts;
    if (earlier?.length !== columns || starts?.length !== columns) continue;
    return starts.map((start, column) => start + (labels[column] ?? 0) - (earlier[column] ?? 0));
  }
  return null;
}

/**
 * Where no page shows every column and the pages together do not either (a column whose text
 * never opens a piece: its full lines set one space after the column before's, its short ones
 * pulled left), the header's: the labels the table opens with, one per column, where every
 * column its first page shows stands at one of them. (Else the missing column is taken for the
 * leftmost: the whole table read a column off.)
 */
function headerColumns(
  placedPages: readonly Placed[][],
  shown: ReadonlyArray<readonly number[] | null>,
  metric: Metric,
  columns: number,
): number[] | null {
  const labels = headerStarts(placedPages[0] ?? [], metric);
  // (A first page of the header alone, at its foot, shows no columns: the next page that does.)
  const first = shown.find((starts) => starts !== null && starts.length > 0);
  if (labels?.length !== columns || !first) return null;
  return first.every((x) => labels.some((label) => Math.abs(label - x) <= TOLERANCE)) ? labels : null;
}

/** Where the header lines a page opens with set their labels: spans that overlap are one. */
function headerStarts(placed: readonly Placed[], metric: Metric): number[] | null {
  const spans: Array<{ start: number; end: number }> = [];
  for (const line of placed) {
    if (!isHeaderLine(line.text)) break;
    for (const piece of pieces(line, metric)) spans.push({ start: piece.start, end: piece.end });
  }
  return spans.length === 0 ? null : unitedSpanStarts(spans);
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
 * in tight grids a column's full lines are nearly all so, and its lone lines its short ones),
 * added to `tally` as found (every cell line of a table is a sample: no list of them made).
 */
export function capacitySamples(
  placedPages: readonly Placed[][],
  layouts: readonly PageColumns[],
  metric: Metric,
  tally: CapacityTally,
): void {
  for (let index = 0; index < placedPages.length; index++) {
    const placed = placedPages[index] ?? [];
    const { starts, missing } = layouts[index] ?? { starts: [], missing: 0 };
    for (const line of placed)
      for (const piece of pieces(line, metric)) {
        const column = columnAt(starts, piece.start);
        // (Two cells one space apart, the space in the next column: that column's line, set
        // one space after a full line.)
        const only = piece.spaces.length === 1 ? piece.spaces[0] : undefined;
        if (only && columnAt(starts, only.at) === column + 1)
          addCapacitySample(tally, column + 1 + missing, piece.text.slice(only.offset));
        if (Math.abs(piece.start - (starts[column] ?? 0)) > TOLERANCE) continue;
        // (The last column has none after it: a piece at its start is its text, spaces and all,
        // as `2. 召開研商會議 4 次` is; cut at its first space, a column of Latin numbers shows
        // its lines short.)
        const first = column === starts.length - 1 ? undefined : piece.spaces[0];
        const text = first ? piece.text.slice(0, first.offset - 1) : piece.text;
        // (A list marker opening the line is no line of its own: `(三) 積極參與`.)
        if (!endsWithOpeningMarker(text)) addCapacitySample(tally, column + missing, text);
      }
  }
}

/** Each page's columns told the table's column widths, from the pieces set alone in them. */
export function withCapacities(
  placedPages: readonly Placed[][],
  layouts: PageColumns[],
  metric: Metric,
  columns: number,
): void {
  const alone = placedPages.flatMap((placed, index) => {
    const layout = layouts[index] ?? { starts: [], missing: 0 };
    const cut = placed.map((line) =>
      pieces(line, metric).map((piece) => ({
        column: columnAt(layout.starts, piece.start) + layout.missing,
        text: piece.text,
      })),
    );
    return cut.flatMap((line, at) =>
      line.map((piece) => ({ ...piece, carried: carriedBelow(piece, cut[at + 1]) })),
    );
  });
  const capacities = columnCapacities(alone, columns);
  for (const layout of layouts) layout.capacities = capacities;
}

// A line that opens with a character and a closing mark (`施。`): the character may have been
// carried down with the mark, which no line may open with (a browser's kinsoku).
const CARRIED = /^\p{Script=Han}[。，、；：」』）)]/u;

/** Whether the line below sets, in the piece's column, text that opens with a carried character. */
function carriedBelow(
  piece: { column: number; text: string },
  below: ReadonlyArray<{ column: number; text: string }> | undefined,
): boolean {
  return below?.some((next) => next.column === piece.column && CARRIED.test(next.text)) ?? false;
}
