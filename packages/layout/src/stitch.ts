import { createWarning, type Warning, type WarningCode } from "@lianzheng/model";
import { dominantListMarkerStyle, type ListMarkerStyle, listMarkerStyleOf } from "@lianzheng/normalize";
import { countHeaderRows } from "./header-rows.js";
import { joinCellContinuation } from "./join.js";
import type { RawCell, RawRow } from "./types.js";

// The table-stitching rules every reader shares. They work on rows of clean cell text and know
// nothing about the documents: which column keys a record is learned from the rows themselves.

const HEADER_CELL_MAX = 40;
const HEADER_WORDS_MAX = 6;

function compact(text: string): string {
  return text.replace(/\s+/gu, "").toLowerCase();
}

/**
 * True when a row looks like a table header: two or more cells, every one short and non-empty,
 * with no digits, no sentence punctuation and no list marker (具體策略 / Specific Strategy …).
 */
export function isHeaderLike(cells: readonly string[]): boolean {
  if (cells.length < 2) return false;
  return cells.every(isHeaderCell);
}

// A year label opens some headers (112年績效目標值): its digits do not make the cell data.
const YEAR_LABEL = /^\d{2,4}\s*年\s*度?\s*(?=\p{Script=Han})/u;

/**
 * A header cell: short and non-empty, no digits (but a leading year label), no sentence
 * punctuation, no list marker.
 */
function isHeaderCell(raw: string): boolean {
  const text = raw.trim().replace(YEAR_LABEL, "");
  return (
    text.length > 0 &&
    text.length <= HEADER_CELL_MAX &&
    text.split(/\s+/u).length <= HEADER_WORDS_MAX &&
    !/[\d。，,；;：:.!?！？、]/u.test(text) &&
    listMarkerStyleOf(text) === null
  );
}

/**
 * How many leading rows are the table's header (see `countHeaderRows`): 0, 1, or more where a
 * PDF's merged header cells (a label spanning sub-columns or reaching down) tie rows together.
 */
export function headerRowCount(rows: readonly RawRow[]): number {
  return countHeaderRows(rows, isHeaderCell);
}

/** True when a row repeats the header (ignoring spaces and case). */
export function isHeaderRow(cells: readonly string[], header: readonly string[]): boolean {
  // Asked of every row: most differ in their first cell, told before the others are compacted.
  const [first, head] = [cells[0], header[0]];
  if (first !== undefined && head !== undefined && compact(first) !== compact(head)) return false;
  const texts = cells.map(compact);
  while (texts.length > header.length && texts.at(-1) === "") texts.pop();
  return (
    texts.length === header.length && texts.every((text, index) => text === compact(header[index] ?? ""))
  );
}

/** What `stitchRows` learned about a table's columns. */
export interface ColumnProfile {
  /** Number of columns. */
  width: number;
  /**
   * The record column: the leftmost column that is not a group column. A group column (a merged
   * cell, like a strategy spanning many measures) is one that is empty, with everything left of
   * it, on some row not right after a page break whose next cell starts a numbered item.
   */
  keyColumn: number;
  /** The list-marker style most cells of each column start with. */
  styles: Array<ListMarkerStyle | null>;
}

/** Learns the width, record column and marker styles of a table from its rows. */
export function profileColumns(rows: readonly RawRow[], width?: number): ColumnProfile {
  const columns = width ?? tableWidth(rows);
  // Rows right after a break may be fragments; the others show the table's true shape.
  const settled = settledRows(rows);
  const sample = settled.length > 0 ? settled : rows;
  const styles: Array<ListMarkerStyle | null> = [];
  for (let column = 0; column < columns; column++)
    styles.push(dominantListMarkerStyle(columnTexts(sample, column)));
  // A group column (a merged cell, like a strategy spanning several measures) is empty on rows
  // that start a new numbered record in the next column; the record column is the first column
  // that is not one. Rows right after a break are ambiguous (a goal list going on with "2. …" on
  // the next page looks like a record), so they only count for the first column, and only when it
  // is numbered in a style of its own (一、 over (一)): a key/value table's label column, never
  // numbered, stays the record column.
  const isGroupColumn = (column: number): boolean =>
    someStartsRecord(sample, column, false, undefined) ||
    (column === 0 &&
      styles[0] !== null &&
      styles[0] !== styles[1] &&
      someStartsRecord(rows, 0, true, styles[1]));
  let keyColumn = 0;
  while (keyColumn < columns - 1 && isGroupColumn(keyColumn)) keyColumn++;
  return { width: columns, keyColumn, styles };
}

