import type { Document } from "@lianzheng/model";

// The contract between the site's script (app.js) and its reader (read.js), loaded only when a
// file is read: the parsers, zod and the CSV writer stay out of the site's first load. Types only.

/** The limits a dropped file is read within. */
export interface ReadLimits {
  /** Milliseconds before a PDF's reader is stopped. */
  timeoutMs: number;
  /** Most pages read from a PDF. */
  maxPages: number;
  /** Largest file accepted, in bytes. */
  maxBytes: number;
}

/** One table of a document as a CSV file, as `lianzheng ingest` writes it. */
export interface CsvFile {
  name: string;
  rows: number;
  text: string;
}

/** What read.js puts on `window`. */
export interface Reader {
  /**
   * Parse a file's bytes in this browser into a validated Document. Broken input throws the
   * model's ParseError (`toLine()`: one line naming the file and, where known, the page).
   * A file read ends the PDF read before it, if one is still running (its promise is then left
   * to settle at its deadline, and should be ignored).
   */
  readFile(name: string, bytes: Uint8Array, limits: ReadLimits): Promise<Document>;
  /** The document's non-empty tables as CSV (UTF-8 with BOM, CRLF). */
  csvFiles(document: Document): CsvFile[];
}

/** The global read.js assigns (a classic script: pages opened from file:// cannot import modules). */
export const READER_GLOBAL = "LIANZHENG_READER";
