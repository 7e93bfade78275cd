// Public API of @lianzheng/normalize. Named exports only.

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
export {
  countScriptCharacters,
  detectScript,
  hasSimplifiedCharacters,
  loadTraditionalConverter,
  normalizeTaiCharacter,
  type ScriptCounts,
  toTraditional,
} from "./script.js";

// --- agencies: the registry and the resolver ---
