import type { PdfPage, ReadPdfOptions } from "../types.js";
import { readClaimingAhead } from "./read-ahead.js";
import { runPdfDocument } from "./session.js";

/**
 * Opens a PDF, runs `use` on its pages and releases it afterwards, whatever happens. Checks the
 * bytes first, enforces the page, time and memory limits, and turns PDF.js errors into
 * ParseErrors. PDF.js runs in a child process (see isolate.ts) with eval off (CVE-2024-4367),
 * its bundled CMaps and fonts, and only errors logged; the browser runs it in a Web Worker
 * (browser-worker.ts) through the same session (session.ts). A read named ahead (`readPdfAhead`)
 * is taken over where it got to.
 */
export function withPdfDocument<T>(
  data: Uint8Array,
  options: ReadPdfOptions,
  use: (pages: AsyncGenerator<PdfPage>, pageCount: number, checkDeadline: () => void) => Promise<T>,
): Promise<T> {
  return runPdfDocument(data, options, readClaimingAhead, use);
}
