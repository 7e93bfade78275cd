// A list marker (`2.`, `(三)`) at the end of a cell line cut off at a single space: it ends the
// line after a sentence (`進度。 2.`, its item on the line below); after other text
// (`主辦機關： 1.`, `網絡 (ACT-NET) 會 3.`) it is the next column's, opening its cell.

const MARKER_AT_END = /(?:^|\s)(?:\d{1,2}[.．]|[(（][一二三四五六七八九十\d]{1,3}[)）])$/u;
const AFTER_SENTENCE = /[。；;]\s?(?:\d{1,2}[.．]|[(（][一二三四五六七八九十\d]{1,3}[)）])$/u;

/** A cut-off cell that ends with a list marker not after a sentence: no cell ends so. */
export function endsWithOpeningMarker(cell: string): boolean {
  return MARKER_AT_END.test(cell) && !AFTER_SENTENCE.test(cell);
}
