import { isHeaderLike, type RawDocument, resolveLineEndHyphens } from "@lianzheng/layout";
import { createWarning, type Warning } from "@lianzheng/model";
import { assemble, isBareHeading, type LogicalLine } from "./internal/assemble.js";
import { findChrome } from "./internal/chrome.js";
import { cleanFragment } from "./internal/clean.js";
import {
  compactText,
  headerLabels,
  isHeaderLine,
  labelTopsAbove,
  pieceSpans,
  place,
  type RegionLine,
  SURROGATE,
  sameCompactText,
  segments,
  unitedSpanStarts,
} from "./internal/grid-lines.js";
import { doubtfulTightTable, type TightDoubt, tableLines } from "./internal/grid-table.js";
import { headerBlockKey } from "./internal/header-block.js";
import { largeTypeText } from "./internal/large-type.js";
import { proseLines } from "./internal/prose.js";
import { headingBeforeRepeatedHeader, indentOf } from "./internal/table-heading.js";
import { joinedHeaderLabels } from "./internal/tight-header.js";
import { displayWidth } from "./internal/width.js";
import { assertText, splitLines } from "./read-text.js";

// Monospace text laid out in columns, as `pdftotext -layout` writes it: a page is a grid of
// characters, a table's columns are the vertical runs of blank grid columns between its text
// (the "stream" idea of the PDF reader's unruled tables, on characters instead of points).
// pdftotext counts every character as one column; text aligned by eye in an editor counts CJK
// characters as two (East Asian Width). Both are tried; the one whose gutters are clean wins.

const SENTENCE_PUNCTUATION = /[。；;!?！？]/u;
/** A line's characters by code point, as `[...line]` has them (the line itself when that is the same). */
const codePoints = (line: string): ArrayLike<string> => (SURROGATE.test(line) ? [...line] : line);

/** A label (short, at the margin) and a value far to its right: a key/value table's row. */
function keyValueStart(line: string): number | null {
  const match = /^( {0,4})(\S.{0,20}?) {2,}(\S)/u.exec(line);
  if (!match || SENTENCE_PUNCTUATION.test(match[2] ?? "")) return null;
  return [...line.slice(0, (match.index ?? 0) + match[0].length - 1)].length;
}

/** How many columns a header line names (see `headerLabels`). */
function headerColumns(line: string): number {
  return headerLabels(segments(line)).length;
}

/**
 * Where a table starts: a header line (or the line above it that holds the top of a label set
 * beside it: see `centredLabelAbove`), or a label/value line whose value column repeats below.
 */
function startsTable(lines: readonly string[], at: number): { columns: number; headerAt: number } | null {
  const line = lines[at] ?? "";
  if (isHeaderLine(line)) {
    const own = headerColumns(line) + joinedHeaderLabels(line, lines, at + 1);
    const below = lines[at + 1];
    const block = below !== undefined && isHeaderLine(below) ? unitedLabelColumns(line, below) : 0;
    return { columns: Math.max(own, block), headerAt: at };
  }
  const header = lines[at + 1] ?? "";
  if (isHeaderLine(header) && centredLabelAbove(line, header, lines[at + 2] ?? ""))
    return { columns: headerColumns(header) + 1, headerAt: at + 1 };
  if (isHeaderLine(header) && labelTopsAbove(line, header))
    return { columns: headerColumns(header) + joinedHeaderLabels(header, lines, at + 2), headerAt: at + 1 };
  const valueAt = keyValueStart(line);
  if (valueAt === null || valueAt < 6) return null;
  let aligned = 0;
  for (let next = at + 1; next < Math.min(lines.length, at + 40); next++) {
    const chars = codePoints(lines[next] ?? "");
    if (
      chars[valueAt] !== undefined &&
      chars[valueAt] !== " " &&
      chars[valueAt - 1] === " " &&
      chars[valueAt - 2] === " "
    )
      aligned++;
  }
  return aligned >= 3 ? { columns: 2, headerAt: at } : null;
}

/**
 * A header label wrapped over two lines and centred in its row (wkhtmltopdf): its top half on the
 * line above the header line, its bottom half on the line below, both clear of the header's labels
 * (`具體` / `執行措施  績效目標  辦理機關` / `策略`). One more column, the line above part of the table.
 */
function centredLabelAbove(above: string, header: string, below: string): boolean {
  const top = pieceSpans(above);
  const bottom = pieceSpans(below);
  const labels = pieceSpans(header);
  if (
    top.length !== 1 ||
    bottom.length !== 1 ||
    !isHeaderLike([above.trim() + below.trim(), ...segments(header)])
  )
    return false;
  const clear = (span: Span): boolean =>
    labels.every((label) => span.end < label.start || span.start > label.end);
  return clear(top[0] as Span) && clear(bottom[0] as Span);
}

interface Span {
  start: number;
  end: number;
}

