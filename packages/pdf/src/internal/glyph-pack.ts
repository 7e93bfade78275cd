/**
 * A page's glyphs as `collectPage` sends them between runtimes (pdfjs-page.ts): one string and
 * three typed arrays for the whole page, where PDF.js gives an object per glyph; copying those
 * objects was most of the cost of sending a page. Entry i is nothing (`kinds` 0), a TJ adjustment
 * (1; the number in `widths`), or a glyph (2, or 3 for what PDF.js calls a space) whose Unicode
 * is the next `lengths[i]` code units of `text` and whose width is `widths[i]` (NaN for none).
 * A packed `showText` operation's arguments are `[start, count]`: its entries in these arrays.
 */
export interface PackedGlyphs {
  text: string;
  lengths: Uint32Array;
  widths: Float64Array;
  kinds: Uint8Array;
}

/** A glyph as PDF.js gives it in a `showText` operation (the fields the reader uses). */
export interface ShownGlyph {
  unicode: string;
  width?: number;
  isSpace: boolean;
}

/** The packed parts of a page as `collectPage` sends it (see IsolatedPage in pdfjs-page.ts). */
export interface PackedArgs {
  fnArray: ArrayLike<number>;
  argsArray: ArrayLike<unknown>;
  glyphs?: PackedGlyphs | undefined;
  numbers?: Float64Array | undefined;
}

/**
 * The page's arguments as PDF.js gave them: every packed `showText` turned back into a list of
 * glyphs, numbers and nulls, and every operation of numbers only into its array of numbers (a
 * text matrix comes back flat), so the operator reader sees what PDF.js gave.
 */
export function unpackArgs(
  { fnArray, argsArray, glyphs: packed, numbers }: PackedArgs,
  showText: number,
): unknown[] {
  const {
    text = "",
    lengths = new Uint32Array(0),
    widths = new Float64Array(0),
    kinds = new Uint8Array(0),
  } = packed ?? {};
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
  const out = new Array<unknown>(argsArray.length);
  for (let i = 0; i < argsArray.length; i++) {
    const args = argsArray[i];
    if (typeof args === "number" && numbers) {
      const values = new Array<number>(args);
      for (let j = 0; j < args; j++) values[j] = numbers[at + j] as number;
      out[i] = values;
      at += args;
    } else if (fnArray[i] === showText && packed && Array.isArray(args) && typeof args[0] === "number") {
      const [start, count] = args as [number, number];
      const glyphs = new Array<ShownGlyph | number | null>(count);
      for (let j = 0; j < count; j++) glyphs[j] = entry(start + j);
      out[i] = [glyphs];
    } else {
      out[i] = args;
    }
  }
  return out;
}
