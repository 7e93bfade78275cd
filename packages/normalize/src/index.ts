// Public API of @lianzheng/normalize. Named exports only.

// --- text: numerals, amounts, dates, list markers, clean-up, script (owned by the text normalizers) ---
export {
  cleanText,
  decodeHtmlEntities,
  htmlToText,
  mayFoldCharacters,
  normalizeLookalikes,
  normalizeWidth,
  rejoinBrokenLines,
  removeCjkLetterSpacing,
  unshiftLigatureGlyph,
} from "./clean.js";
export { type DateRange, parseDateRange, parseRocDate, ROC_YEAR_OFFSET } from "./dates.js";
export { parseNumberWords } from "./english-quantities.js";
export { type ItemSpan, splitItemSpans, splitItems } from "./items.js";
export {
  dominantListMarkerStyle,
  LIST_MARKER_STYLES,
  type ListMarker,
  type ListMarkerStyle,
  listMarkerStyleOf,
  parseListMarker,
} from "./markers.js";
export { parseNumber, parseOrdinal } from "./numbers.js";
export { extractItemQuantities, extractQuantities, parseAmount } from "./quantities.js";
export {
  countScriptCharacters,
  detectScript,
  foldToSimplified,
  hasSimplifiedCharacters,
  loadTraditionalConverter,
  normalizeTaiCharacter,
  type ScriptCounts,
  toTraditional,
} from "./script.js";
