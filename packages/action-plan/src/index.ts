// Public API of @lianzheng/action-plan. Named exports only.

/** lineMeasures: how the measures of one edition carry into another (kept, reworded, split …). */
export {
  changedRuns,
  type LineageEntry,
  type LineageKind,
  type LineageOptions,
  lineMeasures,
} from "./lineage.js";
/** mergeTranslations: attach the English plan's measures to the Chinese plan's. */
export { mergeTranslations, type TranslationReport } from "./merge.js";
/** parseActionPlan: RawDocument (from any reader) → ActionPlan. */
export { type ParseActionPlanOptions, parseActionPlan } from "./parse.js";
