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
