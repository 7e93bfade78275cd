import type { RawCell, RawRow } from "@lianzheng/layout";
import { createWarning, type Warning } from "@lianzheng/model";
import type { PdfPage, Ruling, TextRun } from "../types.js";
import { cellAt, findGrids, type Grid, type GridCell, type TextBox } from "./lattice.js";
import { groupLines, joinLines, type TextLine } from "./lines.js";
import { withOverflow } from "./overflow.js";
import { clipToPage, collapseDoubleRulings } from "./rulings.js";
import { findStreamTables, type StreamCarry } from "./stream.js";
import { isTableGrid } from "./table-evidence.js";
import { type RuledPlace, readTaggedTables } from "./tagged.js";

/** A table as one page shows it: rows of cell text, before any joining across pages. */
export interface TableFragment {
  kind: "table";
  /** Left edges of the columns and the right edge of the last, to recognise the same table. */
  columns: number[];
  rows: RawRow[];
  top: number;
  bottom: number;
  /** No ruling closes the top: the first row carries on from the page before. */
  openTop: boolean;
  /**
   * Columns whose first cell the page cut at its top (see `PdfPage.cutEdges`): the rest of a cell
   * from the page before, a spanning cell's (a strategy's) included, whose text belongs there.
   */
  cutColumns?: number[];
  /**
   * Columns along whose foot a line is drawn: their last cell ends there, so where the page's clip
   * cut the next page's first row in such a column, that row is a new row (its sliver above the
   * break, too low for text, lost); the other cut columns are spans running on.
   */
  closedFootColumns?: number[];
  /**
   * No line is drawn along the table's foot, and no clip cut it there: the page break cut its last
   * row (Chromium draws no border at a break), so the next page's first row carries it on.
   */
  openFoot?: true;
  /**
   * A key/value table drawn with white space only (no header): its text size and line pitch (null
   * when none recurs), for the next page.
   */
  keyValue?: { fontSize: number; pitch: number | null };
  /**
   * A table with a header drawn with rules between its rows and no column lines: its text size
   * and line pitch, for the next page, which may hold a cell's rest under no header.
   */
  rowRules?: { fontSize: number; pitch: number | null };
  /**
   * Each row is known to be a row: drawn with rulings (a lattice table), or given by a tagged
   * PDF's structure tree.
   */
  ruled?: boolean;
  /**
   * Read from a tagged PDF's structure tree: which table (`key`), and each row's index in it
   * (the same row on two pages has the same index); `headerRows` are the rows of TH cells only.
   */
  tagged?: { key: string; rows: number[]; headerRows: number[] };
}

export interface LineItem extends TextLine {
  kind: "line";
}

export type PageItem = LineItem | TableFragment;

/** A page reduced to what the reader needs once the PDF page itself is released. */
export interface PageLayout {
  page: number;
  width: number;
  height: number;
  items: PageItem[];
  /** Characters of text on the page (0: no text layer). */
  characters: number;
  /** Characters per font size (rounded to half points), tables included. */
  sizes: Map<number, number>;
  /** What the page's structure tree said against its geometry (tagged PDFs). */
  warnings?: Warning[];
}

/** A running head stands in this share of the page's height at its top. */
const RUNNING_HEAD_SHARE = 0.12;

/** Grids smaller than this (pt) are boxes around a word, not tables (one row may be lower, see `isTallEnough`). */
const MIN_TABLE_SIZE = 20;

/** Where a run's glyphs are: its advance across, an em high from its baseline (ascent and descent). */
export const textBox = (run: TextRun): TextBox => ({
  x0: run.x,
  x1: run.x + run.width,
  y0: run.y - 0.8 * run.fontSize,
  y1: run.y + 0.2 * run.fontSize,
});

/** Where a run's glyphs sit: its first em's middle, a third of the font size above the baseline. */
const anchorOf = (run: TextRun): [number, number] => [
  run.x + Math.min(run.width, run.fontSize) / 2,
  run.y - run.fontSize / 3,
];

