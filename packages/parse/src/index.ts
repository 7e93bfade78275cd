// Public API of @lianzheng/parse. Named exports only.
export { type Detection, detect, detectLanguage } from "./detect.js";
export { decodeInput, type Input, inputOf } from "./input.js";
export { type InputLayout, layoutOfPdf, layoutOfText, textOfLayout } from "./layout.js";
export { type DocumentBase, parseLayout, titleOf } from "./parse.js";
