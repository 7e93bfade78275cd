import { joinCellContinuation, profileColumns, type RawCell, type RawRow } from "@lianzheng/layout";
import { createWarning, type Warning } from "@lianzheng/model";
import { parseListMarker } from "@lianzheng/normalize";

// A row a page break cuts, its cells laid out apart (WeasyPrint, rows free to break, a cell's
// paragraph kept whole by its orphans): a short cell (a one-line goal, an agency) fits at the
// page's foot, while the row's taller cells (its measure) go whole to the next page, which opens
// with that row, the short cell's column empty. Read as a row of its own, the short cell was
// joined to the row above (a second goal for the wrong measure, with a warning there only) and
// its own row lost it. The text reader's rule for the same print (page-foot-cells.ts of
// @lianzheng/text), on the PDF's rows. Cells set in the middle of their row (`vertical-align:
// middle`) give the same: a tall goal list starts at the foot (1.), its measure and the rest of
// the list (2.) centred on the next page.

/**
 * Gives each such cell to the row that opens the next page: the last row before a page break,
 * with text in no column up to the record column (and none of a span from above there), only in
 * columns that the first row after the break — a new record, its record cell opening a numbered
 * item — leaves empty, or where its list goes on (the foot's last item 1., the next page's first
 * 2., in one style). One row results, with an info warning (`cell_from_page_before`) at the page
 * of the foot. A two-column (key/value) table's value begun at the foot under no label, its label
 * alone atop the next page, is marked a row, for `stitchRows` to join with that label. The rows
 * given are not changed.
 */
export function giveFootCellsOn(rows: readonly RawRow[], warnings: Warning[]): RawRow[] {
  const { keyColumn: key, width } = profileColumns(rows);
  const out: RawRow[] = [];
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index] as RawRow;
    const next = rows[index + 1];
    // A key/value table's value begun at the foot, its label (taller) alone atop the next page:
    // a row of its own, which the stitching rules join with the label (label_from_next_page).
    if (width === 2 && index > 0 && next?.breakBefore === true && isLabelBelow(row, next)) {
      out.push({ ...row, continuesPrevious: false });
      continue;
    }
    if (
      index === 0 ||
      next?.breakBefore !== true ||
      !onlyRightOf(row, key) ||
      spannedFromAbove(rows, index, key) ||
      !opensRecord(next, key) ||
      !runsOnInto(row, next)
    ) {
      out.push(row);
      continue;
    }
    out.push(joinFoot(row, next));
    index++;
    const page = row.pageStart ?? row.pageEnd;
    warnings.push(
      createWarning(
        "cell_from_page_before",
        `${page === undefined ? "a page's" : `page ${page}'s`} foot: text alone in columns the row atop the next page leaves empty, or where it goes on with the list's next item (a row the producer split at the page end, its record cell on the next page), was read as that row's`,
        page === undefined ? {} : { at: { page } },
      ),
    );
  }
  return out;
}

/** The next page's row with the foot's cells in its empty columns, starting where the foot does. */
function joinFoot(foot: RawRow, next: RawRow): RawRow {
  const cells = next.cells.map((cell, column): RawCell => {
    const from = foot.cells[column];
    if (!from?.text.trim()) return cell;
    const text = cell.text.trim() ? joinCellContinuation(from.text, cell.text) : from.text;
    const pageEnd = cell.pageEnd ?? from.pageEnd;
    return { ...from, text, ...(pageEnd === undefined ? {} : { pageEnd }) };
  });
  // A row of its own (its record cell opens an item), whatever the page's top showed of it.
  const { continuesPrevious: _continues, ...rest } = next;
  return {
    ...rest,
    cells,
    ...(foot.pageStart === undefined ? {} : { pageStart: foot.pageStart }),
  };
}

/** The row has text, none of it up to the record column. */
function onlyRightOf(row: RawRow, key: number): boolean {
  let some = false;
  for (let column = 0; column < row.cells.length; column++) {
    const text = row.cells[column]?.text.trim() ?? "";
    if (text && column <= key) return false;
    some ||= text !== "";
  }
  return some;
}

/** A cell above spans down over this row's record cell (a ruled table's merged measure). */
function spannedFromAbove(rows: readonly RawRow[], index: number, key: number): boolean {
  for (let above = 0; above < index; above++) {
    const span = rows[above]?.cells[key]?.rowSpan ?? 1;
    if (above + span > index) return true;
  }
  return false;
}

/** A value with no label, and after the break a label with no value (and no flag of the reader's). */
const isLabelBelow = (row: RawRow, next: RawRow): boolean =>
  row.continuesPrevious === undefined &&
  next.continuesPrevious === undefined &&
  !row.cells[0]?.text.trim() &&
  Boolean(row.cells[1]?.text.trim()) &&
  Boolean(next.cells[0]?.text.trim()) &&
  !next.cells[1]?.text.trim();

const opensRecord = (row: RawRow, key: number): boolean =>
  parseListMarker(row.cells[key]?.text ?? "")?.number != null;

/** Every column the foot writes is empty in the row, or its list goes on there. */
function runsOnInto(foot: RawRow, row: RawRow): boolean {
  for (let column = 0; column < foot.cells.length; column++) {
    const text = foot.cells[column]?.text.trim() ?? "";
    const there = row.cells[column]?.text.trim() ?? "x";
    if (text && there && !continuesList(text, there)) return false;
  }
  return true;
}

/** `after` opens the item that follows the last item `before` opens (1. … then 2. …). */
function continuesList(before: string, after: string): boolean {
  const next = parseListMarker(after);
  if (next?.number == null) return false;
  const lines = before.split("\n");
  for (let index = lines.length - 1; index >= 0; index--) {
    const last = parseListMarker(lines[index] ?? "");
    if (last?.number != null) return last.style === next.style && last.number + 1 === next.number;
  }
  return false;
}
