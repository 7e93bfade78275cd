import { foldToSimplified } from "@lianzheng/normalize";

/**
 * The row labels of an execution report's records (序次, 具體策略 … 107年績效目標值), known to the
 * readers (a label alone on its line in a text saved from a word processor) and to the report's
 * parser alike. Labels carry the report's year and vary in spacing and width (`107年績效目標值`,
 * `107 年度(1 月至 12 月)績效目標達成情形`), so they are matched by pattern on a normalized form
 * with the year captured, never by a fixed year.
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
// report in either script (or a mix, as extraction leaves it) matches the same way. (Folded on
// first use: a reader that asks no label builds no fold table.)
const FIXED_LABELS: Record<string, LabelKind> = {
  序次: "seq",
  序號: "seq",
  具體策略: "strategy",
  執行措施: "measure",
  績效目標: "performanceGoals",
  辦理機關: "agencies",
  績效衡量指標: "indicators",
};
// `107年績效目標值`, `107年度績效目標值`, `民國108年績效目標值`
const TARGET_LABEL = /^(?:民國)?(\d{2,3})年度?績效目標值$/u;
// `107年度(1月至12月)績效目標達成情形`, `112年績效目標達成情形`, `108年度(1-12月)績效目標達成情形`
const ACHIEVEMENT_LABEL =
  /^(?:民國)?(\d{2,3})年度?(?:\(\d{1,2}月?(?:至|-|~|－)\d{1,2}月\))?績效目標達成情形$/u;

interface FoldedLabels {
  fixed: Record<string, LabelKind>;
  target: RegExp;
  achievement: RegExp;
}
let folded: FoldedLabels | null = null;

function foldedLabels(): FoldedLabels {
  const fold = (pattern: RegExp) => new RegExp(foldToSimplified(pattern.source), pattern.flags);
  folded ??= {
    fixed: Object.fromEntries(
      Object.entries(FIXED_LABELS).map(([label, kind]) => [foldToSimplified(label), kind]),
    ),
    target: fold(TARGET_LABEL),
    achievement: fold(ACHIEVEMENT_LABEL),
  };
  return folded;
}

/**
 * The label as compared: NFKC (full-width digits and brackets to ASCII), no white space, folded
 * to Simplified characters (for matching only: labels in a report's `fields` keep their text as written).
 */
export function normalizeLabel(label: string): string {
  return foldToSimplified(label.normalize("NFKC").replace(/\s+/gu, ""));
}

/** What a report's row label is. Unknown labels are `other`. */
export function classifyLabel(label: string): LabelMatch {
  const key = normalizeLabel(label);
  const { fixed, target, achievement } = foldedLabels();
  const kind = fixed[key];
  if (kind) return { kind };
  const targetYear = target.exec(key);
  if (targetYear) return { kind: "target", rocYear: Number(targetYear[1]) };
  const achievementYear = achievement.exec(key);
  if (achievementYear) return { kind: "achievement", rocYear: Number(achievementYear[1]) };
  return { kind: "other" };
}
