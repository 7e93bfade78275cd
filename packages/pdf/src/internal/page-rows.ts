import { headerRowCount, isHeaderRow, type RawCell, type RawRow } from "@lianzheng/layout";
import type { TableFragment } from "./page.js";

const texts = (row: RawRow | undefined): string[] => row?.cells.map((cell) => cell.text) ?? [];

/**
 * How many leading rows of a table's continuation on a new page repeat the table's header rows
 * (the producer prints the header again on every page): those rows are no body rows.
 */
export function repeatedHeaderRows(table: readonly RawRow[], continuation: readonly RawRow[]): number {
  const header = headerRowCount(table);
  let count = 0;
  while (count < header && isHeaderRow(texts(continuation[count]), texts(table[count]))) count++;
  return count;
}

/**
 * What the reader knows of a row below the first body row of a page: in a ruled table it is a
 * row, since the page draws its border, so it never continues the row above, even with its
 * leading cells empty (under a merged cell spanning rows, or in an empty leading column).
 * Continuing a row is for the first row after a page break, and for text that lost its
 * breaks. Rows of a table drawn with white space only are left to `stitchRows`.
 */
export function pageRowFlag(
  fragment: TableFragment,
  index: number,
  firstBodyRow: number,
): { continuesPrevious?: false } {
  return fragment.ruled === true && index > firstBodyRow ? { continuesPrevious: false } : {};
}

/**
 * A ruled fragment whose column edges are some of the table's, in order and side by side,
 * widened to the table's columns with empty cells where the others are; null when its edges are
 * not the table's. A table drawn with inner borders only has no line at its outer edge, so on a
 * page where a cell in its first or last column spans every row (a strategy beside its measures)
 * the page's grid ends at that column's inner line: the column is there, its cell running on.
 */
export function fitToColumns(
  fragment: TableFragment,
  columns: readonly number[],
  near: number,
): TableFragment | null {
  const own = fragment.columns;
  if (fragment.ruled !== true || own.length < 2 || own.length >= columns.length) return null;
  const offset = columns.findIndex((x) => Math.abs(x - (own[0] as number)) <= near);
  if (offset < 0 || offset + own.length > columns.length) return null;
  if (!own.every((x, i) => Math.abs(x - (columns[offset + i] as number)) <= near)) return null;
  const after = columns.length - offset - own.length;
  const blank = (row: RawRow, count: number): RawCell[] =>
    Array.from({ length: count }, () => ({
      text: "",
      ...(row.pageStart === undefined ? {} : { pageStart: row.pageStart }),
      ...(row.pageEnd === undefined ? {} : { pageEnd: row.pageEnd }),
    }));
  const shift = (list: number[] | undefined) => list?.map((column) => column + offset);
  const cutColumns = shift(fragment.cutColumns);
  const closedFootColumns = shift(fragment.closedFootColumns);
  return {
    ...fragment,
    columns: [...columns],
    rows: fragment.rows.map((row) => ({
      ...row,
      cells: [...blank(row, offset), ...row.cells, ...blank(row, after)],
    })),
    ...(cutColumns ? { cutColumns } : {}),
    ...(closedFootColumns ? { closedFootColumns } : {}),
  };
}
