import type { Reading } from "./wrap-test.js";

// What English text says of where a cell starts, where the columns' widths cannot tell (a cut
// one word left or right of the true one can fit both columns): some word sequences never occur
// inside one cell's text, so a reading that makes one of them is out.
// - `The` opens a sentence: it never follows a word mid-sentence (`…compile statistics The
//   Ministry of Justice` is two cells: `…statistics` | `The Ministry…`), nor comes right before
//   a preposition or conjunction (`2. The of Foreign Affairs`: `2. The` ends a cell line).
// - A list item's number (`2.`) opens a sentence too: never after a word mid-sentence (`enhance
//   our 1. The Ministry`), and a word in lower case never follows it (`etc. 2. and the`).
// - A word broken at a line's end keeps its hyphen there (`anti-` / `corruption`): inside a cell,
//   a word ending in a hyphen is never followed by another word (`participate in anti-
//   Prosecutorial Affairs` is two cells), but for a suspended hyphen's `and`/`or` (`pre- and post-`).
// (Only `The`: a capital `A` may be a title's, `Service Crew of A Transportation Vehicle`.)

// A word that opens in lower case and ends with no stop, then `The` or an item's number.
const OPENER_MID_SENTENCE = /(?:^|\s)\p{Ll}\S*[^\s.;:!?"'“”‘’]\s+(?:The|\d{1,2}\.)(?:\s|$)/u;
// `The` before a preposition or conjunction; an item's number before a word in lower case.
const OPENER_BEFORE_WORD =
  /(?:^|\s)(?:The\s+(?:of|and|or|to|in|for|with|by|on|at)|\d{1,2}\.\s+\p{Ll})(?:\s|$|\p{Ll})/u;

// A word broken by a hyphen, then another word (not a suspended hyphen's conjunction).
const BROKEN_WORD_MID_LINE = /\p{L}-\s+(?!(?:and|or|nor|to)\s)\S/u;

/** A cell's text holds a sentence's opener where no sentence opens, or a broken word mid-line (see above). */
export const holdsMisplacedOpener = (text: string): boolean =>
  OPENER_MID_SENTENCE.test(text) || OPENER_BEFORE_WORD.test(text) || BROKEN_WORD_MID_LINE.test(text);

/**
 * Of a line's readings, those whose cells hold no misplaced opener; all of them where every
 * reading holds one (the line says nothing then).
 */
export function withoutMisplacedOpeners<T extends Reading>(readings: readonly T[]): readonly T[] {
  const kept = readings.filter((reading) => !reading.cells.some(holdsMisplacedOpener));
  return kept.length > 0 && kept.length < readings.length ? kept : readings;
}
