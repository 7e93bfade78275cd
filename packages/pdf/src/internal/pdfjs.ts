import { createRequire } from "node:module";
import { dirname, join, sep } from "node:path";

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

let pdfjsModule: Promise<PdfJs> | undefined;

/**
 * The Node (legacy) build of PDF.js, imported on first use: loading it costs about 0.3 s, which a
 * process that reads no PDF should not pay.
 */
export function loadPdfJs(): Promise<PdfJs> {
  pdfjsModule ??= import("pdfjs-dist/legacy/build/pdf.mjs");
  return pdfjsModule;
}

let assetDirectories: { cMapUrl: string; standardFontDataUrl: string } | undefined;

/**
 * The CMaps and standard fonts shipped inside the installed pdfjs-dist, as file-system paths that
 * end in a separator: PDF.js in Node ignores `file://` URLs and URL objects here, and without
 * CMaps a CID-keyed CJK font yields no text at all.
 */
export function resolvePdfJsAssets(): { cMapUrl: string; standardFontDataUrl: string } {
  if (!assetDirectories) {
    const require = createRequire(import.meta.url);
    const root = dirname(require.resolve("pdfjs-dist/package.json"));
    assetDirectories = {
      cMapUrl: join(root, "cmaps") + sep,
      standardFontDataUrl: join(root, "standard_fonts") + sep,
    };
  }
  return assetDirectories;
}
