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

/**
 * The page's arguments with every packed `showText` turned back into PDF.js's form (a list of
 * glyphs, numbers and nulls), so the operator reader sees what PDF.js gave.
 */
export function unpackShownGlyphs(
  fnArray: ArrayLike<number>,
  argsArray: ArrayLike<unknown>,
  packed: PackedGlyphs,
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
  // Plain loops: this runs for every glyph of every page.
  const out = new Array<unknown>(argsArray.length);
  for (let i = 0; i < argsArray.length; i++) {
    const args = argsArray[i];
    if (fnArray[i] !== showText || !Array.isArray(args) || typeof args[0] !== "number") {
      out[i] = args;
      continue;
    }
    const [start, count] = args as [number, number];
    const glyphs = new Array<ShownGlyph | number | null>(count);
    for (let j = 0; j < count; j++) glyphs[j] = entry(start + j);
    out[i] = [glyphs];
  }
  return out;
}
