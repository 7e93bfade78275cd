// Public API of @lianzheng/text. Named exports only.

/** readText: the text form of a document (as in seeds/) → RawDocument. */
export { readText } from "./read-text.js";
