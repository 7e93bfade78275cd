// Public API of @lianzheng/pdf. Named exports only; PDF.js loads on the first read.

/** hasPdfHeader: whether bytes are a PDF (the one check of PDF bytes). */
export { hasPdfHeader } from "./header.js";
/** warmPdfReader: start the reader's process before the first read (PDF.js loads meanwhile). */
export { warmPdfReader } from "./internal/document.js";
/**
 * A watchdog for a process that parses untrusted input for its parent: it kills the process
 * when the parent ends or its resident memory passes a limit (the PDF reader's child uses it).
 */
export { OVER_MEMORY_MARK, startWatchdog, type WatchdogOptions } from "./internal/watchdog.js";
/** readPdf: a PDF → RawDocument (the shape every parser takes); extractPages: runs and rulings. */
export { extractPages, readPdf } from "./read.js";
/** Positioned text runs, ruling lines, a tagged PDF's tables, pages and the read options. */
export type {
  PdfPage,
  ReadPdfOptions,
  Ruling,
  TaggedCell,
  TaggedRow,
  TaggedTable,
  TextRun,
} from "./types.js";
