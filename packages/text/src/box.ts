import {
  isHeaderLike,
  joinParagraph,
  markCutWords,
  type RawDocument,
  resolveLineEndHyphens,
} from "@lianzheng/layout";
import { assemble, cell, type LogicalLine } from "./internal/assemble.js";
import { isChromeLine } from "./internal/chrome.js";
import { cleanFragment } from "./internal/clean.js";
import { cutFromTheRight, cutInCjkText } from "./internal/cut-doubt.js";
import { markedCell } from "./internal/grid-rows.js";
import { runsOn } from "./internal/runs-on.js";
import { displayWidth } from "./internal/width.js";
import { assertText, splitLines } from "./read-text.js";

// Tables drawn with box-drawing characters, as the national law database prints a rule's tables:
// fixed-width cells, text hard-wrapped inside them, a page of the web view closing the box and a
// new box going on below. The characters are ruling lines, as in the PDF reader's lattice: a
// horizontal rule ends the cells it crosses; a cell a rule skips (spaces under a strategy) spans
// on into the next row.

const VERTICAL = "│┃║";
const HORIZONTAL = "─━═";
const JOINT = "┌┬┐├┼┤└┴┘┏┳┓┣╋┫┗┻┛╔╦╗╠╬╣╚╩╝╒╤╕╞╪╡╘╧╛╓╥╖╟╫╢╙╨╜┝┥┠┨┯┷┿╂";
const RULE = new RegExp(
  `^[${VERTICAL}${HORIZONTAL}${JOINT}\\s]*[${HORIZONTAL}][${VERTICAL}${HORIZONTAL}${JOINT}\\s]*$`,
  "u",
);
const SEPARATOR = new RegExp(`[${VERTICAL}${JOINT}]`, "u");
const TOP = /^[┌┏╔╒╓]/u;
const BOTTOM = /^[└┗╚╘╙]/u;
const CONTENT = new RegExp(`^[${VERTICAL}].*[${VERTICAL}]$`, "u");

/** True when a text holds a table drawn with box-drawing characters (a top-left corner and rules). */
export function hasBoxTable(text: string): boolean {
  return /[┌┏╔╒╓][─━═]+[┬┳╦╤╥]/u.test(text) && /[├┣╠╞╟][─━═]+[┼╋╬╪╫]/u.test(text);
}

function isRule(line: string): boolean {
  return RULE.test(line) && /[─━═]/u.test(line);
}

/** The pieces between separators of a rule or content line, without the outer frame. */
function pieces(line: string): string[] {
  const parts = line.split(SEPARATOR);
  return parts.slice(1, -1);
}

interface Row {
  columns: string[][];
  first: number;
  last: number;
}

type Item =
  | { kind: "row"; row: Row }
  | { kind: "break" }
  | { kind: "end" }
  | { kind: "text"; text: string; line: number };

/** What reading the lines has found so far, and the box and row open. */
interface BoxScan {
  items: Item[];
  columns: number;
  inBox: boolean;
  seenBox: boolean;
  row: Row | null;
  /** For each column, the row whose cell a span (no rule under it) continues. */
  spanOwner: Array<Row | null>;
  /** Text between two boxes, or after the last (page chrome and running heads left out): the document going on. */
  between: Array<{ text: string; line: number }>;
  /** Running heads: lines that stand between boxes at two page ends or more (see `findRunningHeads`). */
  runningHeads: ReadonlySet<string>;
}

const chromeKey = (text: string): string => text.replace(/\s+/gu, "");

// Between two boxes, a number alone on its line is the page's number (`isChromeLine` leaves bare
// numbers to the reader: in running text one may be a value).
const isBoxChrome = (line: string): boolean => isChromeLine(line) || /^\d{1,4}$/u.test(line);

/**
 * The running heads of a box text: lines (not page numbers, which `isChromeLine` knows) that stand
 * between a box's bottom rule and the next box's top rule at two junctions or more — a title
 * repeated on every page. A section heading stands between boxes once.
 */
function findRunningHeads(lines: readonly string[]): Set<string> {
  const junctions = new Map<string, number>();
  let gap: Set<string> | null = null;
  for (const raw of lines) {
    const line = raw.trim();
    if (isRule(line) && BOTTOM.test(line)) gap = new Set();
    else if (isRule(line) && TOP.test(line)) {
      for (const key of gap ?? []) junctions.set(key, (junctions.get(key) ?? 0) + 1);
      gap = null;
    } else if (gap && line && !isBoxChrome(line)) gap.add(chromeKey(line));
  }
  return new Set([...junctions].flatMap(([key, count]) => (count >= 2 ? [key] : [])));
}

