import { lineMeasures, mergeTranslations } from "@lianzheng/action-plan";
import { derivePlanFromReport, linkReportToPlan } from "@lianzheng/execution-report";
import { linkToPlan } from "@lianzheng/mentions";
import {
  type ActionPlan,
  createWarning,
  type Document,
  type ExecutionReport,
  type Narrative,
  type TripReport,
  type Warning,
} from "@lianzheng/model";

/** The documents of a run after the steps that need more than one document. */
export interface CrossDocumentResult {
  /** The same documents, in the same order: Chinese plans with their translations merged in, reports linked. */
  documents: Document[];
  /** English plan id → id of the Chinese plan its measures were merged into. */
  translationOf: Map<string, string>;
  /** Run-level problems: a translation with no plan to merge into. */
  warnings: Warning[];
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const measureIds = (plan: ActionPlan) => new Set(plan.strategies.flatMap((s) => s.measures.map((m) => m.id)));

/** Two plans are the same revision when their dates (or labels) agree; unknown matches anything. */
function sameRevision(a: ActionPlan, b: ActionPlan): boolean {
  if (a.revision?.date && b.revision?.date) return a.revision.date === b.revision.date;
  if (a.revision?.label && b.revision?.label) return a.revision.label === b.revision.label;
  return true;
}

/** The Chinese plan an English one translates: same revision, most measure ids in common, same format. */
function pickOriginal(en: ActionPlan, plans: readonly ActionPlan[]): ActionPlan | undefined {
  const ids = measureIds(en);
  let best: { plan: ActionPlan; shared: number } | undefined;
  for (const plan of plans) {
    if (!sameRevision(en, plan)) continue;
    // Ties (the same plan read from text and from PDF) go to the copy in the same format.
    const shared =
      [...measureIds(plan)].filter((id) => ids.has(id)).length * 2 +
      (plan.source.format === en.source.format ? 1 : 0);
    if (!best || shared > best.shared) best = { plan, shared };
  }
  return best?.plan;
}

/** Mean link score of a linked report: how well the plan fits the report as a whole. */
function fitOf(report: ExecutionReport): number {
  if (report.records.length === 0) return 0;
  return (
    report.records.reduce((sum, record) => sum + (record.planMatchScore ?? 0), 0) / report.records.length
  );
}

/**
 * Merge each English plan into the Chinese plan of the same revision, then link each execution
 * report to the plan in the run that fits it best (highest mean match score; ties go to the first
 * plan by id). Pure; the order of `documents` is kept.
 */
export function applyCrossDocumentSteps(documents: readonly Document[]): CrossDocumentResult {
  const current = new Map(documents.map((document) => [document.id, document]));
  const plans = documents.filter((d): d is ActionPlan => d.kind === "action-plan").sort(byId);
  const originals = plans.filter((plan) => plan.language !== "en");
  const translations = plans.filter((plan) => plan.language === "en");
  const translationOf = new Map<string, string>();
  const warnings: Warning[] = [];

  for (const en of translations) {
    const target = pickOriginal(
      en,
      originals.map((plan) => current.get(plan.id) as ActionPlan),
    );
    if (!target) {
      warnings.push(
        createWarning(
          "translation_unmatched",
          `${en.source.path}: no Chinese plan of the same revision in this run to merge the English plan ${en.id} into; it stays a document of its own`,
        ),
      );
      continue;
    }
    const { plan, report } = mergeTranslations(target, en);
    current.set(target.id, plan);
    translationOf.set(en.id, target.id);
    if (report.onlyInEn.length > 0) {
      warnings.push(
        createWarning(
          "translation_measures_unmatched",
          `${en.source.path}: measures ${report.onlyInEn.join(", ")} of ${en.id} have no counterpart in ${target.id}; their English text stays in ${en.id} only`,
        ),
      );
    }
  }

  const linkable = originals.map((plan) => current.get(plan.id) as ActionPlan);
  for (const document of documents) {
    if (document.kind !== "execution-report" || linkable.length === 0) continue;
    let best: ExecutionReport | undefined;
    // A report restates the edition it follows: rebuilt from its records, that edition's lineage
    // into each plan links the records first (see linkReportToPlan).
    const edition = derivePlanFromReport(document);
    for (const plan of linkable) {
      const linked = linkReportToPlan(document, plan, { lineage: lineMeasures(edition, plan) });
      if (!best || fitOf(linked) > fitOf(best)) best = linked;
    }
    if (best) current.set(document.id, best);
  }

  // Trip reports and narratives are linked to the newest Chinese plan of the run (by revision date,
  // then id): they report work under the plan in force, and their anchors name no revision.
  const newest = [...linkable].sort(
    (a, b) => (b.revision?.date ?? "").localeCompare(a.revision?.date ?? "") || byId(a, b),
  )[0];
  if (newest) {
    for (const document of documents) {
      if (document.kind !== "trip-report" && document.kind !== "narrative") continue;
      current.set(document.id, linkProse(document, newest));
    }
  }

  return {
    documents: documents.map((document) => current.get(document.id) as Document),
    translationOf,
    warnings,
  };
}

/** The text a trip report or narrative is linked by: everything it says, cover to last section. */
function proseOf(document: TripReport | Narrative): string {
  if (document.kind === "narrative") {
    return document.sections.flatMap((s) => [s.heading ?? "", ...s.paragraphs]).join("\n");
  }
  const sections = (list: TripReport["sections"]): string[] =>
    list.flatMap((s) => [s.heading, s.text, ...sections(s.sections)]);
  return [
    document.cover.title,
    ...sections(document.sections),
    ...document.agenda.flatMap((row) => [row.zh, row.en]),
  ].join("\n");
}

function linkProse<T extends TripReport | Narrative>(document: T, plan: ActionPlan): T {
  return { ...document, planId: plan.id, planLinks: linkToPlan(proseOf(document), plan) };
}
