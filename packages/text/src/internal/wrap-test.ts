import { startsNewItem } from "@lianzheng/layout";

// Where two cells of a `-layout` line stand one space apart, the words between them could belong
// to either cell. The producer wrapped each cell greedily at its width, and that leaves traces:
// a cell line is never wider than its column; a line is broken only when the next word did not
// fit; so a word that would have fitted on the line above in its cell cannot start a line of it.
// Widths are proportional (the producer's font, not pdftotext's character grid), estimated with
// the advance widths of the two faces most documents are set in or alike to: Helvetica (Arial has
// the same) and Times (Adobe's core-font metrics). A reading counts as at odds with wrapping only
// when it is in both: a proxy tells `pursuit of` from `pursuit`, it does not measure.

/** Advance widths in 1/1000 em of printable ASCII from the space (U+0020) on. */
const FACES = [
  // Helvetica
  [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556,
    556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278,
    500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469,
    556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500,
    278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
  ],
  // Times-Roman
  [
    250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500,
    500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333,
    389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469,
    500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389,
    278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
  ],
] as const;
export type Face = 0 | 1;
// East Asian wide characters take a full em (the ranges a monospace grid counts two wide).
const WIDE_UNIT_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
  [0xff00, 0xff60],
];

// Every cell line is measured, some several times: per face, each code unit's width in a table,
// made on first use (a look-up per character instead of range tests).
let unitWidths: readonly [Uint16Array, Uint16Array] | null = null;

/**
 * Each code unit's advance width in a face: a full em for CJK, an average letter (500) for the
 * rest, ASCII by the face. A surrogate pair (CJK extension B and beyond) counts once, a full em.
 * Filled range by range: a loop over the 65,536 units cost a cold text's first run ~10 ms.
 */
function tableOf(face: Face): Uint16Array {
  const table = new Uint16Array(0x10000).fill(500);
  for (const [from, to] of WIDE_UNIT_RANGES) table.fill(1000, from, to + 1);
  table.fill(1000, 0xd800, 0xdc00);
  table.fill(0, 0xdc00, 0xe000);
  table.set(FACES[face], 32);
  return table;
}

export function widthTable(face: Face): Uint16Array {
  unitWidths ??= [tableOf(0), tableOf(1)];
  return unitWidths[face];
}

/** A text's advance width in 1/1000 em in a face: a full em for CJK, an average letter for the rest. */
export function textWidth(text: string, face: Face = 0): number {
  const table = widthTable(face);
  let width = 0;
  for (let i = 0; i < text.length; i++) width += table[text.charCodeAt(i)] ?? 0;
  return width;
}

// A cell's text ends a paragraph here: the line after it may be short (the producer broke it).
// (Code units, not patterns: every cell line of a table is asked, and a pattern costs more than
// the measuring.)
const PARAGRAPH_END_UNITS = unitSet(".。;；!?！？");
/** The text ends a paragraph (its last code unit is one of PARAGRAPH_END_UNITS). */
export const endsParagraph = (text: string): boolean =>
  PARAGRAPH_END_UNITS.has(text.charCodeAt(text.length - 1));

function unitSet(chars: string): Set<number> {
  return new Set(Array.from(chars, (char) => char.charCodeAt(0)));
}

/** A code unit set without a space beside it when lines are rejoined: CJK, full-width forms. */
const isWideUnit = (unit: number): boolean =>
  (unit >= 0x2e80 && unit <= 0x9fff) ||
  (unit >= 0xf900 && unit <= 0xfaff) ||
  (unit >= 0xff00 && unit <= 0xff60);

/** A line with the next line's first unit put back on it: no space between CJK characters. */
function rejoin(line: string, word: string): string {
  return rejoinsTight(line, word) ? `${line}${word}` : `${line} ${word}`;
}

/** No space goes back between a line and the unit moved below it (a CJK character on either side). */
export const rejoinsTight = (line: string, word: string): boolean =>
  isWideUnit(line.charCodeAt(line.length - 1)) || isWideUnit(word.charCodeAt(0));

