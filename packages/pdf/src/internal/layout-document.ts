import type { RawDocument } from "@lianzheng/layout";
import { createWarning } from "@lianzheng/model";
import type { PdfPage } from "../types.js";
import { assembleDocument } from "./assemble.js";
import { pdfError } from "./checks.js";
import { layoutPage, type PageLayout } from "./page.js";
import { linkTaggedFragments, unreadTreeWarning } from "./tagged.js";

/** A page with fewer characters than this has no usable text layer. */
const MIN_PAGE_CHARACTERS = 1;

function describePages(pages: readonly number[]): string {
  if (pages.length <= 8) return pages.join(", ");
  return `${pages.slice(0, 8).join(", ")} and ${pages.length - 8} more`;
}

/**
 * The pages of a document, as they arrive, laid out and assembled into the raw layout every
 * parser takes: the one implementation under `readPdf` (Node) and the browser's reader. Throws
 * `no_text_layer` when no page has text; pages without text otherwise give a warning.
 */
export async function layoutDocument(
  pages: AsyncIterable<PdfPage>,
  checkDeadline: () => void,
  file: string | undefined,
): Promise<RawDocument> {
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
      file,
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
}
