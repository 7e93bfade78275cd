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

const SENTENCE_END = /[。！？；!?;]|\.(?=\s|$)|\n/gu;
const EVIDENCE_MAX = 160;

/** The sentence around `index`, trimmed; a long one is cut to a window around the index. */
export function sentenceAt(text: string, index: number, length = 0): string {
  let start = 0;
  let end = text.length;
  for (const match of text.matchAll(SENTENCE_END)) {
    const at = match.index ?? 0;
    if (at < index) start = at + 1;
    else if (at >= index + length) {
      end = at + (match[0] === "\n" ? 0 : 1);
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
