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
const isWide = (code: number): boolean =>
  (code >= 0x1100 && code <= 0x115f) ||
  (code >= 0x2e80 && code <= 0x303e) ||
  (code >= 0x3041 && code <= 0x33ff) ||
  (code >= 0x3400 && code <= 0x4dbf) ||
  (code >= 0x4e00 && code <= 0x9fff) ||
  (code >= 0xf900 && code <= 0xfaff) ||
  (code >= 0xff00 && code <= 0xff60);

/** A code unit's advance width in a face: a full em for CJK, an average letter for the rest. */
function unitWidth(code: number, face: Face): number {
  // A surrogate pair (CJK extension B and beyond) counts once, a full em.
  if (code >= 0xdc00 && code <= 0xdfff) return 0;
  if (code >= 32 && code < 127) return FACES[face][code - 32] ?? 500;
  return isWide(code) || (code >= 0xd800 && code <= 0xdbff) ? 1000 : 500;
}

// Every cell line is measured, some several times: per face, each code unit's width in a table,
// made on first use (a look-up per character instead of range tests).
let unitWidths: readonly [Uint16Array, Uint16Array] | null = null;

function tableOf(face: Face): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let code = 0; code <= 0xffff; code++) table[code] = unitWidth(code, face);
  return table;
}

function widthTable(face: Face): Uint16Array {
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
const PARAGRAPH_END = /[.。;；!?！？]$/u;
const WIDE_START = /^[\u2e80-\u9fff\uf900-\ufaff\uff00-\uff60]/u;

/** A line with the next line's first unit put back on it: no space between CJK characters. */
function rejoin(line: string, word: string): string {
  return WIDE_END.test(line) || WIDE_START.test(word) ? `${line}${word}` : `${line} ${word}`;
}

const WIDE_END = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uff60]$/u;
const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uff60]/u;

/** The first unit a line could have been broken before: a word, or one CJK character. */
function firstWord(text: string): string {
  // A CJK character goes down with the closing punctuation after it (no line starts with 。).
  if (WIDE_START.test(text)) return /^.[、。，．：；！？）」』》〉】,.;:!?)]*/u.exec(text)?.[0] ?? "";
  return text.split(" ")[0] ?? "";
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
    const limit = Number.isFinite(width.upper) ? width.upper : width.lower;
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

/** Two lines of a cell where the first was broken by wrapping, not at a paragraph's or item's end. */
function wrapsInto(line: string, next: string): boolean {
  // (The end's pattern tested on the last character: tested on the line, it is tried at every position.)
  return !PARAGRAPH_END.test(line.slice(-1)) && !startsNewItem(next);
}

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
  const sure = perFace.every((faceCosts) => {
    const best = faceCosts[index] ?? 0;
    return faceCosts.every((cost, i) => i === index || cost - best >= MARGIN);
  });
  return { index, sure };
}

/** The index of the least cost (the first of equals). */
function cheapest(costs: readonly number[]): number {
  let index = 0;
  costs.forEach((cost, i) => {
    if (cost < (costs[index] ?? 0)) index = i;
  });
  return index;
}

// A line in a proxy face measures at least this share of its width in the producer's face.
const PROXY_LEAST = 0.85;

/** A text's advance widths in both faces. */
const textWidths = (text: string): [number, number] => [textWidth(text, 0), textWidth(text, 1)];

/** What a column's clearly cut lines show, in both faces: its widest line, the lines it refused. */
interface ColumnShown {
  lower: [number, number];
  refused: Array<{ wider: [number, number]; cjk: boolean }>;
}

/**
 * What the table's clearly cut lines show of each column: their widest, and each line the
 * producer broke with the unit it moved below, put back (measured once for both faces).
 */
function clearLinesShow(
  bands: ReadonlyArray<ReadonlyArray<readonly string[]>>,
  clear: (line: readonly string[]) => boolean,
  columns: number,
): ColumnShown[] {
  const shown = Array.from({ length: columns }, (): ColumnShown => ({ lower: [0, 0], refused: [] }));
  for (const lines of bands)
    lines.forEach((cells, index) => {
      if (!clear(cells)) return;
      const next = lines[index + 1];
      const nextClear = next !== undefined && clear(next);
      shown.forEach(({ lower, refused }, column) => {
        const text = cells[column] ?? "";
        const [helvetica, times] = textWidths(text);
        lower[0] = Math.max(lower[0], helvetica);
        lower[1] = Math.max(lower[1], times);
        const after = nextClear ? (next[column] ?? "") : "";
        if (text && after && wrapsInto(text, after))
          refused.push({ wider: textWidths(rejoin(text, firstWord(after))), cjk: WIDE.test(text) });
      });
    });
  return shown;
}

/**
 * Per face, per column, what the table's clearly cut lines show of the column's width: `bands`
 * are the rows' lines in order, `clear(line)` says a line was cut at gaps of two spaces or more,
 * `merged` are the cells cut off at the one single space that could be a gap, `holds` what a
 * CJK line of each column is known to hold (see cjk-capacity.ts), where known.
 */
export function columnWidths(
  bands: ReadonlyArray<ReadonlyArray<readonly string[]>>,
  clear: (line: readonly string[]) => boolean,
  merged: ReadonlyArray<{ column: number; text: string }>,
  columns: number,
  holds?: readonly number[],
): ColumnWidth[][] {
  const shown = clearLinesShow(bands, clear, columns);
  return ([0, 1] as const).map((face) => {
    const widths = shown.map(({ lower }) => ({
      lower: lower[face],
      upper: Number.POSITIVE_INFINITY,
      merged: Number.POSITIVE_INFINITY,
    }));
    for (const { column, text } of merged) {
      const width = widths[column];
      if (width) width.merged = Math.min(width.merged, textWidth(text, face));
    }
    // What each column refused: a line and the unit moved below it.
    const refused = shown.map((column) =>
      column.refused.map(({ wider, cjk }) => ({ wider: wider[face], cjk })),
    );
    // A column holds the CJK lines `holds` says: a CJK line refused narrower than that was no
    // refusal (a break the text had, a row ending there; CJK widths are whole ems, no proxy's
    // error) and says nothing of the width. So for a line refused far narrower than the widest
    // line the column set, beyond a proxy face's error: a paragraph's end with no stop
    // (`…(Agency Against Corruption)` / `Assisting authorities: …`), not a refusal.
    widths.forEach((width, column) => {
      const least = holds?.[column] ?? Number.NaN;
      for (const { wider, cjk } of refused[column] ?? [])
        if (!(wider < (cjk ? least : width.lower * PROXY_LEAST))) width.upper = Math.min(width.upper, wider);
    });
    return widths;
  });
}
