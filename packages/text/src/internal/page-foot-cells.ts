import type { RawRow } from "@lianzheng/layout";
import { parseListMarker } from "@lianzheng/normalize";
import { type Band, isHeaderLine } from "./grid-lines.js";

// A row a page end splits, its cells laid out apart (WeasyPrint, rows allowed to break): a short
// cell's text may stay at the foot of the page before, after a blank line, while the rest of the
// row starts on the next page (`辦理 147 件。` alone under row (十六), then `(十七) 強化…` atop the
// next page with that column empty). Joined to the row above, it gave that row a second target and
// left its own row none, with no warning.

/**
 * The bands that are such a cell, each given to the row that opens the next page: a band with no
 * text up to the record column, the last of its page, its text only in columns that the next
 * page's first row — a new record, its record cell opening an item — leaves empty. Those rows'
 * cells are written in place; the bands' indices are returned, to be passed over.
 */
export function cellsFromPageFoot(
  bands: readonly Band[],
  rows: readonly RawRow[],
  keyColumn: number,
): Set<number> {
  const moved = new Set<number>();
  for (let index = 1; index < bands.length; index++) {
    const band = bands[index] as Band;
    const row = rows[index];
    if (!row || band.pageBreak || band.lines.length === 0 || !onlyRightOf(row, keyColumn)) continue;
    const next = nextPageRow(bands, index);
    const target = next === null ? undefined : rows[next];
    if (!target || !opensRecord(target, keyColumn) || !fillsEmptyCells(row, target)) continue;
    for (let column = 0; column < row.cells.length; column++) {
      const text = row.cells[column]?.text ?? "";
      const cell = target.cells[column];
      if (text && cell) target.cells[column] = { ...cell, text };
    }
    moved.add(index);
  }
  return moved;
}

/** The row has text, none of it up to the record column. */
function onlyRightOf(row: RawRow, keyColumn: number): boolean {
  let some = false;
  for (let column = 0; column < row.cells.length; column++) {
    const text = row.cells[column]?.text ?? "";
    if (text && column <= keyColumn) return false;
    some ||= text !== "";
  }
  return some;
}

/**
 * The first row after `index` (the header a page repeats passed over), if a page ends before it
 * (else null: the band is not its page's last).
 */
function nextPageRow(bands: readonly Band[], index: number): number | null {
  let pageEnd = false;
  for (let next = index + 1; next < bands.length; next++) {
    const band = bands[next] as Band;
    pageEnd ||= band.pageBreak;
    if (band.lines.length > 0 && !isHeaderLine(band.firstText)) return pageEnd ? next : null;
  }
  return null;
}

const opensRecord = (row: RawRow, keyColumn: number): boolean =>
  parseListMarker(row.cells[keyColumn]?.text ?? "")?.number != null;

/** Every column the fragment writes is empty in the row. */
function fillsEmptyCells(fragment: RawRow, row: RawRow): boolean {
  for (let column = 0; column < fragment.cells.length; column++)
    if (fragment.cells[column]?.text && (row.cells[column]?.text ?? "x")) return false;
  return true;
}
