import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
const require = createRequire(import.meta.url);
const base = require.resolve("pdfjs-dist/package.json").replace(/package\.json$/, "");
const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
const data = new Uint8Array(readFileSync(process.argv[2]));
const doc = await pdfjs.getDocument({ data, cMapUrl: base + "cmaps/", cMapPacked: true, standardFontDataUrl: base + "standard_fonts/", isEvalSupported: false, verbosity: 0 }).promise;
for (let p = 1; p <= doc.numPages; p++) {
const page = await doc.getPage(p);
const tc = await page.getTextContent();
const items = tc.items;
items.forEach((it, i) => { if (new RegExp(process.argv[3]).test(it.str)) { for (const j of [i-3,i-2,i-1,i,i+1,i+2,i+3]) { const x = items[j]; if (x) console.log(p, j, JSON.stringify(x.str), x.transform[4].toFixed(1), x.transform[5].toFixed(1), x.width.toFixed(2), x.fontName, x.hasEOL); } console.log("--"); } });
}
