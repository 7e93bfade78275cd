import {
  type ActionPlan,
  createWarning,
  type Measure,
  type MeasureTranslation,
  type Strategy,
  type Warning,
} from "@lianzheng/model";

/** What `mergeTranslations` could not pair. Measure ids, in plan order. */
export interface TranslationReport {
  /** Measures of the Chinese plan with no English counterpart. */
  onlyInZh: string[];
  /** Measures of the English plan with no Chinese counterpart (their text is not attached). */
  onlyInEn: string[];
  /** Measures whose two sides have a different number of performance goals. */
  goalCountDiffers: string[];
}

function measuresOf(plan: ActionPlan): Measure[] {
  return plan.strategies.flatMap((strategy) => strategy.measures);
}

function translationOf(measure: Measure): MeasureTranslation {
  return {
    text: measure.text,
    performanceGoals: measure.performanceGoals,
    agencyText: measure.agencyText,
    agencies: measure.agencies,
  };
}

/**
 * Attaches the English plan's text to the Chinese plan: each Chinese measure gets
 * `translations.en` (text, performance goals, agency text and roles) from the English measure with
 * the same id, each strategy its English title. Returns a new plan (the inputs are not changed) and
 * a report of the measures found on one side only and of goal counts that differ; a differing goal
 * count is also a warning of the merged plan (`translation_goal_count_differs`).
 *
 * @example
 * const { plan, report } = mergeTranslations(zh, en);
 * plan.strategies[8]?.measures[0]?.translations?.en?.text // "Encourage foreign countries …"
 * report.onlyInZh.length // measures of strategies 1–8
 */
export function mergeTranslations(
  zh: ActionPlan,
  en: ActionPlan,
): { plan: ActionPlan; report: TranslationReport } {
  const english = new Map(measuresOf(en).map((measure) => [measure.id, measure]));
  const englishStrategies = new Map(en.strategies.map((strategy) => [strategy.number, strategy]));
  const report: TranslationReport = { onlyInZh: [], onlyInEn: [], goalCountDiffers: [] };
  const warnings: Warning[] = [];
  const seen = new Set<string>();

  const strategies: Strategy[] = zh.strategies.map((strategy) => {
    const measures = strategy.measures.map((measure): Measure => {
      const other = english.get(measure.id);
      if (!other) {
        report.onlyInZh.push(measure.id);
        return measure;
      }
      seen.add(measure.id);
      if (other.performanceGoals.length !== measure.performanceGoals.length) {
        report.goalCountDiffers.push(measure.id);
        warnings.push(
          createWarning(
            "translation_goal_count_differs",
            `measure ${measure.id} has ${measure.performanceGoals.length} performance goal(s) in Chinese and ${other.performanceGoals.length} in English`,
            { at: { measureId: measure.id } },
          ),
        );
      }
      return { ...measure, translations: { ...measure.translations, en: translationOf(other) } };
    });
    const englishTitle = englishStrategies.get(strategy.number)?.title;
    const merged: Strategy = { ...strategy, measures };
    if (englishTitle) merged.translations = { ...strategy.translations, en: { title: englishTitle } };
    return merged;
  });
  for (const id of english.keys()) if (!seen.has(id)) report.onlyInEn.push(id);

  return { plan: { ...zh, strategies, warnings: [...zh.warnings, ...warnings] }, report };
}
