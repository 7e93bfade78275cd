// Public API of @lianzheng/text. Named exports only.

/** decodeText: the bytes of a text file → its text and encoding (UTF-8, UTF-16, Big5). */
export { type DecodedText, decodeText, type TextEncoding } from "./decode.js";
/** readLayoutText: monospace text in columns (`pdftotext -layout`) → RawDocument. */
export { readLayoutText } from "./grid.js";
/** readText: the text form of a document (as in seeds/) → RawDocument. */
export { readText } from "./read-text.js";