// (Loops at module level, not callbacks made per call, over a table's rows and cells: a callback's
// optimized code goes at each full GC, and a long-lived reader meets many.)

/** The rows not right after a break (the first always). */
function settledRows(rows: readonly RawRow[]): RawRow[] {
  const settled: RawRow[] = [];
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index] as RawRow;
    if (index === 0 || !row.breakBefore) settled.push(row);
  }
  return settled;
}

/** Each row's text in a column ("" where it has no cell there). */
function columnTexts(rows: readonly RawRow[], column: number): string[] {
  const texts: string[] = [];
  for (const row of rows) texts.push(row.cells[column]?.text ?? "");
  return texts;
}

/**
 * Some row starts a record in the column after `column` (blank up to `column`, the next cell
 * numbered); where `inStyle`, numbered in `style` (a style no cell has, if undefined). A record has
 * cells of its own after that one (a measure its goals and agencies), where an item of a cell's
 * list set as a paragraph of its own (a Word table whose cells space their paragraphs: each goal
 * `3. …` a band, the agency beside it done) has none: such rows are no proof while they outnumber
 * the rows that start records with cells after them (the next column being the last, any counts).
 */
function someStartsRecord(
  rows: readonly RawRow[],
  column: number,
  inStyle: boolean,
  style: ListMarkerStyle | null | undefined,
): boolean {
  let withCells = 0;
  let alone = 0;
  for (const row of rows) {
    if (!blankUpTo(row, column)) continue;
    const next = listMarkerStyleOf(row.cells[column + 1]?.text ?? "");
    if (next === null || (inStyle && next !== style)) continue;
    if (column + 2 >= row.cells.length || !blankCells(row.cells, column + 2, row.cells.length)) withCells++;
    else alone++;
  }
  return withCells > 0 && withCells >= alone;
}

/** Options of {@link stitchRows}. */
export interface StitchOptions {
  /**
   * The header's cell texts. Absent: the first row is taken as the header when it looks like one
   * ({@link isHeaderLike}). `null`: the table has no header.
   */
  header?: readonly string[] | null;
}

/** The rows of a table after stitching, with its header and what was repaired. */
export interface StitchResult {
  header: string[] | null;
  /** All header rows, with their spans, when the header has more than one (see `RawTable`). */
  headerRows?: RawRow[];
  rows: RawRow[];
  warnings: Warning[];
}

function emptyCell(): RawCell {
  return { text: "" };
}

function cloneRow(row: RawRow): RawRow {
  const cells: RawCell[] = [];
  for (const cell of row.cells) cells.push({ ...cell });
  return { ...row, cells };
}

function at(row: RawRow): Warning["at"] {
  const where: NonNullable<Warning["at"]> = {};
  if (row.lineStart !== undefined) where.line = row.lineStart;
  if (row.pageStart !== undefined) where.page = row.pageStart;
  return where;
}

// Repairs made by a rule that saw the evidence (a shifted row, a row split at its marker) lose
// nothing: the catalog makes them `info`.
function warn(code: WarningCode, message: string, row: RawRow): Warning {
  const where = at(row);
  return createWarning(code, message, where && Object.keys(where).length > 0 ? { at: where } : {});
}

/**
 * Most columns a table is given. A printed table has a handful; a row with thousands of cells (a
 * line of tabs) would otherwise pad every row to its width, memory growing with rows × cells.
 */
export const MAX_TABLE_COLUMNS = 64;

/**
 * The widest row's cell count; past {@link MAX_TABLE_COLUMNS}, trailing empty cells do not count
 * and the width stops at the limit (wider rows fold their surplus into the last cell, warned).
 */
export function tableWidth(rows: readonly RawRow[]): number {
  let widest = 1;
  for (const row of rows) widest = Math.max(widest, row.cells.length);
  if (widest <= MAX_TABLE_COLUMNS) return widest;
  widest = 1;
  for (const row of rows) {
    let end = row.cells.length;
    while (end > widest && !row.cells[end - 1]?.text.trim()) end--;
    widest = Math.max(widest, Math.min(end, MAX_TABLE_COLUMNS));
  }
  return widest;
}

