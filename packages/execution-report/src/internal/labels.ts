import { foldToSimplified, listMarkerStyleOf } from "./normalize.js";

/**
 * The row labels of an execution report record. Labels carry the report's year and vary in
 * spacing and width (`107年績效目標值`, `107 年度(1 月至 12 月)績效目標達成情形`), so they are
 * matched by pattern on a normalized form with the year captured, never by a fixed year.
 */
export type LabelKind =
  | "seq"
  | "strategy"
  | "measure"
  | "performanceGoals"
  | "agencies"
  | "indicators"
  | "target"
  | "achievement"
  | "other";

export interface LabelMatch {
  kind: LabelKind;
  /** The ROC year a target or achievement label names (107 in `107年績效目標值`). */
  rocYear?: number;
}

// Labels are written here in Traditional Chinese and compared folded to Simplified characters, so a
// report in either script (or a mix, as extraction leaves it) matches the same way.
const FIXED: Record<string, LabelKind> = Object.fromEntries(
  Object.entries({
    序次: "seq",
    序號: "seq",
    具體策略: "strategy",
    執行措施: "measure",
    績效目標: "performanceGoals",
    辦理機關: "agencies",
    績效衡量指標: "indicators",
  } satisfies Record<string, LabelKind>).map(([label, kind]) => [foldToSimplified(label), kind]),
);

const folded = (pattern: RegExp) => new RegExp(foldToSimplified(pattern.source), pattern.flags);
// `107年績效目標值`, `107年度績效目標值`, `民國108年績效目標值`
const TARGET = folded(/^(?:民國)?(\d{2,3})年度?績效目標值$/u);
// `107年度(1月至12月)績效目標達成情形`, `112年績效目標達成情形`, `108年度(1-12月)績效目標達成情形`
const ACHIEVEMENT = folded(
  /^(?:民國)?(\d{2,3})年度?(?:\(\d{1,2}月?(?:至|-|~|－)\d{1,2}月\))?績效目標達成情形$/u,
);

/**
 * The label as compared: NFKC (full-width digits and brackets to ASCII), no white space, folded
 * to Simplified characters (for matching only: labels in `fields` keep their text as written).
 */
export function normalizeLabel(label: string): string {
  return foldToSimplified(label.normalize("NFKC").replace(/\s+/gu, ""));
}

/** What a row label is. Unknown labels are `other` and keep their text as written. */
export function classifyLabel(label: string): LabelMatch {
  const key = normalizeLabel(label);
  const fixed = FIXED[key];
  if (fixed) return { kind: fixed };
  const target = TARGET.exec(key);
  if (target) return { kind: "target", rocYear: Number(target[1]) };
  const achievement = ACHIEVEMENT.exec(key);
  if (achievement) return { kind: "achievement", rocYear: Number(achievement[1]) };
  return { kind: "other" };
}

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
