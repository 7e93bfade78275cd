import type { Agency, Document } from "@lianzheng/model";
import { foldToSimplified } from "@lianzheng/normalize";
import { groupCopies } from "./copies.js";
import type { LineageLink, SiteData, SiteDocument, SiteInput } from "./site-data.js";

/** A dataset folder as `lianzheng ingest` writes it, read into memory. */
export interface Dataset {
  documents: Document[];
  agencies: Agency[];
  manifest?: {
    tool?: string;
    toolVersion?: string;
    schemaVersion?: string;
    inputs?: Array<Partial<SiteInput> & { path: string; copyOf?: string }>;
  };
  /** The `measure_lineage` table, when the dataset has its CSV. */
  lineage?: LineageLink[];
}

/**
 * The documents with the copies the manifest records (`copyOf` on its inputs) set on them, and
 * whether the manifest decides: a dataset written by `lianzheng ingest` has already compared the
 * documents, and two editions with the same measures (with and without indicators) are no copies.
 */
function withManifestCopies(dataset: Dataset): { documents: Document[]; decided: boolean } {
  const inputs = dataset.manifest?.inputs;
  if (!inputs?.some((input) => input.documentId)) return { documents: dataset.documents, decided: false };
  const copyOf = new Map<string, string>();
  for (const input of inputs)
    if (input.documentId && input.copyOf) copyOf.set(input.documentId, input.copyOf);
  const documents = dataset.documents.map((d) => {
    const original = copyOf.get(d.id);
    return original ? (Object.assign({}, d, { copyOf: original }) as Document) : d;
  });
  return { documents, decided: true };
}

const KIND_ORDER = ["action-plan", "execution-report"];
const LANGUAGE_ORDER = ["zh-Hant", "zh-Hans", "en"];

function rank(list: readonly string[], value: string): number {
  const index = list.indexOf(value);
  return index < 0 ? list.length : index;
}

/** Plans first (newest edition first), then reports by year (newest first), then the other kinds. */
function compareDocuments(a: SiteDocument, b: SiteDocument): number {
  const date = (d: SiteDocument) => (d.kind === "action-plan" ? (d.revision?.date ?? "") : "");
  const year = (d: SiteDocument) => (d.kind === "execution-report" ? d.year : 0);
  return (
    rank(KIND_ORDER, a.kind) - rank(KIND_ORDER, b.kind) ||
    date(b).localeCompare(date(a)) ||
    year(b) - year(a) ||
    rank(LANGUAGE_ORDER, a.language) - rank(LANGUAGE_ORDER, b.language) ||
    a.kind.localeCompare(b.kind) ||
    a.id.localeCompare(b.id)
  );
}

/** Traditional → Simplified for each character of `text` that differs when folded. */
export function foldTableFor(text: string): Record<string, string> {
  const table: Record<string, string> = {};
  for (const char of new Set(text)) {
    if (char.charCodeAt(0) < 0x2e80) continue;
    const folded = foldToSimplified(char);
    if (folded !== char) table[char] = folded;
  }
  return table;
}

/**
 * The data the site shows: one canonical document per content (copies listed under it), the
 * agency registry, the manifest's inputs, and the character table search folds queries with.
 */
export function prepareSiteData(dataset: Dataset): SiteData {
  const manifestCopies = withManifestCopies(dataset);
  const { documents, aliases } = groupCopies(manifestCopies.documents, {
    byContent: !manifestCopies.decided,
  });
  documents.sort(compareDocuments);
  const manifest = dataset.manifest ?? {};
  const inputs: SiteInput[] = (manifest.inputs ?? []).map((input) => ({
    path: input.path,
    kind: input.kind ?? null,
    status: input.status ?? "ok",
    documentId: input.documentId ?? null,
    error: input.error ?? null,
  }));
  const data: Omit<SiteData, "fold"> = {
    tool: {
      name: manifest.tool ?? "lianzheng",
      version: manifest.toolVersion ?? "",
      schemaVersion: manifest.schemaVersion ?? "",
    },
    documents,
    aliases,
    agencies: dataset.agencies,
    inputs,
    lineage: dataset.lineage ?? [],
  };
  return { ...data, fold: foldTableFor(JSON.stringify(data)) };
}
