#!/usr/bin/env node
// The edition fixtures (fixtures/editions: the 2023 six-column edition and the 2012 edition)
// printed by the engines of the producer matrix, the way publishers print them: headless
// Chromium, WeasyPrint, wkhtmltopdf and XeLaTeX, with the renderers of
// make-pdf-producer-fixtures.mjs. See fixtures/editions/README.md.
//
//   node scripts/make-edition-producer-fixtures.mjs [--out DIR] [name…]
//
// Needs chromium, weasyprint, wkhtmltopdf, xelatex, qpdf (Debian: chromium weasyprint wkhtmltopdf
// texlive-xetex texlive-lang-chinese texlive-latex-extra fonts-noto-cjk qpdf).
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { EDITION_FORMS } from "./make-edition-fixtures.mjs";
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
const edition = (name) => EDITION_FORMS.find((form) => form.name === name);

/** `{ blocks, title }` of an edition, its blocks read once. */
function load(name) {
  const form = edition(name);
  return { blocks: form.blocks(), title: form.title };
}

const html = ({ blocks, title }, css) => renderHtml(blocks, { title, lang: "zh-Hant-TW", css });

// LaTeX column widths (fractions of the line) per edition: the HTML engines size columns by content.
const TEX_WIDTHS = {
  "2023-six-columns": [0.12, 0.2, 0.17, 0.12, 0.16, 0.15],
  "2012-directions": [0.22, 0.3, 0.22, 0.18],
};

/** Each look of an edition: `make(work, name, edition, dir)` writes `<dir>/<name>.pdf`. */
const LOOKS = {
  chromium: (work, name, doc, dir) => chromiumPdf(work, name, html(doc, chromiumCss(doc.title)), dir),
  weasyprint: (work, name, doc, dir) => weasyprintPdf(work, name, html(doc, weasyCss(doc.title)), dir),
  wkhtmltopdf: (work, name, doc, dir) =>
    wkhtmltopdfPdf(work, name, html(doc, wkhtmltopdfCss("Noto Sans CJK TC")), dir),
  xelatex: (work, name, doc, dir, editionName) =>
    xelatexPdf(work, name, renderTex(doc.blocks, { widths: TEX_WIDTHS[editionName] }), dir),
};

function main() {
  const args = process.argv.slice(2);
  const outAt = args.indexOf("--out");
  const dir = outAt >= 0 ? args.splice(outAt, 2)[1] : join(root, "fixtures/editions/producers");
  mkdirSync(dir, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), "lianzheng-edition-producers-"));
  try {
    for (const form of EDITION_FORMS) {
      const doc = load(form.name);
      for (const [look, make] of Object.entries(LOOKS)) {
        const name = `${form.name}-${look}`;
        if (args.length > 0 && !args.includes(name)) continue;
        make(work, name, doc, dir, form.name);
        console.log(join(dir, `${name}.pdf`));
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
