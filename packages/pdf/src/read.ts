import type { RawDocument } from "@lianzheng/layout";
import { createWarning } from "@lianzheng/model";
import { assembleDocument } from "./internal/assemble.js";
import { pdfError, withPdfDocument } from "./internal/document.js";
import { layoutPage, type PageLayout } from "./internal/page.js";
import { linkTaggedFragments, unreadTreeWarning } from "./internal/tagged.js";
import type { PdfPage, ReadPdfOptions } from "./types.js";

/** A page with fewer characters than this has no usable text layer. */
const MIN_PAGE_CHARACTERS = 1;

function describePages(pages: readonly number[]): string {
  if (pages.length <= 8) return pages.join(", ");
  return `${pages.slice(0, 8).join(", ")} and ${pages.length - 8} more`;
}

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
  return withPdfDocument(data, options, async (pages, _count, checkDeadline) => {
    const layouts: PageLayout[] = [];
    const trees: { page: number; tagged?: unknown }[] = [];
    for await (const page of pages) {
      layouts.push(layoutPage(page));
      trees.push({ page: page.page, tagged: page.tagged });
    }
    checkDeadline();
    const empty = layouts
      .filter((layout) => layout.characters < MIN_PAGE_CHARACTERS)
      .map((layout) => layout.page);
    if (layouts.length === 0 || empty.length === layouts.length) {
      throw pdfError(
        "no_text_layer",
        `the PDF has no text layer on ${layouts.length === 1 ? "its only page" : `any page (pages ${describePages(empty)})`}: it is a scan; run OCR on it first (e.g. ocrmypdf)`,
        options.file,
        empty[0] === undefined ? {} : { at: { page: empty[0] } },
      );
    }
    linkTaggedFragments(layouts);
    const treeWarnings = [
      unreadTreeWarning(trees) ?? [],
      layouts.flatMap((layout) => layout.warnings ?? []),
    ].flat();
    const document = assembleDocument(layouts);
    document.warnings.push(...treeWarnings);
    checkDeadline();
    if (empty.length > 0) {
      document.warnings.push(
        createWarning(
          "page_without_text",
          `page(s) ${describePages(empty)} have no text layer (scanned or blank); their content is missing`,
          { at: { page: empty[0] as number } },
        ),
      );
    }
    return document;
  });
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
