#!/usr/bin/env node
// The editions (fixtures/editions: the 2023 six-column edition and the 2012 edition) printed by
// headless Chromium and WeasyPrint in other looks than the producer matrix's (other paper sizes,
// margins, faces and type sizes), each put through `pdftotext -layout`: browser prints of the
// editions at column widths nobody tuned the text reader on. Only the text is kept (the PDFs are
// made in a scratch folder): fixtures/editions/producers/browser/<edition>-<look>.layout.txt, read
// against the edition's own text by packages/ingest/test/edition-browser-variants.test.ts. Whole
// editions: a browser sizes a table's columns by all of its content (a part of the six-column
// table gets a wider strategy column than the whole table's two characters).
//
//   node scripts/make-edition-browser-variants.mjs [--out DIR] [--pdf] [--look NAME ENGINE CSS]… [name…]
//
// `--look` adds a look for this run (to print the editions in looks nobody tuned on, into a
// scratch folder); `--pdf` keeps each PDF beside its text (to read it with the PDF reader too).
//
// Needs chromium, weasyprint, qpdf, pdftotext (Debian: chromium weasyprint qpdf poppler-utils
// fonts-noto-cjk fonts-dejavu).
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { EDITION_FORMS, editionText } from "./make-edition-fixtures.mjs";
import {
  chromiumCss,
  chromiumPdf,
  renderHtml,
  weasyCss,
  weasyprintPdf,
} from "./make-pdf-producer-fixtures.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));

// look → [engine, CSS after the engine's shared look (Chromium: A4, Noto Sans CJK TC, collapsed
// borders; WeasyPrint: A4, Noto Serif CJK TC, separate borders)].
const LOOKS = {
  // The producer matrix's own looks (A4 portrait), the whole editions printed.
  chromium: ["chromium", ""],
  weasyprint: ["weasyprint", ""],
  // Letter paper, narrow margins, the table at 11 pt: fewer characters to a column.
  "chromium-letter-11pt": ["chromium", "@page { size: Letter; margin: 15mm; } table { font-size: 11pt; }"],
  // Letter paper at 10 pt: a strategy column three characters wide (具體策 / 略) set one space
  // before the measures', whose start only the header shows.
  "chromium-letter-10pt": ["chromium", "@page { size: Letter; margin: 15mm; } table { font-size: 10pt; }"],
  // A4 landscape: every column half as wide again.
  "chromium-landscape": ["chromium", "@page { size: A4 landscape; }"],
  // Letter paper in the sans face at 10.5 pt, wide margins.
  "weasyprint-letter-sans": [
    "weasyprint",
    `@page { size: Letter; margin: 25mm; } table { font-family: "Noto Sans CJK TC"; font-size: 10.5pt; }`,
  ],
  // A5 at 8 pt: a small page, every column a few characters wide.
  "weasyprint-a5-8pt": ["weasyprint", "@page { size: A5; margin: 12mm; } table { font-size: 8pt; }"],
  // A4 landscape in the sans face: a row split at a page end leaves a short cell's text alone at
  // the page's foot (`辦理 147 件。`), the rest of its row on the next page.
  "weasyprint-landscape-sans": [
    "weasyprint",
    `@page { size: A4 landscape; } table { font-family: "Noto Sans CJK TC"; }`,
  ],
  // JIS B5 landscape: Chromium's kinsoku carries a line's last character down with a `。`, so
  // most lines of a five- or six-em column stand a character short, and the indicator column
  // reads a character narrow row after row (`辦理 27 件。參`).
  "chromium-b5-landscape": ["chromium", "@page { size: B5 landscape; }"],
  // A4 landscape at 13 pt and A5 landscape at 9 pt: the same kinsoku; on A5 a measure's line
  // set against the goals' with no space between (`趨勢研1. 法務部`).
  "chromium-a4-landscape-13pt": ["chromium", "@page { size: A4 landscape; } table { font-size: 13pt; }"],
  "chromium-a5-landscape-9pt": [
    "chromium",
    "@page { size: A5 landscape; margin: 10mm; } table { font-size: 9pt; }",
  ],
  // B4 at 12 pt: `(ACT-` of a measure's (ACT-NET) read into the goals beside it.
  "chromium-b4-12pt": ["chromium", "@page { size: B4; } table { font-size: 12pt; }"],
  // Letter at 10 pt in the serif face: an agency cell's lines (協辦機關：金 / 融監督管理委) read into
  // the indicator beside it.
  "chromium-letter-serif-10pt": [
    "chromium",
    `@page { size: Letter; } table { font-family: "Noto Serif CJK TC"; font-size: 10pt; }`,
  ],
  // Legal paper at 12 pt: columns a few characters wider than B5's, cut a character off too.
  "chromium-legal-12pt": ["chromium", "@page { size: Legal; } table { font-size: 12pt; }"],
  // The serif face: a number set alone between a cell's lines (`成 300 果。`) reads into the
  // next column's text.
  "chromium-serif": ["chromium", `table { font-family: "Noto Serif CJK TC"; }`],
  // WeasyPrint on Legal at 12 pt: a measure's fourth goal read as the next measure's first.
  "weasyprint-legal-12pt": ["weasyprint", "@page { size: Legal; } table { font-size: 12pt; }"],
};

const html = ({ blocks, title }, css) => renderHtml(blocks, { title, lang: "zh-Hant-TW", css });
const ENGINES = {
  chromium: (work, name, doc, extra, dir) =>
    chromiumPdf(work, name, html(doc, chromiumCss(doc.title, extra)), dir),
  weasyprint: (work, name, doc, extra, dir) =>
    weasyprintPdf(work, name, html(doc, weasyCss(doc.title, extra)), dir),
};

function main() {
  const args = process.argv.slice(2);
  const outAt = args.indexOf("--out");
  const out = outAt >= 0 ? args.splice(outAt, 2)[1] : join(root, "fixtures/editions/producers/browser");
  const looks = { ...LOOKS };
  for (let at = args.indexOf("--look"); at >= 0; at = args.indexOf("--look")) {
    const [, look, engine, css] = args.splice(at, 4);
    if (!ENGINES[engine] || css === undefined) throw new Error(`--look NAME ENGINE CSS: ${look} ${engine}`);
    looks[look] = [engine, css];
  }
  const keepPdf = args.includes("--pdf");
  if (keepPdf) args.splice(args.indexOf("--pdf"), 1);
  const work = mkdtempSync(join(tmpdir(), "lianzheng-edition-browser-"));
  const pdfs = join(work, "pdf");
  mkdirSync(pdfs);
  mkdirSync(out, { recursive: true });
  try {
    for (const form of EDITION_FORMS) {
      const text = editionText(form.name);
      const doc = { blocks: form.blocksOf(text), title: form.title };
      for (const [look, [engine, extra]] of Object.entries(looks)) {
        const name = `${form.name}-${look}`;
        if (args.length > 0 && !args.includes(name)) continue;
        ENGINES[engine](work, name, doc, extra, pdfs);
        execFileSync("pdftotext", ["-layout", join(pdfs, `${name}.pdf`), join(out, `${name}.layout.txt`)]);
        if (keepPdf) copyFileSync(join(pdfs, `${name}.pdf`), join(out, `${name}.pdf`));
        console.log(join(out, `${name}.layout.txt`));
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
