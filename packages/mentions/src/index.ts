// Public API of @lianzheng/mentions. Named exports only.
export { findCountries, splitDestination } from "./countries.js";
export { DEFAULT_PLAN_LINK_THRESHOLD, linkToPlan, type PlanLinkOptions } from "./link.js";
export { countries, internationalBodies, Topic, topics } from "./registries.js";
export { findMentions } from "./scan.js";
export { comparable, sentenceAt } from "./text.js";
