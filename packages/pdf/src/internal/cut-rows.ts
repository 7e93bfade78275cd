import { joinCellContinuation, profileColumns, type RawRow, startsNewItem } from "@lianzheng/layout";

/**
 * Gives the text of a cut spanning cell back to the cell it belongs to. A group column (a
 * strategy spanning its measures' rows) whose cells normally start with a list marker (一、 二、)
 * holds, in some row, text that starts none: the rest of the spanning cell above it, cut off
 * where the producer drew the cell closed (WeasyPrint and Word close a cut cell at the page's
 * foot and open a new one under the repeated header; WeasyPrint lets a tall spanning cell run out
 * of the table's frame). That happens
 * - on the first row after a page break, and
 * - on a row that holds nothing else (its record cell and the cells right of it are empty).
 * The text is appended to the last cell above with text in that column (the spanning cell), and
 * the row keeps its other cells: a new record under the same group when its record cell starts a
 * list item, else (empty, or going on mid-item) the stitching rules join it to the row above.
 * Group columns with no marker style (agency names) are never touched: there nothing tells a
 * cut cell from a new group.
 */
export function rejoinCutSpans(rows: readonly RawRow[]): RawRow[] {
  const profile = profileColumns(rows);
  const key = profile.keyColumn;
  if (key === 0) return [...rows];
  const out: RawRow[] = [];
  rows.forEach((row, index) => {
    const rest = row.cells.slice(key).every((cell) => !cell.text.trim());
    if (index === 0 || !(row.breakBefore || rest)) {
      out.push(row);
      return;
    }
    const cells = row.cells.map((cell) => ({ ...cell }));
    for (let column = 0; column < key; column++) {
      const text = cells[column]?.text.trim() ?? "";
      if (!text || !profile.styles[column] || startsNewItem(text)) continue;
      const at = out.findLastIndex((earlier) => earlier.cells[column]?.text.trim());
      const owner = out[at];
      const cell = owner?.cells[column];
      if (!owner || !cell) continue;
      // A new row object: the rows given are not changed.
      out[at] = {
        ...owner,
        cells: owner.cells.map((c, k) =>
          k === column ? { ...cell, text: joinCellContinuation(cell.text, text) } : c,
        ),
      };
      (cells[column] as { text: string }).text = "";
    }
    if (cells.every((cell) => !cell.text.trim()) && !row.breakBefore) return;
    out.push({ ...row, cells });
  });
  return out;
}

/**
 * Of `columns`, those where the table's last row shows a span running on: its cell there is
 * covered by a cell spanning down from above, or spans itself. A row cut at the page's foot with
 * none of its text there (kept empty, then dropped) leaves those spans' cut cells to go back up.
 */
export function spanningAtFoot(rows: readonly RawRow[], columns: readonly number[]): number[] {
  const last = rows.length - 1;
  if (last < 0) return [];
  return columns.filter(
    (column) => isCovered(rows, last, column) || (rows[last]?.cells[column]?.rowSpan ?? 1) > 1,
  );
}

/** Whether the cell of `rows[index]` in `column` is covered by a cell above spanning down to it. */
function isCovered(rows: readonly RawRow[], index: number, column: number): boolean {
  for (let above = index - 1; above >= 0; above--) {
    if ((rows[above]?.cells[column]?.rowSpan ?? 1) > index - above) return true;
  }
  return false;
}

/**
 * Gives the text of cells the page cut at their top (`columns`, of a continuation's first row)
 * to the cells they continue: the cell showing in that column at the foot of the page before,
 * which for a spanning cell (a strategy over its measures) is the span's first cell, not the
 * empty cell it covers in the last row. A producer that centres a spanning cell's text sets it
 * where the span's middle falls, on the next page; the span itself starts above the break.
 * With `wholeRow` (the row itself runs on: stitching joins it), only text under a span moves.
 * Returns the row with the moved cells emptied; `rows` (the table so far) gets the text.
 */
export function giveCutCellsBack(
  rows: RawRow[],
  first: RawRow,
  columns: readonly number[],
  wholeRow: boolean,
): RawRow {
  const last = rows.length - 1;
  if (last < 0) return first;
  const cells = first.cells.map((cell) => ({ ...cell }));
  for (const column of columns) {
    const cell = cells[column];
    if (!cell?.text.trim()) continue;
    let at = last;
    while (at > 0 && isCovered(rows, at, column)) at--;
    if (wholeRow && at === last) continue;
    const owner = rows[at];
    const target = owner?.cells[column];
    if (!owner || !target) continue;
    // The span's rows: those above the break, and its rows here (less the one joined to the last).
    const span = last - at + 1 + (cell.rowSpan ?? 1) - (wholeRow ? 1 : 0);
    rows[at] = {
      ...owner,
      cells: owner.cells.map((c, k) =>
        k === column
          ? {
              ...target,
              text: joinCellContinuation(target.text, cell.text),
              ...(span > 1 ? { rowSpan: span } : {}),
              ...(cell.pageEnd === undefined ? {} : { pageEnd: cell.pageEnd }),
            }
          : c,
      ),
    };
    const { rowSpan: _, ...rest } = cell;
    cells[column] = { ...rest, text: "" };
  }
  return { ...first, cells };
}
