import type { RawCell, RawRow } from "@lianzheng/layout";
import { createWarning, type Warning } from "@lianzheng/model";
import type { TaggedTable, TextRun } from "../types.js";
import type { TextBox } from "./lattice.js";
import { groupLines, joinLines } from "./lines.js";
import type { PageLayout, TableFragment } from "./page.js";

// Tagged PDFs (Word, Chromium, LibreOffice with "Tagged PDF" on) say in their structure tree
// which text is a table's cell and which cells are a row. Where the page draws the table
// (rulings), the geometry is read and the tree only checked against it; where it does not (white
// space only, cells centred in tall rows, wide padding), the tree says what geometry cannot: it
// is read, once its cells are seen to lie on the page as a table's cells do. Where the tree and
// the page disagree, the page wins and a warning says so.

/** Boxes overlapping by less than this (pt) do not overlap: glyph boxes are estimates. */
const OVERLAP_SLACK = 1;

/** A tagged table's cell on this page: its text runs and where they lie. */
interface PlacedCell {
  runs: TextRun[];
  box: TextBox;
  header: boolean;
}

/** The result of reading a page's tagged tables. */
export interface TaggedReading {
  /** Tables read from the tree, for the stretches of the page no ruled table covers. */
  fragments: TableFragment[];
  /** Runs those tables took. */
  used: Set<TextRun>;
  warnings: Warning[];
}

/** A table with more cells than this on one page is not checked cell by cell (that is quadratic). */
const MAX_TAGGED_CELLS = 3000;

/** The box around some boxes (a loop: a cell may hold thousands of runs). */
function unionOf(boxes: Iterable<TextBox>): TextBox {
  const out = { x0: Infinity, x1: -Infinity, y0: Infinity, y1: -Infinity };
  for (const box of boxes) {
    out.x0 = Math.min(out.x0, box.x0);
    out.x1 = Math.max(out.x1, box.x1);
    out.y0 = Math.min(out.y0, box.y0);
    out.y1 = Math.max(out.y1, box.y1);
  }
  return out;
}

const overlaps = (a: TextBox, b: TextBox): boolean =>
  Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > OVERLAP_SLACK &&
  Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > OVERLAP_SLACK;

/**
 * Reads the tables a page's structure tree gives (`page.tagged`). `ruledCellOf` tells, for a run
 * inside a ruled table the page draws, which of its cells holds it, and undefined for a run
 * outside every ruled table.
 */
export function readTaggedTables(
  pageNumber: number,
  tables: readonly TaggedTable[],
  runs: readonly TextRun[],
  ruledCellOf: (run: TextRun) => RuledPlace | undefined,
  textBox: (run: TextRun) => TextBox,
): TaggedReading {
  const byMcid = new Map<number, TextRun[]>();
  for (const run of runs) {
    if (run.mcid === undefined) continue;
    const list = byMcid.get(run.mcid);
    if (list) list.push(run);
    else byMcid.set(run.mcid, [run]);
  }
  const reading: TaggedReading = { fragments: [], used: new Set(), warnings: [] };
  const contradicts = (why: string) =>
    reading.warnings.push(
      createWarning(
        "structure_contradicts_layout",
        `page ${pageNumber}: the structure tree's table ${why}; the table was read from the page as drawn`,
        { at: { page: pageNumber } },
      ),
    );
  for (const table of tables) {
    const cells = table.rows.map((row) =>
      row.cells.map((cell) => ({
        header: cell.header,
        runs: cell.mcids.flatMap((id) => byMcid.get(id) ?? []),
      })),
    );
    const all = cells.flat().flatMap((cell) => cell.runs);
    if (all.length === 0) continue;
    if (cells.flat().length > MAX_TAGGED_CELLS) {
      reading.warnings.push(
        createWarning(
          "structure_tree_unread",
          `page ${pageNumber}: a tagged table has more than ${MAX_TAGGED_CELLS} cells on the page; it was read from the page's geometry`,
          { at: { page: pageNumber } },
        ),
      );
      continue;
    }
    const ruled = all.filter((run) => ruledCellOf(run) !== undefined).length;
    if (ruled === all.length) {
      const disagreement = checkAgainstRuled(cells, ruledCellOf);
      if (disagreement) contradicts(disagreement);
      continue;
    }
    if (ruled > 0) {
      contradicts("runs past the ruled table the page draws");
      continue;
    }
    const built = buildTaggedFragment(table, cells, pageNumber, textBox);
    if (typeof built === "string") {
      contradicts(built);
      continue;
    }
    reading.fragments.push(built);
    for (const run of all) reading.used.add(run);
  }
  return reading;
}

