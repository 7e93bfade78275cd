#!/usr/bin/env node
// The seeds and the editions as a user gets them from a Word or LibreOffice document by "Save as →
// Text": LibreOffice's Text filter writes each table cell's paragraphs one per line, cells one
// after another with no separator, an empty cell as one empty line. The documents: seeds 001, 000
// and 003 as HTML (scripts/make-pdf-producer-fixtures.mjs's renderer), and the editions' HTML
// fixtures (fixtures/editions/*.html), made a .docx by pandoc, then saved as text by LibreOffice
// in the looks below. Outputs: fixtures/text/saved-as-text/*.txt.
//
//   node scripts/make-saved-text-fixtures.mjs     # needs pandoc and soffice
//
// Debian: apt-get install pandoc libreoffice-writer
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parsePlanSeed, parseReportSeed, run } from "./make-pdf-fixtures.mjs";
import { renderHtml } from "./make-pdf-producer-fixtures.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const outDir = join(root, "fixtures/text/saved-as-text");
const seed = (name) => readFileSync(join(root, "seeds", name), "utf8");

const SEEDS = {
  "plan-2023-zh": () => [
    parsePlanSeed(seed("001_6bac756fe4f12e99.txt")),
    "國家廉政建設行動方案（核定本）",
    "zh-Hant-TW",
  ],
  "plan-2023-en-strategy9": () => [
    parsePlanSeed(seed("000_b54d29a4c767afd7.txt")),
    "National Integrity Building Action Plan",
    "en",
  ],
  "report-2018-zh": () => [
    parseReportSeed(seed("003_2d62c1db8ab3e0f0.txt")),
    "國家廉政建設行動方案 107 年執行情形",
    "zh-Hant-TW",
  ],
};
const EDITIONS = ["2023-six-columns", "2012-directions"];

// (A cell's paragraphs made line breaks, as make-word-style-layout-variants.mjs's `withLineBreaks`
// does, come out byte for byte the same: the filter writes a line break as a line end.)
// LibreOffice's "Text (encoded)" filter: its options are the character set and the line end.
// `UNICODE` is UTF-16 LE with a BOM; `BIG5` cannot hold seed 003 (it quotes 诉).
const VARIANTS = [
  { document: "plan-2023-zh", suffix: "", options: "UTF8" },
  { document: "plan-2023-en-strategy9", suffix: "", options: "UTF8" },
  { document: "report-2018-zh", suffix: "", options: "UTF8" },
  { document: "plan-2023-zh", suffix: ".big5", options: "BIG5" },
  { document: "report-2018-zh", suffix: ".utf16le", options: "UNICODE" },
  { document: "plan-2023-en-strategy9", suffix: ".crlf", options: "UTF8,CRLF" },
  { document: "2023-six-columns", suffix: "", options: "UTF8" },
  { document: "2012-directions", suffix: "", options: "UTF8" },
  // The 2012 edition as a web page sets it: each sub-heading one cell merged across the row
  // (colspan, one line saved), and cells of a paragraph per item (goals, agencies); in Big5.
  { document: "2012-directions", suffix: ".merged.big5", options: "BIG5,CRLF", html: mergedCells },
];

/** The 2012 edition's HTML with its sub-heading rows merged and list cells a paragraph per item. */
function mergedCells(html) {
  return html
    .replace(
      /<tr><td>(\([一二三四五六七八九十]\)[^<]*)<\/td>(?:<td><\/td>)+<\/tr>/gu,
      '<tr><td colspan="4">$1</td></tr>',
    )
    .replace(/<td>(1\. [^<]*?) (2\. [^<]*)<\/td>/gu, "<td><p>$1</p><p>$2</p></td>")
    .replace(/<td>(法務部[^<、]*)、(法務部[^<、]*)<\/td>/gu, "<td><p>$1</p><p>$2</p></td>");
}

/** `src` saved as text by LibreOffice with the Text filter's `options`, into `target`. */
function saveAsText(work, src, options, target) {
  const dir = join(work, `out-${basename(target)}`);
  // A private profile keeps the run independent of the user's LibreOffice settings.
  run("soffice", [
    `-env:UserInstallation=file://${join(work, "profile")}`,
    "--headless",
    "--convert-to",
    `txt:Text (encoded):${options}`,
    "--outdir",
    dir,
    src,
  ]);
  copyFileSync(join(dir, `${basename(src).replace(/\.[^.]+$/u, "")}.txt`), target);
  console.log(`fixtures/text/saved-as-text/${basename(target)}`);
}

/** The HTML of a seed or of an edition. */
function htmlOf(document) {
  if (EDITIONS.includes(document))
    return readFileSync(join(root, "fixtures/editions", `${document}.html`), "utf8");
  const [blocks, title, lang] = SEEDS[document]();
  return renderHtml(blocks, { title, lang, css: "" });
}

function main() {
  const work = mkdtempSync(join(tmpdir(), "lianzheng-saved-text-"));
  mkdirSync(outDir, { recursive: true });
  try {
    for (const { document, suffix, options, html: edit = (text) => text } of VARIANTS) {
      const name = `${document}${suffix}`;
      const html = join(work, `${name}.html`);
      writeFileSync(html, edit(htmlOf(document)));
      const docx = join(work, `${name}.docx`);
      run("pandoc", ["-f", "html", "-t", "docx", html, "-o", docx]);
      saveAsText(work, docx, options, join(outDir, `${name}.txt`));
    }
    // The plan's HTML opened by LibreOffice itself (Writer/Web), kept as .odt, then saved by
    // `--convert-to txt` (the filter's defaults): no pandoc on the way.
    const html = join(work, "plan-2023-zh.odt-source.html");
    writeFileSync(html, htmlOf("plan-2023-zh"));
    run("soffice", [
      `-env:UserInstallation=file://${join(work, "profile")}`,
      "--headless",
      "--convert-to",
      "odt",
      "--outdir",
      work,
      html,
    ]);
    const odt = join(work, "plan-2023-zh.odt.odt");
    copyFileSync(join(work, "plan-2023-zh.odt-source.odt"), odt);
    run("soffice", [
      `-env:UserInstallation=file://${join(work, "profile")}`,
      "--headless",
      "--convert-to",
      "txt",
      "--outdir",
      join(work, "odt-out"),
      odt,
    ]);
    copyFileSync(join(work, "odt-out", "plan-2023-zh.odt.txt"), join(outDir, "plan-2023-zh.odt.txt"));
    console.log("fixtures/text/saved-as-text/plan-2023-zh.odt.txt");
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
