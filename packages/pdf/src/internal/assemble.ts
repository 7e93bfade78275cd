import {
  type RawBlock,
  type RawDocument,
  type RawRow,
  type RawTable,
  repeatsRecordHead,
  resolveLineEndHyphens,
  stitchRows,
} from "@lianzheng/layout";
import type { Warning } from "@lianzheng/model";
import { listMarkerStyleOf } from "@lianzheng/normalize";
import { giveCutCellsBack, rejoinCutSpans, spanningAtFoot } from "./cut-rows.js";
import { giveFootCellsOn } from "./foot-cells.js";
import { classifyLineJoin, cleanLine, joinLineInto, type LineJoin } from "./lines.js";
import type { LineItem, PageItem, PageLayout, TableFragment } from "./page.js";
import { fitToColumns, pageRowFlag, repeatedHeaderRows } from "./page-rows.js";

/** Running heads and footers live in this share of the page height at the top and bottom. */
const MARGIN_ZONE = 0.12;
/** A line repeated at the same place on at least this share of the pages is a running head. */
const RUNNING_SHARE = 0.4;
/**
 * …or on this share of the pages from its first to its last, and on this many at least: one
 * document of several in a PDF (a plan, then a report) has running heads of its own.
 */
const RUNNING_SHARE_OF_SPAN = 0.6;
const MIN_RUNNING_PAGES = 3;
/** Column edges of two fragments this close (pt) are the same table's. */
const SAME_COLUMN = 3;
/** Text this much larger than the body text is a heading. */
const HEADING_RATIO = 1.12;
/** A line of prose is at least this share of the page's width wide (see bodyFontSize). */
const PROSE_LINE_SHARE = 1 / 3;
// A centred line's middle within half an em of the text area's, short of nine tenths of its width.
const CENTRED_TOLERANCE = 0.5;
const FULL_LINE_SHARE = 0.9;
const TITLE_RATIO = 1.4;
/** A bold line at body size is a heading only when it is this short. */
const MAX_BOLD_HEADING = 40;

const PAGE_NUMBER = [
  /^[-–—\s]*\d{1,4}[-–—\s]*$/u,
  /^第\s*\d{1,4}\s*頁(?:\s*[，,/／]?\s*共\s*\d{1,4}\s*頁)?$/u,
  /^(?:page\s*)?\d{1,4}\s*(?:\/|of)\s*\d{1,4}$/iu,
  /^page\s+\d{1,4}$/iu,
];

const placeKey = (line: LineItem): string => `${line.text.replace(/\d+/gu, "#")}@${Math.round(line.y / 4)}`;

function inMargin(line: LineItem, page: PageLayout): boolean {
  return line.y < page.height * MARGIN_ZONE || line.y - line.fontSize > page.height * (1 - MARGIN_ZONE);
}

/** Drops running heads, footers and page numbers: text in the margins that repeats or counts pages. */
export function removeRunningText(pages: PageLayout[]): void {
  const seen = new Map<string, Set<number>>();
  for (const page of pages) {
    for (const item of page.items) {
      if (item.kind !== "line" || !inMargin(item, page)) continue;
      const key = placeKey(item);
      seen.set(key, (seen.get(key) ?? new Set()).add(page.page));
    }
  }
  const minPages = Math.max(2, Math.ceil(RUNNING_SHARE * pages.length));
  const running = (on: Set<number> | undefined): boolean => {
    if (!on) return false;
    if (on.size >= minPages) return true;
    const span = Math.max(...on) - Math.min(...on) + 1;
    return on.size >= MIN_RUNNING_PAGES && on.size >= RUNNING_SHARE_OF_SPAN * span;
  };
  for (const page of pages) {
    page.items = page.items.filter((item) => {
      if (item.kind !== "line" || !inMargin(item, page)) return true;
      if (PAGE_NUMBER.some((pattern) => pattern.test(item.text))) return false;
      return !running(seen.get(placeKey(item)));
    });
  }
}

function modeOf(weights: Map<number, number>): number | undefined {
  let best: number | undefined;
  let bestWeight = 0;
  for (const [size, weight] of weights) if (weight > bestWeight) [best, bestWeight] = [size, weight];
  return best;
}

