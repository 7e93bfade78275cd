// East Asian Width (UAX #11): wide and full-width characters take two columns of a monospace
// grid. Ambiguous characters (box drawing, ○, ※) count as narrow, as terminals outside East
// Asian locales set them.
const WIDE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x20000, 0x3fffd],
];

// Every character's width is asked for (a whole text's, for its margin): one table look-up per
// code unit of the Basic Multilingual Plane instead of a regular-expression test per character.
const BMP_WIDTHS = new Uint8Array(0x10000).fill(1);
for (const [from, to] of WIDE_RANGES) if (from <= 0xffff) BMP_WIDTHS.fill(2, from, to + 1);

/** Columns a code point takes in a monospace grid: 2 for East Asian wide and full-width, else 1. */
export function codePointWidth(codePoint: number): number {
  if (codePoint <= 0xffff) return BMP_WIDTHS[codePoint] ?? 1;
  return WIDE_RANGES.some(([from, to]) => codePoint >= from && codePoint <= to) ? 2 : 1;
}

/** Columns a character takes in a monospace grid: 2 for East Asian wide and full-width, else 1. */
export function charWidth(char: string): number {
  return codePointWidth(char.codePointAt(0) ?? 0);
}

/** Columns a text takes in a monospace grid. */
export function displayWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const codePoint = text.codePointAt(i) ?? 0;
    width += codePointWidth(codePoint);
    if (codePoint > 0xffff) i++;
  }
  return width;
}
