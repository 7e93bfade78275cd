import { createRequire } from "node:module";
import { dirname, join, sep } from "node:path";
import { pathToFileURL } from "node:url";

let pdfjsRoot: string | undefined;

/**
 * The installed pdfjs-dist cannot be found. A read turns it into the ParseError
 * `pdfjs_unavailable` (session.ts): this module stays free of the model, for the reader's head
 * start (process.ts).
 */
export class PdfJsUnavailable extends Error {
  override name = "PdfJsUnavailable";
}

/**
 * The folder of the installed pdfjs-dist package. PDF.js runs in a child process from its own
 * files, with its CMaps and fonts read from there: a bundle that inlined this package (a browser
 * build, a single-file server bundle) has no such folder, and says so instead of failing later.
 */
function resolvePdfJsRoot(): string {
  if (pdfjsRoot !== undefined) return pdfjsRoot;
  try {
    pdfjsRoot = dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
  } catch (error) {
    throw new PdfJsUnavailable(
      "@lianzheng/pdf needs Node.js and the pdfjs-dist package installed in node_modules beside it; it cannot run bundled (mark @lianzheng/pdf and pdfjs-dist as external in the bundler)",
      { cause: error },
    );
  }
  return pdfjsRoot;
}

/** The Node (legacy) build of PDF.js, as a URL the reader's child process imports. */
export function pdfJsModuleUrl(): string {
  return pathToFileURL(join(resolvePdfJsRoot(), "legacy", "build", "pdf.mjs")).href;
}

/**
 * The CMaps and standard fonts shipped inside the installed pdfjs-dist, as file-system paths that
 * end in a separator: PDF.js in Node ignores `file://` URLs and URL objects here, and without
 * CMaps a CID-keyed CJK font yields no text at all.
 */
export function resolvePdfJsAssets(): { cMapUrl: string; standardFontDataUrl: string } {
  const root = resolvePdfJsRoot();
  return {
    cMapUrl: join(root, "cmaps") + sep,
    standardFontDataUrl: join(root, "standard_fonts") + sep,
  };
}
