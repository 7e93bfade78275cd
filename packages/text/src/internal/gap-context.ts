// What stands around a single space inside a piece of a -layout line, read off the code units
// next to it: these are asked at every space of letter-spaced CJK text, where a copy of the text
// before each space and an end-anchored pattern on it took time in the square of the piece.

const SPACE = 0x20;
// Brackets a word opens (`法務部( 部`, `件數（ 24`) and punctuation a CJK cell closes with.
const OPENING = new Set([..."(（「『"].map((char) => char.charCodeAt(0)));
const CLOSING = new Set([..."。，、；：)）」』"].map((char) => char.charCodeAt(0)));

/** Where `text.slice(0, end)` ends. */
const sliceEnd = (text: string, end: number): number =>
  end < 0 ? Math.max(0, text.length + end) : Math.min(end, text.length);

/**
 * The space at `offset - 1` comes right after an opening bracket set against the word before it
 * (as `/[^ ][(（「『]$/u` on `text.slice(0, offset - 1)`).
 */
export function spaceAfterOpening(text: string, offset: number): boolean {
  const end = sliceEnd(text, offset - 1);
  return end >= 2 && OPENING.has(text.charCodeAt(end - 1)) && text.charCodeAt(end - 2) !== SPACE;
}

/**
 * The space at `offset - 1` stands before closing punctuation (at `offset`), after a word of two
 * characters or more (as `/(?:^| )[^ ]{2,} [。，、；：)）」』]$/u` on `text.slice(0, offset + 1)`).
 */
export function spaceBeforeClosing(text: string, offset: number): boolean {
  const end = sliceEnd(text, offset + 1);
  if (end < 4 || !CLOSING.has(text.charCodeAt(end - 1)) || text.charCodeAt(end - 2) !== SPACE) return false;
  // Two code points at least before the space, back to a space or the start (a surrogate pair
  // is one code point, a lone surrogate one too, as the pattern reads them).
  let count = 0;
  for (let at = end - 3; at >= 0 && count < 2; at--) {
    const unit = text.charCodeAt(at);
    if (unit === SPACE) break;
    const high = at > 0 ? text.charCodeAt(at - 1) : 0;
    if (unit >= 0xdc00 && unit <= 0xdfff && high >= 0xd800 && high <= 0xdbff) at--;
    count++;
  }
  return count >= 2;
}
