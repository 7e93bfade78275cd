// Public API of @lianzheng/execution-report. Named exports only.
/** derivePlanFromReport: the plan edition a report restates, record by record, marked derived. */
export { derivePlanFromReport } from "./derive.js";
export { DEFAULT_LINK_THRESHOLD, type LineageStep, type LinkOptions, linkReportToPlan } from "./link.js";
export { type ParseExecutionReportOptions, parseExecutionReport } from "./parse.js";
