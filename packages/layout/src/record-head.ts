import type { RawRow } from "./types.js";

const compact = (text: string): string => text.replace(/\s+/gu, "");

/**
 * True when `row`, the first row on a new page of a table that runs on from the page before,
 * repeats a row the producer prints atop every page: the table's header (具體策略 | 執行措施 …), or
 * in a key/value report the first row of the record that continues there (序次 | 12).
 *
 * The rule: records start with the label of the table's first row (the header's first cell, or
 * 序次 in a report whose records were joined into one table). A row with that label that equals,
 * cell for cell (white space ignored), the last earlier row with it is the first row of the record
 * that continues on the page, repeated: a new record starting there differs from it in its value
 * (序次 | 13 after 序次 | 12). Rows with other labels are data, even when equal to an earlier row
 * (two records of the same strategy both have 具體策略 | 一、…).
 */
export function repeatsRecordHead(row: readonly string[], earlier: readonly RawRow[]): boolean {
  const label = compact(row[0] ?? "");
  if (!label || row.every((cell, index) => index === 0 || !compact(cell))) return false;
  if (compact(earlier[0]?.cells[0]?.text ?? "") !== label) return false;
  for (let index = earlier.length - 1; index >= 0; index--) {
    const cells = (earlier[index] as RawRow).cells;
    if (compact(cells[0]?.text ?? "") !== label) continue;
    const width = Math.max(cells.length, row.length);
    for (let column = 0; column < width; column++) {
      if (compact(cells[column]?.text ?? "") !== compact(row[column] ?? "")) return false;
    }
    return true;
  }
  return false;
}
