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
