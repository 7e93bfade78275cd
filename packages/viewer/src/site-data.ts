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

/**
 * One row of the dataset's `measure_lineage` table: how a measure of one dated edition carries
 * into the next edition of the same language (kept, renumbered, reworded, split, merged, added,
 * removed). Editions are plan document ids; measures are ids within them ("1.3"), null when added
 * or removed.
 */
export interface LineageLink {
  from: string;
  to: string;
  kind: string;
  fromMeasure: string | null;
  toMeasure: string | null;
  similarity: number | null;
  renumbered: boolean | null;
  wordsRemoved: string[];
  wordsAdded: string[];
  agenciesAdded: string[];
  agenciesDropped: string[];
  goalsChanged: boolean | null;
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
  /** The dataset's measure lineage between editions (empty when it publishes none). */
  lineage: LineageLink[];
  /**
   * Traditional → Simplified for every character of the data that has one, so a query typed in
   * either script meets the text without shipping OpenCC's dictionaries to the browser.
   */
  fold: Record<string, string>;
}

/** The global `data.js` assigns: a classic script, because file:// pages cannot fetch JSON. */
export const DATA_GLOBAL = "LIANZHENG_DATA";
