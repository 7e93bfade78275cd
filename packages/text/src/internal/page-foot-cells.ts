import { joinCellContinuation, type RawRow } from "@lianzheng/layout";
import { parseListMarker } from "@lianzheng/normalize";
import { type Band, isHeaderLine } from "./grid-lines.js";
import { endsSentence, endsWithMarker } from "./runs-on.js";
import { isRecordHead } from "./tight-rows.js";

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
  const labels = keyValueLabels(bands, rows);
  // (A key/value table's fragment is a value alone: nothing in its label column.)
  const before = labels ? 0 : keyColumn;
  for (let index = 1; index < bands.length; index++) {
    const band = bands[index] as Band;
    const row = rows[index];
    if (!row || band.pageBreak || band.lines.length === 0 || !onlyRightOf(row, before)) continue;
    const next = nextPageRow(bands, index, rows, labels);
    const target = next === null ? undefined : rows[next];
    if (!target) continue;
    if (labels && labelAtop(target, rows, index, labels)) {
      if (giveValue(row, target)) moved.add(index);
      continue;
    }
    if (!opensRecord(target, keyColumn) || !fillsEmptyCells(row, target)) continue;
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
function nextPageRow(
  bands: readonly Band[],
  index: number,
  rows: readonly RawRow[],
  labels: KeyValueLabels | null,
): number | null {
  let pageEnd = false;
  for (let next = index + 1; next < bands.length; next++) {
    const band = bands[next] as Band;
    pageEnd ||= band.pageBreak;
    // (A key/value table's record head repeated atop the page, `序次  7`, passed over too.)
    const head =
      pageEnd &&
      labels !== null &&
      isRecordHead(
        rows[next]?.cells.map((cell) => cell.text),
        labels.head,
      );
    if (band.lines.length > 0 && !isHeaderLine(band.firstText) && !head) return pageEnd ? next : null;
  }
  return null;
}

// A key/value table's row split at a page end the same way (WeasyPrint, a report's record): the
// value's text stays at the page's foot after a blank line, its label alone atop the next page
// (`107年` / `績效目` / `標值`, after `序次  7` repeated), with no value beside it.

/** A key/value table's labels (first cells, how many rows use each) and its first label (序次). */
interface KeyValueLabels {
  head: string;
  counts: Map<string, number>;
}

const compact = (text: string): string => text.replace(/\s+/gu, "");

function keyValueLabels(bands: readonly Band[], rows: readonly RawRow[]): KeyValueLabels | null {
  if ((rows[0]?.cells.length ?? 0) !== 2) return null;
  const counts = new Map<string, number>();
  for (const [index, row] of rows.entries()) {
    const label = compact(row.cells[0]?.text ?? "");
    if (label && !bands[index]?.pageBreak) counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const head = compact(rows.find((row) => row.cells[0]?.text)?.cells[0]?.text ?? "");
  return head ? { head, counts } : null;
}

/**
 * A label atop the next page that the table uses in other records, and not the tail of the label
 * above the page's foot (the two joined make no label the table uses).
 */
function labelAtop(target: RawRow, rows: readonly RawRow[], index: number, labels: KeyValueLabels): boolean {
  const label = compact(target.cells[0]?.text ?? "");
  if (!label || (labels.counts.get(label) ?? 0) < 2) return false;
  let above = index - 1;
  while (above > 0 && !rows[above]?.cells[0]?.text) above--;
  const joined = `${compact(rows[above]?.cells[0]?.text ?? "")}${label}`;
  return !labels.counts.has(joined);
}

/**
 * The value at the page's foot given to the label atop the next page: where that label has no
 * value of its own, or the value at the foot stops mid-sentence (or after a list marker) and the
 * label's value goes on from it (`…5月11日假刑事` / `警察局中部打擊犯罪中心…`). A foot value that
 * ends its sentence beside a label with a value of its own stays with the row above.
 */
function giveValue(foot: RawRow, target: RawRow): boolean {
  const text = foot.cells[1]?.text ?? "";
  const cell = target.cells[1];
  if (!cell) return false;
  if (cell.text && endsSentence(text) && !endsWithMarker(text)) return false;
  target.cells[1] = { ...cell, text: joinCellContinuation(text, cell.text) };
  return true;
}

const opensRecord = (row: RawRow, keyColumn: number): boolean =>
  parseListMarker(row.cells[keyColumn]?.text ?? "")?.number != null;

/** Every column the fragment writes is empty in the row. */
function fillsEmptyCells(fragment: RawRow, row: RawRow): boolean {
  for (let column = 0; column < fragment.cells.length; column++)
    if (fragment.cells[column]?.text && (row.cells[column]?.text ?? "x")) return false;
  return true;
}