/** Brings a row to the table's width: pads with empty cells, folds surplus text into the last cell. */
function fitWidth(row: RawRow, width: number, warnings: Warning[]): RawRow {
  const cells = row.cells.slice();
  while (cells.length > width && !cells.at(-1)?.text.trim()) cells.pop();
  if (cells.length > width) {
    const surplus = cells.splice(width - 1);
    const text = surplus
      .map((cell) => cell.text)
      .filter((value) => value.trim())
      .join("\n");
    const first = surplus[0];
    const last = surplus.at(-1);
    cells.push({
      ...first,
      text,
      ...(last?.lineEnd === undefined ? {} : { lineEnd: last.lineEnd }),
    });
    warnings.push(
      warn(
        "row_too_wide",
        `a row has ${row.cells.length} cells, the table ${width}: the extra cells were joined into the last`,
        row,
      ),
    );
  }
  while (cells.length < width) cells.push(emptyCell());
  return { ...row, cells };
}

/**
 * A row that lost its leading empty cells (its first cell is numbered like the record column, not
 * like the first column, and its last cells are empty) is shifted back under its columns.
 */
function unshiftRow(row: RawRow, profile: ColumnProfile, warnings: Warning[]): RawRow {
  const { keyColumn, styles, width } = profile;
  if (keyColumn === 0) return row;
  const first = row.cells[0]?.text ?? "";
  const style = listMarkerStyleOf(first);
  if (!style || style === styles[0] || style !== styles[keyColumn]) return row;
  const tail = row.cells.slice(width - keyColumn);
  if (tail.some((cell) => cell.text.trim())) return row;
  warnings.push(
    warn(
      "row_shifted",
      `a row started in the first column with a cell numbered like column ${keyColumn + 1}; it was moved ${keyColumn} column(s) right`,
      row,
    ),
  );
  const cells = [...Array.from({ length: keyColumn }, emptyCell), ...row.cells.slice(0, width - keyColumn)];
  return { ...row, cells };
}

function blankUpTo(row: RawRow, column: number): boolean {
  return blankCells(row.cells, 0, column + 1);
}

// No cell opens with closing punctuation: a cell line that does atop a page is the last of a cell
// above (`。` of a strategy whose sentence ran over the page end, -layout text).
const CLOSING_START = /^[、，。；：！？）」』》〉】,;:!?)]/u;

/** Cells before `column` hold nothing, or only text that ends a cell (opens with closing punctuation). */
function endsBefore(row: RawRow, column: number): boolean {
  for (let index = 0; index < column && index < row.cells.length; index++) {
    const text = row.cells[index]?.text.trim() ?? "";
    if (text && !CLOSING_START.test(text)) return false;
  }
  return true;
}

/** Cells `from` up to `to` (as far as there are) hold no visible text. */
function blankCells(cells: readonly RawCell[], from: number, to: number): boolean {
  for (let column = from; column < to && column < cells.length; column++)
    if (cells[column]?.text.trim()) return false;
  return true;
}

type Verdict = { kind: "new" } | { kind: "continues" } | { kind: "split"; line: number };

/** Does a row continue the one above it? (see `stitchRows` for the rules) */
function judgeRow(row: RawRow, profile: ColumnProfile): Verdict {
  if (row.continuesPrevious === true) return { kind: "continues" };
  if (row.continuesPrevious === false) return { kind: "new" };
  const { keyColumn, styles } = profile;
  if (blankUpTo(row, keyColumn)) return { kind: "continues" };
  const keyStyle = styles[keyColumn];
  if (!row.breakBefore || !keyStyle || !endsBefore(row, keyColumn)) return { kind: "new" };
  const lines = (row.cells[keyColumn]?.text ?? "").split("\n");
  if (listMarkerStyleOf(lines[0] ?? "") !== null) return { kind: "new" };
  const next = lines.findIndex((line, index) => index > 0 && listMarkerStyleOf(line) === keyStyle);
  return next > 0 ? { kind: "split", line: next } : { kind: "continues" };
}

function mergeInto(target: RawRow, source: RawRow): void {
  for (let column = 0; column < source.cells.length; column++) {
    const cell = source.cells[column];
    if (!cell?.text.trim()) continue;
    const into = target.cells[column];
    if (!into) continue;
    into.text = joinCellContinuation(into.text, cell.text);
    if (into.lineStart === undefined && cell.lineStart !== undefined) into.lineStart = cell.lineStart;
    if (into.pageStart === undefined && cell.pageStart !== undefined) into.pageStart = cell.pageStart;
    if (cell.lineEnd !== undefined) into.lineEnd = cell.lineEnd;
    if (cell.pageEnd !== undefined) into.pageEnd = cell.pageEnd;
  }
  if (source.lineEnd !== undefined) target.lineEnd = source.lineEnd;
  if (source.pageEnd !== undefined) target.pageEnd = source.pageEnd;
}

function finish(row: RawRow): RawRow {
  const { breakBefore: _break, continuesPrevious: _continues, ...rest } = row;
  return rest;
}

