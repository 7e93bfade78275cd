import { createRequire } from "node:module";
import { dirname, join, sep } from "node:path";
import { pathToFileURL } from "node:url";

let pdfjsRoot: string | undefined;

/** The folder of the installed pdfjs-dist package. */
function resolvePdfJsRoot(): string {
  pdfjsRoot ??= dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
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
