import type { RawDocument } from "@lianzheng/layout";
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
  // Inside a table opened by a header without end pipes, every line with a pipe is a row.
  let bare = false;
  const lines = splitLines(text);
  lines.forEach((line, index) => {
    const lineNumber = index + 1;
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
    if (line.trim()) out.push({ kind: "text", text: line, line: lineNumber });
  });
  return assemble(out);
}
