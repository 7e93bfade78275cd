// Public API of @lianzheng/pdf. Named exports only; PDF.js loads on the first read.

/** hasPdfHeader: whether bytes are a PDF (the one check of PDF bytes). */
export { hasPdfHeader } from "./header.js";
/** warmPdfReader: start the reader's process before the first read (PDF.js loads meanwhile). */
/**
 * A watchdog for a process that parses untrusted input for its parent: it kills the process
 * when the parent ends or its resident memory passes a limit (the PDF reader's child uses it).
 * Both also come alone from `@lianzheng/pdf/process`, which loads nothing else.
 */
export { OVER_MEMORY_MARK, startWatchdog, type WatchdogOptions, warmPdfReader } from "./process.js";
/** readPdf: a PDF → RawDocument (the shape every parser takes); extractPages: runs and rulings. */
export { cancelPdfReadAhead, extractPages, readPdf, readPdfAhead } from "./read.js";
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
