import type { ActionPlan, ExecutionReport, Item, Measure, ReportRecord, Warning } from "@lianzheng/model";
import { bigramDice } from "./internal/similarity.js";

export interface LinkOptions {
  /**
   * The lowest score accepted as a link, from 0 to 1. The default, 0.3, sits in the gap the 2018
   * report (seed 003) shows against the 2023 plan (seed 001): every record whose measure lives on
   * scores 0.40 or more, every record left over scores 0.25 or less (see the package README).
   */
  threshold?: number;
}

export const DEFAULT_LINK_THRESHOLD = 0.3;

interface Candidate {
  record: ReportRecord;
  measure: Measure;
  score: number;
}

/**
 * Links each record of a report to the plan measure it reports on, and keeps the score.
 *
 * - Score: character-bigram Dice similarity of the 執行措施 texts, or of 執行措施 + 績效目標 when
 *   that is higher (a measure reworded between revisions often keeps its goals).
 * - Candidates: the measures of the record's strategy number; the whole plan only when none of them
 *   reaches the threshold (strategies are renumbered less often than measures, but it happens).
 * - One record per measure: links are given best score first, so a measure already claimed by a
 *   closer record is not given to a weaker one (two 2018 measures on the same law both resemble
 *   the one 2023 measure that kept it).
 *
 * Sets `planMeasureId` and `planMatchScore` on every record and `planId` on the report; a record
 * left without a link has `planMeasureId: null` and a warning naming its best candidate. Pure.
 *
 * @example
 * const linked = linkReportToPlan(report, plan);
 * linked.records[2]?.planMeasureId; // "1.2" (2018's 一、(三) is 2023's 一、(二))
 */
export function linkReportToPlan(
  report: ExecutionReport,
  plan: ActionPlan,
  options: LinkOptions = {},
): ExecutionReport {
  const threshold = options.threshold ?? DEFAULT_LINK_THRESHOLD;
  const measures = plan.strategies.flatMap((s) => s.measures);
  const candidates = report.records.flatMap((record) => candidatesOf(record, measures, threshold));
  // Best first; on a tie the record of the measure's own strategy, then the earlier record.
  const own = (c: Candidate) => (c.measure.strategy === c.record.strategy.number ? 0 : 1);
  candidates.sort((a, b) => b.score - a.score || own(a) - own(b) || a.record.seq - b.record.seq);

  const linked = new Map<ReportRecord, Candidate>();
  // Keyed by the measure itself: a plan read with a repeated id still has two measures.
  const claimed = new Map<Measure, Candidate>();
  for (const candidate of candidates) {
    if (candidate.score < threshold || linked.has(candidate.record) || claimed.has(candidate.measure))
      continue;
    linked.set(candidate.record, candidate);
    claimed.set(candidate.measure, candidate);
  }

  const warnings: Warning[] = report.warnings.filter((w) => !LINK_CODES.has(w.code));
  const records = report.records.map((record): ReportRecord => {
    const link = linked.get(record);
    if (link) {
      if (link.measure.strategy !== record.strategy.number) {
        warnings.push({
          code: "plan_link_other_strategy",
          severity: "info",
          message: `序次 ${record.seq} (strategy ${record.strategy.number}) links to ${link.measure.id} of another strategy (score ${round(link.score)})`,
          at: { seq: record.seq, measureId: link.measure.id },
        });
      }
      return { ...record, planMeasureId: link.measure.id, planMatchScore: round(link.score) };
    }
    const best = candidates.find((c) => c.record === record);
    const holder = best && claimed.get(best.measure);
    const why =
      best && holder && best.score >= threshold
        ? `its best match ${best.measure.id} (${round(best.score)}) is taken by 序次 ${holder.record.seq} (${round(holder.score)})`
        : `best ${best ? `${best.measure.id} at ${round(best.score)}` : "none"}, threshold ${threshold}`;
    warnings.push({
      code: "plan_link_weak",
      severity: "info",
      message: `序次 ${record.seq} (${record.strategy.number}.${record.measure.number}) is linked to no measure of ${plan.id}: ${why}`,
      at: { seq: record.seq },
    });
    return { ...record, planMeasureId: null, planMatchScore: round(best?.score ?? 0) };
  });
  return { ...report, planId: plan.id, records, warnings };
}

const LINK_CODES = new Set(["plan_link_weak", "plan_link_other_strategy"]);

function candidatesOf(record: ReportRecord, measures: readonly Measure[], threshold: number): Candidate[] {
  const score = (measure: Measure): Candidate => ({ record, measure, score: similarity(record, measure) });
  const same = measures.filter((m) => m.strategy === record.strategy.number).map(score);
  return same.some((c) => c.score >= threshold) ? same : measures.map(score);
}

/** Similarity of a record and a measure: their 執行措施 texts, or with their goals when closer. */
export function similarity(
  record: Pick<ReportRecord, "measure" | "performanceGoals">,
  measure: Measure,
): number {
  const goals = (items: readonly Item[]) => items.map((item) => item.text).join("\n");
  return Math.max(
    bigramDice(record.measure.text, measure.text),
    bigramDice(
      `${record.measure.text}\n${goals(record.performanceGoals)}`,
      `${measure.text}\n${goals(measure.performanceGoals)}`,
    ),
  );
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