const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uff60]/u;
// Closing punctuation that goes down with the CJK character before it (no line starts with 。).
const CLOSING_UNITS = unitSet("、。，．：；！？）」』》〉】,.;:!?)");

/** The first unit a line could have been broken before: a word, or one CJK character. */
export function firstWord(text: string): string {
  if (isWideUnit(text.charCodeAt(0))) {
    let end = 1;
    while (end < text.length && CLOSING_UNITS.has(text.charCodeAt(end))) end++;
    return text.slice(0, end);
  }
  const space = text.indexOf(" ");
  return space === -1 ? text : text.slice(0, space);
}

// How far a line may miss before it counts against a reading: half a letter, for the font proxy.
const SLACK = 300;
// The best reading must beat the next by about a letter's width to be taken as sure.
const MARGIN = 500;

/**
 * What the table shows of a column's width, in one face: `lower`, the widest line set in it;
 * `upper`, the narrowest line plus the word the producer moved to the next line (it did not fit).
 */
export interface ColumnWidth {
  lower: number;
  upper: number;
  /** The narrowest cell line pdftotext set one space from the next column's text (it nearly fills its column). */
  merged: number;
}

/** The lines above and below a line in its row (cut already), where there are such. */
export interface Around {
  above: readonly string[] | undefined;
  below: readonly string[] | undefined;
  /** Per column: a line of the row before `above` has text there. */
  earlier?: readonly boolean[];
}

// A cell's lines follow one another: text in a column whose line above is empty though the row
// had text there before reads as a cell broken off and taken up again.
const RESUMED = 1000;

/** One way to cut a line: its cells, and the columns whose text was cut off at a single space. */
export interface Reading {
  cells: string[];
  cuts: number[];
}

/**
 * How badly one reading of a line breaks greedy wrapping, per column: a cell line wider than its
 * column can hold, or a line break where the next word would have fitted (judged against the
 * cell's lines above and below on the same row).
 */
function wrapCost(
  { cells, cuts }: Reading,
  around: Around,
  widths: readonly ColumnWidth[],
  face: Face,
  open = false,
): number {
  let cost = 0;
  cells.forEach((text, column) => {
    const width = widths[column];
    if (width === undefined) return;
    // A cell's wrapped lines follow one another: a reading that leaves the column empty between
    // two of them took the line's last words for the column before.
    if (!text) {
      const [before, after] = [around.above?.[column], around.below?.[column]];
      if (before && after && wrapsInto(before, after)) cost += RESUMED;
      return;
    }
    // (`open`: a column no refused line bounds may be wider than its widest line seen.)
    const limit = Number.isFinite(width.upper) ? width.upper : open ? Number.POSITIVE_INFINITY : width.lower;
    cost += Math.max(0, textWidth(text, face) - limit - SLACK);
    // pdftotext sets two cells one space apart only when the gap between them is narrow: the
    // cell on the left nearly fills its column, as the other cells it set so do.
    if (cuts.includes(column) && Number.isFinite(width.merged))
      cost += Math.max(0, width.merged - SLACK - textWidth(text, face));
    const before = around.above?.[column];
    if (!before && around.earlier?.[column]) cost += RESUMED;
    if (before && wrapsInto(before, text)) cost += roomLeft(rejoin(before, firstWord(text)), width, face);
    const after = around.below?.[column];
    if (after && wrapsInto(text, after)) cost += roomLeft(rejoin(text, firstWord(after)), width, face);
  });
  return cost;
}

// A line broken short of its column with no punctuation is also a hard break the text had (a
// name, a label's line: `…Executive Yuan` / `Assisting authorities:`): it counts as much as
// a few letters at most, however much room was left.
const HARD_BREAK = 2000;

/** How far a line with the next line's first word put back still falls short of its column. */
function roomLeft(rejoined: string, width: ColumnWidth, face: Face): number {
  return Math.min(HARD_BREAK, Math.max(0, width.lower - SLACK - textWidth(rejoined, face)));
}

