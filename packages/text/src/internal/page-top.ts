// A row cut by a page end goes on atop the next page: its cells' lines there follow their lines
// on the page before, not a blank line. pdftotext pulls a cell's last character left there as
// anywhere (`辦機關：外交` at a page foot, `交流活動。 2. 部` atop the next: `部` is 外交部's), so
// the text pulled left on a page's first line is judged against the line above it on the page
// before. (Bands within a page are rows apart: a blank line ends a row.)

interface PagedBand {
  readonly lines: readonly string[][];
  readonly pageBreak: boolean;
}

/**
 * The cells of the line above a band's first line, when a page end comes between them (the
 * band first on its page, or after a repeated header only, which is left empty): the last line
 * of the band before. Undefined within a page, or with no band before.
 */
export function lineBeforePageTop(bands: readonly PagedBand[], index: number): readonly string[] | undefined {
  let crossed = bands[index]?.pageBreak === true;
  for (let before = index - 1; before >= 0; before--) {
    const band = bands[before];
    if (!band) return undefined;
    if (band.lines.length > 0) return crossed ? band.lines.at(-1) : undefined;
    crossed ||= band.pageBreak;
  }
  return undefined;
}

/**
 * The cells of the line below a band's last line, when a page end comes between them (the next
 * band first on its page, or after a repeated header only): the first line of the band after.
 * Undefined within a page, or with no band after.
 */
export function lineAfterPageFoot(bands: readonly PagedBand[], index: number): readonly string[] | undefined {
  let crossed = false;
  for (let after = index + 1; after < bands.length; after++) {
    const band = bands[after];
    if (!band) return undefined;
    crossed ||= band.pageBreak;
    if (band.lines.length > 0) return crossed ? band.lines[0] : undefined;
  }
  return undefined;
}
