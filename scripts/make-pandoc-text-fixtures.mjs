#!/usr/bin/env node
// The seeds as text pandoc writes from a Word document or a web page: its plain text and its
// Markdown set a table as a multiline table (a line of dashes above and below, columns given by
// the runs of dashes under the header, rows apart by blank lines) or a simple one (a row a line),
// reStructuredText as a grid table (`+---+`, `|`). Seed 001 as HTML, or as a .docx made of it
// (a Word document converted), in pandoc's text: fixtures/text/pandoc/. (The report and the
// English plan so made read every record and measure, but pandoc cuts a Latin word or a number
// inside CJK text anywhere, and a word the document spells nowhere else stays two: see the notes.)
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
import { renderHtml } from "./make-pdf-producer-fixtures.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const outDir = join(root, "fixtures/text/pandoc");
const seed = (name) => readFileSync(join(root, "seeds", name), "utf8");

// name → [seed document, its title, language, pandoc's output format, through a .docx or not].
const OUTPUTS = {
  "plan-2023-zh.plain.txt": ["plan", "國家廉政建設行動方案（核定本）", "zh-Hant-TW", "plain", false],
  "plan-2023-zh.docx.md": ["plan", "國家廉政建設行動方案（核定本）", "zh-Hant-TW", "markdown", true],
};

function main() {
  const work = mkdtempSync(join(tmpdir(), "lianzheng-pandoc-"));
  mkdirSync(outDir, { recursive: true });
  const documents = { plan: parsePlanSeed(seed("001_6bac756fe4f12e99.txt")) };
  try {
    for (const [name, [document, title, lang, format, viaDocx]] of Object.entries(OUTPUTS)) {
      const html = join(work, `${name}.html`);
      writeFileSync(html, renderHtml(documents[document], { title, lang, css: "" }));
      const docx = join(work, `${name}.docx`);
      if (viaDocx) execFileSync("pandoc", ["-f", "html", "-t", "docx", html, "-o", docx]);
      execFileSync("pandoc", [
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
