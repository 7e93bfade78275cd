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
// - fixtures/pdf/word/<name>.html and .pdf: the Chinese plan and report cut to a few rows or
//   records (small PDFs: a CJK font subset grows with the characters used), on pandoc's Letter
//   page or on a page setup of `SETUPS`. The test reads each PDF and its HTML with the text reader
//   and compares the parsed documents.
// What the web page has and a Word document would not (the breadcrumb, the print-time footer,
// the site's name after the title) is left out, as the text reader leaves it out of the HTML.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { docxPdf, fixOfficeBytes, pandocReference, parseReportSeed } from "./make-pdf-fixtures.mjs";
import { fixBytes, renderHtml } from "./make-pdf-producer-fixtures.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const textDir = join(root, "fixtures/text");

/** The page less its site chrome: the nav and footer divs, the site's name after the title. */
function withoutChrome(html) {
  return html
    .replace(/<div class="(?:nav|footer)">[\s\S]*?<\/div>\n?/g, "")
    .replace(/<title>([^<]*?)\s[-|]\s[^<]*<\/title>/, "<title>$1</title>");
}

/**
 * The first `rows` rows of the page's table body, or a key/value table's records `from` (1 by
 * default) to `to` (counted at its `序次` rows), the rest of the table dropped.
 */
function firstRows(html, { rows, records }) {
  const body = /<tbody>\n?([\s\S]*?)<\/tbody>/.exec(html);
  if (!body) throw new Error("no <tbody> in the page");
  const all = body[1].split(/(?=<tr>)/);
  let kept = all.slice(0, rows);
  if (records !== undefined) {
    const starts = all.flatMap((row, i) => (row.startsWith("<tr><th>序次</th>") ? [i] : []));
    const { from = 1, to } = records;
    kept = all.slice(starts[from - 1] ?? all.length, starts[to] ?? all.length);
  }
  return html.replace(body[1], kept.join(""));
}

/**
 * The report as the producer matrix renders seed 003 (`renderHtml`): one table per record, its
 * `序次` row the table's head (Word repeats it atop each page the record runs onto), records
 * `from` to `to` kept.
 */
function reportRecords(from, to) {
  const seed = readFileSync(join(root, "seeds/003_2d62c1db8ab3e0f0.txt"), "utf8");
  const title = "國家廉政建設行動方案 107 年執行情形";
  const html = renderHtml(parseReportSeed(seed), { title, lang: "zh-Hant-TW", css: "" });
  const [head = "", ...records] = html.split(/(?=<table class="record">)/);
  const tables = records.map((record) => record.slice(0, record.indexOf("</table>") + "</table>".length));
  const foot = (records.at(-1) ?? "").slice((tables.at(-1) ?? "").length);
  return `${head}${tables.slice(from - 1, to).join("\n")}${foot}`;
}

/**
 * Page setups other than pandoc's (Letter, 12 pt, its theme's faces): a page size in twips,
 * margins, a default size in half points, the East Asian face and the Latin one.
 */
const SETUPS = {
  // JIS B5 at 10.5 pt in sans faces.
  b5: {
    width: 10319,
    height: 14572,
    margin: 1020,
    halfPoints: 21,
    eastAsia: "Noto Sans CJK TC",
    latin: "Liberation Sans",
  },
};

/** pandoc's reference .docx given a page setup of `SETUPS`, in `work`; its path. */
function referenceDocx(work, setup) {
  const { margin, ...page } = SETUPS[setup];
  return pandocReference(work, join(work, `reference-${setup}.docx`), { ...page, top: margin, side: margin });
}

/** `html` → .docx (pandoc, on a page setup of `SETUPS` if given) → PDF (LibreOffice) at `out`, with fixed bytes. */
function wordPdf(work, name, html, dir, setup) {
  const src = join(work, `${name}.html`);
  writeFileSync(src, html);
  const options = setup ? ["--reference-doc", referenceDocx(work, setup)] : [];
  const pdf = docxPdf(work, name, src, options);
  // LibreOffice's /ID and checksum vary per run, and qpdf's deterministic id follows the /ID it is given.
  fixOfficeBytes(pdf);
  fixBytes(pdf, name, dir);
}

/**
 * The excerpts: a page of fixtures/text cut (`firstRows`), printed on pandoc's page or a setup.
 * Each page break of an excerpt on another setup falls elsewhere: the test reads them all.
 */
const EXCERPTS = [
  // Strategies 一 and 二 (their rows back to back, a row cut by a page break).
  { name: "plan-2023-zh-word-part", html: (page) => firstRows(page("plan-2023-zh"), { rows: 9 }) },
  // Records 1–4, cut by page breaks inside a label and value, and between two labels.
  {
    name: "report-2018-zh-word-part",
    html: (page) => firstRows(page("report-2018-zh"), { records: { to: 4 } }),
  },
  // Records 24–26, a table each, on B5: record 25 starts at a page's foot and its head (序次 | 25)
  // comes again atop the next page over its value's last line; record 26 starts on that page, its
  // value column further right.
  { name: "report-2018-zh-word-b5", html: () => reportRecords(24, 26), setup: "b5" },
];

// `--only <name>`: that excerpt alone.
const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : undefined;

function main() {
  const work = mkdtempSync(join(tmpdir(), "lianzheng-word-"));
  const page = (name) => withoutChrome(readFileSync(join(textDir, `${name}.html`), "utf8"));
  const wordDir = join(root, "fixtures/pdf/word");
  mkdirSync(wordDir, { recursive: true });
  try {
    if (!only) {
      wordPdf(
        work,
        "plan-2023-en-word",
        page("plan-2023-en-strategy9"),
        join(root, "fixtures/pdf/producers"),
      );
      console.log("fixtures/pdf/producers/plan-2023-en-word.pdf");
    }
    for (const { name, html: make, setup } of EXCERPTS) {
      if (only && only !== name) continue;
      const html = make(page);
      writeFileSync(join(wordDir, `${name}.html`), html);
      wordPdf(work, name, html, wordDir, setup);
      console.log(`fixtures/pdf/word/${name}.pdf`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
