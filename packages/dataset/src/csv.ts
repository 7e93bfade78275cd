import type { Cell, Table } from "./tables.js";

// Excel reads a CSV as the system code page (Big5 on Taiwanese Windows) unless it starts with a
// UTF-8 byte-order mark; with it, Chinese opens readable.
const BOM = "\uFEFF";
const NEEDS_QUOTES = /[",\r\n]/;

// A spreadsheet runs a cell that starts with one of these as a formula (`=HYPERLINK(…)`, `@SUM(…)`,
// `-2+3`; tab and CR too, OWASP's list): text cells get a leading ' so it shows as text instead.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One field as RFC 4180 wants it: quoted when it holds a quote, comma or line break; a text cell
 * that a spreadsheet would run as a formula is prefixed with `'` (OWASP's CSV injection guard).
 * Numbers are written as numbers: a negative number is data, not a formula.
 */
export function formatCsvField(cell: Cell): string {
  if (cell === null) return "";
  let text = typeof cell === "number" ? numberText(cell) : cell;
  if (typeof cell === "string" && FORMULA_START.test(cell)) text = `'${cell}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

// Integers as integers, others in the shortest form that reads back to the same double.
function numberText(value: number): string {
  return Number.isFinite(value) ? String(value) : "";
}

/**
 * A table as RFC 4180 CSV text: UTF-8 with a byte-order mark, CRLF line ends, one header row
 * with the column names, then one line per row.
 */
export function formatCsv(table: Table): string {
  const lines = [table.columns.map((column) => formatCsvField(column.name)).join(",")];
  for (const row of table.rows) {
    lines.push(table.columns.map((column) => formatCsvField(row[column.name] ?? null)).join(","));
  }
  return `${BOM}${lines.join("\r\n")}\r\n`;
}