/**
 * Rejoins a table that page breaks cut apart. Reader-independent: give it rows of clean cell
 * text, with `breakBefore` on each row that follows a page break (and `continuesPrevious` where
 * the reader knows better). In order:
 *
 * 1. Header: taken from `options.header` or the first row when it looks like one (with the rows
 *    below it that merged header cells tie to it, see `headerRowCount`); every later row that
 *    repeats a header row is dropped and the row after it counts as following a break.
 * 2. Width: rows are padded to the table's width; surplus cells fold into the last one.
 * 3. Shifted rows: a row whose first cell is numbered like the record column (not like the first
 *    column) and whose last cells are empty lost its leading empty cells; it moves right.
 * 4. Continuations: a row whose cells up to the record column are all empty cannot start a
 *    record and is merged into the row above. After a break, so is a row whose record cell does
 *    not start with a list marker when that column's cells normally do (the cells before it empty,
 *    or holding only a cell's end: `。`, no cell opens with closing punctuation); when such a cell holds a
 *    numbered line further down, the text above that line continues the row above and the rest
 *    starts a new row with the other cells (warned: `row_split`).
 *
 * Merged cell text is joined by `joinCellContinuation`: a new line before a list item, else as a
 * wrapped line (no space in CJK). The flags are cleared on the rows returned.
 *
 * @example
 * stitchRows([
 *   { cells: [{ text: "A" }, { text: "B" }] },
 *   { cells: [{ text: "一、x" }, { text: "(一) 甲乙" }] },
 *   { cells: [{ text: "A" }, { text: "B" }], breakBefore: true },
 *   { cells: [{ text: "" }, { text: "丙丁" }] },
 * ]).rows.map((row) => row.cells.map((cell) => cell.text)) // [["一、x", "(一) 甲乙丙丁"]]
 */
export function stitchRows(rows: readonly RawRow[], options: StitchOptions = {}): StitchResult {
  const warnings: Warning[] = [];
  const { header, headerRows, body } = takeHeader(rows.map(cloneRow), options);
  const kept = dropBlankRows(header ? dropRepeatedHeaders(body, header, headerRows) : body);
  const width = header?.length ?? tableWidth(kept);
  const fitted: RawRow[] = [];
  for (const row of kept) fitted.push(fitWidth(row, width, warnings));
  const firstProfile = profileColumns(fitted, width);
  const unshifted: RawRow[] = [];
  let moved = false;
  for (const row of fitted) {
    const put = unshiftRow(row, firstProfile, warnings);
    // (No row moved, as in most tables: the rows are the same, and so is their profile.)
    moved ||= put !== row;
    unshifted.push(put);
  }
  const profile = moved ? profileColumns(unshifted, width) : firstProfile;
  const rowsOut = joinContinuations(
    withLabelsFromNextPage(unshifted, profile, warnings),
    profile,
    warnings,
  ).map(finish);
  return headerRows.length > 1
    ? { header, headerRows, rows: rowsOut, warnings }
    : { header, rows: rowsOut, warnings };
}

/** Step 1: the header, given or the leading rows that look like one, and the rows below it. */
function takeHeader(
  rows: RawRow[],
  options: StitchOptions,
): { header: string[] | null; headerRows: RawRow[]; body: RawRow[] } {
  if (options.header !== undefined) {
    return { header: options.header === null ? null : [...options.header], headerRows: [], body: rows };
  }
  const count = headerRowCount(rows);
  if (count === 0) return { header: null, headerRows: [], body: rows };
  return {
    header: (rows[0] as RawRow).cells.map((cell) => cell.text.trim()),
    headerRows: rows.slice(0, count).map(finish),
    body: rows.slice(count),
  };
}

/** Rows that repeat a header row are dropped; the row after them counts as following a break. */
function dropRepeatedHeaders(
  body: readonly RawRow[],
  header: string[],
  headerRows: readonly RawRow[],
): RawRow[] {
  const repeats = [header, ...headerRows.slice(1).map((row) => row.cells.map((cell) => cell.text))];
  const kept: RawRow[] = [];
  let pendingBreak = false;
  for (const row of body) {
    if (repeatsAny(cellTexts(row), repeats)) {
      pendingBreak = true;
      continue;
    }
    kept.push(pendingBreak ? { ...row, breakBefore: true } : row);
    pendingBreak = false;
  }
  return kept;
}

/** A row's cell texts. */
function cellTexts(row: RawRow): string[] {
  const texts: string[] = [];
  for (const cell of row.cells) texts.push(cell.text);
  return texts;
}

