#!/usr/bin/env node
// The seeds as text pandoc writes from a Word document or a web page: its plain text and its
// Markdown set a table as a multiline table (a line of dashes above and below, columns given by
// the runs of dashes under the header, rows apart by blank lines) or a simple one (a row a line),
// reStructuredText as a grid table (`+---+`, `|`), or a simple one (`=== ===` rules) where
// every cell fits its line. Seed 001 as HTML, or as a .docx made of it (a Word document
// converted), in pandoc's text: fixtures/text/pandoc/. Records 42–44 of seed 003 too, where
// pandoc cuts a Latin word inside CJK text that the document spells nowhere else (`(IA` /
// `CC)」`, `Evaluat` / `ion)`), and at 60 columns a number (`計3,20` / `7,480件`); records
// 27–29 at 90 columns, record 28 a simple table between two grid tables.
//
//   node scripts/make-pandoc-text-fixtures.mjs   # needs pandoc
//
// Debian: apt-get install pandoc
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parsePlanSeed } from "./make-pdf-fixtures.mjs";
import { renderHtml, reportRecords } from "./make-pdf-producer-fixtures.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const outDir = join(root, "fixtures/text/pandoc");
const seed = (name) => readFileSync(join(root, "seeds", name), "utf8");

const PLAN_TITLE = "國家廉政建設行動方案（核定本）";
// name → [the HTML, pandoc's output format, through a .docx or not, more of pandoc's options].
const OUTPUTS = {
  "plan-2023-zh.plain.txt": [() => planHtml(), "plain", false, []],
  "plan-2023-zh.docx.md": [() => planHtml(), "markdown", true, []],
  "report-2018-zh-42-44.rst.txt": [() => reportRecords(42, 44), "rst", false, []],
  "report-2018-zh-42-44.w60.txt": [() => reportRecords(42, 44), "plain", false, ["--columns=60"]],
  // At 90 columns and wider, a record whose every cell fits its line (28) is an rst *simple*
  // table (`===` rules), between grid tables.
  "report-2018-zh-27-29.rst90.txt": [() => reportRecords(27, 29), "rst", false, ["--columns=90"]],
  // pandoc's own HTML of a Word document: each table's header row is `<tr class="header">`.
  "plan-2023-en-strategy9.docx.html": [() => englishHtml(), "html", true, ["--standalone"]],
  "report-2018-zh-27-29.html": [() => reportRecords(27, 29), "html", false, ["--standalone"]],
  // The editions (fixtures/editions/*.html) in pandoc's forms: plain text, reStructuredText,
  // GitHub's Markdown (a pipe table with `1\.` escaped; the six-column edition's rowspans kept
  // as an HTML table) and Markdown from a .docx.
  // (The six-column edition's plain text and Markdown, multiline tables as the plan's, are left
  // out: 110 KB each.)
  ...editionOutputs("2012-directions", ["plain.txt", "rst.txt", "gfm.md", "docx.md"]),
  ...editionOutputs("2023-six-columns", ["rst.txt", "gfm.md"]),
};

/** An edition's HTML fixture in pandoc's text `forms` (plain.txt, rst.txt, gfm.md, docx.md). */
function editionOutputs(edition, forms) {
  const html = () => readFileSync(join(root, "fixtures/editions", `${edition}.html`), "utf8");
  const all = {
    "plain.txt": [html, "plain", false, []],
    "rst.txt": [html, "rst", false, []],
    "gfm.md": [html, "gfm", false, []],
    "docx.md": [html, "markdown", true, []],
  };
  return Object.fromEntries(forms.map((form) => [`${edition}.${form}`, all[form]]));
}

const englishHtml = () =>
  renderHtml(parsePlanSeed(seed("000_b54d29a4c767afd7.txt")), {
    title: "National Integrity Building Action Plan",
    lang: "en",
    css: "",
  });

const planHtml = () =>
  renderHtml(parsePlanSeed(seed("001_6bac756fe4f12e99.txt")), {
    title: PLAN_TITLE,
    lang: "zh-Hant-TW",
    css: "",
  });

function main() {
  const work = mkdtempSync(join(tmpdir(), "lianzheng-pandoc-"));
  mkdirSync(outDir, { recursive: true });
  try {
    for (const [name, [htmlOf, format, viaDocx, options]] of Object.entries(OUTPUTS)) {
      const html = join(work, `${name}.html`);
      writeFileSync(html, htmlOf());
      const docx = join(work, `${name}.docx`);
      if (viaDocx) execFileSync("pandoc", ["-f", "html", "-t", "docx", html, "-o", docx]);
      execFileSync("pandoc", [
        ...options,
        "-f",
        viaDocx ? "docx" : "html",
        "-t",
        format,
        viaDocx ? docx : html,
        "-o",
        join(outDir, name),
      ]);
      console.log(`fixtures/text/pandoc/${name}`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
