import { getAgency } from "@lianzheng/agencies";
import type { Agency, Document, Warning } from "@lianzheng/model";
import { type AgencyLookup, collectAgencies } from "./agencies.js";
import { type FlattenOptions, flattenDocuments, type Table } from "./tables.js";

export interface BuildDatasetOptions {
  /** Where agency ids are looked up for agencies.json. Default: the registry of @lianzheng/agencies. */
  lookupAgency?: AgencyLookup;
  /** English plan id → the Chinese plan its measures were merged into. */
  translationOf?: ReadonlyMap<string, string>;
  /** Measure lineage between the run's plans, for the `measure_lineage` table. */
  lineage?: FlattenOptions["lineage"];
  /**
   * Copy id → canonical document id (the same document in another form). A copy is a row of
   * `documents` with `copy_of`; its content is in the tables once, under the canonical document.
   */
  copyOf?: ReadonlyMap<string, string>;
}

/** Documents as a dataset: the documents, the agencies they name, the flat tables, the problems. */
export interface Dataset {
  documents: readonly Document[];
  agencies: Agency[];
  tables: Table[];
  /** Problems of the dataset as a whole: an agency id not registered, an id used twice. */
  warnings: Warning[];
}

/**
 * Builds a dataset from validated documents (give them in id order for a stable output). Pure:
 * nothing is written (`writeDataset` writes it).
 */
export function buildDataset(documents: readonly Document[], options: BuildDatasetOptions = {}): Dataset {
  const canonical = documents.filter((document) => !options.copyOf?.has(document.id));
  const agencies = collectAgencies(canonical, options.lookupAgency ?? getAgency);
  const flat = flattenDocuments(documents, {
    agencies,
    ...(options.translationOf ? { translationOf: options.translationOf } : {}),
    ...(options.lineage ? { lineage: options.lineage } : {}),
    ...(options.copyOf ? { copyOf: options.copyOf } : {}),
  });
  return { documents, agencies, tables: flat.tables, warnings: flat.warnings };
}
