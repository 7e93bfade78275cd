import { isHeaderLike, profileColumns, type RawRow } from "@lianzheng/layout";
import type { LogicalLine } from "./assemble.js";
import { capacityTally, talliedCapacities } from "./capacity.js";
import {
  gatherGroupText,
  isCentred,
  joinCentredBands,
  recordColumn,
  splitAtBridgedItems,
} from "./centred-rows.js";
import { alignCentredRows, hasCentredCells, pageTopDoubts } from "./centred-tight.js";
import { cutBands } from "./grid-bands.js";
import {
  capacitySamples,
  chooseMetric,
  type PageColumns,
  pageColumns,
  withCapacities,
} from "./grid-columns.js";
import {
  type Band,
  isHeaderLine,
  type Placed,
  pieces,
  placedLines,
  type RegionLine,
  segments,
  splitPages,
} from "./grid-lines.js";
import {
  bandLines,
  bandRow,
  splitAtNextItem,
  splitTightBands,
  withoutHeadersAtopBands,
} from "./grid-rows.js";
import { pulledGridSlack } from "./pulled-grid.js";

// One table region of a `-layout` text read into rows (the steps of grid-lines, grid-columns,
// grid-bands and grid-rows in order), and the doubt a table set tight leaves.

// A table with this share of its lines set tight (and a few at least), and hardly a blank line
// inside a page (fewer than one in BLANK_SHARE lines), is not one to trust: a browser's PDF sets
// cells one space apart with no blank line between rows (Chromium). Narrow CJK columns alone are
// set tight too, but keep a blank line between rows however long the rows (one in 10 to 30 lines).
const TIGHT_SHARE = 0.1;
const TIGHT_FEW = 5;
const BLANK_SHARE = 40;

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

/**
 * Hardly a blank line between a table's lines on a page: rows are not set apart (see
 * BLANK_SHARE). Blank lines around a page end (above a footer, under a running head) say nothing.
 */
function isBlankScarce(region: readonly RegionLine[]): boolean {
  let placed = 0;
  let inside = 0;
  for (let index = 0; index < region.length; index++) {
    const entry = region[index] as RegionLine;
    if (entry.placed) placed++;
    // A run of blank lines counted at its last line, where text on the same page goes on.
    const next = region[index + 1];
    if (!entry.placed && next?.placed && !next.pageBreak && placed > 0 && !entry.pageBreak) inside++;
  }
  return inside * BLANK_SHARE < placed;
}

/**
 * The rows of one table region, added to `out`: per page, its columns; bands of lines between
 * blank lines. `moved`: the lines of cells left at a page's foot and given to the next row. (Loops over arrays, not generators: a row passed through a chain of them costs
 * more than making it.)
 */
export function tableLines(
  region: readonly RegionLine[],
  columns: number,
  out: LogicalLine[],
  moved: number[] = [],
  centredTops: number[] = [],
): void {
  const tight = isBlankScarce(region);
  const pages = tight && columns === 2 ? splitAtRecordHeads(splitPages(region)) : splitPages(region);
  const placedPages = pages.map(placedLines);
  const { metric, found } = chooseMetric(placedPages, columns);
  // (A part of a page cut at a record head shares its page's columns: see pageColumns.)
  const samePage = pages.map((page, index) => index > 0 && page[0]?.pageBreak !== true);
  const layouts = pageColumns(placedPages, found, metric, columns, samePage);
  // (A key/value table's labels need not fill their column, which changes width record by record.)
  if (tight && columns > 2) withCapacities(placedPages, layouts, metric, columns);
  if (tight && columns > 2)
    for (const [index, layout] of layouts.entries()) {
      // (The header, a block of its own, sits off the body's columns: left out.)
      const body = (placedPages[index] ?? []).filter((line) => !isHeaderLine(line.text));
      layout.pulledSlack = pulledGridSlack(
        layout.starts,
        body.flatMap((line) => pieces(line, metric)),
      );
    }
  if (tight && columns === 2) for (const layout of layouts) layout.keyValue = true;
  // Columns of running text beside each other, rows set apart (a label/value table's labels fill
  // nothing; a browser's tight table is cut where its full lines end, above).
  const tally = !tight && columns > 2 ? capacityTally(columns) : undefined;
  if (tally) capacitySamples(placedPages, layouts, metric, tally);
  const { capacity, wide } = tally ? talliedCapacities(tally) : {};
  const cutAll = cutBands(pages, capacity ? withWidths(layouts, capacity, wide) : layouts, metric, columns);
  // (A key/value table's rows set apart may still meet with no blank line between them, where
  // a cell's last paragraph has no spacing after it: its bands are cut at labels too.)
  const headed = tight || columns === 2 ? splitTightBands(cutAll, columns) : withoutHeadersAtopBands(cutAll);
  // Rows whose cells are centred in them (see centred-rows.ts): found by the record column's items.
  const items = !tight && columns > 2 ? recordColumn(headed, columns) : null;
  const record = items && isCentred(headed, items.column, items.style) ? items : null;
  const cut = record
    ? joinCentredBands(headed, record.column, record.style)
    : items
      ? splitAtBridgedItems(headed, items.column, items.style)
      : headed;
  // The record column, as the rows show it (rows right after a page end may be fragments).
  const rows: RawRow[] = [];
  for (let index = 0; index < cut.length; index++) {
    const band = cut[index] as Band;
    rows.push(bandRow(band, columns, band.pageBreak || cut[index - 1]?.lines.length === 0));
  }
  const profile = profileColumns(withoutHeaderRow(rows), columns);
  // (A centred row's fragments, a goal list above its measure, look like records of their own.)
  const keyColumn = record?.column ?? profile.keyColumn;
  const styles = record ? profile.styles.with(record.column, record.style) : profile.styles;
  if (tight) {
    // (Rows back to back whose cells are centred in them: see centred-tight.ts.)
    if (columns > 2 && hasCentredCells(cut, keyColumn, columns))
      alignCentred(cut, rows, keyColumn, columns, centredTops);
    bandLines(cut, rows, keyColumn, out, moved);
    return;
  }
  const bands: Band[] = [];
  const bandRows: RawRow[] = [];
  for (let index = 0; index < cut.length; index++) {
    const band = cut[index] as Band;
    const parts = splitAtNextItem(band, keyColumn, styles[keyColumn] ?? null, record !== null);
    bands.push(...parts);
    // A band not split keeps the row it made.
    if (parts.length === 1 && parts[0] === band) bandRows.push(rows[index] as RawRow);
    else for (const part of parts) bandRows.push(bandRow(part, columns));
  }
  if (record)
    for (const at of gatherGroupText(bands, keyColumn, record.style)) {
      const band = bands[at] as Band;
      bandRows[at] = bandRow(band, columns, bandRows[at]?.breakBefore);
    }
  bandLines(bands, bandRows, keyColumn, out, moved);
}

