import type { Agency } from "@lianzheng/model";
import { agencyRegistry } from "@lianzheng/normalize";
import type { AgencyLookup } from "./agencies.js";

let byId: Map<string, Agency> | undefined;

/** Look an agency up by id in the registry of @lianzheng/normalize. */
export const lookupRegisteredAgency: AgencyLookup = (id) => {
  byId ??= new Map(agencyRegistry.map((agency) => [agency.id, agency]));
  return byId.get(id);
};
