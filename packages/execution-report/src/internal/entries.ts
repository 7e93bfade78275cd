import type { RawBlock, RawCell, RawDocument } from "@lianzheng/layout";
import { classifyLabel, looksLikeLabel } from "./labels.js";
import { parseNumber } from "./normalize.js";
import { joinValue } from "./value-text.js";

/** Where a piece of the input sits: 1-based lines (text input) and pages (PDF input). */
export interface Span {
  lineStart?: number;
  lineEnd?: number;
  pageStart?: number;
  pageEnd?: number;
}

/** One label and its value, with every continuation that followed it folded in. */
export interface Entry extends Span {
  label: string;
  /** The value's pieces in order: the cell text, then each continuation. */
  parts: string[];
}

/** A piece of text outside any labelled row (the report's heading lines). */
export interface Loose extends Span {
  text: string;
}

/** A record's head (序次 N) that came as a paragraph inside its own record's value. */
export interface RepeatedHead extends Span {
  seq: number;
}

export interface Entries {
  /** Text before the first label: the approval line and the title. */
  preamble: Loose[];
  entries: Entry[];
  /** Record heads repeated as paragraphs inside their record, left out of its value. */
  repeatedHeads: RepeatedHead[];
}

/**
 * Flattens a RawDocument into label/value entries. A table row whose first cell is a label starts
 * an entry; a row with an empty first cell, a paragraph, or a heading after the first label
 * continues the value above it (page breaks split values that way). Page-break scars are the
 * reader's to remove (the raw-document contract), so none is looked for here.
 */
export function collectEntries(doc: RawDocument): Entries {
  const preamble: Loose[] = [];
  const entries: Entry[] = [];
  const repeatedHeads: RepeatedHead[] = [];

  const extend = (text: string, span: Span): void => {
    const last = entries.at(-1);
    if (!last) {
      if (text.trim() !== "") preamble.push({ text, ...span });
      return;
    }
    if (text.trim() === "") return;
    last.parts.push(text);
    if (span.lineEnd !== undefined) last.lineEnd = span.lineEnd;
    if (span.pageEnd !== undefined) last.pageEnd = span.pageEnd;
  };

  const addRow = (cells: RawCell[], span: Span): void => {
    const texts = cells.map((cell) => cell.text.trim());
    if (texts.every((text) => text === "")) return;
    const [first = "", ...rest] = texts;
    const value = rest.filter((text) => text !== "").join("\n");
    if (first !== "" && looksLikeLabel(first)) {
      entries.push({ label: first, parts: value === "" ? [] : [value], ...span });
    } else {
      extend(texts.filter((text) => text !== "").join("\n"), span);
    }
  };

  for (const block of doc.blocks) visit(block);
  return { preamble, entries, repeatedHeads };

  function visit(block: RawBlock): void {
    switch (block.kind) {
      case "table": {
        // A reader may take a record's first row (序次 | 1) for a header: it is data here.
        if (block.header && looksLikeLabel(block.header[0] ?? "")) {
          addRow(
            block.header.map((text) => ({ text })),
            spanOf({ lineStart: block.lineStart, pageStart: block.pageStart }),
          );
        }
        for (const row of block.rows) addRow(row.cells, spanOf(row));
        return;
      }
      case "paragraph":
      case "heading": {
        const span = spanOf({ lineStart: block.line, pageStart: block.page });
        const seq = headOfRecord(block.text);
        // A record running on over a page whose producer repeats its head there (序次 | N), when
        // the reader took that page's text for paragraphs: the head is no part of the value.
        if (seq !== null && seq === seqOf(entries)) repeatedHeads.push({ seq, ...span });
        else extend(block.text, span);
        return;
      }
    }
  }
}

function spanOf(from: {
  lineStart?: number | undefined;
  lineEnd?: number | undefined;
  pageStart?: number | undefined;
  pageEnd?: number | undefined;
}): Span {
  const span: Span = {};
  if (from.lineStart !== undefined) span.lineStart = from.lineStart;
  const lineEnd = from.lineEnd ?? from.lineStart;
  if (lineEnd !== undefined) span.lineEnd = lineEnd;
  if (from.pageStart !== undefined) span.pageStart = from.pageStart;
  const pageEnd = from.pageEnd ?? from.pageStart;
  if (pageEnd !== undefined) span.pageEnd = pageEnd;
  return span;
}

/** The number of a paragraph that is a record's head alone (`序次 44`, `序號：7`), else null. */
function headOfRecord(text: string): number | null {
  const head = /^\s*(\S+?)\s*[:：]?\s*(\d+)\s*$/u.exec(text);
  if (!head || classifyLabel(head[1] ?? "").kind !== "seq") return null;
  return parseNumber(head[2] ?? "");
}

/** The 序次 of the record the entries so far end in, if it has a readable one. */
function seqOf(entries: readonly Entry[]): number | null {
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i] as Entry;
    if (classifyLabel(entry.label).kind === "seq") return parseNumber(joinValue(entry.parts));
  }
  return null;
}
