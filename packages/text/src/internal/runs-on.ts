import { parseListMarker } from "@lianzheng/normalize";

const SENTENCE_END = /[。；！？.;!?]$/u;
const TRAILING_MARKER = /(^|\s)(\d{1,3}[.．]|[(（][\d一二三四五六七八九十]{1,3}[)）])$/u;
// The end-anchored patterns are tried on a text's last code units only: on the whole text, they
// are tried at every position, and the row above a page end can be a cell run on for pages. A
// trailing marker with the space before it is at most 6 units: in 8, one cannot start at the
// slice's start unless the text does.
export const endsSentence = (text: string): boolean => SENTENCE_END.test(text.slice(-1));
export const endsWithMarker = (text: string): boolean => TRAILING_MARKER.test(text.slice(-8));

/** Brackets opened and not closed in a text. */
function opens(text: string): number {
  return (text.match(/[(（]/gu)?.length ?? 0) - (text.match(/[)）]/gu)?.length ?? 0);
}

/**
 * After a page end, does the first row below go on with the row above? Where its first cell is
 * empty, `stitchRows` knows; where it is not (a label/value table, whose label wraps too), only
 * the text tells: the row above stops mid-sentence, or the row below is a label's tail alone
 * (its value ended above the page end); and the first cell below neither starts a numbered item
 * nor is a label the table uses elsewhere (`labels`: first cells of rows not after a page end).
 */
export function runsOn(
  above: readonly string[],
  below: readonly string[],
  labels: ReadonlyMap<string, number>,
): boolean {
  const last = [...above].reverse().find((text) => text.length > 0);
  const head = below[0] ?? "";
  if (!last || !head) return false;
  // The label above and the first cell below make a label the table uses: one label, cut.
  const cut = above[0] ?? "";
  const joined = `${cut}${head}`.replace(/\s+/gu, "");
  if (cut)
    for (const [label, count] of labels) if (count >= 2 && label.replace(/\s+/gu, "") === joined) return true;
  const aloneBelow = below.slice(1).every((text) => text.length === 0);
  // Unfinished above: no sentence end, or a list marker with nothing after it yet ("… 2."), or a
  // first cell with a bracket still open ("107年度(1月至12"); or the cells below go on with the
  // cells above, cut mid-sentence or going on with their next list item (a strategy beside its
  // measure, both cut: 國家間互|惠機制。).
  const unfinished =
    !endsSentence(last) || endsWithMarker(last) || opens(above[0] ?? "") > 0 || cellsGoOn(above, below);
  return (aloneBelow || unfinished) && parseListMarker(head) === null && (labels.get(head) ?? 0) < 2;
}

/** A cell's text stops where more must follow: mid-sentence, or after a list marker. */
const goesOn = (text: string): boolean => !endsSentence(text) || endsWithMarker(text);

/**
 * Every cell below goes on with its cell above, two at least cut mid-sentence (one alone may be
 * a label, which has no sentence end: 績效衡量指標 over the next record's 107年績效目標值).
 */
function cellsGoOn(above: readonly string[], below: readonly string[]): boolean {
  const pairs = below.flatMap((text, column) => (text ? [{ text, before: above[column] ?? "" }] : []));
  return (
    pairs.every(({ text, before }) => before && (goesOn(before) || parseListMarker(text) !== null)) &&
    pairs.filter(({ before }) => goesOn(before)).length >= 2
  );
}