/**
 * Two lines of a cell where the first was broken by wrapping, not at a paragraph's or item's end
 * (the next opening an item, or a part under a CJK label: `…勞動部` / `協辦機關：行政院…`).
 */
function wrapsInto(line: string, next: string): boolean {
  return !endsParagraph(line) && !opensPart(next);
}

// A label of a cell's part: a CJK word of three characters or more and a colon (`主辦機關：`).
const CJK_LABEL = /^\p{Script=Han}{3,8}[：:]/u;
/** A cell line that opens a part of its cell (a list item, a labelled part): no wrapped line. */
const opensPart = (line: string): boolean => startsNewItem(line) || CJK_LABEL.test(line);

/**
 * Of the readings of a line (`alternatives`, its cells cut at each candidate gap), the one that
 * breaks greedy wrapping least, and whether it stands out (else the caller keeps a warning).
 * `around`: the line's neighbours in its row; `widths` per face.
 */
export function chooseReading(
  alternatives: readonly Reading[],
  around: Around,
  widths: ReadonlyArray<readonly ColumnWidth[]>,
): { index: number; sure: boolean } {
  const perFace = ([0, 1] as const).map((face) =>
    alternatives.map((reading) => wrapCost(reading, around, widths[face] ?? [], face)),
  );
  const costs = alternatives.map((_, i) => Math.min(...perFace.map((faceCosts) => faceCosts[i] ?? 0)));
  const index = cheapest(costs);
  // The proxy faces are not the producer's: a reading is sure only where it wins in each face.
  const sure =
    perFace.every((faceCosts) => {
      const best = faceCosts[index] ?? 0;
      return faceCosts.every((cost, i) => i === index || cost - best >= MARGIN);
    }) && winsOpen(alternatives, index, around, widths);
  return { index, sure };
}

/**
 * A column no refused line bounds is known only to be as wide as its widest line seen (which may
 * be the very line being cut: `cooperation and asset recovery and` / `countries…`). A reading
 * that wins by that line overflowing it is sure only if it still wins, in each face, with the
 * column's width left open.
 */
function winsOpen(
  alternatives: readonly Reading[],
  index: number,
  around: Around,
  widths: ReadonlyArray<readonly ColumnWidth[]>,
): boolean {
  return ([0, 1] as const).every((face) => {
    const costs = alternatives.map((reading) => wrapCost(reading, around, widths[face] ?? [], face, true));
    const best = costs[index] ?? 0;
    return costs.every((cost) => cost >= best);
  });
}

/** The index of the least cost (the first of equals). */
function cheapest(costs: readonly number[]): number {
  let index = 0;
  costs.forEach((cost, i) => {
    if (cost < (costs[index] ?? 0)) index = i;
  });
  return index;
}

/** What a column's clearly cut lines show, in both faces: its widest line, the narrowest it refused. */
interface ColumnShown {
  lower: [number, number];
  /** The narrowest line refused with the unit moved below it put back (see `columnWidths`). */
  upper: [number, number];
  /** Latin lines refused (widths in both faces, the line below): judged once `lower` is known. */
  latin: Array<{ wider: [number, number]; after: string }>;
}

// A line in a proxy face measures at least this share of its width in the producer's face.
const PROXY_LEAST = 0.85;

/**
 * The narrowest Latin line a column refused, in a face: one refused far narrower than the widest
 * line the column set, beyond a proxy face's error, was no refusal but a paragraph's end with no
 * stop (`…(Agency Against Corruption)` / `Assisting authorities: …`), as is a line before an item.
 */
function narrowestLatinRefusal(shown: ColumnShown, face: Face): number {
  const least = shown.lower[face] * PROXY_LEAST;
  let upper = shown.upper[face];
  for (const { wider, after } of shown.latin) {
    const width = wider[face];
    if (width < upper && width >= least && !opensPart(after)) upper = width;
  }
  return upper;
}

const SPACE = 0x20;

