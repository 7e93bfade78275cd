import type { RawDocument } from "@lianzheng/layout";
import { assemble, cell, type LogicalLine } from "./internal/assemble.js";
import { assertText, splitLines } from "./read-text.js";

// Markdown: `#` headings, paragraphs, and pipe tables (`| a | b |` with a `| --- |` rule under the
// header, `\|` for a pipe inside a cell, `<br>` for a line break in a cell).

const PIPE_ROW = /^\s*\|.*\|\s*$/u;
const RULE_ROW = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/u;

/** True when a text holds a Markdown pipe table (a header row with its `| --- |` rule). */
export function hasPipeTable(text: string): boolean {
  const lines = text.split("\n", 5_000);
  // (A rule has three dashes: other lines, their leading spaces many, skip the pattern.)
  // (A loop, not a callback: one made per call loses its optimized code at each full GC.)
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? "";
    if (line.includes("---") && RULE_ROW.test(line) && PIPE_ROW.test(lines[index - 1] ?? "")) return true;
  }
  return false;
}

function splitPipes(line: string): string[] {
  const inner = line
    .trim()
    .replace(/^\|/u, "")
    .replace(/(?<!\\)\|$/u, "");
  return inner.split(/(?<!\\)\|/u).map((piece) => piece.replace(/\\\|/gu, "|"));
}

/**
 * Reads Markdown into the RawDocument every parser takes: headings and paragraphs as in the text
 * form, each pipe table a table (its rule row a break marker, `<br>` a line break in a cell).
 */
export function readMarkdown(text: string): RawDocument {
  assertText(text);
  const out: LogicalLine[] = [];
  let inTable = false;
  splitLines(text).forEach((line, index) => {
    const lineNumber = index + 1;
    if (PIPE_ROW.test(line)) {
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
    if (line.trim()) out.push({ kind: "text", text: line, line: lineNumber });
  });
  return assemble(out);
}
