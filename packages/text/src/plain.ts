import { isHeaderLike, joinParagraph, type RawDocument } from "@lianzheng/layout";
import { createWarning, type Warning } from "@lianzheng/model";
import { parseListMarker } from "@lianzheng/normalize";
import { assemble, cell, isBareHeading, type LogicalLine } from "./internal/assemble.js";
import { blockOrderDoubts, type ValueBlock } from "./internal/block-order-check.js";
import { findChrome } from "./internal/chrome.js";
import { cleanFragment } from "./internal/clean.js";
import { type HyphenRepair, restoreHyphens } from "./internal/hyphens.js";
import { proseLines } from "./internal/prose.js";
import { displayWidth } from "./internal/width.js";
import { assertText, splitLines } from "./read-text.js";

// Text in block order, as `pdftotext` without -layout writes it: each cell of a table is a block
// of its own, separated by blank lines. A label/value table survives (label block, value block,
// …): it is read. A table of several columns does not (the cells of a row come column after
// column and interleave when they wrap): it is reported, never guessed.

interface Block {
  text: string;
  first: number;
  last: number;
  lines: string[];
}

const LABEL_MAX = 30;
const SENTENCE_END = /[。；;！？!?]$/u;

function blocksOf(lines: readonly string[], chrome: readonly boolean[]): Block[] {
  const blocks: Block[] = [];
  let open: Block | null = null;
  lines.forEach((raw, index) => {
    const line = raw.replace(/\f/gu, "").trim();
    if (chrome[index]) return;
    if (!line) {
      open = null;
      return;
    }
    if (!open) {
      open = { text: "", first: index + 1, last: index + 1, lines: [] };
      blocks.push(open);
    }
    open.text = joinParagraph(open.text, line);
    open.last = index + 1;
    open.lines.push(line);
  });
  return blocks;
}

/** A block of `lines` from 1-based line `first` on. */
const blockOf = (lines: string[], first: number): Block => ({
  text: lines.reduce(joinParagraph, ""),
  first,
  last: first + lines.length - 1,
  lines,
});

/** A block that can be a label: short, one phrase, no sentence end, not numbered, not a number. */
function isLabel(text: string): boolean {
  const clean = cleanFragment(text);
  return (
    clean.length > 0 &&
    clean.length <= LABEL_MAX &&
    !SENTENCE_END.test(clean) &&
    !/^\d+$/u.test(clean) &&
    parseListMarker(clean) === null
  );
}

/** The record key of a label/value table: a label followed by a bare number, twice or more. */
function recordKey(blocks: readonly Block[]): string | null {
  const counts = new Map<string, number>();
  blocks.forEach((block, index) => {
    const next = blocks[index + 1];
    if (next && isLabel(block.text) && /^\d{1,4}$/u.test(next.text.trim()))
      counts.set(block.text, (counts.get(block.text) ?? 0) + 1);
  });
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best && best[1] >= 2 ? best[0] : null;
}

/** Splits blocks whose last line is the record key (a label set right under other text). */
function splitAtKey(blocks: Block[], key: string): void {
  for (let index = blocks.length - 1; index >= 0; index--) {
    const block = blocks[index];
    if (!block || block.lines.length < 2 || block.lines.at(-1) !== key) continue;
    const head = block.lines.slice(0, -1);
    blocks.splice(
      index,
      1,
      { text: head.reduce(joinParagraph, ""), first: block.first, last: block.last - 1, lines: head },
      { text: key, first: block.last, last: block.last, lines: [key] },
    );
  }
}

/** A block that can be a header cell: short words, no digits or punctuation (a wrapped cell too). */
function isHeaderCell(lines: readonly string[]): boolean {
  const text = cleanFragment(lines.reduce(joinParagraph, ""));
  return lines.length <= 3 && isHeaderLike([text, "x"]);
}

/**
 * Where a multi-column table's header stands stacked, one cell per block, three cells or more
 * (the first may close a block of running text: no blank line between a heading and the table).
 */
function stackedHeader(blocks: readonly Block[]): number {
  for (let index = 0; index + 2 < blocks.length; index++) {
    const first = blocks[index];
    if (!first) continue;
    const opens = [1, 2].some((tail) => tail <= first.lines.length && isHeaderCell(first.lines.slice(-tail)));
    if (!opens) continue;
    let run = 1;
    while (index + run < blocks.length && isHeaderCell(blocks[index + run]?.lines ?? [])) run++;
    if (run >= 3) return index;
  }
  return -1;
}

