import type { Agency } from "@lianzheng/model";
import * as normalize from "@lianzheng/normalize";
import type { AgencyLookup } from "./agencies.js";

// The registry lives in @lianzheng/normalize, written at the same time as this module: read it
// by name so this builds before and after it is exported.
const registry: readonly Agency[] = (normalize as { agencyRegistry?: readonly Agency[] }).agencyRegistry ?? [];

let byId: Map<string, Agency> | undefined;

/** Look an agency up by id in the registry of @lianzheng/normalize. */
export const lookupRegisteredAgency: AgencyLookup = (id) => {
  byId ??= new Map(registry.map((agency) => [agency.id, agency]));
  return byId.get(id);
};
