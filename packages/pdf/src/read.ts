import type { RawDocument } from "@lianzheng/layout";
import { withPdfDocument } from "./internal/document.js";
import { layoutDocument } from "./internal/layout-document.js";
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