/** Where a page's lines and tables start and end, at the widest. */
function textArea(page: PageLayout): { left: number; right: number } {
  let left = Number.POSITIVE_INFINITY;
  let right = 0;
  for (const item of page.items) {
    const [x0, x1] = item.kind === "line" ? [item.x0, item.x1] : [item.columns[0], item.columns.at(-1)];
    left = Math.min(left, x0 ?? left);
    right = Math.max(right, x1 ?? right);
  }
  return { left, right };
}

/**
 * A line centred on the text area and short of its width: a title (a long one runs over a third
 * of the page), not prose, whose lines start at the left edge or at an indent. A browser sets a
 * face with no bold by thickening its strokes, so nothing in the font says such a title is bold.
 */
function isCentredTitle(line: LineItem, area: { left: number; right: number }): boolean {
  const off = Math.abs((line.x0 + line.x1) / 2 - (area.left + area.right) / 2);
  return (
    off <= CENTRED_TOLERANCE * line.fontSize && line.x1 - line.x0 < FULL_LINE_SHARE * (area.right - area.left)
  );
}

/**
 * The font size of body text: the commonest size of regular (not bold) lines of prose outside
 * tables, or, when there are none, the commonest size of all text. A line of prose runs over at
 * least a third of the page's width: a title's or a heading's short lines are no body text even
 * where nothing marks them bold (Type 3 fonts have no names), and a document whose prose is all
 * in its tables has its body size there.
 */
function bodyFontSize(pages: readonly PageLayout[]): number {
  const outside = new Map<number, number>();
  const all = new Map<number, number>();
  for (const page of pages) {
    for (const [size, count] of page.sizes) all.set(size, (all.get(size) ?? 0) + count);
    const area = textArea(page);
    for (const item of page.items) {
      if (item.kind !== "line" || item.bold || item.x1 - item.x0 < PROSE_LINE_SHARE * page.width) continue;
      if (isCentredTitle(item, area)) continue;
      const size = Math.round(item.fontSize * 2) / 2;
      outside.set(size, (outside.get(size) ?? 0) + item.text.length);
    }
  }
  return modeOf(outside) ?? modeOf(all) ?? 12;
}

/** Larger than body text, or bold and short at body size: a heading. */
function isHeadingLine(line: LineItem, body: number): boolean {
  return (
    line.fontSize >= HEADING_RATIO * body ||
    (line.bold && line.fontSize >= body - 0.25 && line.text.length <= MAX_BOLD_HEADING)
  );
}

const sameColumns = (a: readonly number[], b: readonly number[]): boolean =>
  a.length === b.length && a.every((x, i) => Math.abs(x - (b[i] as number)) <= SAME_COLUMN);

interface OpenTable {
  fragment: TableFragment;
  rows: RawRow[];
  pageStart: number;
  pageEnd: number;
}

interface OpenParagraph {
  /** The text as pieces (see joinLineInto). */
  parts: string[];
  first: LineItem;
  last: LineItem;
  page: number;
  heading: boolean;
  right: number;
}

/** What assembling has built so far, and the table and paragraph still open. */
interface Assembly {
  /** The body text's font size, and the right edge of the text area. */
  body: number;
  right: number;
  blocks: RawBlock[];
  warnings: Warning[];
  table: OpenTable | null;
  paragraph: OpenParagraph | null;
  lastItemWasTable: boolean;
}

/** The right edge of the text area: where the longest lines end, on any page. */
function textRight(pages: readonly PageLayout[]): number {
  let right = 0;
  for (const page of pages)
    for (const item of page.items) if (item.kind === "line") right = Math.max(right, item.x1);
  return right;
}

function closeParagraph(state: Assembly): void {
  if (!state.paragraph) return;
  const { parts, first, page, heading } = state.paragraph;
  const clean = cleanLine(parts.join("")).replace(/\n/gu, " ");
  if (heading) {
    state.blocks.push({
      kind: "heading",
      level: first.fontSize >= TITLE_RATIO * state.body ? 1 : 2,
      text: clean,
      page,
    });
  } else state.blocks.push({ kind: "paragraph", text: clean, page });
  state.paragraph = null;
}

