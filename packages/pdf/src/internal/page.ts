import type { RawCell, RawRow } from "@lianzheng/layout";
import type { PdfPage, TextRun } from "../types.js";
import { cellAt, findGrids, type Grid } from "./lattice.js";
import { groupLines, joinLines, type TextLine } from "./lines.js";
import { clipToPage, collapseDoubleRulings } from "./rulings.js";
import { findStreamTables } from "./stream.js";

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
}

/** Grids smaller than this in either direction (pt) are boxes around a word, not tables. */
const MIN_TABLE_SIZE = 20;

/** Lays out one page: ruled tables (lattice), then unruled ones (stream), then the other lines. */
export function layoutPage(page: PdfPage): PageLayout {
  const grids = findGrids(collapseDoubleRulings(clipToPage(page.rulings, page.width, page.height))).filter(
    (grid) =>
      (grid.xs.at(-1) as number) - (grid.xs[0] as number) >= MIN_TABLE_SIZE &&
      (grid.ys.at(-1) as number) - (grid.ys[0] as number) >= MIN_TABLE_SIZE &&
      grid.xs.length >= 3,
  );
  const byGrid = new Map<Grid, TextRun[]>();
  const free: TextRun[] = [];
  for (const run of page.runs) {
    // Where the glyphs sit: middle of the run, a third of the font size above the baseline.
    const x = run.x + Math.min(run.width, run.fontSize) / 2;
    const y = run.y - run.fontSize / 3;
    const grid = grids.find((g) => cellAt(g, x, y));
    if (!grid) free.push(run);
    else {
      const list = byGrid.get(grid);
      if (list) list.push(run);
      else byGrid.set(grid, [run]);
    }
  }
  const items: PageItem[] = [];
  for (const grid of grids) items.push(readGrid(grid, byGrid.get(grid) ?? [], page.page));
  const stream = findStreamTables(free, page.page);
  items.push(...stream.tables);
  items.push(...groupLines(stream.rest).map((line): LineItem => ({ kind: "line", ...line })));
  items.sort((a, b) => top(a) - top(b));
  let characters = 0;
  const sizes = new Map<number, number>();
  for (const run of page.runs) {
    const count = run.text.trim().length;
    const size = Math.round(run.fontSize * 2) / 2;
    characters += count;
    sizes.set(size, (sizes.get(size) ?? 0) + count);
  }
  return { page: page.page, width: page.width, height: page.height, items, characters, sizes };
}

const top = (item: PageItem): number => (item.kind === "table" ? item.top : item.y - item.fontSize);

/** Text of each cell of a grid; a merged cell's text sits in its first row and column. */
function readGrid(grid: Grid, runs: TextRun[], page: number): TableFragment {
  const byCell = new Map<(typeof grid.cells)[number], TextRun[]>();
  for (const run of runs) {
    const cell = cellAt(grid, run.x + Math.min(run.width, run.fontSize) / 2, run.y - run.fontSize / 3);
    if (!cell) continue;
    const list = byCell.get(cell);
    if (list) list.push(run);
    else byCell.set(cell, [run]);
  }
  const columns = grid.xs.length - 1;
  const rows: RawRow[] = Array.from({ length: grid.ys.length - 1 }, () => ({
    cells: Array.from({ length: columns }, (): RawCell => ({ text: "", pageStart: page, pageEnd: page })),
    pageStart: page,
    pageEnd: page,
  }));
  for (const cell of grid.cells) {
    const lines = groupLines(byCell.get(cell) ?? []);
    if (lines.length === 0) continue;
    const padding = Math.max(0, Math.min(...lines.map((line) => line.x0)) - cell.x0);
    const target = rows[cell.row]?.cells[cell.col];
    if (target) target.text = joinLines(lines, cell.x1 - padding);
  }
  return {
    kind: "table",
    columns: grid.xs,
    rows: rows.filter((row) => row.cells.some((cell) => cell.text) || rows.length === 1),
    top: grid.ys[0] as number,
    bottom: grid.ys.at(-1) as number,
    openTop: !grid.closedTop,
  };
}