/** A drawn cell of a ruled table: the table (any object that is the same for the same table) and where. */
export interface RuledPlace {
  grid: object;
  row: number;
  col: number;
  /** Drawn rows the cell spans (its text, centred, may sit below rows the tree puts after it). */
  rowSpan?: number;
}

/**
 * Where the tree's cells and the drawn cells disagree: a tree cell over two drawn cells, a
 * drawn cell shared by two tree cells, or the tree's rows and cells in other rows or another
 * order than the page draws them (one table, each row's cells in one drawn row, left to right,
 * rows top down).
 */
function checkAgainstRuled(
  cells: ReadonlyArray<ReadonlyArray<{ header: boolean; runs: TextRun[] }>>,
  ruledCellOf: (run: TextRun) => RuledPlace | undefined,
): string | undefined {
  const owner = new Map<string, number>();
  const grids = new Set<object>();
  let id = 0;
  let lastRow = -1;
  // The first drawn row a body row of the tree was placed in, and how many cells that row has.
  let firstRow: { drawn: number; cells: number } | undefined;
  for (const row of cells) {
    let drawnRow: number | undefined;
    let lastCol = -1;
    // A row whose only text here is a cell spanning drawn rows (a strategy centred in its span,
    // its text on the page after its row's) does not say where the row is.
    let spanOnly = true;
    for (const cell of row) {
      id++;
      const places = new Map<string, RuledPlace>();
      for (const run of cell.runs) {
        const place = ruledCellOf(run) as RuledPlace;
        places.set(`${place.row}/${place.col}`, place);
        grids.add(place.grid);
      }
      if (places.size > 1) return "puts text of several drawn cells in one cell";
      const [key, place] = [...places][0] ?? [];
      if (!key || !place) continue;
      if (owner.has(key)) return "splits one drawn cell between cells";
      owner.set(key, id);
      if ((drawnRow ?? place.row) !== place.row || place.col <= lastCol)
        return "has cells where the page draws other rows";
      drawnRow = place.row;
      lastCol = place.col;
      if ((place.rowSpan ?? 1) === 1) spanOnly = false;
    }
    if (drawnRow === undefined || spanOnly) continue;
    if (drawnRow < lastRow || (drawnRow === lastRow && !sharesCutTop(firstRow, drawnRow, row.length)))
      return "has rows in another order than the page draws them";
    // (The header repeated atop the page is no body row.)
    if (!row.every((cell) => cell.header)) firstRow ??= { drawn: drawnRow, cells: row.length };
    lastRow = drawnRow;
  }
  return grids.size > 1 ? "spreads over several drawn tables" : undefined;
}

/**
 * Whether a tree row may share the page's first drawn row with the tree row placed there before
 * it: the page break cut a cell spanning rows (a strategy beside its measures) in its last row,
 * so its rest and the rest of that last row lie in one drawn row on this page. The tree itself
 * says the cell spans: the row after the spanning cell's own has fewer cells (its TR has no cell
 * where the span covers it).
 */
const sharesCutTop = (
  first: { drawn: number; cells: number } | undefined,
  drawn: number,
  cells: number,
): boolean => first !== undefined && first.drawn === drawn && cells < first.cells;

/**
 * A table fragment from a tagged table without rulings, or why the tree cannot be right on this
 * page: cells that overlap, cells of a row out of left-to-right order, or a later row's cell
 * above an earlier row's in the same column.
 */
