/**
 * What the reader gives PDF.js so that it never builds glyph outlines. With `disableFontFace`,
 * PDF.js's worker turns every glyph shown into a path (for drawing text without fonts) and sends
 * each one over: a sixth of the reader's CPU on our PDFs. The reader never draws, so it lets
 * PDF.js "load" its fonts instead, into a font set that keeps nothing: fonts are read and
 * translated as before (glyphs, widths, ToUnicode), and the operators are the same. Run as source
 * text in the child: it uses nothing from outside itself.
 */
export function fontLoadingStandIn() {
  class FontFace {
    readonly loaded = Promise.resolve(this);
    load() {
      return this.loaded;
    }
  }
  return { FontFace, ownerDocument: { fonts: { add() {}, delete() {} } } };
}
