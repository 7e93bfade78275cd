import type { RawBlock, RawRow } from "./types.js";

// The texts of a raw document as the line-end rules see them: every cell, paragraph and heading
// once, where it stands in the input, and the words the document spells outside the marked breaks.

/** One text of a raw document, where it stands in the input (lines of a text input), and a way to set it. */
export interface TextSlot {
  text: string;
  lineStart?: number | undefined;
  lineEnd?: number | undefined;
  set(text: string): void;
}

/** Every text of a raw document, in order. */
export function* textsOf(blocks: RawBlock[]): Generator<TextSlot> {
  const cells = function* (rows: RawRow[] | undefined) {
    for (const row of rows ?? [])
      for (const cell of row.cells)
        yield {
          text: cell.text,
          lineStart: cell.lineStart,
          lineEnd: cell.lineEnd,
          set: (text: string) => {
            cell.text = text;
          },
        };
  };
  for (const block of blocks) {
    if (block.kind !== "table") {
      yield {
        text: block.text,
        lineStart: block.line,
        lineEnd: block.line,
        set: (text) => {
          block.text = text;
        },
      };
      continue;
    }
    const header = block.header;
    if (header)
      for (const [i, text] of header.entries())
        yield {
          text,
          lineStart: block.lineStart,
          lineEnd: block.lineStart,
          set: (next) => {
            header[i] = next;
          },
        };
    yield* cells(block.headerRows);
    yield* cells(block.rows);
  }
}

/** Some text of the blocks (those `textsOf` gives) holds `mark`. */
export function anyTextHolds(blocks: readonly RawBlock[], mark: string): boolean {
  for (const block of blocks) {
    if (block.kind !== "table") {
      if (block.text.includes(mark)) return true;
      continue;
    }
    for (const text of block.header ?? []) if (text.includes(mark)) return true;
    if (anyCellHolds(block.headerRows, mark) || anyCellHolds(block.rows, mark)) return true;
  }
  return false;
}

function anyCellHolds(rows: readonly RawRow[] | undefined, mark: string): boolean {
  for (const row of rows ?? []) for (const cell of row.cells) if (cell.text.includes(mark)) return true;
  return false;
}

// A word the joins marked as broken at a line end after a hyphen (LINE_END_HYPHEN): its part
// before the break and after it, letters and digits only. The part after is looked at, not taken:
// it may be broken again at the next line's end (`anti-` / `corruption-` / `related` in a narrow
// column), where it is the part before.
export const BROKEN = /([\p{L}\p{N}]+)\u00ad(?=([\p{L}\p{N}]+))/gu;
// A word the joins marked as cut at a line end with no hyphen (LINE_END_CUT, or
// LINE_END_CUT_DOUBTFUL): Latin letters and digits (a Latin word inside CJK text runs into the
// ideographs beside it: `參加FATF/AP` / `G評鑑員`). The part after the mark is looked at, not
// taken: a line of one short word may hold the marks of two breaks (`or` / `n` /
// `on-governmental`), each decided on its own.
export const CUT_BEFORE = /([\p{Script=Latin}\p{N}]+)([\u2060\u2063])(?=([\p{Script=Latin}\p{N}]+))/gu;
// Words broken or cut at line ends, all their parts: no word of the document's own spelling.
const BROKEN_WORDS = /[\p{L}\p{N}]+(?:\u00ad[\p{L}\p{N}]+)+/gu;
const CUT_WORDS = /[\p{Script=Latin}\p{N}]+(?:[\u2060\u2063][\p{Script=Latin}\p{N}]+)+/gu;
const WORD = /[\p{L}\p{N}]+/gu;
const LATIN_WORD = /[\p{Script=Latin}\p{N}]+/gu;
const COMPOUND = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu;

/** The document's words (lower case) and its hyphenated pairs (`anti-corruption`), broken words left out. */
export function vocabulary(texts: readonly string[]): {
  words: Set<string>;
  latinWords: Set<string>;
  pairs: Set<string>;
} {
  const words = new Set<string>();
  const latinWords = new Set<string>();
  const pairs = new Set<string>();
  for (const text of texts) {
    const whole = text.replace(BROKEN_WORDS, " ").replace(CUT_WORDS, " ").toLowerCase();
    for (const [word] of whole.matchAll(WORD)) words.add(word);
    for (const [word] of whole.matchAll(LATIN_WORD)) latinWords.add(word);
    for (const [compound] of whole.matchAll(COMPOUND)) {
      const parts = compound.split("-");
      for (let i = 0; i + 1 < parts.length; i++) pairs.add(`${parts[i]}-${parts[i + 1]}`);
    }
  }
  return { words, latinWords, pairs };
}
