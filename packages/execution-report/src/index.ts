// Public API of @lianzheng/execution-report. Named exports only.
export { DEFAULT_LINK_THRESHOLD, type LinkOptions, linkReportToPlan } from "./link.js";
export { type ParseExecutionReportOptions, parseExecutionReport } from "./parse.js";
