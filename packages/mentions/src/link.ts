import type { ActionPlan, LinkEvidence, Measure, PlanLink } from "@lianzheng/model";
import { type Hit, scanEntities, scanTopics } from "./scan.js";
import { sentenceAt } from "./text.js";

export interface PlanLinkOptions {
  /** The lowest score kept as a link, from 0 to 1 (default {@link DEFAULT_PLAN_LINK_THRESHOLD}). */
  threshold?: number;
}

/** A link needs one anchor only one measure names, or several shared ones. */
export const DEFAULT_PLAN_LINK_THRESHOLD = 0.3;

/** How much naming the same thing counts, before it is shared out among the measures naming it. */
const BASE_WEIGHT = { body: 0.6, topic: 0.35 } as const;

type AnchorKind = keyof typeof BASE_WEIGHT;
const LINK_TEXT_MAX = 2 << 20;
const anchorKey = (kind: AnchorKind, id: string) => `${kind}:${id}`;

/** The anchors a text names: international bodies and topics, each with its first hit. */
function anchorsOf(text: string): Map<string, Hit> {
  const anchors = new Map<string, Hit>();
  for (const hit of [...scanEntities(text), ...scanTopics(text)]) {
    if (hit.kind !== "body" && hit.kind !== "topic") continue;
    const key = anchorKey(hit.kind, hit.id);
    if (!anchors.has(key)) anchors.set(key, hit);
  }
  return anchors;
}

/** A measure's own words, in every language the plan has: text, goals and their translations. */
function measureText(measure: Measure): string {
  const en = measure.translations?.en;
  return [
    measure.text,
    ...measure.performanceGoals.map((goal) => goal.text),
    en?.text ?? "",
    ...(en?.performanceGoals ?? []).map((goal) => goal.text),
  ].join("\n");
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/**
 * The plan measures a report serves, best first, each with a score and its evidence.
 *
 * The rule: an anchor is an international body of the body registry (APEC ACTWG, UNCAC, FATF …)
 * or a topic of the topic lexicon (司法互助 / mutual legal assistance, 引渡, 洗錢 …), in Chinese or
 * English. A measure is served by a report when both name the same anchors; each shared anchor
 * weighs its base weight (a body 0.6, a topic 0.35) divided by the number of the plan's measures
 * that name it, so an anchor only one measure names (ACTWG: 9.3) counts fully and one that many
 * name (訓練) hardly. The score is 1 − ∏(1 − weight) over the shared anchors; links scoring
 * below the threshold (0.3) are dropped. The evidence is the report's sentence that names each
 * anchor. Pure; language-independent, since anchors carry both languages.
 *
 * @example
 * linkToPlan(tripReportText, plan)[0] // { measureId: "9.3", strategy: 9, score: 0.9, evidence: [{ anchor: "body:apec-actwg", … }] }
 */
export function linkToPlan(text: string, plan: ActionPlan, options: PlanLinkOptions = {}): PlanLink[] {
  const threshold = options.threshold ?? DEFAULT_PLAN_LINK_THRESHOLD;
  const measures = plan.strategies.flatMap((strategy) => strategy.measures);
  const measureAnchors = measures.map((measure) => new Set(anchorsOf(measureText(measure)).keys()));
  const namedBy = new Map<string, number>();
  for (const anchors of measureAnchors)
    for (const key of anchors) namedBy.set(key, (namedBy.get(key) ?? 0) + 1);

  // Anchors are read from the first 2 MB: a real report is far shorter, and a pathological input
  // (a report pasted a thousand times over) names nothing new further on.
  const own = anchorsOf(text.slice(0, LINK_TEXT_MAX));
  const links: PlanLink[] = [];
  measures.forEach((measure, index) => {
    const evidence: LinkEvidence[] = [];
    for (const [key, hit] of own) {
      if (!measureAnchors[index]?.has(key)) continue;
      const kind = hit.kind as AnchorKind;
      evidence.push({
        anchor: key,
        kind,
        phrase: sentenceAt(text, hit.start, hit.end - hit.start),
        weight: round(BASE_WEIGHT[kind] / (namedBy.get(key) ?? 1)),
      });
    }
    const score = round(1 - evidence.reduce((rest, e) => rest * (1 - e.weight), 1));
    if (evidence.length === 0 || score < threshold) return;
    evidence.sort((a, b) => b.weight - a.weight);
    links.push({ measureId: measure.id, strategy: measure.strategy, score, evidence });
  });
  return links.sort(
    (a, b) => b.score - a.score || a.measureId.localeCompare(b.measureId, "en", { numeric: true }),
  );
}
