// Public API of @lianzheng/agencies. Named exports only.
export {
  type AgencyCellResult,
  type AgencyMemo,
  createAgencyMemo,
  type ParseAgencyCellOptions,
  parseAgencyCell,
} from "./cell.js";
export { normalizeAgencyKey } from "./key.js";
export { agencyRegistry } from "./registry.js";
export { type AgencyMatch, getAgency, type ResolveAgencyOptions, resolveAgency } from "./resolve.js";
