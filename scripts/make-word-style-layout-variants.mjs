#!/usr/bin/env node
// Seeds 001, 000 and 003 as a Word document's tables print them: the seed tables as HTML, made a
// .docx by pandoc (tables with no rulings, the header row repeated on each page, one key/value
// table per report record), printed by LibreOffice, each put through `pdftotext -layout`, in two
// looks: a cell's paragraphs as line breaks (`-word`: rows set back to back) and as paragraphs
// with their spacing (`-word-spaced`: blank lines inside cells). What a
// data team gets from the MOJ's own Word-made PDFs: cells set back to back with no blank line
// between rows, header labels set to the bottom of their cells, and pages where pdftotext squeezes
// out a column the page leaves empty (a long value running a whole page). Only the text is kept
// (the PDFs are made in a scratch folder): fixtures/text/producers/word/*.layout.txt.
//
//   node scripts/make-word-style-layout-variants.mjs     # needs pandoc, soffice, pdftotext, python3
//
// Debian: apt-get install pandoc libreoffice-writer poppler-utils fonts-noto-cjk python3
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { docxPdf, pandocReference, parsePlanSeed, parseReportSeed, run } from "./make-pdf-fixtures.mjs";
import { renderHtml } from "./make-pdf-producer-fixtures.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const outDir = join(root, "fixtures/text/producers/word");
const seed = (name) => readFileSync(join(root, "seeds", name), "utf8");

// A cell's paragraphs as line breaks in one paragraph (a Word cell typed with Shift+Enter, or
// pasted from the law database's page).
const withLineBreaks = (html) =>
  html
    .replace(/<\/p><p>/gu, "<br>")
    .replace(/<(td|th)([^>]*)><p>/gu, "<$1$2>")
    .replace(/<\/p><\/(td|th)>/gu, "</$1>");
const LOOKS = { word: withLineBreaks, "word-spaced": (html) => html };
// Other paper and type: pandoc's reference .docx given a page size and margins (its
// document.xml's section) and a default size and East Asian face (its styles.xml), rows back to
// back. B5 sets the English header's `Enforcement` alone above the rest of the header.
const PAGES = {
  "word-a4": { width: 11906, height: 16838, halfPoints: 22, eastAsia: "Noto Serif CJK TC" },
  "word-b5": { width: 10319, height: 14572, halfPoints: 20, eastAsia: "Noto Sans CJK TC" },
};
// The law database's page of each document (fixtures/text/*.html, its site's title and footer
// kept) made a .docx the same way: other page breaks, and pages of one long value.
const LAW_DATABASE = "word-lawdb";

const DOCUMENTS = {
  "plan-2023-zh": () => ({
    blocks: parsePlanSeed(seed("001_6bac756fe4f12e99.txt")),
    title: "國家廉政建設行動方案（核定本）",
    lang: "zh-Hant-TW",
  }),
  "plan-2023-en-strategy9": () => ({
    blocks: parsePlanSeed(seed("000_b54d29a4c767afd7.txt")),
    title: "National Integrity Building Action Plan",
    lang: "en",
  }),
  "report-2018-zh": () => ({
    blocks: parseReportSeed(seed("003_2d62c1db8ab3e0f0.txt")),
    title: "國家廉政建設行動方案 107 年執行情形",
    lang: "zh-Hant-TW",
  }),
};

/** The HTML made a .docx by pandoc, printed by LibreOffice, its -layout text kept. */
function printDocx(work, name, html, options = []) {
  const pdf = docxPdf(work, name, html, options);
  run("pdftotext", ["-layout", pdf, join(outDir, `${name}.layout.txt`)]);
  console.log(`fixtures/text/producers/word/${name}.layout.txt`);
}

function main() {
  const work = mkdtempSync(join(tmpdir(), "lianzheng-word-variants-"));
  mkdirSync(outDir, { recursive: true });
  try {
    for (const [document, make] of Object.entries(DOCUMENTS))
      for (const [look, shape] of Object.entries(LOOKS)) {
        const name = `${document}-${look}`;
        const { blocks, title, lang } = make();
        const html = join(work, `${name}.html`);
        writeFileSync(html, shape(renderHtml(blocks, { title, lang, css: "" })));
        printDocx(work, name, html);
      }
    for (const [look, page] of Object.entries(PAGES)) {
      const reference = pandocReference(work, join(work, `${look}.docx`), { ...page, top: 1134, side: 1020 });
      for (const [document, make] of Object.entries(DOCUMENTS)) {
        const name = `${document}-${look}`;
        const { blocks, title, lang } = make();
        const html = join(work, `${name}.html`);
        writeFileSync(html, withLineBreaks(renderHtml(blocks, { title, lang, css: "" })));
        printDocx(work, name, html, ["--reference-doc", reference]);
      }
    }
    for (const document of Object.keys(DOCUMENTS)) {
      const name = `${document}-${LAW_DATABASE}`;
      const html = join(work, `${name}.html`);
      writeFileSync(html, readFileSync(join(root, "fixtures/text", `${document}.html`)));
      printDocx(work, name, html);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
