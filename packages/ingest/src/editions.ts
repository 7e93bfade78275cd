import { type LineageEntry, lineMeasures } from "@lianzheng/action-plan";
import type { ActionPlan, Document } from "@lianzheng/model";

/** When an edition was approved: its revision date; null when the text gives none. */
function editionDate(plan: ActionPlan): string | null {
  return plan.revision?.date ?? null;
}

/**
 * The measure lineage between consecutive editions in a run: plans of one language whose approval
 * dates are known, in date order, each paired with the next. A plan with no date is left out
 * rather than placed by guess.
 */
export function editionLineage(
  documents: readonly Document[],
): Array<{ from: string; to: string; entries: LineageEntry[] }> {
  const plans = documents.filter(
    (document): document is ActionPlan => document.kind === "action-plan" && editionDate(document) !== null,
  );
  const result: Array<{ from: string; to: string; entries: LineageEntry[] }> = [];
  for (const language of new Set(plans.map((plan) => plan.language))) {
    const ordered = plans
      .filter((plan) => plan.language === language)
      .sort(
        (a, b) =>
          (editionDate(a) as string).localeCompare(editionDate(b) as string) || a.id.localeCompare(b.id),
      );
    for (let i = 0; i + 1 < ordered.length; i++) {
      const a = ordered[i] as ActionPlan;
      const b = ordered[i + 1] as ActionPlan;
      result.push({ from: a.id, to: b.id, entries: lineMeasures(a, b) });
    }
  }
  return result;
}
