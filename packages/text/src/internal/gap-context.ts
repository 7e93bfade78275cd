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
 * characters or more, or after one character set one space after such a word (`岸法律司） 協 。`
 * is no letter-spacing): as `/(?:^| )(?:[^ ]{2,}|[^ ]{2,} [^ ]) [。，、；：)）」』]$/u` on
 * `text.slice(0, offset + 1)`.
 */
export function spaceBeforeClosing(text: string, offset: number): boolean {
  const end = sliceEnd(text, offset + 1);
  if (end < 4 || !CLOSING.has(text.charCodeAt(end - 1)) || text.charCodeAt(end - 2) !== SPACE) return false;
  const word = wordBefore(text, end - 2);
  if (word.count >= 2) return true;
  // One character, one space before it, and a word of two or more before that.
  return (
    word.count === 1 &&
    text.charCodeAt(word.start - 1) === SPACE &&
    word.start >= 2 &&
    wordBefore(text, word.start - 1).count >= 2
  );
}

/**
 * The word ending right before `end`, back to a space or the start: where it starts and how
 * many code points it has, counted up to 2 (a surrogate pair is one, a lone surrogate one too,
 * as a /u pattern reads them).
 */
function wordBefore(text: string, end: number): { start: number; count: number } {
  let count = 0;
  let at = end - 1;
  for (; at >= 0; at--) {
    const unit = text.charCodeAt(at);
    if (unit === SPACE) break;
    const high = at > 0 ? text.charCodeAt(at - 1) : 0;
    if (unit >= 0xdc00 && unit <= 0xdfff && high >= 0xd800 && high <= 0xdbff) at--;
    count++;
  }
  return { start: at + 1, count: Math.min(count, 2) };
}