function flushRow(scan: BoxScan): void {
  if (scan.row?.columns.some((lines) => lines.length > 0)) scan.items.push({ kind: "row", row: scan.row });
  scan.row = null;
}

/** The lines kept between boxes end the table and are the document's text. */
function endTableWithText(scan: BoxScan): void {
  scan.items.push({ kind: "end" });
  for (const { text, line } of scan.between) scan.items.push({ kind: "text", text, line });
}

/**
 * A box's top rule: the box before closed for a page break when only page chrome came between
 * them; any text between them (a section heading 二、…, a note) is the document's, and the table
 * before it ended there.
 */
function openBox(scan: BoxScan, line: string): void {
  if (scan.between.length > 0) endTableWithText(scan);
  else if (scan.seenBox) scan.items.push({ kind: "break" });
  scan.between = [];
  scan.columns = pieces(line).length;
  scan.spanOwner = Array.from({ length: scan.columns }, () => null);
  scan.inBox = true;
  scan.seenBox = true;
}

/** A rule inside the box: the row above ends; the box ends at its bottom rule. */
function readRule(scan: BoxScan, line: string): void {
  const current = scan.row;
  flushRow(scan);
  if (BOTTOM.test(line)) {
    scan.inBox = false;
    return;
  }
  // A piece of the rule with no horizontal line: the cell above spans on below it.
  pieces(line).forEach((piece, column) => {
    scan.spanOwner[column] = /[─━═]/u.test(piece) ? null : (scan.spanOwner[column] ?? current);
  });
}

/** A line of cells: each piece goes to its column's row, or to the row a span continues. */
function readCellLine(scan: BoxScan, line: string, lineNumber: number): void {
  const row = scan.row ?? {
    columns: Array.from({ length: scan.columns }, () => []),
    first: lineNumber,
    last: 0,
  };
  scan.row = row;
  row.last = lineNumber;
  const parts = pieces(line);
  while (parts.length > scan.columns && parts.length > 1)
    parts.splice(-2, 2, `${parts.at(-2)} ${parts.at(-1)}`);
  parts.forEach((part, column) => {
    const piece = part.trim();
    if (!piece) return;
    const owner = scan.spanOwner[column];
    (owner ?? row).columns[column]?.push(piece);
    if (owner) owner.last = lineNumber;
  });
}

function readBoxLine(scan: BoxScan, raw: string, lineNumber: number): void {
  const line = raw.trim();
  if (isRule(line) && TOP.test(line)) openBox(scan, line);
  else if (isRule(line) && scan.inBox) readRule(scan, line);
  else if (scan.inBox && CONTENT.test(line)) readCellLine(scan, line, lineNumber);
  else readTextLine(scan, raw, lineNumber);
}

/** A line outside the boxes: page chrome, or text before, between or after them. */
function readTextLine(scan: BoxScan, raw: string, lineNumber: number): void {
  const line = raw.trim();
  if (scan.inBox) {
    // Text inside an open box that is not a cell line: the box was left open; it ends here.
    flushRow(scan);
    scan.inBox = false;
  }
  if (!line || isChromeLine(line)) return;
  if (scan.seenBox && (isBoxChrome(line) || scan.runningHeads.has(chromeKey(line)))) return;
  if (scan.seenBox) scan.between.push({ text: raw, line: lineNumber });
  else scan.items.push({ kind: "text", text: raw, line: lineNumber });
}

/** How the box's producer cut words too wide for their line. */
export interface BoxTextOptions {
  /**
   * The words were cut as pandoc cuts them, from their end, the rest first (a box redrawn from
   * pandoc's ASCII tables): which breaks between two Latin letters may be cuts is known more
   * narrowly (see `cutFromTheRight`). Otherwise, as the law database: anywhere in CJK text.
   */
  wordsCutFromTheRight?: boolean;
  /**
   * A text redrawn from another (pandoc's ASCII tables, see ascii-tables.ts): each line's number
   * in `source`, so that what the reader says of a line is said of the source's own line.
   */
  lineOf?: readonly number[];
  source?: string;
}

/**
 * Reads text whose tables are drawn with box-drawing characters (the national law database's
 * rendering of a rule) into the RawDocument every parser takes. Cell lines are rejoined (no
 * space inside CJK text, a closing 。 alone on a line joins its sentence); a box that closes and
 * opens again after page chrome is a page break (stitchRows rejoins a row cut by it); running text
 * between boxes that is not followed by another box ends the table.
 */
