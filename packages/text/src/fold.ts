import { mayFoldCharacters, normalizeLookalikes, normalizeWidth } from "@lianzheng/normalize";

// Odd spaces (no-break, ideographic, thin…) and invisible marks.
const ODD_SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/gu;

/**
 * The text with look-alike characters folded, one character for one, so positions in a line stay
 * where they were: Kangxi radicals and CJK compatibility ideographs become the ideographs they
 * stand for (⾏ → 行), full-width ASCII becomes ASCII (１２３ → 123; the CJK punctuation written
 * full width, ，：（）, stays), half-width CJK punctuation becomes full width (｡ → 。), and
 * no-break or ideographic spaces become spaces. Readers and kind detection work on this; cell
 * text is cleaned the same way, so nothing a user reads changes meaning.
 *
 * @example foldLookalikes("⾏政院　１０７年") // "行政院 107年"
 */
export function foldLookalikes(text: string): string {
  // (Most text holds none: one scan of its code units, not three patterns over it.)
  if (!mayFoldCharacters(text)) return text;
  return normalizeWidth(normalizeLookalikes(text)).replace(ODD_SPACE, " ");
}
