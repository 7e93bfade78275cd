import {
  type ActionPlan,
  createWarning,
  documentId,
  type ExecutionReport,
  type Measure,
  type MeasureTarget,
  type ReportRecord,
  type Strategy,
  type Warning,
} from "@lianzheng/model";
import { assess } from "./internal/assessed.js";
import { gregorianYear } from "./internal/heading.js";

// 108年績效目標值, 112 年度績效目標值: a later year's targets given in some records.
const TARGET_FIELD = /^(\d{2,3})\s*年\s*度?\s*績效目標值$/u;

function targetsOf(record: ReportRecord, rocYear: number): MeasureTarget[] {
  const targets: MeasureTarget[] = [];
  if (record.target.text) targets.push({ rocYear, year: gregorianYear(rocYear), ...record.target });
  for (const field of record.fields) {
    const year = TARGET_FIELD.exec(field.label.normalize("NFKC").trim())?.[1];
    if (year === undefined || Number(year) === rocYear) continue;
    targets.push({ rocYear: Number(year), year: gregorianYear(Number(year)), ...assess(field.text) });
  }
  return targets;
}

function sameMeasure(a: Measure, b: ReportRecord): boolean {
  const compact = (text: string) => text.replace(/\s+/gu, "");
  return compact(a.text) === compact(b.measure.text) && compact(a.agencyText) === compact(b.agencyText);
}

/**
 * The plan edition a yearly execution report follows, rebuilt from its records: each record
 * restates its strategy, measure, performance goals and agencies, and its 績效衡量指標 and target
 * rows become the measure's `indicators` and `targets`. The plan is marked `derivedFrom` the
 * report; it has no goals, basis or other sections (the report does not restate them), and no
 * revision (the report does not name the edition it follows).
 *
 * Records that restate one measure twice, or one strategy under two titles, keep the first and
 * give a warning.
 *
 * @example
 * const plan = derivePlanFromReport(report); // report: seed 003, the 107 report
 * plan.strategies[0]?.measures[0]?.id // "1.1"
 */
export function derivePlanFromReport(report: ExecutionReport): ActionPlan {
  const warnings: Warning[] = [];
  const strategies: Strategy[] = [];
  for (const record of report.records) {
    let strategy = strategies.find((candidate) => candidate.number === record.strategy.number);
    if (!strategy) {
      strategy = { number: record.strategy.number, title: record.strategy.title, measures: [] };
      strategies.push(strategy);
    } else if (strategy.title !== record.strategy.title) {
      warnings.push(
        createWarning(
          "derived_strategy_title_differs",
          `record ${record.seq} restates strategy ${strategy.number} as "${record.strategy.title}", not "${strategy.title}"; the first title was kept`,
          { at: { seq: record.seq } },
        ),
      );
    }
    const id = `${strategy.number}.${record.measure.number}`;
    const existing = strategy.measures.find((measure) => measure.number === record.measure.number);
    if (existing) {
      if (!sameMeasure(existing, record)) {
        warnings.push(
          createWarning(
            "derived_measure_repeated",
            `record ${record.seq} restates measure ${id} differently from an earlier record; the first was kept`,
            { at: { seq: record.seq, measureId: id } },
          ),
        );
      }
      continue;
    }
    const measure: Measure = {
      id,
      strategy: strategy.number,
      number: record.measure.number,
      text: record.measure.text,
      performanceGoals: record.performanceGoals,
      agencies: record.agencies,
      agencyText: record.agencyText,
      indicators: record.indicators,
      targets: targetsOf(record, report.rocYear),
    };
    if (record.provenance) measure.provenance = record.provenance;
    strategy.measures.push(measure);
  }
  for (const strategy of strategies) strategy.measures.sort((a, b) => a.number - b.number);
  strategies.sort((a, b) => a.number - b.number);
  return {
    id: documentId("action-plan", report.language, report.source.sha256),
    kind: "action-plan",
    language: report.language,
    title: "國家廉政建設行動方案",
    source: report.source,
    warnings,
    derivedFrom: {
      kind: "execution-report",
      documentId: report.id,
      rocYear: report.rocYear,
      note: `rebuilt from the records of the ${report.rocYear} execution report, which restate the edition in force that year`,
    },
    goals: [],
    strategies,
    sections: [],
  };
}
