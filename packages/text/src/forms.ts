import type { RawDocument } from "@lianzheng/layout";
import { hasAsciiTable, redrawAsciiTables } from "./ascii-tables.js";
import { hasBoxTable, readBoxText } from "./box.js";
import { hasCellLines, readCellLines } from "./cell-lines.js";
import { foldLookalikes } from "./fold.js";
import { readLayoutText } from "./grid.js";
import { isHtml, readHtml } from "./html.js";
import { preformattedPage } from "./html-pre.js";
import { displayWidth } from "./internal/width.js";
import { hasPipeTable, isMarkdownWithHtmlTables, readMarkdown } from "./markdown.js";
import { readPlainText } from "./plain.js";
import { assertText, readText } from "./read-text.js";
import { hasSavedText, readSavedText } from "./saved-text.js";

/**
 * The shapes a document's text comes in:
 * - `tabbed`: table cells separated by tabs, as the seeds (and spreadsheets copied as text);
 * - `layout`: columns aligned with spaces (`pdftotext -layout`);
 * - `plain`: text in block order (`pdftotext` without -layout), or running text only;
 * - `box`: tables drawn with box-drawing characters (the national law database);
 * - `cell-lines`: one table cell per line, `|` lines between cells;
 * - `saved-text`: a word processor's "Save as → Text": a cell's paragraphs one per line, nothing
 *   between cells, an empty cell as an empty line;
 * - `html`: a web page with `<table>`s; `markdown`: Markdown pipe tables.
 */
export type TextForm =
  | "tabbed"
  | "layout"
  | "plain"
  | "box"
  | "cell-lines"
  | "saved-text"
  | "html"
  | "markdown";

const SAMPLE_LINES = 4_000;
const ALIGNED = /\S {2,}\S/u;
// pdftotext wraps at the page's width (under about 140 columns even on a landscape page); a text
// with longer lines keeps one paragraph per line, as the seeds do, and is read line by line.
const UNWRAPPED_LINE = 200;

/**
 * Recognises the form of a text by its content, never by a file name: markup first (HTML, box
 * drawing, Markdown pipe tables), then tabs, `|` lines, and columns aligned with spaces (a
 * share of lines with wide gaps inside them); anything else is plain text.
 *
 * @example detectTextForm("┌──┬──┐\n│甲│乙│\n├──┼──┤\n│丙│丁│\n└──┴──┘\n") // "box"
 */
export function detectTextForm(text: string): TextForm {
  if (isMarkdownWithHtmlTables(text)) return "markdown";
  if (isHtml(text)) return "html";
  if (hasBoxTable(text) || hasAsciiTable(text)) return "box";
  if (hasPipeTable(text)) return "markdown";
  const lines = linesWithText(text.split("\n", SAMPLE_LINES));
  if (countTabbed(lines) >= 3) return "tabbed";
  if (hasCellLines(text)) return "cell-lines";
  if (hasSavedText(text)) return "saved-text";
  if (countsAligned(lines, Math.max(5, lines.length * 0.15))) return "layout";
  if (lines.some((line) => displayWidth(line) > UNWRAPPED_LINE)) return "tabbed";
  return "plain";
}

// (Loops, not callbacks: a callback made per call loses its optimized code at each full GC.)

/** The lines with visible text. */
function linesWithText(lines: readonly string[]): string[] {
  const kept: string[] = [];
  for (const line of lines) if (line.trim()) kept.push(line);
  return kept;
}

/** How many lines hold a tab. */
function countTabbed(lines: readonly string[]): number {
  let count = 0;
  for (const line of lines) if (line.includes("\t")) count++;
  return count;
}

/**
 * At least `needed` lines with columns aligned with spaces (counted until there are enough: a
 * long text's sample is thousands of lines). (A gap between two visible characters is inside the
 * trimmed line: no trimmed copy needed.)
 */
function countsAligned(lines: readonly string[], needed: number): boolean {
  let aligned = 0;
  for (const line of lines) {
    if (ALIGNED.test(line) || TIGHT_CJK.test(line) || INDENTED.test(line)) aligned++;
    if (aligned >= needed) return true;
  }
  return false;
}

// Columns of CJK text one space apart, twice on a line (a browser's PDF through pdftotext
// -layout): words of two characters or more on both sides, so letter-spaced text is not one.
const CJK_WORD_GAP = "[\\p{Script=Han}，。、；：）」』]{2} [(（「『]?\\p{Script=Han}{2}";
const TIGHT_CJK = new RegExp(`${CJK_WORD_GAP}.*${CJK_WORD_GAP}`, "u");
// A line set in from the margin by six spaces or more: a cell's next line under its column (a
// key/value table whose labels fill their column, the value one space after the label's first
// line, `績效目標 1. 完成…` / `          廉政會報…`). pdftotext without -layout indents no line, and a
// paragraph's first line is set in by two (two ideographic spaces, folded one for one). (A label
// column narrower than three characters, its value lines set in by five, is not taken: read as
// -layout it reads records wrong unwarned, while as plain text it fails saying so.)
const INDENTED = /^ {6,}\S/u;

const READERS: Record<TextForm, (text: string) => RawDocument> = {
  tabbed: readText,
  layout: readLayoutText,
  plain: readPlainText,
  // (pandoc's grid and multiline tables are redrawn as box tables first.)
  box: (text) => {
    if (!hasAsciiTable(text)) return readBoxText(text);
    const redrawn = redrawAsciiTables(text);
    return readBoxText(redrawn.text, { wordsCutFromTheRight: true, lineOf: redrawn.lineOf, source: text });
  },
  "cell-lines": readCellLines,
  "saved-text": readSavedText,
  html: readHtml,
  markdown: readMarkdown,
};

/** A text read in the form it was recognised in. */
export interface TextReading {
  form: TextForm;
  document: RawDocument;
}

/**
 * Reads a text in whatever form it comes (see `TextForm`, recognised by `detectTextForm`) into
 * the RawDocument every parser takes. Look-alike characters are folded first (`foldLookalikes`),
 * so a text whose layer carries Kangxi radicals or full-width digits reads as any other. Throws `ParseError` `empty_input` or `binary_input` for
 * text that is not a document.
 */
export function readAnyText(text: string): TextReading {
  assertText(text);
  const folded = foldLookalikes(text);
  const form = detectTextForm(folded);
  // A web page whose table is box-drawn text in a <pre>: that text is read, as a box table.
  const preformatted = form === "html" ? preformattedPage(folded) : null;
  if (preformatted !== null) return { form, document: readBoxText(preformatted) };
  return { form, document: READERS[form](folded) };
}
