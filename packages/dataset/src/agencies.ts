import type { Agency, AgencyRole, Document } from "@lianzheng/model";
import { proseAgencyIds } from "./prose.js";

/** Finds a registry entry by its id. */
export type AgencyLookup = (id: string) => Agency | undefined;

function rolesOf(document: Document): AgencyRole[] {
  if (document.kind === "action-plan") {
    return document.strategies.flatMap((strategy) =>
      strategy.measures.flatMap((measure) => [
        ...measure.agencies,
        ...(measure.translations?.en?.agencies ?? []),
      ]),
    );
  }
  if (document.kind === "execution-report") return document.records.flatMap((record) => record.agencies);
  return [];
}

/**
 * The registry entries the documents refer to, with every parent up the chain, sorted by id.
 * Ids the registry does not know are left out here; flattening reports them as warnings.
 */
export function collectAgencies(documents: readonly Document[], lookup: AgencyLookup): Agency[] {
  const found = new Map<string, Agency>();
  const visit = (id: string | null) => {
    while (id !== null && !found.has(id)) {
      const agency = lookup(id);
      if (!agency) return;
      found.set(id, agency);
      id = agency.parentId;
    }
  };
  for (const document of documents) {
    for (const role of rolesOf(document)) visit(role.agencyId);
    for (const agencyId of proseAgencyIds(document)) visit(agencyId);
  }
  return [...found.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
