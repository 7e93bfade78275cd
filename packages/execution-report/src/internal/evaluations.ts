import { type Assessed, createWarning, type Evaluation, type Quantity, type Warning } from "@lianzheng/model";

/**
 * Pairs target and achievement quantities only where the pairing is unambiguous:
 *
 * 1. When target and achievement have the same numbered items, item n of the target pairs with
 *    item n of the achievement, unit by unit, where each side has exactly one quantity of the unit.
 * 2. Otherwise, a unit the whole target names once pairs with the achievement's one quantity of that
 *    unit, or, when the achievement names it more than once, with the one in its lead-in (the text
 *    before item 1, which sums up: 「合計 948 場，案件審核 647 件：1. …」).
 *
 * Dates never pair. A rate the achievement states itself (達成率 102.5%, 達成績效目標 121.6%) is kept
 * as `statedRatio` on the count or money evaluation of the same item, or the record's only one, or
 * the only one it agrees with; a stated rate that disagrees with the computed ratio is a warning.
 */
export function evaluate(
  target: Assessed,
  achievement: Assessed,
  seq: number,
  warnings: Warning[],
): Evaluation[] {
  const targets = target.quantities.filter(pairable);
  const actuals = achievement.quantities.filter(pairable);
  if (targets.length === 0 || actuals.length === 0) return [];

  const evaluations: Evaluation[] = [];
  const itemsOf = (a: Assessed) => a.items.flatMap((item) => (item.number === null ? [] : [item.number]));
  const targetItems = itemsOf(target);
  const aligned = targetItems.length > 0 && targetItems.join() === itemsOf(achievement).join();

  if (aligned) {
    for (const n of targetItems) {
      const inItem = (q: Quantity) => q.itemNumber === n;
      for (const unit of unitsOf(targets.filter(inItem))) {
        const t = only(targets.filter((q) => inItem(q) && unitOf(q) === unit));
        const a = only(actuals.filter((q) => inItem(q) && unitOf(q) === unit));
        if (t && a) evaluations.push(pair(n, t, a));
      }
    }
  } else {
    for (const unit of unitsOf(targets)) {
      const t = only(targets.filter((q) => unitOf(q) === unit));
      const sameUnit = actuals.filter((q) => unitOf(q) === unit);
      const a = only(sameUnit) ?? only(sameUnit.filter((q) => q.itemNumber === null));
      if (t && a) evaluations.push(pair(a.itemNumber ?? null, t, a));
    }
  }
  attachStatedRates(evaluations, achievement, seq, warnings);
  return evaluations;
}

function pairable(q: Quantity): boolean {
  return q.kind !== "date" && q.value > 0;
}

/** Count and money pair by unit (and currency); a percentage pairs with a percentage. */
function unitOf(q: Quantity): string {
  return `${q.kind}:${q.currency ?? q.unit ?? ""}`;
}

function unitsOf(quantities: readonly Quantity[]): string[] {
  return [...new Set(quantities.map(unitOf))];
}

function only<T>(list: readonly T[]): T | undefined {
  return list.length === 1 ? list[0] : undefined;
}

function pair(itemNumber: number | null, target: Quantity, actual: Quantity): Evaluation {
  const ratio = actual.value / target.value;
  return { itemNumber, target, actual, ratio, met: ratio >= 1 };
}

// The words that make a percentage the text's own achievement rate rather than a measured share.
const STATED_RATE_BEFORE = /(?:達成率|達成績效目標|目標達成率)\s*(?:為|達|約)?\s*$/u;

function isStatedRate(q: Quantity, text: string): boolean {
  if (q.kind !== "percent") return false;
  const at = text.indexOf(q.raw);
  return at >= 0 && STATED_RATE_BEFORE.test(text.slice(Math.max(0, at - 12), at));
}

function attachStatedRates(
  evaluations: Evaluation[],
  achievement: Assessed,
  seq: number,
  warnings: Warning[],
): void {
  const counted = evaluations.filter((e) => e.actual.kind !== "percent");
  if (counted.length === 0) return;
  const stated = achievement.quantities.filter((q) => isStatedRate(q, achievement.text));
  for (const rate of stated) {
    const sameItem = counted.filter((e) => e.itemNumber !== null && e.itemNumber === rate.itemNumber);
    const agreeing = counted.filter((e) => Math.abs(rate.value / 100 - e.ratio) <= tolerance(rate));
    const evaluation = only(sameItem) ?? (counted.length === 1 ? counted[0] : only(agreeing));
    if (!evaluation || evaluation.statedRatio !== undefined) continue;
    evaluation.statedRatio = rate.value / 100;
    if (Math.abs(evaluation.statedRatio - evaluation.ratio) > tolerance(rate)) {
      warnings.push(
        createWarning(
          "stated_ratio_mismatch",
          `序次 ${seq}: the text states ${rate.raw} but ${evaluation.actual.raw} / ${evaluation.target.raw} = ${(evaluation.ratio * 100).toFixed(2)}%`,
          { at: { seq } },
        ),
      );
    }
  }
}

/** Half a unit of the stated rate's last decimal, as a ratio: 102.5% → ±0.0005, 100% → ±0.005. */
function tolerance(rate: Quantity): number {
  const decimals = /\.(\d+)/u.exec(String(rate.value))?.[1]?.length ?? 0;
  return (0.5 * 10 ** -decimals) / 100 + 1e-9;
}