/**
 * Lays out one page: ruled tables (lattice), then the tables of a tagged PDF's structure tree
 * that no ruled table holds, then unruled ones (stream), then the other lines.
 */
export function layoutPage(page: PdfPage, carried?: StreamCarry): PageLayout {
  const rulings = collapseDoubleRulings(clipToPage(page.rulings, page.width, page.height));
  // A cut edge closes the cells it cuts, as a drawn line would (see columnsCutAtTop).
  const cutEdges = page.cutEdges ?? [];
  const grids = findGrids([...rulings, ...cutEdges], page.runs.map(textBox))
    .filter(
      (grid) =>
        (grid.xs.at(-1) as number) - (grid.xs[0] as number) >= MIN_TABLE_SIZE &&
        isTallEnough(grid, cutEdges) &&
        grid.xs.length >= 3,
    )
    .map((grid) => withOverflow(grid, page.runs, rulings, anchorOf));
  const byGrid = new Map<Grid, TextRun[]>();
  const free: TextRun[] = [];
  for (const run of page.runs) {
    const [x, y] = anchorOf(run);
    const grid = grids.find((g) => cellAt(g, x, y));
    if (!grid) free.push(run);
    else {
      const list = byGrid.get(grid);
      if (list) list.push(run);
      else byGrid.set(grid, [run]);
    }
  }
  const items: PageItem[] = [];
  const ruledCell = new Map<TextRun, RuledPlace>();
  for (const grid of grids) {
    const runs = byGrid.get(grid) ?? [];
    const fragment = readGrid(grid, runs, page.page, { edges: cutEdges, rulings });
    // A chart's or a photo's frame: its text is read as the page's other text.
    if (fragment) {
      items.push(fragment);
      for (const run of runs) {
        const cell = cellAt(grid, ...anchorOf(run));
        ruledCell.set(run, { grid, row: cell?.row ?? -1, col: cell?.col ?? -1, rowSpan: cell?.rowSpan ?? 1 });
      }
    } else for (const run of runs) free.push(run);
  }
  const tagged = Array.isArray(page.tagged)
    ? readTaggedTables(page.page, page.tagged, page.runs, (run) => ruledCell.get(run), textBox)
    : undefined;
  for (const fragment of tagged?.fragments ?? []) items.push(fragment);
  const untagged = tagged ? free.filter((run) => !tagged.used.has(run)) : free;
  const head = page.height * RUNNING_HEAD_SHARE;
  const stream = findStreamTables(untagged, page.page, rulings, carried && { ...carried, head });
  for (const table of stream.tables) items.push(table);
  for (const line of groupLines(stream.rest)) items.push({ kind: "line", ...line });
  items.sort((a, b) => top(a) - top(b));
  let characters = 0;
  const sizes = new Map<number, number>();
  for (const run of page.runs) {
    const count = run.text.trim().length;
    const size = Math.round(run.fontSize * 2) / 2;
    characters += count;
    sizes.set(size, (sizes.get(size) ?? 0) + count);
  }
  return {
    page: page.page,
    width: page.width,
    height: page.height,
    items,
    characters,
    sizes,
    warnings: [...(tagged?.warnings ?? []), ...offPageWarnings(page)],
  };
}

/**
 * A warning when text is drawn off the page (a TeX table row taller than a page runs off it):
 * viewers and printers show none of it, and the reader cannot tell where it belongs. It is read
 * as lines where it is, after the page's table.
 */
function offPageWarnings(page: PdfPage): Warning[] {
  let characters = 0;
  for (const run of page.runs) {
    const [x, y] = anchorOf(run);
    if (x < 0 || y < 0 || x > page.width || y > page.height) characters += [...run.text.trim()].length;
  }
  if (characters === 0) return [];
  const message = `page ${page.page}: ${characters} characters are drawn off the page, where no viewer shows them (a row the producer let run past the page's edge); they were read as lines where they are: check them against the source`;
  return [createWarning("text_off_page", message, { at: { page: page.page } })];
}

