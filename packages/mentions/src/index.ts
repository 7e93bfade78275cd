// Public API of @lianzheng/mentions. Named exports only.
export { findCountries, splitDestination } from "./countries.js";
export { DEFAULT_PLAN_LINK_THRESHOLD, linkToPlan, type PlanLinkOptions } from "./link.js";
export { findMentions, type MentionReading, readMentions } from "./mentions.js";
export { countries, internationalBodies, Topic, topics } from "./registries.js";
export { comparable, sentenceAt } from "./text.js";