/**
 * Where a table's header stands stacked one cell per line (pdftotext set no blank line between
 * the cells): the 1-based line opening a run of three header-like lines or more, three of which
 * stand in another such run (the header repeated on every page), or -1. Page chrome counts (a
 * header repeated atop every page is found as a running head too); a list of names stays text.
 */
function stackedHeaderLine(lines: readonly string[]): number {
  const runs: Array<{ line: number; cells: Set<string> }> = [];
  let run: { line: number; cells: string[] } | null = null;
  const close = (): void => {
    if (run && run.cells.length >= 3) runs.push({ line: run.line, cells: new Set(run.cells) });
    run = null;
  };
  lines.forEach((raw, index) => {
    const line = raw.replace(/\f/gu, "").trim();
    if (!line) return;
    if (!isHeaderCell([line])) close();
    else if (run) run.cells.push(line);
    else run = { line: index + 1, cells: [line] };
  });
  close();
  const found = runs.find((one) =>
    runs.some((other) => other !== one && [...one.cells].filter((cell) => other.cells.has(cell)).length >= 3),
  );
  return found ? found.line : -1;
}

/**
 * A header line's cells: three or more CJK words one space apart, each a header cell of two to
 * eight characters. CJK text puts no space between the words of a sentence, so such a line is a
 * row of cells; Latin words one space apart could be any line (an agency's name), and are not.
 */
function inlineHeaderCells(line: string): string[] | null {
  const cells = line.split(/\s+/u);
  const words = cells.every((cell) => /^\p{Script=Han}{2,8}$/u.test(cell));
  return cells.length >= 3 && words && isHeaderLike(cells) ? cells : null;
}

/**
 * Where a table's header stands on one line, its cells one space apart, and again further on (atop
 * each page): `pdftotext -raw`, or text copied from a PDF viewer, sets a page's text in the order
 * it was drawn, with no blank line between cells. The rows below come one cell line after another,
 * their columns lost as under a stacked header. The 1-based line of its first copy, or -1.
 */
function inlineHeaderLine(lines: readonly string[]): number {
  // A running head (the title atop each page) is no header: a line some page opens with is none.
  const pageTops = new Set<string>();
  let pageTop = true;
  for (const raw of lines) {
    if (raw.includes("\f")) pageTop = true;
    const line = raw.replace(/\f/gu, "").trim();
    if (!line) continue;
    if (pageTop) pageTops.add(line);
    pageTop = false;
  }
  return firstRepeated(lines, (line) =>
    pageTops.has(line) || inlineHeaderCells(line) === null ? null : line,
  );
}

/**
 * The 1-based line where the first thing `keyOf` finds on two lines or more first stands, or -1.
 * `keyOf` gets each non-empty line, form feeds out and trimmed.
 */
function firstRepeated(lines: readonly string[], keyOf: (line: string) => string | null): number {
  const copies = new Map<string, { first: number; count: number }>();
  for (const [index, raw] of lines.entries()) {
    const line = raw.replace(/\f/gu, "").trim();
    const key = line ? keyOf(line) : null;
    if (key === null) continue;
    const seen = copies.get(key) ?? { first: index + 1, count: 0 };
    seen.count++;
    copies.set(key, seen);
  }
  const repeated = [...copies.values()].filter(({ count }) => count >= 2).map(({ first }) => first);
  return repeated.length > 0 ? Math.min(...repeated) : -1;
}

// A record's key and its number on one line (`序次 1`): a label/value table in drawing order.
const KEY_BESIDE_NUMBER = /^(?<label>\S{1,12})\s+\d{1,4}$/u;

/**
 * Where a label/value table stands with each label and its value run together on one line
 * (`序次 1` / `具體策略 一、強化…`: `pdftotext -raw`, text copied from a PDF viewer): the same
 * label before a bare number twice or more. Where a label ends and its value begins is lost, so
 * the table is not read. The 1-based line of its first record, or -1.
 */
function inlineKeyLine(lines: readonly string[]): number {
  return firstRepeated(lines, (line) => {
    const label = KEY_BESIDE_NUMBER.exec(line)?.groups?.label;
    return label && isLabel(label) ? label : null;
  });
}

