// East Asian Width (UAX #11): wide and full-width characters take two columns of a monospace
// grid. Ambiguous characters (box drawing, ○, ※) count as narrow, as terminals outside East
// Asian locales set them.
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/** Columns a character takes in a monospace grid: 2 for East Asian wide and full-width, else 1. */
export function charWidth(char: string): number {
  return WIDE.test(char) ? 2 : 1;
}

/** Columns a text takes in a monospace grid. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}
