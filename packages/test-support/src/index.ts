// Test helpers shared by the lianzheng packages. Private: never published, imported by tests only.
export { readCsv } from "./csv.js";
export { agencies, other, plan, report, translation } from "./documents.js";