export function readBoxText(text: string, options: BoxTextOptions = {}): RawDocument {
  assertText(text);
  const scan: BoxScan = {
    items: [],
    columns: 0,
    inBox: false,
    seenBox: false,
    row: null,
    spanOwner: [],
    between: [],
    runningHeads: new Set(),
  };
  const lines = splitLines(text);
  scan.runningHeads = findRunningHeads(lines);
  const { lineOf } = options;
  lines.forEach((raw, index) => {
    readBoxLine(scan, raw, lineOf?.[index] ?? index + 1);
  });
  flushRow(scan);
  // Text after the last box (not page chrome between two boxes) is the document going on.
  if (scan.between.length > 0) endTableWithText(scan);
  const logical = toLogicalLines(scan.items, options.wordsCutFromTheRight ?? false);
  const numbered = options.source === undefined ? lines : splitLines(options.source);
  return resolveLineEndHyphens(assemble(logical, { titleFromFirstLine: true }), numbered);
}

/**
 * A cell's lines as one text. A Latin word may be cut at the cell's width: hard, at the last
 * column (the law database), or by pandoc, its rest filling the next line. Such places are marked
 * (`markCutWords`), and joined where the document spells the word whole elsewhere.
 */
const joinCellLines = (lines: readonly string[], fromTheRight: boolean): string => {
  // (A cell is as wide as its widest line, measured before any line is joined.)
  const width = widestOf(lines);
  const joined = fromTheRight ? joinPandocCuts(lines, width) : lines;
  const marked = markCutWords(joined, fillsOrIsFilled(width), doubtfulCut(fromTheRight, width));
  return joinCutNumbers(marked).reduce(joinParagraph, "");
};

/**
 * Where pandoc cut a run of text with no space (`cutFromTheRight`) right before a word's own hyphen
 * (`de` / `-anonymization,`) or inside a number (`計3,20` / `7,480件`, `⑩1` / `2月`), the two
 * lines are one, joined with no space: no word opens with a hyphen, and a wrap between two
 * numbers is unlike CJK text. (Anywhere else the place may as well be a line break or a wrap:
 * `主辦機關：法務部(廉政署)` / `協辦機關：…`, `(ACTWG)` / `conferences.`.)
 */
function joinPandocCuts(lines: readonly string[], width: number): readonly string[] {
  let out: string[] | undefined;
  for (let i = 1; i < lines.length; i++) {
    const right = lines[i] as string;
    const left = lines[i - 1] as string;
    const inWord =
      (/^-\p{L}/u.test(right) && /[\p{L}\p{N}]$/u.test(left)) || (/^\d/u.test(right) && /\p{N}$/u.test(left));
    if (inWord && cutFromTheRight(left, right, width)) {
      out ??= lines.slice(0, i);
      out[out.length - 1] += right;
    } else out?.push(right);
  }
  return out ?? lines;
}

function widestOf(lines: readonly string[]): number {
  let widest = 0;
  for (const line of lines) widest = Math.max(widest, displayWidth(line));
  return widest;
}

/**
 * A number cut at a line's end inside CJK text (`…南區場次，10` / `7年10月…`): CJK text has no
 * spaces to wrap at, so a fixed-width cell is filled, or its text broken, wherever the width runs
 * out, numbers too (pandoc breaks between any two characters there). Where only CJK text stands
 * before the digits and the next line's digits go on into CJK text or the number's own signs, the
 * break was inside the number: the two lines are joined with no space, as their ideographs are.
 * (A list item's number opening the next line, `2.`, is no number's rest.)
 */
function joinCutNumbers(lines: readonly string[]): readonly string[] {
  let out: string[] | undefined;
  for (let i = 1; i < lines.length; i++) {
    const left = (out ? out.at(-1) : lines[i - 1]) as string;
    const right = lines[i] as string;
    // (pandoc may also set a number's first digits alone on a line: `1` / `07年度`.)
    const cutBefore = CJK_BEFORE_DIGITS.test(left) || /^\d{1,3}$/u.test(lines[i - 1] as string);
    // (… or its digits and separator, in a sentence going on: `比率達` / `81.` / `3%，…`; a
    // list item's number stands after a sentence's end.)
    const separatorAlone =
      /^\d{1,3}[,.]$/u.test(lines[i - 1] as string) && /\p{Script=Han}$/u.test(lines[i - 2] ?? "");
    // (A line cannot open with a number's separator: `11萬1` / `,872件`.)
    const separatorCut =
      (/\d$/u.test(left) && /^[,.]\d/u.test(right)) ||
      (CJK_BEFORE_NUMBER_SEPARATOR.test(left) && /^\d/u.test(right));
    if (
      (cutBefore && DIGITS_INTO_CJK.test(right)) ||
      separatorCut ||
      (separatorAlone && /^\d/u.test(right))
    ) {
      out ??= lines.slice(0, i);
      out[out.length - 1] = left + right;
    } else out?.push(right);
  }
  return out ?? lines;
}