/**
 * Drops a record's key row printed again atop the page the record runs onto (序次, then the same
 * number again): pdftotext sets the number in one block with the text going on under it, which
 * then joins the value above.
 */
function dropRepeatedKeys(blocks: readonly Block[], key: string): Block[] {
  const out: Block[] = [];
  let record: string | null = null;
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index] as Block;
    const next = blocks[index + 1];
    const number = next?.lines[0] ?? "";
    if (block.text !== key || !next || !/^\d{1,4}$/u.test(number)) {
      out.push(block);
      continue;
    }
    if (number !== record) {
      record = number;
      out.push(block);
      continue;
    }
    const rest = next.lines.slice(1);
    if (rest.length > 0)
      out.push({ text: rest.reduce(joinParagraph, ""), first: next.first + 1, last: next.last, lines: rest });
    index++;
  }
  return out;
}

// A line that holds a label's first line and, a column gap on, its short finished value.
const LABEL_BESIDE_VALUE = /^(?<head>\S.*[\p{Script=Han}\d)）])\s+(?<value>\p{Script=Han}\S{0,8})$/u;
// A label's wrapped line this much narrower than its first line is its last.
const LABEL_LAST_LINE = 0.8;

/**
 * The label lines a block opens with when its first line stands beside a short value on one line
 * (`107年特殊績效及亮 無。` / `點成果`): pdftotext set the label's first line and the value as one
 * line, the label's tail under them, and went on with the next label in the same block. The label
 * runs on while its lines are full (as wide as its first); a label the table repeats is taken whole.
 */
function labelBesideValue(lines: readonly string[], known: (text: string) => boolean): number {
  const gap = LABEL_BESIDE_VALUE.exec(lines[0] ?? "")?.groups;
  const head = gap?.head ?? "";
  if (!gap || !SENTENCE_END.test(gap.value ?? "") || !isLabel(head) || lines.length < 2) return 0;
  let text = head;
  for (let count = 1; count < lines.length; count++) {
    const line = lines[count] ?? "";
    text = joinParagraph(text, line);
    if (!isLabel(text)) return 0;
    if (known(text) || displayWidth(line) < displayWidth(head) * LABEL_LAST_LINE) return count + 1;
  }
  return 0;
}

/**
 * Splits blocks that open with a label set beside its short value (see labelBesideValue) into the
 * label, the value and the rest, so the rest's labels pair with the values after them.
 */
function splitWrappedLabels(blocks: readonly Block[]): Block[] {
  const counts = new Map<string, number>();
  for (const block of blocks) counts.set(block.text, (counts.get(block.text) ?? 0) + 1);
  const known = (text: string): boolean => (counts.get(text) ?? 0) >= 2;
  return blocks.flatMap((block) => {
    const count = labelBesideValue(block.lines, known);
    if (count === 0) return [block];
    const gap = LABEL_BESIDE_VALUE.exec(block.lines[0] ?? "")?.groups ?? {};
    const label = blockOf([gap.head ?? "", ...block.lines.slice(1, count)], block.first);
    const rest = block.lines.slice(count);
    return [
      label,
      blockOf([gap.value ?? ""], block.first),
      ...(rest.length > 0 ? [blockOf(rest, block.first + count)] : []),
    ];
  });
}

interface Pair {
  label: Block;
  value: Block | null;
  /** The blocks the value was read from, each with whether a page ended before it. */
  valueBlocks: ValueBlock[];
}

/**
 * The label/value pairs from the first record key on; a block where a label should be but that
 * cannot be one (a long or finished sentence) goes on the value above. `pageEnd(from, to)` says
 * whether a page ends between two 1-based lines (a form feed or page chrome).
 */
function pairKeyValues(
  blocks: readonly Block[],
  key: string,
  pageEnd: (from: number, to: number) => boolean,
): Pair[] {
  const repeated = new Map<string, number>();
  for (const block of blocks) repeated.set(block.text, (repeated.get(block.text) ?? 0) + 1);
  const pairs: Pair[] = [];
  for (const block of blocks) {
    const open = pairs.at(-1);
    if (open && !open.value) {
      open.value = { ...block, lines: [...block.lines] };
      open.valueBlocks.push({ line: block.first, lines: block.lines, pageEnd: true });
      continue;
    }
    // A label the table repeats, or any label-like block after a finished value (a block after
    // a value cut mid-sentence by a page end goes on with it).
    const value = open?.value;
    const canLabel =
      block.text === key ||
      (isLabel(block.text) &&
        ((repeated.get(block.text) ?? 0) >= 2 || SENTENCE_END.test(cleanFragment(value?.text ?? ""))));
    if (open && value && !canLabel) {
      open.valueBlocks.push({
        line: block.first,
        lines: block.lines,
        pageEnd: pageEnd(value.last, block.first),
      });
      value.text = joinParagraph(value.text, block.text);
      value.last = block.last;
      value.lines.push(...block.lines);
      continue;
    }
    pairs.push({ label: block, value: null, valueBlocks: [] });
  }
  return pairs;
}

