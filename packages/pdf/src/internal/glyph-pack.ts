/**
 * A page's glyphs as `collectPage` sends them between runtimes (pdfjs-page.ts): one string and
 * three typed arrays for the whole page, where PDF.js gives an object per glyph; copying those
 * objects was most of the cost of sending a page. Entry i is nothing (`kinds` 0), a TJ adjustment
 * (1; the number in `widths`), or a glyph (2, or 3 for what PDF.js calls a space) whose Unicode
 * is the next `lengths[i]` code units of `text` and whose width is `widths[i]` (NaN for none).
 * A packed `showText` operation takes its entries in these arrays one after another (see ARGS_SENT).
 */
export interface PackedGlyphs {
  text: string;
  lengths: IntArray;
  widths: Float64Array;
  kinds: Uint8Array;
}

/** Whole numbers as `collectPage` sends them, in the smallest typed array that holds them (intArrayOf). */
export type IntArray = Uint8Array | Int8Array | Uint16Array | Uint32Array | Int32Array;

/** A glyph as PDF.js gives it in a `showText` operation (the fields the reader uses). */
export interface ShownGlyph {
  unicode: string;
  width?: number;
  isSpace: boolean;
}

/**
 * How `collectPage` sent an operation's arguments (`IsolatedPage.shapes`): a count n ≥ 0 is the
 * operation's next n numbers in `numbers`, or for a `showText` its next n entries of the packed
 * glyphs; `font` is a `setFont`'s `[id, size]` as two numbers (the id's index in `fontIds`);
 * `asGiven` is the next entry of `argsArray`. collectPage runs as source text and writes these
 * values out itself.
 */
export const ARGS_SENT = { asGiven: -1, font: -2 } as const;

/** The packed parts of a page as `collectPage` sends it (see IsolatedPage in pdfjs-page.ts). */
export interface PackedArgs {
  fnArray: ArrayLike<number>;
  shapes: ArrayLike<number>;
  argsArray: ArrayLike<unknown>;
  fontIds: readonly string[];
  glyphs: PackedGlyphs;
  numbers: Float64Array;
}

/**
 * The page's arguments as PDF.js gave them: every packed `showText` turned back into a list of
 * glyphs, numbers and nulls, every operation of numbers only into its array of numbers (a text
 * matrix comes back flat) and every packed `setFont` into `[id, size]`, so the operator reader
 * sees what PDF.js gave.
 */
export function unpackArgs(
  { fnArray, shapes, argsArray, fontIds, glyphs: packed, numbers }: PackedArgs,
  showText: number,
): unknown[] {
  const { text, lengths, widths, kinds } = packed;
  // Where each entry's Unicode starts in `text`.
  const offsets = new Uint32Array(kinds.length + 1);
  for (let i = 0; i < kinds.length; i++) offsets[i + 1] = (offsets[i] ?? 0) + (lengths[i] ?? 0);
  const entry = (i: number): ShownGlyph | number | null => {
    const kind = kinds[i] ?? 0;
    const width = widths[i] ?? Number.NaN;
    if (kind === 0) return null;
    if (kind === 1) return width;
    const unicode = text.slice(offsets[i], offsets[i + 1]);
    const isSpace = kind === 3;
    return Number.isNaN(width) ? { unicode, isSpace } : { unicode, width, isSpace };
  };
  // Plain loops: this runs for every operation and glyph of every page.
  let at = 0; // the next operation's first number
  let shown = 0; // the next showText's first glyph entry
  let given = 0; // the next operation's arguments as given
  const out = new Array<unknown>(fnArray.length);
  for (let i = 0; i < fnArray.length; i++) {
    const shape = shapes[i] as number;
    if (shape === ARGS_SENT.asGiven) {
      out[i] = argsArray[given++];
    } else if (shape === ARGS_SENT.font) {
      out[i] = [fontIds[numbers[at] as number], numbers[at + 1]];
      at += 2;
    } else if (fnArray[i] === showText) {
      const glyphs = new Array<ShownGlyph | number | null>(shape);
      for (let j = 0; j < shape; j++) glyphs[j] = entry(shown + j);
      out[i] = [glyphs];
      shown += shape;
    } else {
      const values = new Array<number>(shape);
      for (let j = 0; j < shape; j++) values[j] = numbers[at + j] as number;
      out[i] = values;
      at += shape;
    }
  }
  return out;
}