/** Ends the open table: its rows stitched by the rules the text reader uses. */
function closeTable(state: Assembly): void {
  const { table } = state;
  if (!table) return;
  dropEmptyFoot(table.rows);
  const stitched = stitchRows(giveFootCellsOn(rejoinCutSpans(table.rows), state.warnings));
  for (const warning of stitched.warnings) state.warnings.push(warning);
  const raw: RawTable = {
    kind: "table",
    header: stitched.header,
    ...(stitched.headerRows ? { headerRows: stitched.headerRows } : {}),
    rows: stitched.rows,
    pageStart: table.pageStart,
    pageEnd: table.pageEnd,
  };
  state.blocks.push(raw);
  state.table = null;
}

/**
 * Adds a fragment's rows to the open table it continues. At a page break (`broken`), the header's
 * rows repeated atop the page, or the first row of the record that continues here (序次 | 12)
 * repeated, are dropped: the row under them is the first after the break.
 */
function continueTable(open: OpenTable, item: TableFragment, broken: boolean): void {
  // No ruling on top: the first row carries on from the page before (unless that page closed the
  // table's last row with a line along its foot, and only the clip cut this top). Otherwise the
  // stitching rules decide, as for text.
  const closedCut = broken
    ? (item.cutColumns ?? []).filter((c) => open.fragment.closedFootColumns?.includes(c))
    : [];
  const closedBefore = closedCut.length > 0;
  const headerRows = broken ? repeatedHeaderRows(open.rows, item.rows) : 0;
  const texts = (item.rows[0]?.cells ?? []).map((c) => c.text);
  const first = headerRows > 0 ? headerRows : broken && repeatsRecordHead(texts, open.rows) ? 1 : 0;
  // The page before left its last row open at the foot: the first row under the header (or the
  // record's first row) repeated here carries it on, whatever its first cell holds (a label's
  // rest, 至12月)績效目標達成情形). With nothing repeated, the row here has its own top line: a
  // table that draws no line at its foot (a row kept whole) starts a new row there.
  const ranOn = broken && open.fragment.openFoot === true && first > 0;
  let cut = broken && (item.openTop || ranOn) && !closedBefore;
  // An empty row kept at the last page's foot (readGrid) waits for cut cells here; with none, it goes.
  if (!(broken && first === 0 && item.cutColumns)) dropEmptyFoot(open.rows);
  // Known a new row: only some of its cells (spanning ones) run on from the page before.
  let newRow = false;
  item.rows.forEach((row, k) => {
    if (k < first) return;
    // Cells the page cut at its top (the fragment's first row, no repeated header above it).
    if (broken && k === 0 && item.cutColumns && closedBefore) {
      // A new row, the clip its only top; cut columns the page before left open are spans running on.
      const spans = item.cutColumns.filter((c) => !closedCut.includes(c));
      row = giveCutCellsBack(open.rows, row, spans, false);
    } else if (broken && k === 0 && item.cutColumns) {
      // A row cut at the page's foot with none of its text there was kept empty (readGrid): the
      // row here is that row, all its text set below the break. Only spanning cells move up.
      const emptyFoot = isEmptyRow(open.rows.at(-1)) && open.rows.length > 1;
      if (emptyFoot) {
        // The empty row goes; spans running on beside it (a strategy centred onto this page) take their text back.
        open.rows.pop();
        row = giveCutCellsBack(open.rows, row, spanningAtFoot(open.rows, item.cutColumns), false);
      } else row = giveCutCellsBack(open.rows, row, item.cutColumns, cut);
      newRow = emptyFoot || !cut;
      if (emptyFoot) cut = false;
    }
    // A ruled table further down the same page, its top drawn, starts with a row of its own.
    const ownRow = k === first && item.ruled === true && (closedBefore || (!broken && !item.openTop));
    const flag =
      cut && k === first
        ? { continuesPrevious: true }
        : ownRow
          ? { continuesPrevious: false as const }
          : pageRowFlag(item, k, first);
    open.rows.push({
      ...row,
      ...(k === first ? { breakBefore: true } : {}),
      ...(newRow && k === first ? { continuesPrevious: false } : flag),
    });
  });
}

const isEmptyRow = (row: RawRow | undefined): boolean =>
  row?.cells.every((cell) => !cell.text.trim()) === true;