function pairRow({ label, value }: Pair): LogicalLine {
  const last = value?.last ?? label.last;
  return {
    kind: "row",
    cells: [cell(label.text, label.first, label.last), cell(value?.text ?? "", value?.first ?? last, last)],
    line: label.first,
    lineEnd: last,
  };
}

/**
 * The warning a block-order label/value table gets: `table_from_block_order_checked` (info) when
 * its shape shows nothing out of place (see blockOrderDoubts), else `table_from_block_order`
 * naming the first doubts and the fix.
 */
function blockOrderWarning(pairs: readonly Pair[], key: string, unsure: readonly number[]): Warning {
  const start = pairs[0]?.label.first ?? 1;
  const rows = pairs.map(({ label, value, valueBlocks }) => ({
    label: label.text,
    value: value?.text ?? "",
    valueBlocks,
    line: label.first,
  }));
  const doubts = blockOrderDoubts(rows, key, unsure);
  const from = `the label/value table at line ${start} comes from pdftotext without -layout: labels and values were paired in block order`;
  if (doubts.length === 0)
    return createWarning(
      "table_from_block_order_checked",
      `${from}; checked: every ${key} follows the one before, every record has the table's labels in their order, and no label stands in a value`,
      { at: { line: start } },
    );
  const shown = doubts.slice(0, 3).join("; ") + (doubts.length > 3 ? `; and ${doubts.length - 3} more` : "");
  return createWarning(
    "table_from_block_order",
    `${from}, and the pairing may be off: ${shown}; for a faithful reading convert the PDF with "pdftotext -layout", or give the PDF itself`,
    { at: { line: start } },
  );
}

const HYPHEN_EVIDENCE: Record<HyphenRepair["reason"], string> = {
  "spelled-elsewhere": "the text spells the word so elsewhere",
  "year-range": "the line holds two lines joined there, and the word joins two years",
  prefix: "the line holds two lines joined there, and the word joins a prefix to a capital",
};

function hyphenWarning(repair: HyphenRepair): Warning {
  return createWarning(
    "hyphen_restored",
    `line ${repair.line}: pdftotext joined "${repair.joined}" at a line break and dropped its hyphen; read as "${repair.restored}" (${HYPHEN_EVIDENCE[repair.reason]})`,
    { at: { line: repair.line } },
  );
}

/** What lost a table's columns, as its warning says it. */
const LOST_HOW = {
  stacked:
    "pdftotext without -layout: its columns are lost (each cell is a block of its own, the cells of a row interleave)",
  "inline-header":
    "text in drawing order (pdftotext -raw, or copied from a PDF viewer): its columns are lost (its header on one line, then each cell's lines one after another)",
  "inline-key":
    "text in drawing order (pdftotext -raw, or copied from a PDF viewer): each label runs on into its value on one line, and where the label ends is lost",
} as const;

/** Cuts the block holding 1-based `line` so that a block starts there; its index. */
function blockStartingAt(blocks: Block[], line: number, chrome: readonly boolean[]): number {
  const index = blocks.findIndex((block) => block.last >= line);
  const block = blocks[index];
  if (!block || block.first >= line) return index;
  // A block's lines are its source lines but the page chrome between them (see blocksOf).
  let cut = 0;
  for (let at = block.first; at < line; at++) if (!chrome[at - 1]) cut++;
  blocks.splice(
    index,
    1,
    blockOf(block.lines.slice(0, cut), block.first),
    blockOf(block.lines.slice(cut), line),
  );
  return index + 1;
}

/**
 * A table with no record key whose columns are lost, and how: a header stacked one cell per block
 * or line (pdftotext without -layout), or set on one line in drawing order; a label/value table in
 * drawing order. The index of the block it starts at (cut there if need be), or null.
 */
