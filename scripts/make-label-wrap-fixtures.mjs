#!/usr/bin/env node
// The report (seed 003) printed by headless Chromium and WeasyPrint with a narrow label column
// (3 and 5 em: every long label wraps inside it), then `pdftotext -layout`; kept: a few records
// around a page end where a row was split, cut out of the whole text at their 序次 lines (the
// title's lines kept above). Two ways a label/value row splits at a page end:
//   - Chromium (B5, AR PL UKai 10 pt, labels 5 em): the label `107年度(1` / `月至12月)` and the
//     whole value above the page end, the label's tail `績效目標達` / `成情形` alone atop the next
//     page right under the record head repeated (`序次  9`), no blank line between them;
//   - WeasyPrint (A4, Noto Serif 9 pt, labels 3 em): the value at the page's foot after a blank
//     line, its label `107年` / `績效目` / `標值` alone atop the next page after `序次  7` again;
//   - Chromium (A5, Noto Sans 9 pt, labels 4 em): labels filling their column, the value one
//     space after the label's line (`績效目標 每年提報…`), its next lines set in under the value
//     column; record 27's label `…績效目標達` wrapping on to `成情形 2. 經濟部：…`, one space apart;
//   - WeasyPrint (B5, Noto Sans 12 pt, labels 7 em): the value's first lines at the page's foot
//     (`…5月11日假刑事`), its label atop the next page beside the rest (`警察局中部…`).
// Written to fixtures/text/producers/browser/report-2018-zh-<look>.layout.txt; read against seed
// 003's records by packages/ingest/test/label-wrap.test.ts.
//
//   node scripts/make-label-wrap-fixtures.mjs     # needs chromium, weasyprint, qpdf, pdftotext
//
// Debian: apt-get install chromium weasyprint qpdf poppler-utils fonts-noto-cjk fonts-arphic-ukai
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseReportSeed } from "./make-pdf-fixtures.mjs";
import {
  chromiumCss,
  chromiumPdf,
  renderHtml,
  weasyCss,
  weasyprintPdf,
} from "./make-pdf-producer-fixtures.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const outDir = join(root, "fixtures/text/producers/browser");
const TITLE = "國家廉政建設行動方案 107 年執行情形";
const labels = (em) => `table.record th:first-child { width: ${em}em; }`;

// look → [engine, CSS after the engine's shared look, first record kept, last record kept].
const LOOKS = {
  "report-2018-zh-chromium-b5-kai-l5": [
    "chromium",
    `@page { size: B5; margin: 15mm; } table { font-family: "AR PL UKai TW"; font-size: 10pt; } ${labels(5)}`,
    8,
    10,
  ],
  "report-2018-zh-weasyprint-serif-9pt-l3": ["weasyprint", `table { font-size: 9pt; } ${labels(3)}`, 6, 8],
  "report-2018-zh-chromium-a5-l4": [
    "chromium",
    `@page { size: A5; margin: 12mm; } table { font-size: 9pt; } ${labels(4)}`,
    24,
    28,
  ],
  "report-2018-zh-weasyprint-b5-sans-l7": [
    "weasyprint",
    `@page { size: B5; margin: 15mm; } table { font-family: "Noto Sans CJK TC"; font-size: 12pt; } ${labels(7)}`,
    7,
    9,
  ],
};

/** The title's lines, then the records `from` to `to` (from the first 序次 line of each on). */
export function excerpt(text, from, to) {
  const lines = text.split("\n");
  const seqAt = (seq) => lines.findIndex((line) => new RegExp(`^\\s*序次\\s+${seq}\\s*$`, "u").test(line));
  const title = lines.slice(0, seqAt(1));
  const end = seqAt(to + 1);
  return `${[...title, ...lines.slice(seqAt(from), end < 0 ? lines.length : end)].join("\n").trimEnd()}\n`;
}

function main() {
  const work = mkdtempSync(join(tmpdir(), "lianzheng-label-wrap-"));
  const pdfs = join(work, "pdf");
  mkdirSync(pdfs);
  mkdirSync(outDir, { recursive: true });
  try {
    const report = parseReportSeed(readFileSync(join(root, "seeds/003_2d62c1db8ab3e0f0.txt"), "utf8"));
    for (const [name, [engine, extra, from, to]] of Object.entries(LOOKS)) {
      const css = engine === "chromium" ? chromiumCss(TITLE, extra) : weasyCss(TITLE, extra);
      const html = renderHtml(report, { title: TITLE, lang: "zh-Hant-TW", css });
      (engine === "chromium" ? chromiumPdf : weasyprintPdf)(work, name, html, pdfs);
      const text = execFileSync("pdftotext", ["-layout", join(pdfs, `${name}.pdf`), "-"], {
        encoding: "utf8",
        maxBuffer: 1 << 26,
      });
      writeFileSync(join(outDir, `${name}.layout.txt`), excerpt(text, from, to));
      console.log(`fixtures/text/producers/browser/${name}.layout.txt`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