const top = (item: PageItem): number => (item.kind === "table" ? item.top : item.y - item.fontSize);

/**
 * Text of each cell of a grid, or null when the grid is no table (see `isTableGrid`). A merged
 * cell's text sits in its first row and column, with its span; rows without text are left out
 * (spans count the rows kept).
 */
function readGrid(grid: Grid, runs: TextRun[], page: number, cuts: PageCuts): TableFragment | null {
  const byCell = new Map<GridCell, TextRun[]>();
  for (const run of runs) {
    const cell = cellAt(grid, ...anchorOf(run));
    if (!cell) continue;
    const list = byCell.get(cell);
    if (list) list.push(run);
    else byCell.set(cell, [run]);
  }
  const texts = new Map<GridCell, string>();
  for (const cell of grid.cells) {
    const lines = groupLines(byCell.get(cell) ?? []);
    if (lines.length === 0) continue;
    const padding = Math.max(
      0,
      lines.reduce((x, line) => Math.min(x, line.x0), Number.POSITIVE_INFINITY) - cell.x0,
    );
    texts.set(cell, joinLines(lines, cell.x1 - padding));
  }
  const columns = grid.xs.length - 1;
  // The rest of a row the page break cut (every column cut at the top) is a table's, however
  // little of its text fell on this page: the last line of a label, a cell's last words. So is
  // the start of a row cut at the page's foot (a record's `序次 | 13` whose label is centred onto
  // the next page), which would otherwise pass for a page number.
  const foot = footCutOf(grid, cuts);
  const cutRow =
    grid.ys.length === 2 &&
    texts.size > 0 &&
    (columnsCutAtTop(grid, cuts, 0).length === columns || foot === "row");
  if (!cutRow && !isTableGrid(grid, (cell) => Boolean(texts.get(cell)))) return null;
  const rows: RawRow[] = Array.from({ length: grid.ys.length - 1 }, () => ({
    cells: Array.from({ length: columns }, (): RawCell => ({ text: "", pageStart: page, pageEnd: page })),
    pageStart: page,
    pageEnd: page,
  }));
  for (const [cell, text] of texts) {
    const target = rows[cell.row]?.cells[cell.col];
    if (target) target.text = text;
  }
  // An empty last row the page cut at its foot is kept: its text is on the next page (a
  // producer that centres text sets a cut row's there), which joins it as its continuation.
  const footCut = foot !== "none";
  const kept = rows.map(
    (row, index) =>
      row.cells.some((cell) => cell.text) || rows.length === 1 || (footCut && index === rows.length - 1),
  );
  for (const cell of grid.cells) {
    // The span over the rows kept, recorded on the first kept row it covers.
    const covered = kept.slice(cell.row, cell.row + cell.rowSpan);
    const first = covered.indexOf(true);
    const target = rows[cell.row + first]?.cells[cell.col];
    if (first < 0 || !target) continue;
    const rowSpan = covered.filter(Boolean).length;
    if (rowSpan > 1) target.rowSpan = rowSpan;
    if (cell.colSpan > 1) target.colSpan = cell.colSpan;
  }
  const cutColumns = columnsCutAtTop(grid, cuts, Math.max(0, kept.indexOf(true)));
  const keptRows = rows.filter((_, index) => kept[index]);
  // The empty band of a row that starts just above the cut was merged into the row above: the
  // row is there all the same, empty here, its text on the next page.
  if (foot === "new row")
    keptRows.push({
      cells: Array.from({ length: columns }, () => ({ text: "", pageStart: page, pageEnd: page })),
      pageStart: page,
      pageEnd: page,
    });
  return {
    kind: "table",
    columns: grid.xs,
    rows: keptRows,
    top: grid.ys[0] as number,
    bottom: grid.ys.at(-1) as number,
    // Where the page's clip cut the table, what it cut says: the whole row, or spanning cells only.
    openTop: cutColumns.length > 0 ? cutColumns.length === columns : !grid.closedTop,
    ...(cutColumns.length > 0 ? { cutColumns } : {}),
    ...closedFootOf(grid, cuts.rulings, foot),
    ...(foot === "none" && isOpenFoot(grid, texts) ? { openFoot: true as const } : {}),
    ruled: true,
  };
}