/**
 * What the table's clearly cut lines show of each column: their widest, and the narrowest line
 * the producer broke with the unit it moved below put back — a CJK line refused narrower than
 * the column `holds` left out. Every clear cell is measured once, in both faces at once; a line
 * with a unit put back is its width plus the unit's (and a space's), as measuring the joined
 * text gives it (widths add up unit by unit); whether the line wrapped is asked (a list marker
 * looked for) only where its width would lower what is known.
 */
function clearLinesShow(
  bands: ReadonlyArray<ReadonlyArray<readonly string[]>>,
  clear: (line: readonly string[]) => boolean,
  columns: number,
  holds: readonly number[] | undefined,
): ColumnShown[] {
  const shown = Array.from(
    { length: columns },
    (): ColumnShown => ({
      lower: [0, 0],
      upper: [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY],
      latin: [],
    }),
  );
  const [helvetica, times] = [widthTable(0), widthTable(1)];
  for (const lines of bands) {
    let nextClear = lines.length > 0 && clear(lines[0] as string[]);
    for (let index = 0; index < lines.length; index++) {
      const isClear = nextClear;
      const next = lines[index + 1];
      nextClear = next !== undefined && clear(next);
      if (!isClear) continue;
      const cells = lines[index] as readonly string[];
      for (let column = 0; column < columns; column++) {
        const text = cells[column] ?? "";
        if (!text) continue;
        const { lower, upper } = shown[column] as ColumnShown;
        let [h, t] = [0, 0];
        for (let i = 0; i < text.length; i++) {
          const unit = text.charCodeAt(i);
          h += helvetica[unit] ?? 0;
          t += times[unit] ?? 0;
        }
        if (h > lower[0]) lower[0] = h;
        if (t > lower[1]) lower[1] = t;
        const after = nextClear ? (next?.[column] ?? "") : "";
        if (!after || endsParagraph(text)) continue;
        const word = firstWord(after);
        const tight = rejoinsTight(text, word);
        h += textWidth(word, 0) + (tight ? 0 : (helvetica[SPACE] ?? 0));
        t += textWidth(word, 1) + (tight ? 0 : (times[SPACE] ?? 0));
        if (h >= upper[0] && t >= upper[1]) continue;
        if (!WIDE.test(text)) {
          (shown[column] as ColumnShown).latin.push({ wider: [h, t], after });
          continue;
        }
        if (opensPart(after)) continue;
        // A column holds the CJK lines `holds` says: a CJK line refused narrower than that was
        // no refusal (a break the text had, a row ending there; CJK widths are whole ems, no
        // proxy's error) and says nothing of the width.
        const least = holds?.[column] ?? Number.NaN;
        if (!(h < least)) upper[0] = Math.min(upper[0], h);
        if (!(t < least)) upper[1] = Math.min(upper[1], t);
      }
    }
  }
  return shown;
}

/**
 * Per face, per column, what the table's clearly cut lines show of the column's width: `bands`
 * are the rows' lines in order, `clear(line)` says a line was cut at gaps of two spaces or more,
 * `merged` are the cells cut off at the one single space that could be a gap, `holds` what a
 * CJK line of each column is known to hold (see capacity.ts), where known.
 */
export function columnWidths(
  bands: ReadonlyArray<ReadonlyArray<readonly string[]>>,
  clear: (line: readonly string[]) => boolean,
  merged: ReadonlyArray<{ column: number; text: string }>,
  columns: number,
  holds?: readonly number[],
): ColumnWidth[][] {
  const shown = clearLinesShow(bands, clear, columns, holds);
  return ([0, 1] as const).map((face) => {
    // (A column holds its widest CJK line standing alone too, cut lines or not: in tight grids
    // its full lines are nearly all set one space from the next column, never clear.)
    const widths = shown.map((column, index) => ({
      lower: Math.max(column.lower[face], holds?.[index] || 0),
      upper: narrowestLatinRefusal(column, face),
      merged: Number.POSITIVE_INFINITY,
    }));
    for (const { column, text } of merged) {
      const width = widths[column];
      if (width) width.merged = Math.min(width.merged, textWidth(text, face));
    }
    return widths;
  });
}
