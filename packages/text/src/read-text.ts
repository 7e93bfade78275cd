import type { RawDocument } from "@lianzheng/layout";
import { ParseError } from "@lianzheng/model";
import { assemble, cell, type LogicalLine } from "./internal/assemble.js";

// The text form of a document, as the seeds have it: markdown headings and bullets, table rows
// as tab-separated cells with HTML fragments inside, page breaks as blank lines, `--|--` scars
// and repeated header rows.

const BLANK = /^\s*$/u;
// A line of dashes, pipes, colons and tabs only: a markdown table rule or a page-break scar.
const SEPARATOR = /^[\s|:+=\-─━]*$/u;

function isSeparator(line: string): boolean {
  return line.includes("--") && SEPARATOR.test(line);
}

/** Refuses input that is not text at all: NUL characters, or nothing visible. */
export function assertText(text: string): void {
  if (text.includes("\u0000")) {
    throw new ParseError(
      "binary_input",
      "the text has NUL characters: it is a binary file; give a text or PDF file instead",
    );
  }
  if (BLANK.test(text))
    throw new ParseError("empty_input", "the text is empty: give a file with the document's text");
}

/** The lines of a text, without a byte-order mark, split at any line break. */
export function splitLines(text: string, limit?: number): string[] {
  const unmarked = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // (Most texts end their lines with \n alone: a split at a string, not at a pattern, is far faster.)
  return unmarked.includes("\r") ? unmarked.split(/\r\n|\r|\n/u, limit) : unmarked.split("\n", limit);
}

function* tabbedLines(lines: readonly string[]): Generator<LogicalLine> {
  for (const [index, line] of lines.entries()) {
    const lineNumber = index + 1;
    if (BLANK.test(line) || isSeparator(line)) yield { kind: "break" };
    else if (line.includes("\t") && !/^\s{0,3}#{1,6}\s/u.test(line)) {
      yield { kind: "row", cells: line.split("\t").map((raw) => cell(raw, lineNumber)), line: lineNumber };
    } else yield { kind: "text", text: line, line: lineNumber };
  }
}

/**
 * Reads the text form of a document into headings, paragraphs and tables (see `RawDocument`).
 *
 * - `#` lines are headings of their level; a short line numbered 壹、… or IV. is a heading of
 *   level 0. Every other line outside a table is a paragraph of its own (bullets stripped).
 * - A line with a tab is a table row; cells lose their HTML (`<p>`/`<li>` boundaries become line
 *   breaks). A table runs until a heading; blank lines, `--|--` scars and repeated header rows
 *   inside it mark page breaks, and plain lines between two rows continue the cell above.
 * - Rows are stitched by `stitchRows` (header, shifted rows, rows cut by a page break).
 *
 * Throws `ParseError` `empty_input` for text with no visible character and `binary_input` for
 * text with NUL characters.
 *
 * @example
 * readText("# Plan\n\nA\tB\n一、x\t(一) 甲\n").blocks.map((block) => block.kind)
 * // ["heading", "table"]
 */
export function readText(text: string): RawDocument {
  assertText(text);
  return assemble(tabbedLines(splitLines(text)));
}