export function buildTaggedFragment(
  table: TaggedTable,
  cells: ReadonlyArray<ReadonlyArray<{ header: boolean; runs: TextRun[] }>>,
  page: number,
  textBox: (run: TextRun) => TextBox,
): TableFragment | string {
  const rows = cells.map((row) =>
    row.map((cell): PlacedCell | null =>
      cell.runs.length === 0 ? null : { ...cell, box: unionOf(cell.runs.map(textBox)) },
    ),
  );
  const placed = rows.flat().filter((cell): cell is PlacedCell => cell !== null);
  for (let i = 0; i < placed.length; i++) {
    for (let j = i + 1; j < placed.length; j++) {
      if (overlaps((placed[i] as PlacedCell).box, (placed[j] as PlacedCell).box))
        return "has cells that overlap";
    }
  }
  for (const row of rows) {
    const lefts = row.flatMap((cell) => (cell ? [cell.box.x0] : []));
    if (lefts.some((x, k) => k > 0 && x <= (lefts[k - 1] as number)))
      return "has cells of a row out of order";
  }
  const columns = placeColumns(table.columns, rows);
  if (typeof columns === "string") return columns;
  if (!rowsGoDown(rows, columns.place)) return "puts a row above the row before it";
  const rawRows: RawRow[] = rows.map((row, r) => {
    const out: RawCell[] = Array.from({ length: table.columns }, () => ({
      text: "",
      pageStart: page,
      pageEnd: page,
    }));
    for (const [k, cell] of row.entries()) {
      if (!cell) continue;
      const col = columns.place[r]?.[k] as number;
      const target = out[col] as RawCell;
      target.text = joinLines(groupLines(cell.runs), columns.rights[col] ?? cell.box.x1);
      const span = columns.spans[r]?.[k] ?? 1;
      if (span > 1) target.colSpan = span;
    }
    return { cells: out, pageStart: page, pageEnd: page };
  });
  const boxes = placed.map((cell) => cell.box);
  return {
    kind: "table",
    columns: columns.lefts,
    rows: rawRows,
    top: Math.min(...boxes.map((b) => b.y0)),
    bottom: Math.max(...boxes.map((b) => b.y1)),
    openTop: false,
    // The tree says what a row is, as rulings do.
    ruled: true,
    tagged: {
      key: `${table.columns}×${table.rowCount}`,
      rows: table.rows.map((row) => row.index),
      headerRows: table.rows.filter((row) => row.cells.every((cell) => cell.header)).map((row) => row.index),
    },
  };
}

/** In each column, every cell lies below the cells of the rows before it (its top lower down). */
function rowsGoDown(rows: ReadonlyArray<ReadonlyArray<PlacedCell | null>>, place: number[][]): boolean {
  const top = new Map<number, number>();
  for (const [r, row] of rows.entries()) {
    for (const [k, cell] of row.entries()) {
      const col = place[r]?.[k] as number;
      if (!cell) continue;
      if (cell.box.y0 < (top.get(col) ?? Number.NEGATIVE_INFINITY)) return false;
      top.set(col, cell.box.y0);
    }
  }
  return true;
}

/**
 * The column of each cell. A row with as many cells as the table's widest row has one cell per
 * column, in order; those rows give each column's extent on the page. A shorter row (a cell
 * above spans down into it, or a cell spans columns) has its cells placed by where they lie.
 */
