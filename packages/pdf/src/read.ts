import type { RawDocument } from "@lianzheng/layout";
import { checkBytes } from "./internal/checks.js";
import { withPdfDocument } from "./internal/document.js";
import { layoutDocument } from "./internal/layout-document.js";
import { cancelReadAhead, readAhead } from "./internal/read-ahead.js";
import { limitsOf } from "./internal/session.js";
import type { PdfPage, ReadPdfOptions } from "./types.js";

/**
 * Reads a PDF into the raw layout every parser takes (`RawDocument`, the same shape the text
 * reader gives): headings, paragraphs and tables in reading order, tables joined across pages,
 * running heads and page numbers gone, look-alike characters mapped back, page numbers on every
 * block for provenance. Pages are read one at a time and released, so memory stays flat.
 *
 * Throws `ParseError` with code `empty_input`, `not_a_pdf`, `truncated_pdf`, `encrypted_pdf`,
 * `malformed_pdf`, `no_text_layer` (a scan: the message names the pages), `too_many_pages`,
 * `file_too_large` or `timeout`.
 *
 * @example
 * const doc = await readPdf(await readFile("plan.pdf"), { file: "plan.pdf" });
 * doc.blocks.filter((block) => block.kind === "table").length // 1
 */
export async function readPdf(data: Uint8Array, options: ReadPdfOptions = {}): Promise<RawDocument> {
  return withPdfDocument(data, options, (pages, _count, checkDeadline) =>
    layoutDocument(pages, checkDeadline, options.file),
  );
}

/**
 * The lower level under `readPdf`: every page's text runs (with positions and font sizes) and
 * ruling lines, in top-down page coordinates. Text is as the PDF has it (look-alikes included).
 * Same checks, limits and errors as `readPdf`, except that pages without text are returned.
 */
export async function extractPages(data: Uint8Array, options: ReadPdfOptions = {}): Promise<PdfPage[]> {
  return withPdfDocument(data, options, async (pages) => {
    const out: PdfPage[] = [];
    for await (const page of pages) out.push(page);
    return out;
  });
}

/**
 * Names the PDF a later `readPdf` or `extractPages` will read, for a caller that reads PDF after
 * PDF and knows the next one (ingest's parse processes): its read starts the moment the reader
 * finishes the document it reads now, and the later call, with the same bytes and limits, takes
 * it over where it got to. Its time limit runs from that call. Bytes the read would refuse at
 * once (empty, too large) start nothing: the call itself says why. Two reads at most are named
 * ahead at once; a third drops the oldest.
 */
export function readPdfAhead(data: Uint8Array, options: ReadPdfOptions = {}): void {
  try {
    checkBytes(data, options);
  } catch {
    return;
  }
  const { timeoutMs: _, ...limits } = limitsOf(options);
  readAhead(data, limits);
}

/** Drops the read `readPdfAhead` named for these bytes, when it will not be read after all (its reader is ended). */
export function cancelPdfReadAhead(data: Uint8Array): void {
  cancelReadAhead(data);
}