/**
 * The columns a header of two label lines names: its labels' spans on both lines, those that
 * overlap taken as one column. Labels wrapped and set to the bottom of their cells leave the first
 * line short of the first column (`        Enforcement  Performance` / `Specific Strategy  Measure
 * Goal`: pdftotext of a Word-style table).
 */
function unitedLabelColumns(top: string, bottom: string): number {
  return unitedSpanStarts([...pieceSpans(top), ...pieceSpans(bottom)]).length;
}

/** The nearest line of text above a line (blank lines and page chrome skipped), or null. */
function lineAbove(lines: readonly string[], chrome: readonly boolean[], index: number): string | null {
  for (let above = index - 1; above >= 0; above--)
    if (!chrome[above] && (lines[above] ?? "").trim()) return lines[above] ?? null;
  return null;
}

/**
 * The lines less the blank columns every line of text has at its left (`pdftotext -layout
 * -fixed 3` keeps the page's margin): a heading at the margin is then at column 0 as in any
 * `-layout` text, and nothing else moves relative to anything.
 */
function withoutLeftMargin(plain: string[], chrome: readonly boolean[]): string[] {
  let margin = Number.POSITIVE_INFINITY;
  for (let index = 0; index < plain.length && margin !== 0; index++) {
    if (chrome[index]) continue;
    const indent = (plain[index] ?? "").search(/\S/u);
    if (indent >= 0 && indent < margin) margin = indent;
  }
  if (!Number.isFinite(margin) || margin === 0) return plain;
  return plain.map((line) => line.slice(margin));
}

// A section heading ends a table: 肆、… / IV. … at the margin, one piece of text.
const HEADING_START = /^\s{0,4}([壹貳贰參叁参肆伍陸陆柒捌玖拾]|[IVX]{1,5}\.)/u;

function endsTable(line: string): boolean {
  return (
    HEADING_START.test(line) && !/\S {2,}\S/u.test(line.trim()) && isBareHeading(cleanFragment(line.trim()))
  );
}

/** The lines of a text with what `findChrome` found on them. */
interface PagedLines {
  plain: readonly string[];
  chrome: readonly boolean[];
  pageBreakBefore: readonly boolean[];
  /** Per line, its `firstVisible` unit (the same in `plain` as in the text: see findChrome). */
  firsts: Int32Array;
}

/**
 * The lines of the table that starts at line `from` (its header line at `headerAt`): up to a section heading (肆、…), or up to the
 * heading of a next table whose header repeats below it (`beforeHeading`), or the text's end.
 * `next` is the first line after them.
 */
function readRegion(
  { plain, chrome, pageBreakBefore, firsts }: PagedLines,
  from: number,
  headerAt: number,
): { region: RegionLine[]; next: number; beforeHeading: boolean } {
  const first = plain[headerAt] ?? "";
  const header = isHeaderLine(first) ? compactText(first) : null;
  // (Its wrapped labels too, read when a line like it is met: see header-block.ts.)
  let headerKey: string | null = null;
  const wrappedHeaderAgain = (index: number): boolean => {
    headerKey ??= headerBlockKey(plain, headerAt);
    return headerBlockKey(plain, index) === headerKey;
  };
  const tableHeading = lineAbove(plain, chrome, from);
  const region: RegionLine[] = [];
  let pageBreak = false;
  for (let index = from; index < plain.length; index++) {
    const current = plain[index] ?? "";
    pageBreak ||= pageBreakBefore[index] === true;
    if (chrome[index]) continue;
    if (endsTable(current)) return { region, next: index, beforeHeading: false };
    // (A -layout line opens with a long run of spaces: passed over once, by findChrome.)
    const visible = firsts[index] ?? -1;
    // The header again, under a heading: the next table starts at the heading.
    const heading =
      index > headerAt &&
      header !== null &&
      (sameCompactText(current, header, visible) ||
        (visible === header.charCodeAt(0) && isHeaderLine(current) && wrappedHeaderAgain(index)))
        ? headingBeforeRepeatedHeader(region, pageBreak, indentOf(current), tableHeading)
        : 0;
    if (heading > 0) {
      const next = region[region.length - heading]?.placed?.index ?? index;
      return { region: region.slice(0, -heading), next, beforeHeading: true };
    }
    region.push({ placed: visible !== -1 ? place(current, index) : null, pageBreak });
    pageBreak = false;
  }
  return { region, next: plain.length, beforeHeading: false };
}

/** The lines without form feeds (`feeds`: per line, whether it holds one). */
function withoutFormFeeds(lines: readonly string[], feeds: readonly boolean[]): string[] {
  const plain: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? "";
    plain.push(feeds[index] ? line.replace(/\f/gu, "") : line);
  }
  return plain;
}

/** The widest line's display width (-Infinity for none). */
function widestLine(plain: readonly string[]): number {
  // (A loop, not Math.max(...widths): a text of a hundred thousand lines would overflow the stack.
  // A line no longer than half the widest is not measured: no character is more than two wide.)
  let widest = Number.NEGATIVE_INFINITY;
  for (const line of plain)
    widest = line.length * 2 <= widest ? widest : Math.max(widest, displayWidth(line));
  return widest;
}

