import type { Agency, Document, Source, Warning } from "@lianzheng/model";

/** Another file that held the same document (the plan as text and as a PDF): shown, not repeated. */
export interface DocumentCopy {
  id: string;
  title: string;
  source: Source;
  warnings: Warning[];
}

/**
 * A document as the site shows it: one canonical copy of each content, with the other copies
 * listed. Fields the model does not have yet (editions, lineage, `copyOf`, indicators on measures)
 * travel untouched, so the site renders them once the published JSON carries them.
 */
export type SiteDocument = Document & { copies: DocumentCopy[] };

/** One input of the dataset's manifest, as the site lists it. */
export interface SiteInput {
  path: string;
  kind: string | null;
  status: string;
  documentId: string | null;
  error: string | null;
}

/** Everything the site's script reads, written to `data.js` by `writeSite`. */
export interface SiteData {
  tool: { name: string; version: string; schemaVersion: string };
  /** Canonical documents, plans first, then reports by year, then the rest. */
  documents: SiteDocument[];
  /** Every copy's id → its canonical document's id (also for ids that other documents cite). */
  aliases: Record<string, string>;
  agencies: Agency[];
  inputs: SiteInput[];
  /**
   * Traditional → Simplified for every character of the data that has one, so a query typed in
   * either script meets the text without shipping OpenCC's dictionaries to the browser.
   */
  fold: Record<string, string>;
}

/** The global `data.js` assigns: a classic script, because file:// pages cannot fetch JSON. */
export const DATA_GLOBAL = "LIANZHENG_DATA";
