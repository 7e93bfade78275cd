// Public API of @lianzheng/normalize. Named exports only.

// --- agencies: the registry and the resolver ---
export {
  type AgencyCellResult,
  type ParseAgencyCellOptions,
  parseAgencyCell,
} from "./agency/cell.js";
export { foldToSimplified, normalizeAgencyKey } from "./agency/key.js";
export { agencyRegistry } from "./agency/registry.js";
export {
  type AgencyMatch,
  getAgency,
  type ResolveAgencyOptions,
  resolveAgency,
} from "./agency/resolve.js";
// --- text: numerals, amounts, dates, list markers, clean-up, script (owned by the text normalizers) ---
export {
  cleanText,
  decodeHtmlEntities,
  htmlToText,
  normalizeLookalikes,
  normalizeWidth,
  rejoinBrokenLines,
  removeCjkLetterSpacing,
} from "./clean.js";
export { type DateRange, parseDateRange, parseRocDate, ROC_YEAR_OFFSET } from "./dates.js";
export { parseNumberWords } from "./english-quantities.js";
export { type ItemSpan, splitItemSpans, splitItems } from "./items.js";
export { LIST_MARKER_STYLES, type ListMarker, type ListMarkerStyle, parseListMarker } from "./markers.js";
export { parseNumber, parseOrdinal } from "./numbers.js";
export { extractQuantities, parseAmount } from "./quantities.js";
export {
  countScriptCharacters,
  detectScript,
  hasSimplifiedCharacters,
  loadTraditionalConverter,
  normalizeTaiCharacter,
  type ScriptCounts,
  toTraditional,
} from "./script.js";
