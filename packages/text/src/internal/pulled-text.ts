import { parseListMarker } from "@lianzheng/normalize";
import { cjkWidth, fits, hasCjk } from "./capacity.js";
import { endsWithOpeningMarker } from "./cut-marker.js";
import { joinsKnown, type KnownPairs } from "./known-pairs.js";
import { textWidth } from "./wrap-test.js";

// After a full CJK line of one column, pdftotext pulls the next column's text left to one space
// after it (`部(調查局、廉政署) 數（執行措施`). Where that line plus the pulled text is no wider
// than the column's widest line, nothing in the line's widths says where the cell ends; the band
// does: a cell has no empty line inside it, so the next column left empty on that line, its cell
// going on above and below, lost its text to the cell on the left. That text is what follows the
// full line, after a single space.

/** How far under its column's width a line may stop and still be full (a character and a half). */
const FULL_BELOW = 1500;
/** How far past its column's width a line runs when it holds more than its cell (two characters). */
const OVERFULL = 2000;
/** How far under its column's width a cell line may stop and still have wrapped (a character). */
const FULL_ABOVE = 1000;
const SENTENCE_END = /[。；;!?！？]$/u;
const CLOSING = /^[)）」』]/u;
const CLOSING_PUNCTUATION = /^[。，、；：]/u;

/** The text's brackets left open (more opened than closed). */
const opensBracket = (text: string): boolean =>
  (text.match(/[(（「『]/gu)?.length ?? 0) > (text.match(/[)）」』]/gu)?.length ?? 0);

/**
 * The cell on a line of a band goes on there in the column (empty on that line), `tail` being the
 * text that may be its: atop a page, when `tail` starts with punctuation no CJK line starts with
 * (the cell's text from the page before); else its line above must end no sentence, and `tail`
 * start with such punctuation or close a bracket the cell leaves open, or the line below go on
 * (no new item; or a new item after a `tail` that ends a sentence), or — its last line — the line
 * on the left be far wider than its column (`overfull`) or the line above fill its column.
 */
function goesOn(
  lines: readonly string[][],
  index: number,
  column: number,
  tail: string,
  widths: Widths,
  after?: readonly string[],
): boolean | "doubt" {
  const closes = CLOSING_PUNCTUATION.test(tail) || CLOSING.test(tail);
  if (index === 0) return closes;
  const above = lines[index - 1]?.[column] ?? "";
  if (!above || SENTENCE_END.test(above)) return false;
  if (CLOSING_PUNCTUATION.test(tail) || (CLOSING.test(tail) && opensBracket(cellAbove(lines, index, column))))
    return true;
  const below = lines[index + 1]?.[column] ?? "";
  if (below) return !parseListMarker(below) || SENTENCE_END.test(tail);
  // (Unless the text goes on in its own cell's next line as a word the table uses: `2. 法` /
  // `務部(調查局)`, not `務部(廉政署)` / `法`; that line atop the next page where the band ends at a
  // page foot.)
  const next = index + 1 < lines.length ? lines[index + 1] : after;
  const goesOnLeft = joinsKnown(tail, next?.[column - 1] ?? "", widths.known);
  const endsWordAbove = joinsKnown(above, tail, widths.known);
  // (The widths last: most lines are told by their neighbours' text alone.)
  const edge = edgeOf(lines[index]?.[column - 1] ?? "", column, widths);
  if (edge.overfull || fillsColumn(above, edge)) return !(goesOnLeft && !endsWordAbove);
  // A line above short of full by its width, whose word the text ends (`外交` / `部`: 交部 a pair
  // the table shows, 部法 none): its width may lack a space the cleaning took (`。 協辦機關`, a
  // lone `。` read as letter-spaced). Given back, and said.
  return endsWordAbove && !goesOnLeft ? "doubt" : false;
}

/**
 * A cell line fills its column: one more character would not have fitted. Told by the column's
 * lines of wide characters only where it has them (whole ems: a line as wide as the widest of
 * them is full, one a character narrower is not), spaces counted (a space between a cell's parts
 * takes room; a letter-spaced line is a full one); else by its widest line, less a character.
 */
function fillsColumn(line: string, edge: Edge): boolean {
  if (Number.isNaN(edge.wide)) return cjkWidth(line) >= edge.capacity - FULL_ABOVE;
  // (A character short of the widest may still be full, its glyphs set wider: so it is taken
  // where the line on the left, the text kept, would be wider than any wide line of its column.)
  const short = edge.leftOverfull ? 2 * FULL_ABOVE : FULL_ABOVE;
  return textWidth(line) > edge.wide - short;
}

