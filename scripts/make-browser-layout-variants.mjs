#!/usr/bin/env node
// The English plan (seed 000) printed by headless Chromium in other looks than the producer
// matrix's `plan-2023-en-chromium.pdf` (other page widths, faces and type sizes), each put
// through `pdftotext -layout`: the one-block grid of a browser's PDF at other column widths, so
// the text reader is checked on the form, not on one fixture. Only the text is kept (the PDFs
// are made in a scratch folder): fixtures/text/producers/browser/*.layout.txt.
//
//   node scripts/make-browser-layout-variants.mjs     # needs chromium, qpdf, pdftotext
//
// Debian: apt-get install chromium qpdf poppler-utils fonts-dejavu fonts-liberation fonts-noto-cjk
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parsePlanSeed } from "./make-pdf-fixtures.mjs";
import { chromiumCss, chromiumPdf, renderHtml } from "./make-pdf-producer-fixtures.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const outDir = join(root, "fixtures/text/producers/browser");
const EN_TITLE = "National Integrity Building Action Plan";

// name → CSS after the shared Chromium look (A4 portrait, Noto Sans CJK TC 10 pt in the table).
const LOOKS = {
  // Landscape: columns half as wide again, fewer lines per cell.
  "plan-2023-en-chromium-landscape": "@page { size: A4 landscape; }",
  // A serif face set small: more words to a line, narrow letters.
  "plan-2023-en-chromium-serif-9pt": `table { font-family: "DejaVu Serif"; font-size: 9pt; }`,
  // Letter paper, Liberation Sans (Arial's widths) at 11 pt: wide letters, narrow columns.
  "plan-2023-en-chromium-letter-11pt": `@page { size: Letter; margin: 15mm; }
table { font-family: "Liberation Sans"; font-size: 11pt; }`,
  // Times' widths (Liberation Serif), the measure column wide, the strategy one narrow.
  "plan-2023-en-chromium-times-widths": `table { font-family: "Liberation Serif"; font-size: 10pt; }
table.plan th:nth-child(1) { width: 14%; } table.plan th:nth-child(2) { width: 38%; }
table.plan th:nth-child(3) { width: 28%; }`,
};

function main() {
  const work = mkdtempSync(join(tmpdir(), "lianzheng-browser-variants-"));
  const pdfs = join(work, "pdf");
  mkdirSync(pdfs);
  mkdirSync(outDir, { recursive: true });
  try {
    const english = parsePlanSeed(readFileSync(join(root, "seeds/000_b54d29a4c767afd7.txt"), "utf8"));
    for (const [name, extra] of Object.entries(LOOKS)) {
      const html = renderHtml(english, { title: EN_TITLE, lang: "en", css: chromiumCss(EN_TITLE, extra) });
      chromiumPdf(work, name, html, pdfs);
      execFileSync("pdftotext", ["-layout", join(pdfs, `${name}.pdf`), join(outDir, `${name}.layout.txt`)]);
      console.log(`fixtures/text/producers/browser/${name}.layout.txt`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