/** Drops an empty last row: a row cut at a page's foot, kept for text the next page did not bring. */
function dropEmptyFoot(rows: RawRow[]): void {
  if (rows.length > 1 && isEmptyRow(rows.at(-1))) rows.pop();
}

/** A table fragment: the open table's continuation, or the start of a new table. */
function addTableFragment(state: Assembly, shown: TableFragment, page: number, index: number): void {
  closeParagraph(state);
  const { table } = state;
  // Atop a page, a table's grid may lack an outer column whose edge is not drawn there.
  const fitted =
    table && state.lastItemWasTable && index === 0
      ? fitToColumns(shown, table.fragment.columns, SAME_COLUMN)
      : null;
  const item = fitted ?? shown;
  // Tables with the same columns and nothing between them are one table, as in the text reader
  // (a table runs until a heading or a paragraph).
  if (table && state.lastItemWasTable && sameColumns(table.fragment.columns, item.columns)) {
    continueTable(table, item, index === 0);
    table.pageEnd = page;
    table.fragment = item;
  } else {
    closeTable(state);
    state.table = {
      fragment: item,
      rows: item.rows.map((row, k) => ({ ...row, ...pageRowFlag(item, k, 0) })),
      pageStart: page,
      pageEnd: page,
    };
  }
  state.lastItemWasTable = true;
}

const SECTION_MARKERS: ReadonlySet<string> = new Set(["financial", "roman", "chinese"]);

/** How a line joins the open paragraph: a heading wraps when close below; body text by its indent. */
function lineJoinOf(
  paragraph: OpenParagraph | null,
  item: LineItem,
  heading: boolean,
  page: number,
): LineJoin {
  if (
    !paragraph ||
    paragraph.heading !== heading ||
    Math.abs(paragraph.last.fontSize - item.fontSize) >= 0.5
  ) {
    return "break";
  }
  const { last } = paragraph;
  if (heading) {
    // A section's number (壹、, IV., 一、) starts a heading of its own, however close below the
    // title and at its size (WeasyPrint's h2 at 1.5em of 10.5 pt beside a 16 pt h1).
    if (SECTION_MARKERS.has(listMarkerStyleOf(item.text) ?? "bullet")) return "break";
    return item.y - last.y < 2 * item.fontSize && paragraph.page === page ? "wrap" : "break";
  }
  // A line indented past the one above starts a paragraph (first-line indent).
  if (item.x0 <= last.x0 + 0.5 * item.fontSize) return classifyLineJoin(last, item, paragraph.right);
  return "break";
}

/** A line of text: joined to the open paragraph, or the start of a new one. */
function addLine(state: Assembly, item: LineItem, page: number): void {
  state.lastItemWasTable = false;
  closeTable(state);
  const heading = isHeadingLine(item, state.body);
  const join = lineJoinOf(state.paragraph, item, heading, page);
  if (state.paragraph && join !== "break") {
    joinLineInto(state.paragraph.parts, item.text, join);
    state.paragraph.last = item;
  } else {
    closeParagraph(state);
    state.paragraph = { parts: [item.text], first: item, last: item, page, heading, right: state.right };
  }
}

/**
 * Joins page layouts into one RawDocument: lines become headings (by font size) and paragraphs
 * (wrapped lines rejoined, also across a page break), and a table that a page break cut is
 * joined with its continuation when nothing else stands between them and the columns line up;
 * its rows are then stitched by the rules the text reader uses (`stitchRows`): repeated header
 * rows dropped, rows cut by the break rejoined.
 */
export function assembleDocument(pages: PageLayout[]): RawDocument {
  removeRunningText(pages);
  const state: Assembly = {
    body: bodyFontSize(pages),
    right: textRight(pages),
    blocks: [],
    warnings: [],
    table: null,
    paragraph: null,
    lastItemWasTable: false,
  };
  for (const page of pages) {
    page.items.forEach((item: PageItem, index) => {
      if (item.kind === "table") addTableFragment(state, item, page.page, index);
      else addLine(state, item, page.page);
    });
  }
  closeParagraph(state);
  closeTable(state);
  return resolveLineEndHyphens({
    format: "pdf",
    blocks: state.blocks,
    pages: pages.length,
    warnings: state.warnings,
  });
}