/** What the widths say of a line's cell on the left and of the column on its right. */
interface Edge {
  /** The cell on the left runs far past its column. */
  overfull: boolean;
  /** The right column's width (NaN: unknown). */
  capacity: number;
  /** The right column's widest line of wide characters only (NaN: unknown). */
  wide: number;
  /** The line on the left is wider than any line of wide characters only of its column. */
  leftOverfull: boolean;
}

/** A band's column widths (see returnPulledText) and the pairs of ideographs its table sets side by side (see known-pairs.ts). */
interface Widths {
  capacity: readonly number[];
  wide: readonly number[] | undefined;
  known: KnownPairs;
}

/** The edge between a line's cell `left` (in column `column - 1`) and the column on its right. */
function edgeOf(left: string, column: number, { capacity, wide }: Widths): Edge {
  const width = cjkWidth(left);
  return {
    overfull: width > (capacity[column - 1] ?? Number.NaN) + OVERFULL,
    capacity: capacity[column] ?? Number.NaN,
    wide: wide?.[column] ?? Number.NaN,
    leftOverfull: width > (wide?.[column - 1] ?? Number.POSITIVE_INFINITY),
  };
}

/** A column's text on the lines above `index`, up to the first line without any. */
function cellAbove(lines: readonly string[][], index: number, column: number): string {
  let text = "";
  for (let above = index - 1; above >= 0 && lines[above]?.[column]; above--)
    text = `${lines[above]?.[column]}${text}`;
  return text;
}

/**
 * Where a cell line ends, the rest pulled from the next column: the first single space with a
 * full line before it (never right after a list marker that opens an item, `主辦機關： 1.`).
 */
function pulledAt(text: string, full: number): number | null {
  for (let at = text.indexOf(" "); at > 0; at = text.indexOf(" ", at + 1)) {
    const head = text.slice(0, at);
    if (endsWithOpeningMarker(head) || text[at + 1] === " ") continue;
    if (cjkWidth(head) >= full - FULL_BELOW && !markerEndsLine(text, at, full)) return at;
  }
  return null;
}

const MARKER_OPENS = /^(?:\d{1,2}[.．]|[(（][一二三四五六七八九十\d]{1,3}[)）])(?= |$)/u;

/**
 * After a sentence, a list marker that still fits the line ends it, its item on the line below
 * (`交流活動。 2.` / `法務部(檢察司…`): what was pulled left is after the marker, not the marker
 * (`交流活動。 2. 部`, `部` the next column's; `或交流活動。 2.`, nothing pulled).
 */
function markerEndsLine(text: string, at: number, full: number): boolean {
  const marker = MARKER_OPENS.exec(text.slice(at + 1))?.[0];
  return (
    marker !== undefined &&
    SENTENCE_END.test(text.slice(0, at)) &&
    fits(text.slice(0, at + 1 + marker.length), full)
  );
}

/**
 * A band's lines (cells per column, in place) with the text pdftotext pulled into a cell from
 * the next column given back to it. Returns the lines where a column's cell has a gap that no
 * such text explains (a misreading not mended: to be warned), or where text went back on the
 * table's words against its widths (to be warned too).
 */
export function returnPulledText(
  lines: string[][],
  capacity: readonly number[] | undefined,
  wide?: readonly number[],
  known: KnownPairs = new Set(),
  before?: readonly string[],
  after?: readonly string[],
): number[] {
  const unexplained: number[] = [];
  // (`before`: the line above the first across a page end, `after` the line below the last, see
  // page-top.ts; read, never changed.)
  const all = before ? [[...before], ...lines] : lines;
  const first = before ? 1 : 0;
  const widths: Widths = { capacity: capacity ?? [], wide, known };
  // (A loop, not forEach's callback: one made per call loses its optimized code at each full GC.)
  for (let index = first; index < all.length; index++) {
    const cells = all[index] as string[];
    for (let column = 1; column < cells.length; column++) {
      if (cells[column]) continue;
      const left = cells[column - 1] ?? "";
      // (Only a column whose CJK lines show its width: English wraps at words, ragged.)
      const full = capacity?.[column - 1] ?? Number.NaN;
      if (Number.isNaN(full) || !hasCjk(left)) continue;
      const at = pulledAt(left, full);
      const tail = at === null ? "" : left.slice(at + 1);
      const verdict = goesOn(all, index, column, tail, widths, after);
      if (!verdict) continue;
      if (at === null) {
        // (A gap inside the cell for sure: its text goes on below.)
        if (all[index + 1]?.[column]) unexplained.push(index - first);
        continue;
      }
      cells[column - 1] = left.slice(0, at);
      cells[column] = tail;
      if (verdict === "doubt") unexplained.push(index - first);
    }
  }
  return unexplained;
}