/**
 * A tight table's rows whose cells are centred in them (see centred-tight.ts): each column's
 * text between two rows of a page given to the row it stands centred beside (the rows of the
 * bands changed made again), and the lines atop a page that may begin the next row noted in
 * `doubts`.
 */
function alignCentred(
  cut: readonly Band[],
  rows: RawRow[],
  column: number,
  columns: number,
  doubts: number[],
): void {
  for (const line of alignCentredRows(cut as Band[], column, columns)) {
    const index = cut.findIndex((band) => band.first === line);
    for (const at of [index - 1, index]) rows[at] = bandRow(cut[at] as Band, columns, rows[at]?.breakBefore);
  }
  doubts.push(...pageTopDoubts(cut, column, columns));
}

// (Loops, not callbacks, in what reads every line or row: a callback made per call loses its
// optimized code at each full GC, and a long-lived reader meets many.)

/** The pages' columns told their widths (every field written: one shape for all pages). */
function withWidths(
  layouts: readonly PageColumns[],
  capacity: readonly number[],
  wide: readonly number[] | undefined,
): PageColumns[] {
  const out: PageColumns[] = [];
  for (const { starts, missing, capacities, keyValue } of layouts)
    out.push({ starts, missing, capacity, wide, capacities, keyValue });
  return out;
}

/** The rows less the first where it is a header: what the record column is told from. */
function withoutHeaderRow(rows: readonly RawRow[]): RawRow[] {
  const kept: RawRow[] = [];
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index] as RawRow;
    if (index > 0 || !isHeaderLike(row.cells.map((c) => c.text))) kept.push(row);
  }
  return kept;
}

/** A table set tight whose reading leaves a doubt, with the counts that say so. */
export interface TightDoubt {
  line: number;
  tight: number;
  lines: number;
  overfull: number;
  ambiguous: number;
}

/** How many of the lines bear a mark (a loop at module level: its code outlives a full GC). */
function countMarked(placed: readonly Placed[], mark: "ambiguous" | "tight" | "overfull"): number {
  let marked = 0;
  for (const entry of placed) if (entry[mark]) marked++;
  return marked;
}

/**
 * A table set tight all over (cells one space apart on a tenth of its lines or more, hardly a
 * blank line: Chromium's) is read by its columns' widths and its records' starts; it is doubted
 * when a cell line is still wider than its column or a line could be cut more than one way.
 */
export function doubtfulTightTable(region: readonly RegionLine[]): TightDoubt | null {
  const placed = placedLines(region);
  const count = (mark: "ambiguous" | "tight" | "overfull"): number => countMarked(placed, mark);
  const tight = count("tight");
  if (tight < TIGHT_FEW || tight < placed.length * TIGHT_SHARE || !isBlankScarce(region)) return null;
  const overfull = count("overfull");
  const ambiguous = count("ambiguous");
  if (overfull === 0 && ambiguous === 0) return null;
  return { line: (placed[0]?.index ?? 0) + 1, tight, lines: placed.length, overfull, ambiguous };
}