function lostTable(
  lines: readonly string[],
  blocks: Block[],
  chrome: readonly boolean[],
): { block: number; how: keyof typeof LOST_HOW } | null {
  const byBlock = stackedHeader(blocks);
  const blockLine = blocks[byBlock]?.first ?? -1;
  // The earliest of a header stacked one cell per block, one stacked one cell per line, or one set
  // on a line (the lines may stand inside a block: no blank line around them).
  const found = [
    { line: stackedHeaderLine(lines), how: "stacked" as const },
    { line: inlineHeaderLine(lines), how: "inline-header" as const },
  ]
    .filter(({ line }) => line > 0 && (blockLine < 0 || line < blockLine))
    .sort((a, b) => a.line - b.line)[0];
  if (found) return { block: blockStartingAt(blocks, found.line, chrome), how: found.how };
  if (byBlock >= 0) return { block: byBlock, how: "stacked" };
  const keyLine = inlineKeyLine(lines);
  return keyLine > 0 ? { block: blockStartingAt(blocks, keyLine, chrome), how: "inline-key" } : null;
}

/**
 * Reads `pdftotext` output made without `-layout` into the RawDocument every parser takes.
 * Running text is rejoined into paragraphs. A label/value table (a label such as 序次 followed
 * by a bare number, again and again) is read as one; a table whose header stands stacked one
 * cell per block has lost its columns: it is left out with a `table_columns_lost` warning naming
 * the fix (`pdftotext -layout`, or the PDF itself), and the text after it goes on at the next
 * section heading.
 */
export function readPlainText(text: string): RawDocument {
  assertText(text);
  const { lines, repairs, unsure } = restoreHyphens(splitLines(text));
  const { chrome } = findChrome(lines);
  const blocks = blocksOf(lines, chrome);
  const margin = Math.max(...lines.map((line) => displayWidth(line.replace(/\f/gu, ""))));
  let key = recordKey(blocks);
  if (key === null) {
    // The key may sit at the end of a block (no blank line after the title above it).
    const lastLines = blocks.map((block) => ({ ...block, text: block.lines.at(-1) ?? "" }));
    key = recordKey(lastLines);
  }
  if (key !== null) splitAtKey(blocks, key);
  const lost = key === null ? lostTable(lines, blocks, chrome) : null;
  const tableStart = key !== null ? blocks.findIndex((block) => block.text === key) : (lost?.block ?? -1);
  const before = tableStart < 0 ? lines.length : (blocks[tableStart]?.first ?? 1) - 1;
  const prose = (from: number, to: number): LogicalLine[] => {
    const out: LogicalLine[] = [];
    let run: Array<{ text: string; index: number }> = [];
    for (let index = from; index < to; index++) {
      const line = (lines[index] ?? "").replace(/\f/gu, "");
      if (chrome[index] || !line.trim()) {
        out.push(...proseLines(run, margin));
        run = [];
      } else run.push({ text: line, index });
    }
    out.push(...proseLines(run, margin));
    return out;
  };
  const out: LogicalLine[] = prose(0, before);
  const warnings: Warning[] = [];
  if (key !== null) {
    const pageEnd = (from: number, to: number): boolean =>
      lines.slice(from, to - 1).some((line, index) => line.includes("\f") || chrome[from + index] === true);
    const tableBlocks = splitWrappedLabels(dropRepeatedKeys(blocks.slice(tableStart), key));
    const pairs = pairKeyValues(tableBlocks, key, pageEnd);
    out.push(...pairs.map(pairRow));
    warnings.push(blockOrderWarning(pairs, key, unsure));
  } else if (lost) {
    const start = blocks[lost.block]?.first ?? 1;
    const resume = blocks.findIndex(
      (block, index) => index > lost.block && isBareHeading(cleanFragment(block.text)),
    );
    warnings.push(
      createWarning(
        "table_columns_lost",
        `the table at line ${start} comes from ${LOST_HOW[lost.how]}, so it was not read; convert the PDF with "pdftotext -layout", or give the PDF itself`,
        { at: { line: start } },
      ),
    );
    if (resume >= 0) out.push(...prose((blocks[resume]?.first ?? 1) - 1, lines.length));
  }
  const doc = assemble(out, { titleFromFirstLine: true });
  doc.warnings.unshift(...warnings, ...repairs.map(hyphenWarning));
  return doc;
}
