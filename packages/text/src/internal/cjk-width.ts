import { textWidth } from "./wrap-test.js";

// Letter-spacing spreads a line, it does not widen it: a line's width leaves out the spaces
// beside CJK characters (each run of spaces after or before one). Asked of every CJK cell line
// that may not fit its column: one pass, no pattern (a look-behind pattern per line cost more
// than all the rest of the measuring).

const SPACE = 0x20;
const isWide = (unit: number): boolean =>
  (unit >= 0x2e80 && unit <= 0x9fff) ||
  (unit >= 0xf900 && unit <= 0xfaff) ||
  (unit >= 0xff00 && unit <= 0xff60);

/** A text's width (wrap-test units) without the runs of spaces next to a CJK character. */
export function widthBesideCjk(text: string): number {
  return besideCjk(text, textWidth(text));
}

/** `widthBesideCjk` of a text whose `textWidth` is `width` (measured by the caller, in its own pass). */
export function besideCjk(text: string, width: number): number {
  if (!text.includes(" ")) return width;
  let dropped = 0;
  for (let i = 0; i < text.length; ) {
    if (text.charCodeAt(i) !== SPACE) {
      i++;
      continue;
    }
    let end = i;
    while (end < text.length && text.charCodeAt(end) === SPACE) end++;
    if (isWide(text.charCodeAt(i - 1)) || isWide(text.charCodeAt(end))) dropped += end - i;
    i = end;
  }
  return width - dropped * textWidth(" ");
}
