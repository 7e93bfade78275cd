// Public API of @lianzheng/action-plan. Named exports only.

/** mergeTranslations: attach the English plan's measures to the Chinese plan's. */
export { mergeTranslations, type TranslationReport } from "./merge.js";
/** parseActionPlan: RawDocument (from any reader) → ActionPlan. */
export { type ParseActionPlanOptions, parseActionPlan } from "./parse.js";
