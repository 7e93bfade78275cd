#!/usr/bin/env node
// The edition fixtures (fixtures/editions: the 2023 six-column edition and the 2012 edition)
// printed by the engines of the producer matrix, the way publishers print them: headless
// Chromium, WeasyPrint, wkhtmltopdf and XeLaTeX, with the renderers of
// make-pdf-producer-fixtures.mjs. See fixtures/editions/README.md.
//
//   node scripts/make-edition-producer-fixtures.mjs [--out DIR] [--whole] [name…]
//
// Writes, per edition, the part printed (`<edition>.part.txt`, the text the PDFs are compared with),
// and per print `<edition>-<engine>.pdf` with its pdftotext forms (`.layout.txt`, `.raw.txt`):
// the committed prints unless others are named; `--whole` prints the whole editions instead.
//
// Needs chromium, weasyprint, wkhtmltopdf, xelatex, qpdf, pdftotext (Debian: chromium weasyprint
// wkhtmltopdf texlive-xetex texlive-lang-chinese texlive-latex-extra fonts-noto-cjk qpdf poppler-utils).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { EDITION_FORMS, editionText } from "./make-edition-fixtures.mjs";
import { run } from "./make-pdf-fixtures.mjs";
import {
  chromiumCss,
  chromiumPdf,
  renderHtml,
  renderTex,
  weasyCss,
  weasyprintPdf,
  wkhtmltopdfCss,
  wkhtmltopdfPdf,
  xelatexPdf,
} from "./make-pdf-producer-fixtures.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));

// The part of each edition printed (ranges of 1-based lines of its fixture text, both ends
// included): its title and approval line, then enough of its table for page breaks inside it, few
// glyphs, so the PDFs stay small. The six-column edition's strategy 一 (four measures, the first
// longer than a page in six narrow columns), the 2012 edition's sections 一 and 二 (a section
// heading between two tables, sub-heading rows inside them).
const PARTS = {
  "2023-six-columns": [
    [1, 5],
    [31, 39],
  ],
  "2012-directions": [
    [1, 3],
    [37, 63],
  ],
};

/** `{ text, blocks, title }` of an edition's part (all of it with `whole`). */
function load(form, whole) {
  const lines = editionText(form.name).split("\n");
  const ranges = whole ? [[1, lines.length]] : PARTS[form.name];
  const text = `${ranges.flatMap(([first, last]) => [...lines.slice(first - 1, last), ""]).join("\n")}`;
  return { text, blocks: form.blocksOf(text), title: form.title };
}

const html = ({ blocks, title }, css) => renderHtml(blocks, { title, lang: "zh-Hant-TW", css });

// LaTeX column widths (fractions of the line) per edition: the HTML engines size columns by content.
const TEX_WIDTHS = {
  "2023-six-columns": [0.12, 0.2, 0.17, 0.12, 0.16, 0.15],
  "2012-directions": [0.22, 0.3, 0.22, 0.18],
};

/** Each look: `make(work, name, doc, dir, edition)` writes `<dir>/<name>.pdf`. */
const LOOKS = {
  chromium: (work, name, doc, dir) => chromiumPdf(work, name, html(doc, chromiumCss(doc.title)), dir),
  weasyprint: (work, name, doc, dir) => weasyprintPdf(work, name, html(doc, weasyCss(doc.title)), dir),
  wkhtmltopdf: (work, name, doc, dir) =>
    wkhtmltopdfPdf(work, name, html(doc, wkhtmltopdfCss("Noto Sans CJK TC")), dir),
  xelatex: (work, name, doc, dir, editionName) =>
    xelatexPdf(work, name, renderTex(doc.blocks, { widths: TEX_WIDTHS[editionName] }), dir),
};

// The prints committed (each engine once; the others are made by naming them): the six columns
// from Chromium (Type 3 glyphs, the header's first label wrapped) and wkhtmltopdf (clipped pages),
// the 2012 sections from WeasyPrint (a running head) and XeLaTeX (longtable, no spans).
const COMMITTED = [
  "2023-six-columns-chromium",
  "2023-six-columns-wkhtmltopdf",
  "2012-directions-weasyprint",
  "2012-directions-xelatex",
];

/** `<name>.pdf` in `dir` as text, the two ways pdftotext gives it: `-layout` and block order. */
function textForms(dir, name) {
  const pdf = join(dir, `${name}.pdf`);
  run("pdftotext", ["-layout", pdf, join(dir, `${name}.layout.txt`)]);
  run("pdftotext", [pdf, join(dir, `${name}.raw.txt`)]);
}

function main() {
  const args = process.argv.slice(2);
  const outAt = args.indexOf("--out");
  const dir = outAt >= 0 ? args.splice(outAt, 2)[1] : join(root, "fixtures/editions/producers");
  // Whole editions (to look at and compare by hand; not committed) or the parts.
  const whole = args.includes("--whole");
  const named = args.filter((arg) => arg !== "--whole");
  const names = named.length > 0 ? named : whole ? [] : COMMITTED;
  mkdirSync(dir, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), "lianzheng-edition-producers-"));
  try {
    for (const form of EDITION_FORMS) {
      const doc = load(form, whole);
      if (!whole) writeFileSync(join(dir, `${form.name}.part.txt`), doc.text);
      for (const [look, make] of Object.entries(LOOKS)) {
        const name = `${form.name}-${look}`;
        if (names.length > 0 && !names.includes(name)) continue;
        make(work, name, doc, dir, form.name);
        textForms(dir, name);
        console.log(join(dir, `${name}.pdf`), ".layout.txt", ".raw.txt");
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
