import { displayWidth } from "./width.js";

// `pdftotext -layout -fixed 3` lays text on a grid of 3 points, finer than a large font's
// letters: a word's letters stay together, but each word starts where the font put it, so a
// title or heading set large comes out with its words far apart (`National      Integrity
// Building …`, `IV.    Specific      Actions`). Such a line looks like a table's header (short
// words, far apart). It is told by two things together: the gap from each word's start to the
// next is the word's own width times one scale (the font's size over the grid's), and the words
// line up with no column of the lines below.

// Word starts this much further apart than the words' widths (a space each) are spread…
const LEAST_SCALE = 1.25;
const MOST_SCALE = 6;
// …by one scale: proportional letters make it vary, but not by more than this.
const SCALE_SPREAD = 1.8;
// How many lines below are looked at, and how close a column start must be to count.
export const LARGE_TYPE_BELOW = 12;
const ALIGNED = 2;

const HAN = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

interface Word {
  start: number;
  text: string;
}

/** The line's pieces (split at two spaces or more) with their start columns. */
function wordsOf(line: string): Word[] {
  return [...line.matchAll(/\S+(?: \S+)*/gu)].map((match) => ({
    start: displayWidth(line.slice(0, match.index)),
    text: match[0],
  }));
}

/** Whether the line's words stand apart by one scale of their own widths: large type on a fine grid. */
function isSpreadByScale(words: readonly Word[]): boolean {
  if (words.length < 3 || words.some((word) => word.text.includes(" "))) return false;
  const scales = words
    .slice(1)
    .map(
      (word, index) =>
        (word.start - (words[index]?.start ?? 0)) / (displayWidth(words[index]?.text ?? "") + 1),
    );
  const least = Math.min(...scales);
  return (
    least >= LEAST_SCALE && Math.max(...scales) <= MOST_SCALE && Math.max(...scales) <= least * SCALE_SPREAD
  );
}

/**
 * The line's words set one space apart when it is a line of large type spread by the grid (see
 * the module comment), or null. `below` from `from` on are the lines after it: a line whose words
 * start where their text starts is a table's row or header, however its words are spread. (The
 * lines are not copied out: nearly every line of a text is asked, and few get that far.)
 */
export function largeTypeText(line: string, below: readonly string[], from = 0): string | null {
  // Latin type only: CJK set large or letter-spaced is another form, read elsewhere.
  if (!/\S {2,}\S/u.test(line) || !/\p{Script=Latin}/u.test(line) || HAN.test(line)) return null;
  const words = wordsOf(line);
  if (!isSpreadByScale(words)) return null;
  const starts = new Set<number>();
  for (let at = from; at < Math.min(below.length, from + LARGE_TYPE_BELOW); at++)
    for (const word of wordsOf(below[at] ?? "")) starts.add(word.start);
  // (The first word stands at the margin or indent, where every line's text starts.)
  const aligned = words
    .slice(1)
    .filter((word) => [...starts].some((start) => Math.abs(start - word.start) <= ALIGNED));
  if (aligned.length >= 2) return null;
  const indent = line.length - line.trimStart().length;
  return " ".repeat(indent) + words.map((word) => word.text).join(" ");
}
