// Public API of @lianzheng/text. Named exports only.

/** readBoxText: tables drawn with box-drawing characters (the law database) → RawDocument. */
export { readBoxText } from "./box.js";
/** readCellLines: one table cell per line, `|` lines between cells → RawDocument. */
export { readCellLines } from "./cell-lines.js";
/** decodeText: the bytes of a text file → its text and encoding (UTF-8, UTF-16, Big5). */
export { type DecodedText, decodeText, type TextEncoding } from "./decode.js";
/** foldLookalikes: Kangxi radicals, compatibility ideographs, widths and odd spaces folded. */
export { foldLookalikes } from "./fold.js";
/** readAnyText and detectTextForm: a text in any of its forms, recognised by content. */
export { detectTextForm, readAnyText, type TextForm, type TextReading } from "./forms.js";
/** readLayoutText: monospace text in columns (`pdftotext -layout`) → RawDocument. */
export { readLayoutText } from "./grid.js";
/** readHtml: a web page with tables (rowspan, colspan, <br>) → RawDocument. */
export { readHtml } from "./html.js";
/** readMarkdown: Markdown with pipe tables → RawDocument. */
export { readMarkdown } from "./markdown.js";
/** readPlainText: pdftotext output without -layout → RawDocument (tables whose columns are lost are reported). */
export { readPlainText } from "./plain.js";
/** readText: the text form of a document (as in seeds/) → RawDocument. */
export { readText } from "./read-text.js";
/** readSavedText: a document a word processor saved as text (one cell per line, nothing between). */
export { readSavedText } from "./saved-text.js";
