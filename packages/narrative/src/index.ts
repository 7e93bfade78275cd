// Public API of @lianzheng/narrative. Named exports only.
export { isNarrativeHeading, type ParseNarrativeOptions, parseNarrative } from "./parse.js";
