import type { LineageLink } from "../site-data.js";

/** A measure in one edition: the plan document's id and the measure's id within it. */
export interface EditionMeasure {
  planId: string;
  measureId: string;
}

/** The lineage a measure takes part in: every counterpart in every edition, and the links. */
export interface MeasureHistory {
  /** The measure itself first, then its counterparts in the order they were reached. */
  measures: EditionMeasure[];
  /** The lineage rows joining them, earlier edition → later edition, each once. */
  links: LineageLink[];
}

const key = (planId: string, measureId: string) => `${planId}|${measureId}`;

/**
 * A measure's history across editions: the measures the lineage joins to it, transitively, in
 * both directions (2018 1.4 → 2023 1.3 → a later edition's 1.3 …). Added and removed rows belong
 * to the measure they name; `canonical` maps a document id to the one the site shows.
 */
export function measureHistory(
  lineage: readonly LineageLink[],
  start: EditionMeasure,
  canonical: (id: string) => string = (id) => id,
): MeasureHistory {
  const byMeasure = new Map<string, LineageLink[]>();
  const index = (planId: string, measureId: string | null, link: LineageLink) => {
    if (measureId === null) return;
    const k = key(canonical(planId), measureId);
    byMeasure.set(k, [...(byMeasure.get(k) ?? []), link]);
  };
  for (const link of lineage) {
    index(link.from, link.fromMeasure, link);
    index(link.to, link.toMeasure, link);
  }
  const first = { planId: canonical(start.planId), measureId: start.measureId };
  const measures: EditionMeasure[] = [first];
  const seen = new Set([key(first.planId, first.measureId)]);
  const links = new Set<LineageLink>();
  for (let i = 0; i < measures.length; i++) {
    const current = measures[i] as EditionMeasure;
    for (const link of byMeasure.get(key(current.planId, current.measureId)) ?? []) {
      links.add(link);
      for (const [planId, measureId] of [
        [link.from, link.fromMeasure],
        [link.to, link.toMeasure],
      ] as const) {
        if (measureId === null) continue;
        const next = { planId: canonical(planId), measureId };
        if (seen.has(key(next.planId, measureId))) continue;
        seen.add(key(next.planId, measureId));
        measures.push(next);
      }
    }
  }
  return { measures, links: [...links] };
}