// How far a grid's edge may sit from a cut edge and still be that edge.
const CUT_SNAP = 3;
// A band too narrow for text (under a line height) that the cut row left empty at a page's top is
// merged with the next (see collapseEmptyBands): the grid's top is then the band's middle.
const CUT_BAND = 6;

/** A table row of one line of small text, padded (a record's `序次 | 13` alone at a page's foot). */
const MIN_ROW_HEIGHT = 8;

/**
 * Whether a grid is tall enough to be a table: as tall as a table, or one row that holds a line of
 * text (whether its cells hold text enough to be a table, `isTableGrid` decides), or a row's sliver
 * the page's clip cut.
 */
const isTallEnough = (grid: Grid, cutEdges: readonly Ruling[]): boolean => {
  const height = (grid.ys.at(-1) as number) - (grid.ys[0] as number);
  if (height >= MIN_TABLE_SIZE) return true;
  return grid.ys.length === 2 && (height >= MIN_ROW_HEIGHT || isCutSliver(grid, cutEdges));
};

/**
 * A grid of one row, however low, that the page's clip cut at its top or foot: the sliver of a
 * row the page break cut (`序次 | 41` with only its number above the break), which readGrid
 * keeps when it holds text.
 */
const isCutSliver = (grid: Grid, cutEdges: readonly Ruling[]): boolean =>
  grid.ys.length === 2 &&
  [grid.ys[0] as number, grid.ys[1] as number].some((y) =>
    isCutAt(y, grid.xs[0] as number, grid.xs.at(-1) as number, cutEdges),
  );

/** Whether a cut edge runs at `y` (or up to `above` over it) from `x0` to `x1` (see `PdfPage.cutEdges`). */
const isCutAt = (y: number, x0: number, x1: number, cutEdges: readonly Ruling[], above = 0): boolean =>
  cutEdges.some(
    (edge) =>
      edge.y0 >= y - CUT_SNAP - above &&
      edge.y0 <= y + CUT_SNAP &&
      edge.x0 - CUT_SNAP <= x0 &&
      x1 <= edge.x1 + CUT_SNAP,
  );

/**
 * How the page's clip cut a grid's last row: not at all (`none`), through the row (`row`: the
 * rest of it is on the next page), or just below a line drawn across (`new row`: a row starts
 * at that line, its empty band under it merged into the row above as too narrow for text).
 */
function footCutOf(grid: Grid, cuts: PageCuts): "none" | "row" | "new row" {
  const [left, right, bottom] = [grid.xs[0] as number, grid.xs.at(-1) as number, grid.ys.at(-1) as number];
  // Under any column: beside a strategy spanning on across the break, only the measures' lines show.
  const middles = grid.xs.slice(1).map((x1, c) => ((grid.xs[c] as number) + x1) / 2);
  const drawn = (from: number, to: number) => middles.some((x) => isDrawnAcross(cuts.rulings, from, to, x));
  const edge = cuts.edges.find(
    (e) =>
      e.y0 >= bottom - CUT_SNAP &&
      e.y0 <= bottom + CUT_BAND &&
      e.x0 - CUT_SNAP <= left &&
      right <= e.x1 + CUT_SNAP,
  );
  if (!edge || drawn(edge.y0 - CUT_SNAP, edge.y0 + CUT_SNAP)) return "none";
  return drawn(bottom - CUT_BAND, edge.y0 - CUT_SNAP) ? "new row" : "row";
}

/**
 * Whether the page break cut the grid's last row: no line along its foot, and text in a cell that
 * starts in that row (beside measures closed above it, a band under them that only a spanning
 * strategy cell fills is no row of text cut).
 */
