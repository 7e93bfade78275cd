import { classifyLabel } from "@lianzheng/layout";
import { listMarkerStyleOf } from "./normalize.js";

// The record labels (classifyLabel: 序次 … 107年績效目標值) are layout's, shared with the readers.
export { classifyLabel, type LabelKind, type LabelMatch, normalizeLabel } from "@lianzheng/layout";

const MAX_LABEL_LENGTH = 40;

/**
 * Whether a first cell reads as a row label rather than text that lost its leading empty cell:
 * labels are short, are not sentences and do not start with a list marker.
 */
export function looksLikeLabel(cell: string): boolean {
  const text = cell.trim();
  if (text === "" || text.length > MAX_LABEL_LENGTH) return false;
  if (/[。；;]/u.test(text)) return false;
  if (listMarkerStyleOf(text) !== null || /^[-*<]/u.test(text)) return false;
  return classifyLabel(text).kind !== "other" || /^[\p{Script=Han}\d（）()「」、\s]+$/u.test(text);
}

// The start of a year's target or achievement label, cut short (`107年度(1月至12月)績`), or its
// end alone (`目標達成情形`, `績效目標值`): each character optional after the year, in order.
const optionalRun = (text: string): string =>
  `${[...text].map((char) => `(?:${char}`).join("")}${")?".repeat([...text].length)}`;
const CUT_START = new RegExp(
  `^(?:民國)?\\d{2,3}年(?:度)?(?:\\(\\d{0,2}(?:月(?:(?:至|-|~|－)\\d{0,2}月?\\)?)?)?)?${optionalRun("績效目標達成情形")}$`,
  "u",
);
const CUT_END = /^(?:績?效?目?標?達成情形|績?效?目標值|成情形|情形)$/u;

/** True when a label that reads as no known one is a year label's start cut short, or its end alone. */
export function isCutLabel(label: string): boolean {
  const key = label.normalize("NFKC").replace(/\s+/gu, "");
  if (key === "" || classifyLabel(key).kind !== "other") return false;
  return CUT_START.test(key) || CUT_END.test(key);
}