function placeColumns(
  width: number,
  rows: ReadonlyArray<ReadonlyArray<PlacedCell | null>>,
): { place: number[][]; spans: number[][]; lefts: number[]; rights: number[] } | string {
  const extents: Array<{ x0: number; x1: number } | undefined> = Array.from(
    { length: width },
    () => undefined,
  );
  for (const row of rows) {
    if (row.length !== width) continue;
    for (const [k, cell] of row.entries()) {
      if (!cell) continue;
      const seen = extents[k];
      extents[k] = seen
        ? { x0: Math.min(seen.x0, cell.box.x0), x1: Math.max(seen.x1, cell.box.x1) }
        : { x0: cell.box.x0, x1: cell.box.x1 };
    }
  }
  const place: number[][] = [];
  const spans: number[][] = [];
  for (const row of rows) {
    const cols: number[] = [];
    const rowSpans: number[] = [];
    let previous = -1;
    for (const [k, cell] of row.entries()) {
      let col = row.length === width ? k : previous + 1;
      let span = 1;
      if (cell && row.length !== width) {
        const over = extents.flatMap((e, c) =>
          e && Math.min(e.x1, cell.box.x1) - Math.max(e.x0, cell.box.x0) > 0 ? [c] : [],
        );
        // Without a full row on the page to measure columns by, a short row's cells are the
        // last ones: a cell spanning rows is a group label on the left (the plan's strategy).
        col = over[0] ?? width - row.length + k;
        span = Math.max(1, over.length);
      }
      if (cell && col <= previous) return "has cells of a row out of order";
      if (col >= width) return "has a row wider than the table";
      cols.push(col);
      rowSpans.push(span);
      if (cell) previous = col + span - 1;
    }
    place.push(cols);
    spans.push(rowSpans);
  }
  // Left edges (to know the same table on the next page) and right edges (to tell wraps).
  const lefts: number[] = [];
  const rights: number[] = [];
  for (let c = 0; c < width; c++) {
    let left = extents[c]?.x0;
    let right = extents[c]?.x1;
    rows.forEach((row, r) => {
      row.forEach((cell, k) => {
        if (!cell || place[r]?.[k] !== c) return;
        left = Math.min(left ?? cell.box.x0, cell.box.x0);
        right = Math.max(right ?? cell.box.x1, cell.box.x1);
      });
    });
    lefts.push(left ?? lefts.at(-1) ?? 0);
    rights.push(right ?? rights.at(-1) ?? 0);
  }
  lefts.push(Math.max(...rights));
  return { place, spans, lefts, rights };
}

/**
 * Ties a tagged table's fragments on consecutive pages: the continuation gets the columns of the
 * page before (text edges move from page to page; the tree says it is the same table), and when
 * a row of the page before goes on at the top of this page (the same row of the tree), the
 * fragment is open at the top, so the row is rejoined.
 */
export function linkTaggedFragments(pages: readonly PageLayout[]): void {
  for (let p = 1; p < pages.length; p++) {
    const before = (pages[p - 1] as PageLayout).items.filter((item) => item.kind === "table").at(-1);
    const next = (pages[p] as PageLayout).items.find((item) => item.kind === "table");
    if (!before?.tagged || !next?.tagged || before.tagged.key !== next.tagged.key) continue;
    const last = before.tagged.rows.at(-1);
    next.columns = before.columns;
    const headers = new Set(next.tagged.headerRows);
    const body = next.tagged.rows.findIndex((index) => !headers.has(index));
    if (body < 0 || last === undefined) continue;
    // Rows above it with no text here (a cell spanning from the page before, drawn as a fill
    // in its row's tree node: Chromium's zebra rows) are no rows of this page.
    let runOn = body;
    while (runOn < next.rows.length && next.tagged.rows[runOn] !== last && isBlank(next.rows[runOn])) runOn++;
    if (next.tagged.rows[runOn] !== last) continue;
    next.rows.splice(body, runOn - body);
    next.tagged.rows.splice(body, runOn - body);
    next.openTop = true;
  }
}

const isBlank = (row: RawRow | undefined): boolean => row?.cells.every((cell) => !cell.text.trim()) === true;

/** The warning for pages whose structure tree could not be read, once for the document. */
export function unreadTreeWarning(pages: readonly { page: number; tagged?: unknown }[]): Warning | undefined {
  const unread = pages.filter((page) => page.tagged === "too_large" || page.tagged === "unreadable");
  const first = unread[0];
  if (!first) return undefined;
  return createWarning(
    "structure_tree_unread",
    `the structure tree of ${unread.length} page(s), from page ${first.page}, was too large or could not be read in time; their tables were read from the page's geometry`,
    { at: { page: first.page } },
  );
}