const CJK_BEFORE_DIGITS = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]\d+$/u;
// A line ending in a number cut after its separator, in CJK text (`…共11萬1,` / `872件`).
const CJK_BEFORE_NUMBER_SEPARATOR = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]\d+[,.]$/u;
// A line opening with digits that go on into an ideograph, or a number's own signs.
const DIGITS_INTO_CJK = /^\d+(?:[\p{Script=Han}%％]|[.,]\d)/u;
const textOf = (lines: readonly string[]): string => cleanFragment(lines.reduce(joinParagraph, ""));

/** The line fills its cell (`width`), or the next line's first word does. */
function fillsOrIsFilled(width: number) {
  return (line: string, _lines: readonly string[], next: string): boolean => {
    const word = next.split(" ", 1)[0] ?? "";
    return displayWidth(line) >= width - 1 || displayWidth(word) >= width - 1;
  };
}

/**
 * A cut as likely as a wrap, in a cell `width` wide: by pandoc's rule for a box redrawn from its
 * tables (`cutFromTheRight`), else by the law database's (`cutInCjkText`).
 */
function doubtfulCut(fromTheRight: boolean, width: number) {
  return (line: string, _lines: readonly string[], next: string): boolean =>
    fromTheRight
      ? cutFromTheRight(line, next, width)
      : cutInCjkText(line, next, (text) => displayWidth(text) >= width - 1);
}

/**
 * Labels the table uses: first cells of rows that do not follow a break (those may be pieces).
 * A header repeated atop a box is part of the break: the row under it follows the break too.
 */
function tableLabels(items: readonly Item[], isRepeatedHeader: (row: Row) => boolean): Map<string, number> {
  const labels = new Map<string, number>();
  let broken = false;
  for (const item of items) {
    if (item.kind !== "row") {
      broken ||= item.kind === "break";
      continue;
    }
    if (isRepeatedHeader(item.row)) continue;
    const label = textOf(item.row.columns[0] ?? []);
    if (!broken) labels.set(label, (labels.get(label) ?? 0) + 1);
    broken = false;
  }
  return labels;
}

function* toLogicalLines(items: readonly Item[], fromTheRight: boolean): Generator<LogicalLine> {
  // The header, repeated at the top of each box: a page break, not a row that could be continued.
  const firstRow = items.find((item): item is { kind: "row"; row: Row } => item.kind === "row")?.row;
  const headerText = (row: Row): string => row.columns.map((lines) => textOf(lines)).join("\t");
  const header =
    firstRow && isHeaderLike(firstRow.columns.map((lines) => textOf(lines))) ? headerText(firstRow) : null;
  const labels = tableLabels(
    items,
    (row) => row !== firstRow && header !== null && headerText(row) === header,
  );
  let previous: Row | null = null;
  let afterBreak = false;
  for (const item of items) {
    if (item.kind !== "row") {
      afterBreak ||= item.kind === "break";
      if (item.kind !== "text") previous = item.kind === "end" ? null : previous;
      yield item;
      continue;
    }
    const { row } = item;
    if (header !== null && row !== firstRow && headerText(row) === header) {
      yield {
        kind: "row",
        cells: row.columns.map((texts) => cell(texts.join(" "), row.first, row.last)),
        line: row.first,
      };
      continue;
    }
    const continues: boolean =
      afterBreak &&
      previous !== null &&
      runsOn(previous.columns.map(textOf), row.columns.map(textOf), labels);
    yield {
      kind: "row",
      cells: row.columns.map((texts) => markedCell(joinCellLines(texts, fromTheRight), row.first, row.last)),
      line: row.first,
      lineEnd: row.last,
      ...(continues ? { continuesPrevious: true } : {}),
    };
    // What a later page end continues is the whole row, fragments joined.
    previous =
      (continues || row.columns[0]?.length === 0) && previous
        ? { ...row, columns: previous.columns.map((lines, i) => [...lines, ...(row.columns[i] ?? [])]) }
        : row;
    afterBreak = false;
  }
}
