import type { RawDocument } from "@lianzheng/layout";
import { createWarning } from "@lianzheng/model";
import type { PdfPage } from "../types.js";
import { assembleDocument } from "./assemble.js";
import { pdfError } from "./checks.js";
import { layoutPage, type PageLayout, streamCarry } from "./page.js";
import { linkTaggedFragments, unreadTreeWarning } from "./tagged.js";

/** A page with fewer characters than this has no usable text layer. */
const MIN_PAGE_CHARACTERS = 1;
/**
 * A page whose text is more than this share control characters (U+0001–U+001F but white space)
 * or U+FFFD has no usable text layer either: its fonts map glyphs to codes, not to text (no
 * ToUnicode and a custom encoding, as a PostScript round trip leaves them; pdftotext reads the
 * same codes). A text layer holds next to none: the codes run from 1 up, so the first glyphs of
 * each font (a few percent of a page's text, often far more) land there. Private-use characters
 * count half: CJK codes that landed there come with them, while a symbol font's bullets (U+F0B7)
 * and a government font's own characters (造字) are private-use in a readable text layer too.
 */
const MAX_UNMAPPED_SHARE = 0.05;

/** Whether a page's text is glyph codes that map to no text (see MAX_UNMAPPED_SHARE). */
function isUnmapped(page: PdfPage): boolean {
  let all = 0;
  let unmapped = 0;
  for (const run of page.runs) {
    for (let i = 0; i < run.text.length; i++) {
      const code = run.text.charCodeAt(i);
      if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) continue;
      all++;
      if ((code >= 0x01 && code < 0x20) || code === 0xfffd) unmapped++;
      else if (code >= 0xe000 && code <= 0xf8ff) unmapped += 0.5;
    }
  }
  return all > 0 && unmapped > MAX_UNMAPPED_SHARE * all;
}

function describePages(pages: readonly number[]): string {
  if (pages.length <= 8) return pages.join(", ");
  return `${pages.slice(0, 8).join(", ")} and ${pages.length - 8} more`;
}

/** `no_text_layer`: no page has text, or its text is glyph codes that map to no characters. */
function noTextError(pageCount: number, empty: number[], unmapped: number[], file: string | undefined) {
  const where = pageCount === 1 ? "its only page" : `any page (pages ${describePages(empty)})`;
  const message =
    unmapped.length > 0
      ? `the PDF's text maps to no characters on ${where}: its fonts give glyph codes without Unicode (no ToUnicode, custom encodings, as a PostScript round trip leaves them); use the original PDF, or run OCR on it (e.g. ocrmypdf --force-ocr)`
      : `the PDF has no text layer on ${where}: it is a scan; run OCR on it first (e.g. ocrmypdf)`;
  return pdfError("no_text_layer", message, file, empty[0] === undefined ? {} : { at: { page: empty[0] } });
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
  const unmapped: number[] = [];
  for await (const page of pages) {
    if (isUnmapped(page)) {
      // Its text is glyph codes: read as no text, not as text.
      unmapped.push(page.page);
      layouts.push(layoutPage({ ...page, runs: [] }));
    } else layouts.push(layoutPage(page, streamCarry(layouts.at(-1))));
    trees.push({ page: page.page, tagged: page.tagged });
  }
  checkDeadline();
  const empty = layouts
    .filter((layout) => layout.characters < MIN_PAGE_CHARACTERS)
    .map((layout) => layout.page);
  if (layouts.length === 0 || empty.length === layouts.length)
    throw noTextError(layouts.length, empty, unmapped, file);
  linkTaggedFragments(layouts);
  const treeWarnings = [
    unreadTreeWarning(trees) ?? [],
    layouts.flatMap((layout) => layout.warnings ?? []),
  ].flat();
  const document = assembleDocument(layouts);
  document.warnings.push(...treeWarnings);
  checkDeadline();
  if (empty.length > 0) {
    const why =
      unmapped.length > 0
        ? `no text layer, or text that maps to no characters (page(s) ${describePages(unmapped)})`
        : "no text layer (scanned or blank)";
    document.warnings.push(
      createWarning(
        "page_without_text",
        `page(s) ${describePages(empty)} have ${why}; their content is missing`,
        {
          at: { page: empty[0] as number },
        },
      ),
    );
  }
  return document;
}
