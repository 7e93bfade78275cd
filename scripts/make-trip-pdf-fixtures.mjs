#!/usr/bin/env node
// Renders seed 002 (the APEC ACTWG trip report) into real PDFs under fixtures/trip-report/, so the
// trip-report parser is tested on a PDF's text layer as well as on the seed's text. See
// fixtures/trip-report/README.md.
//
//   node scripts/make-trip-pdf-fixtures.mjs        # needs chromium and qpdf on PATH
//
// Debian: apt-get install chromium fonts-noto-cjk qpdf
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { escapeXml } from "./make-pdf-fixtures.mjs";
import { chromiumPdf } from "./make-pdf-producer-fixtures.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const outDir = join(root, "fixtures/trip-report");
const SEED = "002_9a82e845d717d122.txt";

/** A seed line's inline HTML kept (the agenda cells are HTML), stray `<` and `&` escaped, **bold**. */
const inline = (text) =>
  text
    .replace(/&(?![a-z]+;)/g, "&amp;")
    .replace(/<(?![a-z/])/g, "&lt;")
    .replace(/\*\*(.+?)\*\*/g, "<b>$1</b>");

/** One agenda table row: a day line (8 月 17 日) spans both columns; cells keep their HTML. */
function agendaRow(line) {
  const cells = line.split("\t");
  if (cells.length === 1 || cells.slice(1).every((c) => !c.trim())) {
    return `<tr><td colspan="2" class="day">${inline(cells[0].trim())}</td></tr>`;
  }
  return `<tr>${cells
    .slice(0, 2)
    .map((c) => `<td>${inline(c.trim())}</td>`)
    .join("")}</tr>`;
}

/**
 * Seed 002's lines → HTML: Markdown headings as headings, the contents as lines, tab-separated
 * lines as the agenda table (its first two lines as the table's caption rows), list items as
 * paragraphs, the rest as paragraphs. `cover` replaces the cover lines (服務機關 … 報告日期).
 */
export function tripHtml(text, { cover, css }) {
  let lines = text.split("\n");
  if (cover) {
    const start = lines.findIndex((l) => l.startsWith("服務機關"));
    const end = lines.findIndex((l) => l.startsWith("報告日期"));
    lines = [...lines.slice(0, start), ...cover, ...lines.slice(end + 1)];
  }
  const out = [];
  let table = null;
  let inToc = false;
  for (const raw of lines) {
    const line = raw.replace(/\s+$/, "");
    if (line.includes("\t") && !inToc) {
      table ??= [];
      table.push(agendaRow(line));
      continue;
    }
    if (!line.trim()) continue;
    if (table) {
      out.push(`<table>${table.join("\n")}</table>`);
      table = null;
    }
    const heading = /^(#{1,4})\s+(.*)$/.exec(line);
    if (heading) {
      const text = heading[2].replace(/\*\*/g, "");
      inToc = text === "目錄";
      out.push(`<h${heading[1].length}>${escapeXml(text)}</h${heading[1].length}>`);
    } else if (inToc) {
      const [entry, page] = line.split("\t");
      out.push(
        `<p class="toc">${escapeXml(entry.replace(/\.+$/, ""))}<span>${escapeXml(page ?? "")}</span></p>`,
      );
    } else {
      out.push(`<p>${inline(line.replace(/^\s*-\s+/, ""))}</p>`);
    }
  }
  if (table) out.push(`<table>${table.join("\n")}</table>`);
  return `<!DOCTYPE html>
<html lang="zh-Hant"><head><meta charset="utf-8"><title>出國報告</title><style>${css}</style></head>
<body>
${out.join("\n")}
</body></html>
`;
}

const CSS = `
html { font-family: "Noto Sans CJK TC"; font-size: 11pt; line-height: 1.45; }
@page { size: A4; margin: 20mm 18mm; }
body { margin: 0; }
h1 { font-size: 16pt; margin: 14pt 0 8pt; }
h2 { font-size: 14pt; margin: 12pt 0 6pt; break-after: avoid; }
h3, h4 { font-size: 14pt; margin: 10pt 0 4pt; break-after: avoid; }
p { margin: 0 0 4pt; }
p.toc { display: flex; justify-content: space-between; margin: 0 0 2pt; }
table { width: 100%; border-collapse: collapse; font-size: 10pt; margin: 6pt 0 10pt; }
td { border: 0.75pt solid #000; padding: 2pt 4pt; vertical-align: top; }
td:first-child { width: 22%; }
td.day { font-weight: bold; }
tr { break-inside: avoid; }
ul, ol { margin: 0; padding-left: 1.5em; }
`;

// The variant's cover: the fields in another order, several on one line, travellers title first.
export const VARIANT_COVER = [
  "出國期間：2022 年 8 月 16 日至 19 日 報告日期：2022 年 9 月",
  "姓名職稱：副署長 馮成、主任檢察官 林彥均、科長 孫立杰、廉政官 張媛婷",
  "服務機關：法務部、法務部廉政署 派赴國家：泰國清邁",
];

function main() {
  const text = readFileSync(join(root, "seeds", SEED), "utf8");
  const work = mkdtempSync(join(tmpdir(), "lianzheng-trip-pdf-"));
  try {
    chromiumPdf(work, "seed-002-chromium", tripHtml(text, { css: CSS }), outDir);
    chromiumPdf(
      work,
      "seed-002-variant-chromium",
      tripHtml(text, { cover: VARIANT_COVER, css: CSS }),
      outDir,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main();