function isOpenFoot(grid: Grid, texts: ReadonlyMap<GridCell, string>): boolean {
  // Also a table drawn with inner borders only: its foot has no line at the table's end, but a
  // whole row's foot at a page break has one (the border to the next row). Whether the row runs
  // on is the next page's to say (assemble.ts): only under a repeated header or record head.
  if (grid.closedBottom) return false;
  const last = grid.ys.length - 2;
  return [...texts].some(([cell, text]) => cell.row === last && text.trim() !== "");
}

/** The columns along whose foot a line is drawn, where no clip cut the grid's foot. */
function closedFootOf(
  grid: Grid,
  rulings: readonly Ruling[],
  foot: "none" | "row" | "new row",
): { closedFootColumns?: number[] } {
  if (foot !== "none") return {};
  const bottom = grid.ys.at(-1) as number;
  const columns = grid.xs
    .slice(1)
    .flatMap((x1, c) =>
      isDrawnAcross(rulings, bottom - CUT_SNAP, bottom + CUT_SNAP, ((grid.xs[c] as number) + x1) / 2)
        ? [c]
        : [],
    );
  return columns.length > 0 ? { closedFootColumns: columns } : {};
}

/** Whether a drawn horizontal line between `from` and `to` (y) crosses x. */
const isDrawnAcross = (rulings: readonly Ruling[], from: number, to: number, x: number): boolean =>
  rulings.some((r) => r.y0 === r.y1 && r.y0 >= from && r.y0 <= to && r.x0 <= x && x <= r.x1);

/** Where the page's clip cut its rulings (`PdfPage.cutEdges`), and the rulings the page shows. */
interface PageCuts {
  edges: readonly Ruling[];
  rulings: readonly Ruling[];
}

/**
 * The columns of the first row kept (`firstRow`) whose cell starts at the grid's top, at an edge
 * where the page's clip cut the table, with no border of its own drawn under that edge: a cell
 * there runs on from the page before. (Below an empty band that the cut row left, only a
 * spanning cell still reaches up to the edge: the others have their top border.)
 */
function columnsCutAtTop(grid: Grid, cuts: PageCuts, firstRow: number): number[] {
  const top = grid.ys[0] as number;
  const columns = new Set<number>();
  for (const cell of grid.cells) {
    if (cell.row !== 0 || cell.rowSpan <= firstRow) continue;
    const edge = cuts.edges.find((e) => isCutAt(top, cell.x0, cell.x1, [e], CUT_BAND));
    if (!edge) continue;
    // A line drawn at the edge or under it (within the band it may hide) closes the cell's top.
    const bordered = isDrawnAcross(cuts.rulings, edge.y0 - CUT_SNAP, top + CUT_BAND, (cell.x0 + cell.x1) / 2);
    if (!bordered) for (let c = cell.col; c < cell.col + cell.colSpan; c++) columns.add(c);
  }
  return [...columns].sort((a, b) => a - b);
}

/** The page's foot, where a footer or page number may stand under a table that ends the page. */
const FOOT_SHARE = 0.1;

/**
 * What the next page's stream tables carry on from this one: a key/value table, or a table drawn
 * with rules between its rows, that it ends with (nothing after it but a line in the page's foot).
 */
export function streamCarry(layout: PageLayout | undefined): StreamCarry | undefined {
  if (!layout) return undefined;
  const index = layout.items.findLastIndex((item) => item.kind === "table");
  const table = layout.items[index];
  if (table?.kind !== "table" || !(table.keyValue || table.rowRules)) return undefined;
  const after = layout.items.slice(index + 1);
  if (after.some((item) => top(item) < layout.height * (1 - FOOT_SHARE))) return undefined;
  if (table.rowRules) return { edges: table.columns, ...table.rowRules, rules: true };
  return { edges: table.columns, ...(table.keyValue as { fontSize: number; pitch: number | null }) };
}