/** What reading a -layout text's tables left in doubt, line by line (see the warnings). */
interface LayoutDoubts {
  ambiguous: number[];
  fromPageFoot: number[];
  tightTables: TightDoubt[];
  centredTops: number[];
}

/** The warnings of a -layout text's doubts. */
function layoutWarnings(doubts: LayoutDoubts): Warning[] {
  const warnings: Warning[] = [];
  // Two cells one space apart, with more than one space where the gap could be (English text
  // set tight): the first was taken; said, never hidden.
  for (const line of doubts.ambiguous)
    warnings.push(
      createWarning(
        "column_gap_ambiguous",
        `line ${line}: in this pdftotext -layout text two cells stand one space apart and the gap between them could be at more than one space; the likeliest by how the cells wrap was taken (a word may sit in the wrong column); for this table, give the PDF itself`,
        { at: { line } },
      ),
    );
  for (const line of doubts.fromPageFoot)
    warnings.push(
      createWarning(
        "cell_from_page_before",
        `line ${line}: text alone at a page's foot, in columns the row atop the next page leaves empty (a row the producer split at the page end), was read as that row's`,
        { at: { line } },
      ),
    );
  for (const { line, tight, lines, overfull, ambiguous } of doubts.tightTables)
    warnings.push(
      createWarning(
        "column_gap_ambiguous",
        `the table at line ${line}: this pdftotext -layout text sets its cells one space apart on ${tight} of its ${lines} lines (as a browser's PDF gives it: Chromium's, its rows with no blank line between them); read by its columns' widths and where its records start, ${overfull} lines still hold more than their columns do and ${ambiguous} could be cut more than one way: its columns and rows may be misread; give the PDF itself`,
        { at: { line } },
      ),
    );
  for (const line of doubts.centredTops)
    warnings.push(
      createWarning(
        "centred_row_start_uncertain",
        `line ${line}: this table's cells are centred in their rows, set with no blank line between them (a browser's PDF without borders); atop this page, beside no record item, a cell's text opens a new paragraph here: it may end the row the page goes on with, or begin the next row (a cell taller than its record item starts above it); read as the row above's`,
        { at: { line } },
      ),
    );
  return warnings;
}

/**
 * Reads monospace text laid out in columns (`pdftotext -layout`, text aligned with spaces) into
 * the RawDocument every parser takes. Page chrome (page numbers, running heads, form feeds) is
 * dropped and marks page breaks; a table starts at a header line (具體策略  執行措施 …) or at a
 * label/value line whose values line up below (序次  1), and runs until a section heading; its
 * columns are the blank runs of the grid (see the module comment), its rows the bands of lines
 * between blank lines; outside tables, lines wrapped at the margin are joined.
 */
export function readLayoutText(text: string): RawDocument {
  assertText(text);
  const lines = splitLines(text);
  const { chrome, pageBreakBefore, feeds, firsts } = findChrome(lines);
  const plain = withoutLeftMargin(withoutFormFeeds(lines, feeds), chrome);
  const margin = widestLine(plain);
  const out: LogicalLine[] = [];
  const doubts: LayoutDoubts = { ambiguous: [], fromPageFoot: [], tightTables: [], centredTops: [] };
  let prose: Array<{ text: string; index: number }> = [];
  const flushProse = (): void => {
    out.push(...proseLines(prose, margin));
    prose = [];
  };
  let index = 0;
  while (index < plain.length) {
    const line = plain[index] ?? "";
    if (chrome[index]) {
      index++;
      continue;
    }
    // A title set large on a fine grid (-fixed 3) spreads its words like a header's: text.
    const large = largeTypeText(line, plain, index + 1);
    const table = large === null ? startsTable(plain, index) : null;
    if (large !== null) {
      prose.push({ text: large, index });
      index++;
      continue;
    }
    if (!table) {
      if (firsts[index] !== -1) prose.push({ text: line, index });
      else flushProse();
      index++;
      continue;
    }
    flushProse();
    const read = readRegion({ plain, chrome, pageBreakBefore, firsts }, index, table.headerAt);
    const region = read.region;
    index = read.next;
    tableLines(region, table.columns, out, doubts.fromPageFoot, doubts.centredTops);
    // A table that ends where the next one's heading starts: the heading is text, not a row.
    if (read.beforeHeading) out.push({ kind: "end" });
    for (const entry of region) if (entry.placed?.ambiguous) doubts.ambiguous.push(entry.placed.index + 1);
    const doubt = doubtfulTightTable(region);
    if (doubt) doubts.tightTables.push(doubt);
  }
  flushProse();
  const doc = assemble(out, { titleFromFirstLine: true });
  doc.warnings.push(...layoutWarnings(doubts));
  // Words a typesetter hyphenated at a cell's line end (TeX: `dis-` / `posal`), as the PDF reader decides them.
  return resolveLineEndHyphens(doc, lines);
}
