// A list marker (`2.`, `(三)`) at the end of a cell line cut off at a single space: it ends the
// line after a sentence (`進度。 2.`, its item on the line below); after other text
// (`主辦機關： 1.`, `網絡 (ACT-NET) 會 3.`) it is the next column's, opening its cell.

const MARKER_AT_END = /(?:^|\s)(?:\d{1,2}[.．]|[(（][一二三四五六七八九十\d]{1,3}[)）])$/u;
const AFTER_SENTENCE = /[。；;]\s?(?:\d{1,2}[.．]|[(（][一二三四五六七八九十\d]{1,3}[)）])$/u;
// The patterns above match at most this many code units at a text's end (`。 (十二)`); a pattern
// ending in `$` without a start anchor is tried at every position of the text, so only the tail
// is given. Longer than MARKER_AT_END's longest match (6): its `^` cannot match a tail's start.
const TAIL = 7;

/** The text's last TAIL code units (the text itself when no longer). */
const tailOf = (text: string): string => (text.length > TAIL ? text.slice(-TAIL) : text);

/** The text ends with a list marker at its start or after white space (`… 2.`, `(三)`). */
export function endsWithMarker(text: string): boolean {
  return MARKER_AT_END.test(tailOf(text));
}

/** A cut-off cell that ends with a list marker not after a sentence: no cell ends so. */
export function endsWithOpeningMarker(cell: string): boolean {
  const tail = tailOf(cell);
  return MARKER_AT_END.test(tail) && !AFTER_SENTENCE.test(tail);
}
