import { headerRowCount, isHeaderRow, type RawRow } from "@lianzheng/layout";
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