/** The texts repeat one of the header rows. */
function repeatsAny(texts: readonly string[], repeats: ReadonlyArray<readonly string[]>): boolean {
  for (const repeated of repeats) if (isHeaderRow(texts, repeated)) return true;
  return false;
}

/** Rows with no text at all carry nothing but a break, which passes to the next row. */
function dropBlankRows(body: readonly RawRow[]): RawRow[] {
  const nonBlank: RawRow[] = [];
  let carryBreak = false;
  for (const row of body) {
    if (blankCells(row.cells, 0, row.cells.length)) {
      carryBreak = true;
      continue;
    }
    nonBlank.push(carryBreak ? { ...row, breakBefore: true } : row);
    carryBreak = false;
  }
  return nonBlank;
}

/**
 * Step 3½, for key/value tables (a label, then its value): a row known to be a row (drawn with its
 * own border), its label cell empty, the last before a page break, and a labelled row right after
 * the break are one row: the label, too tall for what was left of the page, went on to the next
 * page, and the value's first lines stayed (a producer drawing a border at the break).
 */
function withLabelsFromNextPage(rows: RawRow[], profile: ColumnProfile, warnings: Warning[]): RawRow[] {
  if (profile.width !== 2) return rows;
  // The value above the break opening a list (`1. 宣導 530 場。`) makes the label column look
  // like a group column (keyColumn 1): then only a label alone after the break is taken up.
  const labelAlone = profile.keyColumn !== 0;
  const out: RawRow[] = [];
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index] as RawRow;
    const next = rows[index + 1];
    const labelBelow =
      row.continuesPrevious === false &&
      blankUpTo(row, 0) &&
      next?.breakBefore === true &&
      next.continuesPrevious === undefined &&
      !blankUpTo(next, 0) &&
      (!labelAlone || !next.cells[1]?.text.trim());
    if (!labelBelow) {
      out.push(row);
      continue;
    }
    const joined = cloneRow(row);
    mergeInto(joined, next);
    out.push(joined);
    index++;
    warnings.push(
      warn(
        "label_from_next_page",
        "a row's value began above a page break with no label, and the label came after it: read as one row",
        next,
      ),
    );
  }
  return out;
}

/** Step 4: each row starts a record, continues the one above, or is split between the two. */
function joinContinuations(rows: readonly RawRow[], profile: ColumnProfile, warnings: Warning[]): RawRow[] {
  const out: RawRow[] = [];
  for (const [index, row] of rows.entries()) {
    const previous = out.at(-1);
    if (!previous) {
      // A row the page cut at its foot, whose rest (the reader knows) brings the record cell, is no orphan.
      const next = rows[index + 1];
      const keyRunsOn = next?.continuesPrevious === true && !blankUpTo(next, profile.keyColumn);
      if (blankUpTo(row, profile.keyColumn) && !keyRunsOn) {
        warnings.push(
          warn(
            "orphan_continuation",
            "the table's first row has an empty record cell and nothing above it to continue",
            row,
          ),
        );
      }
      out.push(row);
      continue;
    }
    const verdict = judgeRow(row, profile);
    if (verdict.kind === "new") out.push(row);
    else if (verdict.kind === "continues") {
      if (!row.breakBefore && row.continuesPrevious !== true) {
        warnings.push(
          warn(
            "continuation_without_break",
            "a row with empty cells up to the record column was joined to the row above though no page break came between them",
            row,
          ),
        );
      }
      mergeInto(previous, row);
    } else out.push(splitRow(previous, row, profile.keyColumn, verdict.line, warnings));
  }
  return out;
}

/**
 * A row after a break whose record cell holds the end of the row above and then a numbered line:
 * the lines above it finish the row above, the rest (with the other cells) is returned as a new row.
 */
function splitRow(previous: RawRow, row: RawRow, key: number, line: number, warnings: Warning[]): RawRow {
  const keyCell = row.cells[key] ?? emptyCell();
  const lines = keyCell.text.split("\n");
  const head: RawRow = {
    ...row,
    cells: row.cells.map((cell, column) =>
      column === key ? { ...cell, text: lines.slice(0, line).join("\n") } : emptyCell(),
    ),
  };
  mergeInto(previous, head);
  warnings.push(
    warn(
      "row_split",
      "a row after a page break held the end of the row above and a new numbered record; the other cells were given to the new record",
      row,
    ),
  );
  return {
    ...row,
    cells: row.cells.map((cell, column) =>
      column === key ? { ...cell, text: lines.slice(line).join("\n") } : cell,
    ),
  };
}
