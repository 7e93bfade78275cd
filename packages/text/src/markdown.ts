import type { RawCell, RawDocument } from "@lianzheng/layout";
import { readHtml } from "./html.js";
import { assemble, cell, type LogicalLine } from "./internal/assemble.js";
import { assertText, splitLines } from "./read-text.js";

// Markdown: `#` headings, paragraphs, and pipe tables (`| a | b |` with a `| --- |` rule under the
// header, `\|` for a pipe inside a cell, `<br>` for a line break in a cell). As in GitHub's
// Markdown, the pipes at a row's ends may be left out (`a | b` over `--- | ---`): such a table is
// its header, the rule of as many cells under it, and the lines with a pipe up to a blank one.

const PIPE_ROW = /^\s*\|.*\|\s*$/u;
const RULE_ROW = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/u;
const HAS_PIPE = /(?<!\\)\|/u;

/** A header row with no pipes at its ends: a pipe inside it, and a rule of as many cells under it. */
function opensBareTable(line: string, next: string): boolean {
  return (
    HAS_PIPE.test(line) &&
    next.includes("---") &&
    RULE_ROW.test(next) &&
    splitPipes(line).length === splitPipes(next).length
  );
}

/** True when a text holds a Markdown pipe table (a header row with its `| --- |` rule). */
export function hasPipeTable(text: string): boolean {
  const lines = text.split("\n", 5_000);
  // (A rule has three dashes: other lines, their leading spaces many, skip the pattern.)
  // (A loop, not a callback: one made per call loses its optimized code at each full GC.)
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? "";
    if (!line.includes("---") || !RULE_ROW.test(line)) continue;
    const header = lines[index - 1] ?? "";
    if (PIPE_ROW.test(header) || opensBareTable(header, line)) return true;
  }
  return false;
}

function splitPipes(line: string): string[] {
  const inner = line
    .trim()
    .replace(/^\|/u, "")
    .replace(/(?<!\\)\|$/u, "");
  return inner.split(/(?<!\\)\|/u).map((piece) => piece.replace(ESCAPED_PUNCTUATION, "$1"));
}

// A backslash before ASCII punctuation escapes it (CommonMark): pandoc's and GitHub's Markdown
// write `1\.` and `\(1\)` so that a cell's list marker is not read as a list; the text is `1.`.
const ESCAPED_PUNCTUATION = /\\([!-/:-@[-`{-~])/gu;

/**
 * Reads Markdown into the RawDocument every parser takes: headings and paragraphs as in the text
 * form, each pipe table a table (its rule row a break marker, `<br>` a line break in a cell).
 */
export function readMarkdown(text: string): RawDocument {
  assertText(text);
  const out: LogicalLine[] = [];
  let inTable = false;
  // Inside a table opened by a header without end pipes, every line with a pipe is a row.
  let bare = false;
  const lines = splitLines(text);
  let htmlTableEnd = -1;
  lines.forEach((line, index) => {
    const lineNumber = index + 1;
    if (index <= htmlTableEnd) return;
    if (HTML_TABLE_START.test(line)) {
      htmlTableEnd = htmlTableLines(lines, index, out);
      return;
    }
    if (!inTable && opensBareTable(line, lines[index + 1] ?? "")) bare = true;
    if (PIPE_ROW.test(line) || (bare && HAS_PIPE.test(line) && line.trim())) {
      inTable = true;
      if (RULE_ROW.test(line)) return;
      out.push({
        kind: "row",
        cells: splitPipes(line).map((raw) => cell(raw, lineNumber)),
        line: lineNumber,
      });
      return;
    }
    if (inTable) out.push({ kind: "end" });
    inTable = false;
    bare = false;
    // (An escaped `#` opening a line stays escaped: undone, the line would read as a heading.)
    const plain = /^\s*\\#/u.test(line) ? line : line.replace(ESCAPED_PUNCTUATION, "$1");
    if (line.trim()) out.push({ kind: "text", text: plain, line: lineNumber });
  });
  return assemble(out);
}

// An HTML table inside Markdown (Markdown has no cell spanning rows: pandoc's GitHub Markdown
// keeps such a table as HTML), read by the HTML reader.
const HTML_TABLE_START = /^\s*<table[\s>]/iu;

/** The HTML table starting at line `from` (0-based) read into `out`; the index of its last line. */
function htmlTableLines(lines: readonly string[], from: number, out: LogicalLine[]): number {
  let end = from;
  while (end < lines.length - 1 && !/<\/table>/iu.test(lines[end] ?? "")) end++;
  const shift = (raw: RawCell): RawCell => ({
    ...raw,
    ...(raw.lineStart === undefined ? {} : { lineStart: raw.lineStart + from }),
    ...(raw.lineEnd === undefined ? {} : { lineEnd: raw.lineEnd + from }),
  });
  for (const block of readHtml(lines.slice(from, end + 1).join("\n")).blocks) {
    if (block.kind !== "table") continue;
    if (block.header)
      out.push({ kind: "row", cells: block.header.map((text) => cell(text, from + 1)), line: from + 1 });
    for (const row of block.rows) {
      const cells = row.cells.map(shift);
      out.push({ kind: "row", cells, line: cells[0]?.lineStart ?? from + 1 });
    }
    out.push({ kind: "end" });
  }
  return end;
}

/**
 * True when a text is Markdown holding HTML tables (`#` headings, no HTML page around them): read
 * as Markdown, its tables by the HTML reader.
 */
export function isMarkdownWithHtmlTables(text: string): boolean {
  // (Every text's form is asked: the plain search first, no pattern over a long text without one.)
  if (!text.includes("<table") && !text.includes("<TABLE")) return false;
  const head = text.slice(0, 4_000).toLowerCase();
  if (/<(!doctype html|html|body)[\s>]/u.test(head)) return false;
  return /^\s*<table[\s>]/imu.test(text) && /^#{1,6} \S/mu.test(text);
}
