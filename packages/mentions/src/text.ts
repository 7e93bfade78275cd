import { foldToSimplified, normalizeWidth } from "@lianzheng/normalize";

/**
 * The text as it is compared: full-width ASCII made ASCII, curly quotes straight, Han characters
 * folded to Simplified (so Traditional and Simplified copies meet). Same length as the input, so
 * an index into it is an index into the original.
 */
export function comparable(text: string): string {
  const table = getFoldTable();
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = table[text.charCodeAt(i)] as number;
  return UTF16.decode(codes);
}

const UTF16 = new TextDecoder("utf-16le");
let foldTable: Uint16Array | undefined;

/**
 * One code unit to one code unit: normalize's width rule and Simplified fold, computed once for
 * the ranges they touch (a folded long text is built natively instead of character by character).
 */
function getFoldTable(): Uint16Array {
  if (foldTable) return foldTable;
  const table = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) table[code] = code;
  const ranges: Array<[number, number]> = [
    [0x3400, 0x9fff],
    [0xf900, 0xfaff],
    [0xff01, 0xff64],
  ];
  for (const [from, to] of ranges) {
    for (let code = from; code <= to; code++) {
      const mapped = foldToSimplified(normalizeWidth(String.fromCharCode(code)));
      if (mapped.length === 1) table[code] = mapped.charCodeAt(0);
    }
  }
  for (const quote of [0x2018, 0x2019, 0x02bc]) table[quote] = 0x27;
  foldTable = table;
  return table;
}

const SENTENCE_MARKS = new Set(["。", "！", "？", "；", "!", "?", ";", "\n"]);
const EVIDENCE_MAX = 160;
const SENTENCE_WINDOW = 2000;

/** Whether the character at `at` ends a sentence: a full stop mark, a line end, or "." before a space or the end. */
function endsSentence(text: string, at: number): boolean {
  const char = text[at] as string;
  if (SENTENCE_MARKS.has(char)) return true;
  return char === "." && (at + 1 === text.length || /\s/.test(text[at + 1] as string));
}

/** The sentence around `index`, trimmed; a long one is cut to a window around the index. */
export function sentenceAt(text: string, index: number, length = 0): string {
  // Looked for around the index only, never from the text's start: a 50 MB text with thousands of
  // mentions made the scan from the start quadratic. A sentence longer than the window is cut at it
  // (its evidence is cut to EVIDENCE_MAX anyway).
  const floor = Math.max(0, index - SENTENCE_WINDOW);
  let start = floor;
  for (let at = index - 1; at >= floor; at--) {
    if (endsSentence(text, at)) {
      start = at + 1;
      break;
    }
  }
  const ceiling = Math.min(text.length, index + length + SENTENCE_WINDOW);
  let end = ceiling;
  for (let at = index + length; at < ceiling; at++) {
    if (endsSentence(text, at)) {
      end = at + (text[at] === "\n" ? 0 : 1);
      break;
    }
  }
  let sentence = text.slice(start, end).trim();
  if (sentence.length > EVIDENCE_MAX) {
    // From the sentence's start when the match is near it, else from a little before the match.
    const from = index - start < EVIDENCE_MAX * 0.75 ? start : index - EVIDENCE_MAX / 2;
    sentence = `${from > start ? "…" : ""}${text.slice(from, from + EVIDENCE_MAX).trim()}…`;
  }
  return sentence.replace(/\s+/g, " ");
}
