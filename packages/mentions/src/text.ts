import { foldToSimplified, normalizeWidth } from "@lianzheng/normalize";

/**
 * The text as it is compared: full-width ASCII made ASCII, curly quotes straight, Han characters
 * folded to Simplified (so Traditional and Simplified copies meet). Same length as the input, so
 * an index into it is an index into the original.
 */
export function comparable(text: string): string {
  const width = normalizeWidth(text).replace(/[\u2018\u2019\u02bc]/g, "'");
  // One character at a time through a cache: folding a long text whole is slow (string building).
  const folded = width.replace(/[\u3400-\u9fff\uf900-\ufaff]/g, foldChar);
  return folded.length === width.length ? folded : width;
}

const folds = new Map<string, string>();
function foldChar(char: string): string {
  let folded = folds.get(char);
  if (folded === undefined) {
    folded = foldToSimplified(char);
    folds.set(char, folded);
  }
  return folded;
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
