import { foldForSearch } from "./fold.js";
import type { Lookup } from "./lookup.js";
import { documentRoute, hrefFor } from "./routes.js";

export type HitKind = "measure" | "agency" | "record" | "document";

export interface SearchEntry {
  kind: HitKind;
  href: string;
  title: string;
  detail: string;
  /** Folded text the query is matched against. */
  key: string;
}

/** Every measure, named agency, report record and document, with its folded search key. */
export function buildSearchEntries(lookup: Lookup): SearchEntry[] {
  const fold = (parts: Array<string | undefined>) =>
    foldForSearch(parts.filter(Boolean).join(" \u0000 "), lookup.data.fold);
  const entries: SearchEntry[] = [];
  for (const plan of lookup.plans)
    for (const strategy of plan.strategies)
      for (const m of strategy.measures) {
        const en = m.translations?.en;
        entries.push({
          kind: "measure",
          href: hrefFor({ page: "measure", id: plan.id, measureId: m.id }),
          title: `${m.id} ${m.text}`,
          detail: plan.title,
          key: fold([
            m.id,
            m.text,
            ...m.performanceGoals.map((g) => g.text),
            m.agencyText,
            en?.text,
            ...(en?.performanceGoals.map((g) => g.text) ?? []),
            en?.agencyText,
          ]),
        });
      }
  for (const [id] of lookup.agencyUses) {
    const agency = lookup.agency(id);
    if (!agency) continue;
    entries.push({
      kind: "agency",
      href: hrefFor({ page: "agency", agencyId: id }),
      title: agency.name.zh,
      detail: agency.name.en,
      key: fold([agency.name.zh, agency.name.en, ...agency.abbreviations, ...agency.aliases]),
    });
  }
  for (const report of lookup.reports)
    for (const r of report.records)
      entries.push({
        kind: "record",
        href: hrefFor({ page: "report", id: report.id, seq: r.seq }),
        title: `${report.year} 序次 ${r.seq} ${r.measure.text}`,
        detail: r.agencyText,
        key: fold([r.measure.text, r.agencyText, r.target.text, r.achievement.text]),
      });
  for (const d of lookup.data.documents)
    entries.push({
      kind: "document",
      href: hrefFor(documentRoute(d)),
      title: d.title,
      detail: `${d.kind} · ${d.language}`,
      key: fold([d.title]),
    });
  return entries;
}

/**
 * Entries whose key holds every word of the query (folded the same way), in the order measures,
 * agencies, records, documents. An empty query finds nothing.
 */
export function search(
  entries: readonly SearchEntry[],
  query: string,
  fold: Readonly<Record<string, string>>,
): SearchEntry[] {
  const words = foldForSearch(query, fold).split(" ").filter(Boolean);
  if (words.length === 0) return [];
  return entries.filter((entry) => words.every((word) => entry.key.includes(word)));
}
