#!/usr/bin/env node
// Word-style tables: the web page's HTML (fixtures/text/) made a Word document by pandoc and
// printed by LibreOffice, as the MOJ's own Word documents are printed. Pandoc's .docx table has
// no rulings but one rule under the header, its header cells bottom-aligned, and rows a few
// points apart (its "Compact" paragraphs): the PDF reader's unruled-table path (stream.ts).
//
//   node scripts/make-pdf-wordstyle-fixtures.mjs   # needs pandoc, soffice, qpdf
//
// Debian: apt-get install pandoc libreoffice-writer qpdf
//
// - fixtures/pdf/producers/plan-2023-en-word.pdf: the English plan, whole (seed 000);
// - fixtures/pdf/word/<name>.html and .pdf: the Chinese plan and report cut to their first rows
//   (small PDFs: a CJK font subset grows with the characters used). The test reads each PDF and
//   its HTML with the text reader and compares the parsed documents.
// What the web page has and a Word document would not (the breadcrumb, the print-time footer,
// the site's name after the title) is left out, as the text reader leaves it out of the HTML.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { docxPdf } from "./make-pdf-fixtures.mjs";
import { fixBytes } from "./make-pdf-producer-fixtures.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const textDir = join(root, "fixtures/text");

/** The page less its site chrome: the nav and footer divs, the site's name after the title. */
function withoutChrome(html) {
  return html
    .replace(/<div class="(?:nav|footer)">[\s\S]*?<\/div>\n?/g, "")
    .replace(/<title>([^<]*?)\s[-|]\s[^<]*<\/title>/, "<title>$1</title>");
}

/**
 * The first `rows` rows of the page's table body (a key/value table's rows counted from its
 * `序次` rows: `records` records), the rest of the table dropped.
 */
function firstRows(html, { rows, records }) {
  const body = /<tbody>\n?([\s\S]*?)<\/tbody>/.exec(html);
  if (!body) throw new Error("no <tbody> in the page");
  const all = body[1].split(/(?=<tr>)/);
  let kept = all.slice(0, rows);
  if (records !== undefined) {
    const starts = all.flatMap((row, i) => (row.startsWith("<tr><th>序次</th>") ? [i] : []));
    kept = all.slice(0, starts[records] ?? all.length);
  }
  return html.replace(body[1], kept.join(""));
}

/** `html` → .docx (pandoc) → PDF (LibreOffice) at `out`, with fixed bytes. */
function wordPdf(work, name, html, dir) {
  const src = join(work, `${name}.html`);
  writeFileSync(src, html);
  const pdf = docxPdf(work, name, src);
  // LibreOffice's /ID and checksum vary per run; fixBytes fixes the dates and qpdf the id.
  const bytes = readFileSync(pdf, "latin1").replace(
    /\/DocChecksum \/[0-9A-F]{32}/g,
    `/DocChecksum /${"0".repeat(32)}`,
  );
  writeFileSync(pdf, bytes, "latin1");
  fixBytes(pdf, name, dir);
}

function main() {
  const work = mkdtempSync(join(tmpdir(), "lianzheng-word-"));
  const page = (name) => withoutChrome(readFileSync(join(textDir, `${name}.html`), "utf8"));
  const wordDir = join(root, "fixtures/pdf/word");
  mkdirSync(wordDir, { recursive: true });
  try {
    wordPdf(work, "plan-2023-en-word", page("plan-2023-en-strategy9"), join(root, "fixtures/pdf/producers"));
    // Strategies 一 and 二 (their rows back to back, a row cut by a page break).
    const plan = firstRows(page("plan-2023-zh"), { rows: 9 });
    // Records 1–4, cut by page breaks inside a label and value, and between two labels.
    const report = firstRows(page("report-2018-zh"), { records: 4 });
    for (const [name, html] of [
      ["plan-2023-zh-word-part", plan],
      ["report-2018-zh-word-part", report],
    ]) {
      writeFileSync(join(wordDir, `${name}.html`), html);
      wordPdf(work, name, html, wordDir);
      console.log(`fixtures/pdf/word/${name}.pdf`);
    }
    console.log("fixtures/pdf/producers/plan-2023-en-word.pdf");
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
