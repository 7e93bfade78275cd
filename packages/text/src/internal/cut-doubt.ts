import { displayWidth } from "./width.js";

// When a break between two Latin letters at a full line's end is as likely a cut as a wrap (see
// LINE_END_CUT_DOUBTFUL): the producer's way of cutting words tells.

const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/**
 * A break between two Latin letters in CJK text, on a line that fills its cell (`fills`):
 * producers cut a Latin word there wherever the room runs out (the law database's hard wrap at
 * the cell's width, LibreOffice: `參加 FATF/AP` / `G 評鑑員`), and wrap at a space just as well.
 * In Latin text a word that fits its line is moved whole, never cut: such a break is a wrap.
 */
export function cutInCjkText(line: string, next: string, fills: (text: string) => boolean): boolean {
  return fills(line) && (CJK.test(line) || CJK.test(next));
}

/**
 * A break between two Latin letters where pandoc may have cut a word (`width`: the cell's): pandoc
 * sets a word (a run of text with no space: in CJK text, a whole sentence) wider than its column
 * on lines of its own and cuts it from its end into pieces as wide as the column, the rest first
 * (`Evaluat` / `ion)會前會(Pre-ME)，以及11月5日至`). So a cut has no space on the line before it,
 * and the line after it opens with a piece exactly as wide as the cell (after a Latin letter, a
 * piece one column short would have taken it). Anywhere else the break is pandoc's wrap at a
 * space (`(Securing` / `a FIU`, `a FIU` / `Course)…`).
 */
export function cutFromTheRight(line: string, next: string, width: number): boolean {
  return !line.includes(" ") && displayWidth(next.split(" ", 1)[0] ?? "") === width;
}
