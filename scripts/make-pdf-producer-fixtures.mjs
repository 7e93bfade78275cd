#!/usr/bin/env node
// The producer matrix: seeds 001, 000 and 003 rendered by engines of other families than the
// LibreOffice fixtures of make-pdf-fixtures.mjs, and by LibreOffice in other table looks, so the
// PDF reader is tested on what differs between producers (see fixtures/pdf/README.md).
//
//   node scripts/make-pdf-producer-fixtures.mjs [name…]   # needs soffice, chromium, weasyprint, qpdf, gs,
//                                                        # wkhtmltopdf, xelatex
//
// Debian: apt-get install libreoffice-writer chromium weasyprint fonts-noto-cjk fonts-arphic-bkai00mp qpdf poppler-utils ghostscript
//         wkhtmltopdf texlive-xetex texlive-lang-chinese texlive-latex-extra
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  convertToPdf,
  escapeXml,
  firstColumnSpans,
  parsePlanSeed,
  parseReportSeed,
  renderFodt,
  run,
} from "./make-pdf-fixtures.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
// Beside the LibreOffice fixtures that `pnpm ingest` reads, in a folder of their own: the default
// dataset holds each document once per reader form, not once per producer.
const outDir = join(root, "fixtures/pdf/producers");
const seed = (name) => readFileSync(join(root, "seeds", name), "utf8");

// ---------------------------------------------------------------------------------------------
// Logical blocks (from the seed readers of make-pdf-fixtures.mjs) → HTML.

const paragraphs = (paras) => paras.map((x) => `<p>${escapeXml(x)}</p>`).join("");

/**
 * A plan table: the header in a repeated `<thead>`, each strategy one cell spanning its measures'
 * rows (`rowspan`), so continuation rows on a new page have no strategy cell.
 */
function planTableHtml(table) {
  const spans = firstColumnSpans(table.rows);
  const head = `<thead><tr>${table.header.map((h) => `<th>${escapeXml(h)}</th>`).join("")}</tr></thead>`;
  const rows = table.rows
    .map((row, i) => {
      const first =
        spans[i] === 0
          ? ""
          : `<td${spans[i] > 1 ? ` rowspan="${spans[i]}"` : ""}>${paragraphs(row.cells[0])}</td>`;
      return `<tr>${first}${row.cells
        .slice(1)
        .map((c) => `<td>${paragraphs(c)}</td>`)
        .join("")}</tr>`;
    })
    .join("\n");
  return `<table class="plan">${head}<tbody>${rows}</tbody></table>`;
}

/**
 * A report record: a key/value table whose first row (序次 | N) is in `<thead>`, so the engine
 * repeats it atop every page the record runs onto (as the published report does).
 */
function recordTableHtml(table) {
  const [first, ...rest] = table.rows;
  const row = (r, cell) =>
    `<tr><${cell}>${paragraphs(r.cells[0])}</${cell}><td>${paragraphs(r.cells[1])}</td></tr>`;
  return `<table class="record"><thead>${row(first, "th")}</thead><tbody>${rest.map((r) => row(r, "th")).join("")}</tbody></table>`;
}

export function renderHtml(blocks, { title, lang, css }) {
  const body = blocks
    .map((b) => {
      if (b.kind === "table") return b.header ? planTableHtml(b) : recordTableHtml(b);
      if (b.kind === "title") return `<h1>${escapeXml(b.text)}</h1>`;
      if (b.kind === "heading") return `<h2>${escapeXml(b.text)}</h2>`;
      if (b.kind === "item") return `<p class="item">${escapeXml(b.text)}</p>`;
      if (b.kind === "note") return `<p class="note">${escapeXml(b.text)}</p>`;
      return `<p class="body">${escapeXml(b.text)}</p>`;
    })
    .join("\n");
  return `<!DOCTYPE html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${escapeXml(title)}</title>
<style>${css}</style></head>
<body>
${body}
</body></html>
`;
}

/**
 * The report as the producer matrix renders seed 003 (`renderHtml`): one table per record, its
 * `序次` row the table's head (Word repeats it atop each page the record runs onto), records
 * `from` to `to` kept.
 */
export function reportRecords(from, to) {
  const seed = readFileSync(join(root, "seeds/003_2d62c1db8ab3e0f0.txt"), "utf8");
  const title = "國家廉政建設行動方案 107 年執行情形";
  const html = renderHtml(parseReportSeed(seed), { title, lang: "zh-Hant-TW", css: "" });
  const [head = "", ...records] = html.split(/(?=<table class="record">)/);
  const tables = records.map((record) => record.slice(0, record.indexOf("</table>") + "</table>".length));
  const foot = (records.at(-1) ?? "").slice((tables.at(-1) ?? "").length);
  return `${head}${tables.slice(from - 1, to).join("\n")}${foot}`;
}

// Shared by every HTML look: type, spacing and the table's cell text.
const baseCss = (font) => `
html { font-family: "${font}"; font-size: 11pt; line-height: 1.45; }
body { margin: 0; }
h1 { font-size: 18pt; text-align: center; margin: 0 0 14pt; }
h2 { font-size: 14pt; margin: 12pt 0 6pt; break-after: avoid; }
p { margin: 0; }
p.body { text-indent: 2em; margin-bottom: 4pt; text-align: justify; }
p.item { margin-left: 2em; margin-bottom: 3pt; }
p.note { text-align: right; font-size: 10pt; margin-bottom: 6pt; }
table { width: 100%; font-size: 10pt; line-height: 1.35; margin-bottom: 10pt; }
th, td { vertical-align: top; text-align: left; }
thead { display: table-header-group; }
tr { break-inside: auto; }
`;

/** Fixed dates (same length, so offsets hold) and an id computed from the content: same bytes. */
export function fixBytes(pdf, name, dir = outDir) {
  const bytes = readFileSync(pdf, "latin1").replace(
    /(\/(?:CreationDate|ModDate)\s*\(D:)\d{14}/g,
    "$120260101000000",
  );
  writeFileSync(pdf, bytes, "latin1");
  // Compressed object streams: Chromium writes its structure tree uncompressed.
  run("qpdf", [
    "--deterministic-id",
    "--object-streams=generate",
    "--compress-streams=y",
    "--recompress-flate",
    "--compression-level=9",
    pdf,
    join(dir, `${name}.pdf`),
  ]);
}

/** `html` printed by headless Chromium to `<dir>/<name>.pdf`, with fixed bytes. */
export function chromiumPdf(work, name, html, dir = outDir) {
  const src = join(work, `${name}.html`);
  writeFileSync(src, html);
  const pdf = join(work, `${name}.pdf`);
  run("chromium", [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    `--user-data-dir=${join(work, "chromium")}`,
    // No header or footer of the browser's own (it would print the file's path and the date).
    "--no-pdf-header-footer",
    `--print-to-pdf=${pdf}`,
    `file://${src}`,
  ]);
  fixBytes(pdf, name, dir);
}

export function weasyprintPdf(work, name, html, dir = outDir) {
  const src = join(work, `${name}.html`);
  writeFileSync(src, html);
  const pdf = join(work, `${name}.pdf`);
  run("weasyprint", [src, pdf]);
  fixBytes(pdf, name, dir);
}

/**
 * `html` printed by wkhtmltopdf (QtWebKit), the engine many web systems print with. It lays the
 * whole page out as one long sheet and clips each page's view of it: a row cut by a page break
 * has no border at the cut, and a cell's text centred in it (td's default `vertical-align`) falls
 * on either page. It writes no structure tree.
 */
export function wkhtmltopdfPdf(work, name, html, dir = outDir) {
  const src = join(work, `${name}.html`);
  writeFileSync(src, html);
  const pdf = join(work, `${name}.pdf`);
  run("wkhtmltopdf", ["--quiet", "--encoding", "utf-8", "--page-size", "A4", src, pdf]);
  fixBytes(pdf, name, dir);
}

const TEX_SPECIAL = {
  "\\": "\\textbackslash{}",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}",
  // Straight quotes as typed (TeX would curl them).
  '"': "\\textquotedbl{}",
  "'": "\\textquotesingle{}",
};
/** Text as LaTeX sets it literally: its special characters escaped in one pass. */
const escapeTex = (text) => text.replace(/[\\&%$#_{}~^"']/g, (c) => TEX_SPECIAL[c] ?? `\\${c}`);

/** A plan table as a LaTeX `longtable`: ruled (TeX rules are filled boxes), its header repeated. */
function planTableTex(table, widths) {
  const spec = `${widths.map((w) => `|p{${w}\\linewidth}`).join("")}|`;
  const cells = (row) => row.map((paras) => paras.map(escapeTex).join("\\par ")).join(" & ");
  const head = `${table.header.map((h) => `\\textbf{${escapeTex(h)}}`).join(" & ")} \\\\ \\hline`;
  const rows = table.rows.map((row) => `${cells(row.cells)} \\\\ \\hline`).join("\n");
  return `\\begin{longtable}{${spec}}\n\\hline\n${head}\n\\endhead\n${rows}\n\\end{longtable}`;
}

/** A plan's blocks as a XeLaTeX document (xeCJK for Chinese, Noto Serif CJK TC). */
export function renderTex(blocks, { widths, landscape = false }) {
  const body = blocks
    .map((b) => {
      if (b.kind === "table") return planTableTex(b, widths);
      if (b.kind === "title") return `\\begin{center}{\\LARGE\\bfseries ${escapeTex(b.text)}}\\end{center}`;
      if (b.kind === "heading") return `\\section*{${escapeTex(b.text)}}`;
      if (b.kind === "note") return `\\begin{flushright}\\small ${escapeTex(b.text)}\\end{flushright}`;
      if (b.kind === "item") return `\\hangindent=2em ${escapeTex(b.text)}\\par`;
      return `${escapeTex(b.text)}\\par`;
    })
    .join("\n\n");
  return `\\documentclass[11pt]{article}
\\usepackage[a4paper,margin=2cm${landscape ? ",landscape" : ""}]{geometry}
\\usepackage{longtable,array}
\\usepackage{xeCJK}
\\setCJKmainfont{Noto Serif CJK TC}
\\setCJKsansfont{Noto Sans CJK TC}
\\setlength{\\parindent}{0pt}
\\pagestyle{plain}
\\begin{document}
${body}
\\end{document}
`;
}

/**
 * `tex` typeset by XeLaTeX (xdvipdfmx), run until its longtable widths settle: TeX justifies
 * CJK lines by spacing out their characters, draws rules as filled boxes, and writes no tags.
 */
export function xelatexPdf(work, name, tex, dir = outDir) {
  writeFileSync(join(work, `${name}.tex`), tex);
  // A fixed date: xdvipdfmx writes it (and its font subset tags, else random) from SOURCE_DATE_EPOCH,
  // inside an object stream fixBytes does not reach.
  const env = { ...process.env, SOURCE_DATE_EPOCH: "1767225600", FORCE_SOURCE_DATE: "1" };
  for (let pass = 0; pass < 3; pass++)
    run("xelatex", ["-interaction=nonstopmode", "-halt-on-error", `${name}.tex`], { cwd: work, env });
  fixBytes(join(work, `${name}.pdf`), name, dir);
}

/**
 * A fixture re-distilled by Ghostscript (`pdfwrite`), as "print to PDF" pipelines and PDF
 * optimizers pass documents through it: new fonts (subsets, their own ToUnicode maps, where a
 * Latin ligature's letters come shifted up a byte) and content streams. Its dates, ID and XMP
 * are left out, so the bytes depend on the input and Ghostscript's version only.
 */
function ghostscriptPdf(work, name, from) {
  const pdf = join(work, `${name}.pdf`);
  run("gs", [
    "-q",
    "-dSAFER",
    "-dBATCH",
    "-dNOPAUSE",
    "-dOmitInfoDate",
    "-dOmitID",
    "-dOmitXMP",
    "-sDEVICE=pdfwrite",
    `-sOutputFile=${pdf}`,
    join(outDir, `${from}.pdf`),
  ]);
  fixBytes(pdf, name);
}

/**
 * A tagged PDF whose structure tree contradicts its page: `from`'s tree with the contents of two
 * cells of one column swapped between two rows (each TD's /K, and the /P of what it holds), so
 * the tree puts a cell's text in the row below while the rulings draw it where it is. Edited in
 * qpdf's QDF form (objects as plain text), then repaired (fix-qdf) and compressed again.
 */
function mistaggedPdf(work, name, from, [rowA, rowB], column) {
  const qdf = join(work, `${name}.qdf.pdf`);
  run("qpdf", ["--qdf", "--object-streams=disable", join(outDir, `${from}.pdf`), qdf]);
  let text = readFileSync(qdf, "latin1");
  const objectRe = (n) => new RegExp(`(\\n${n} 0 obj\\n)([\\s\\S]*?)(\\nendobj)`);
  const body = (n) => objectRe(n).exec(text)?.[2] ?? "";
  const setBody = (n, value) => {
    text = text.replace(objectRe(n), (_, head, _old, tail) => `${head}${value}${tail}`);
  };
  const kids = (n) =>
    [...(/\/K \[([^\]]*)\]/.exec(body(n))?.[1].matchAll(/(\d+) 0 R/g) ?? [])].map((m) => m[1]);
  const table = /\n(\d+) 0 obj\n<<(?:(?!endobj)[\s\S])*?\/S \/Table\b/.exec(text)?.[1];
  const rows = kids(table).filter((n) => /\/S \/TR\b/.test(body(n)));
  // The cell in `column` of each row, counted from the right (a row under a spanning cell is short).
  const cellOf = (row) => kids(row).at(column - 4);
  const [a, b] = [cellOf(rows[rowA]), cellOf(rows[rowB])];
  const contentOf = (td) => /\/K (\d+) 0 R/.exec(body(td))[1];
  const [ka, kb] = [contentOf(a), contentOf(b)];
  setBody(a, body(a).replace(`/K ${ka} 0 R`, `/K ${kb} 0 R`));
  setBody(b, body(b).replace(`/K ${kb} 0 R`, `/K ${ka} 0 R`));
  setBody(ka, body(ka).replace(`/P ${a} 0 R`, `/P ${b} 0 R`));
  setBody(kb, body(kb).replace(`/P ${b} 0 R`, `/P ${a} 0 R`));
  const edited = join(work, `${name}.edited.pdf`);
  writeFileSync(qdf, text, "latin1");
  writeFileSync(edited, run("fix-qdf", [qdf], { encoding: "latin1" }), "latin1");
  fixBytes(edited, name);
}

/**
 * The plan's title, the heading over its table and the table's rows from the strategy whose cell
 * starts with `strategy` on: an excerpt a few pages long.
 */
function planExcerpt(blocks, strategy) {
  const at = blocks.findIndex((block) => block.kind === "table");
  const table = blocks[at];
  const from = table.rows.findIndex((row) => (row.cells[0]?.[0] ?? "").startsWith(strategy));
  return [blocks[0], blocks[at - 1], { ...table, rows: table.rows.slice(from) }];
}

/** Excerpts of a seed, each PDF beside the HTML it was printed from (see fixtures/pdf/README.md). */
const excerptDir = join(root, "fixtures/pdf/excerpts");

// ---------------------------------------------------------------------------------------------
// The looks.

const PLAN_TITLE = "國家廉政建設行動方案（核定本）";
const REPORT_TITLE = "國家廉政建設行動方案 107 年執行情形";
const EN_TITLE = "National Integrity Building Action Plan";

/** Chromium: collapsed 0.75 pt borders, A4 portrait, the title as running head, `- N -` below. */
export const chromiumCss = (title, extra = "") => `${baseCss("Noto Sans CJK TC")}
@page { size: A4; margin: 20mm 18mm;
  @top-right { content: "${title}"; font-size: 8pt; color: #444; }
  @bottom-center { content: "- " counter(page) " -"; font-size: 9pt; } }
table { border-collapse: collapse; }
th, td { border: 0.75pt solid #000; padding: 3pt 5pt; }
thead th { background: #e8e8e8; font-weight: bold; }
${extra}`;

/** WeasyPrint: separate borders (each cell its own box, 2 pt apart), double outer border, padding. */
export const weasyCss = (title, extra = "") => `${baseCss("Noto Serif CJK TC")}
@page { size: A4; margin: 22mm 20mm;
  @top-center { content: "${title}"; font-size: 8pt; }
  @bottom-center { content: "第 " counter(page) " 頁／共 " counter(pages) " 頁"; font-size: 8pt; } }
table { border-collapse: separate; border-spacing: 2pt; border: 2.5pt double #000; }
th, td { border: 0.6pt solid #000; padding: 5pt 6pt; }
${extra}`;

// wkhtmltopdf's own defaults kept: cells centred vertically, no margin of its own around a table.
export const wkhtmltopdfCss = (font) => `
html { font-family: "${font}"; font-size: 11pt; }
table { width: 100%; border-collapse: collapse; }
th, td { border: 1px solid #000; padding: 3px; }
thead { display: table-header-group; }
`;

const LOOKS = {
  // --- LibreOffice (.fodt → soffice), other table looks than the fixtures of make-pdf-fixtures.
  "plan-2023-zh-lo-shaded": (work, seeds) =>
    convertToPdf(
      work,
      "plan-2023-zh-lo-shaded",
      renderFodt(seeds.plan, {
        title: PLAN_TITLE,
        widths: [3, 6, 5, 3],
        ruled: true,
        look: "shaded",
        repeatHeader: true,
        spanFirstColumn: true,
      }),
      { dir: outDir },
    ),
  "plan-2023-en-lo-unruled": (work, seeds) =>
    convertToPdf(
      work,
      "plan-2023-en-lo-unruled",
      renderFodt(seeds.english, {
        title: EN_TITLE,
        // The agency column wider than in the ruled fixture: at 3 cm, with the plain look's wider
        // padding, LibreOffice breaks "Administration)," inside the word (no hyphen), which no
        // reader can tell from a wrap between two words.
        widths: [3, 5.5, 5, 3.5],
        ruled: false,
        repeatHeader: true,
        spanFirstColumn: true,
      }),
      { dir: outDir },
    ),
  // Tagged (LibreOffice's "Tagged PDF" export): its structure tree, not Chromium's, over the
  // Chinese plan's table drawn without rulings.
  "plan-2023-zh-lo-tagged": (work, seeds) =>
    convertToPdf(
      work,
      "plan-2023-zh-lo-tagged",
      renderFodt(seeds.plan, {
        title: PLAN_TITLE,
        widths: [3, 6, 5, 3],
        ruled: false,
        repeatHeader: true,
        spanFirstColumn: true,
      }),
      { dir: outDir, tagged: true },
    ),
  "report-2018-zh-lo-frame": (work, seeds) =>
    convertToPdf(
      work,
      "report-2018-zh-lo-frame",
      renderFodt(seeds.report, {
        title: REPORT_TITLE,
        widths: [3.5, 13.5],
        ruled: true,
        look: "frame",
        repeatHeader: false,
        spanFirstColumn: false,
        keepRows: true,
      }),
      { dir: outDir },
    ),
  // --- Chromium (Skia): repeated <thead>, rowspans, tagged.
  "plan-2023-zh-chromium": (work, seeds) =>
    chromiumPdf(
      work,
      "plan-2023-zh-chromium",
      renderHtml(seeds.plan, {
        title: PLAN_TITLE,
        lang: "zh-Hant-TW",
        css: chromiumCss(PLAN_TITLE),
      }),
    ),
  // Prose on portrait pages, the table on landscape pages (a named page), separate borders.
  "plan-2023-zh-chromium-mixed": (work, seeds) =>
    chromiumPdf(
      work,
      "plan-2023-zh-chromium-mixed",
      renderHtml(seeds.plan, {
        title: PLAN_TITLE,
        lang: "zh-Hant-TW",
        css: chromiumCss(
          PLAN_TITLE,
          `@page wide { size: A4 landscape; margin: 15mm 18mm; }
table.plan { page: wide; border-collapse: separate; border-spacing: 0; border: 1.5pt solid #000; }
table.plan th, table.plan td { border: 0.5pt solid #000; }
table.plan th:nth-child(1) { width: 18%; } table.plan th:nth-child(2) { width: 34%; }
table.plan th:nth-child(3) { width: 30%; } table.plan th:nth-child(4) { width: 18%; }`,
        ),
      }),
    ),
  "plan-2023-en-chromium": (work, seeds) =>
    chromiumPdf(
      work,
      "plan-2023-en-chromium",
      renderHtml(seeds.english, {
        title: EN_TITLE,
        lang: "en",
        // A title box narrow enough that "Building" ends its first line.
        css: chromiumCss(
          EN_TITLE,
          `h1 { width: 60mm; margin: 0 auto 14pt; font-size: 20pt; }
@page { @bottom-center { content: counter(page); } }`,
        ),
      }),
    ),
  "report-2018-zh-chromium": (work, seeds) =>
    chromiumPdf(
      work,
      "report-2018-zh-chromium",
      renderHtml(seeds.report, {
        title: REPORT_TITLE,
        lang: "zh-Hant-TW",
        css: chromiumCss(
          REPORT_TITLE,
          `table.record th { width: 22%; font-weight: normal; background: none; }
table.record thead th, table.record thead td { background: #eee; }
table.record tr { break-inside: avoid; }`,
        ),
      }),
    ),
  // A Kaiti face (as 標楷體 is in government documents) with no bold of its own: Chromium
  // thickens the strokes, so no font marks the title bold, and its one long line is the only
  // text outside the table, on Letter paper.
  "plan-2023-en-chromium-kai": (work, seeds) =>
    chromiumPdf(
      work,
      "plan-2023-en-chromium-kai",
      renderHtml(seeds.english, {
        title: EN_TITLE,
        lang: "en",
        css: chromiumCss(
          EN_TITLE,
          `@page { size: Letter; margin: 25mm; }
html, table { font-family: "AR PL KaitiM Big5"; }`,
        ),
      }),
    ),
  // No rulings, cells centred vertically with wide padding: rows no longer start together on a
  // line, so only the structure tree (Chromium tags every PDF) says which text is one cell.
  "plan-2023-en-chromium-unruled": (work, seeds) =>
    chromiumPdf(
      work,
      "plan-2023-en-chromium-unruled",
      renderHtml(seeds.english, {
        title: EN_TITLE,
        lang: "en",
        css: chromiumCss(
          EN_TITLE,
          `table { border-collapse: separate; border-spacing: 0; }
th, td { border: none; padding: 9pt 12pt; vertical-align: middle; }
thead th { background: none; }`,
        ),
      }),
    ),
  // Inner borders only (no frame: `border-style: hidden`), rows free to break: the outer columns
  // have no line of their own, and a page whose rows one strategy cell spans has one row line.
  "plan-2023-en-chromium-inner": (work, seeds) =>
    chromiumPdf(
      work,
      "plan-2023-en-chromium-inner",
      renderHtml(seeds.english, {
        title: EN_TITLE,
        lang: "en",
        css: chromiumCss(EN_TITLE, "table { border-style: hidden; }"),
      }),
    ),
  // The same English PDF, its structure tree edited to contradict the page (fixtures/pdf/README.md).
  "plan-2023-en-chromium-mistagged": (work) =>
    mistaggedPdf(work, "plan-2023-en-chromium-mistagged", "plan-2023-en-chromium", [1, 2], 2),
  // --- WeasyPrint (its own layout engine and PDF writer).
  "plan-2023-zh-weasyprint": (work, seeds) =>
    weasyprintPdf(
      work,
      "plan-2023-zh-weasyprint",
      renderHtml(seeds.plan, {
        title: PLAN_TITLE,
        lang: "zh-Hant-TW",
        css: weasyCss(PLAN_TITLE),
      }),
    ),
  "plan-2023-en-weasyprint": (work, seeds) =>
    weasyprintPdf(
      work,
      "plan-2023-en-weasyprint",
      renderHtml(seeds.english, {
        title: EN_TITLE,
        lang: "en",
        css: weasyCss(EN_TITLE, "@page { size: A4 landscape; }"),
      }),
    ),
  // Inner borders only (collapsed, `border-style: hidden`), rows kept whole, a Latin font: a row
  // taller than a page has a page to itself, under one rule with the column lines hanging from
  // it, and no line at the table's left edge beside the strategy cell spanning it.
  "plan-2023-en-weasyprint-inner": (work, seeds) =>
    weasyprintPdf(
      work,
      "plan-2023-en-weasyprint-inner",
      renderHtml(seeds.english, {
        title: EN_TITLE,
        lang: "en",
        css: weasyCss(
          EN_TITLE,
          'table { border-collapse: collapse; border: none; border-style: hidden; } tr { break-inside: avoid; } html { font-family: "DejaVu Serif"; }',
        ),
      }),
    ),
  // Separate borders, cells ruled above and below only (no side borders), rows kept whole: each
  // rule drawn as a ring clipped to its side, the column edges only where one cell's rule stops
  // and the next one's starts.
  "plan-2023-en-weasyprint-rules": (work, seeds) =>
    weasyprintPdf(
      work,
      "plan-2023-en-weasyprint-rules",
      renderHtml(seeds.english, {
        title: EN_TITLE,
        lang: "en",
        css: weasyCss(
          EN_TITLE,
          'th, td { border-left: none; border-right: none; } tr { break-inside: avoid; } html { font-family: "DejaVu Serif"; }',
        ),
      }),
    ),
  // Horizontal rules only (the booktabs look: a rule over each cell, no column lines), A5, DejaVu
  // Serif: a cell that runs alone onto a page has no header repeated over it, only the rule
  // WeasyPrint draws at the page's top, and its compound words break at two hyphens in a row.
  "plan-2023-en-weasyprint-hrules": (work, seeds) =>
    weasyprintPdf(
      work,
      "plan-2023-en-weasyprint-hrules",
      renderHtml(seeds.english, {
        title: EN_TITLE,
        lang: "en",
        css: weasyCss(
          EN_TITLE,
          '@page { size: A5; margin: 12mm; } table { border: none; border-collapse: collapse; } th, td { border: none; border-top: 0.5pt solid #000; } html { font-family: "DejaVu Serif"; }',
        ),
      }),
    ),
  // An excerpt (strategy 九 of the plan, its HTML kept beside it): horizontal rules only, on a
  // page 148 × 170 mm, where (七)'s one-line goal fits at page 3's foot while its measure, kept
  // whole by its orphans, opens page 4 with that column empty.
  "plan-2023-zh-weasyprint-hrules-part": (work, seeds) => {
    const html = renderHtml(planExcerpt(seeds.plan, "九、"), {
      title: PLAN_TITLE,
      lang: "zh-Hant-TW",
      css: weasyCss(
        PLAN_TITLE,
        "@page { size: 148mm 170mm; margin: 12mm; } table { border: none; border-collapse: collapse; } th, td { border: none; border-top: 0.5pt solid #000; }",
      ),
    });
    weasyprintPdf(work, "plan-2023-zh-weasyprint-hrules-part", html, excerptDir);
    writeFileSync(join(excerptDir, "plan-2023-zh-weasyprint-hrules-part.html"), html);
  },
  // --- Ghostscript, re-distilling a PDF of another producer (run after it).
  // --- wkhtmltopdf (QtWebKit): no repeated header, cut rows without borders, centred cells.
  "plan-2023-zh-wkhtmltopdf": (work, seeds) =>
    wkhtmltopdfPdf(
      work,
      "plan-2023-zh-wkhtmltopdf",
      renderHtml(seeds.plan, {
        title: PLAN_TITLE,
        lang: "zh-Hant-TW",
        css: wkhtmltopdfCss("Noto Sans CJK TC"),
      }),
    ),
  // Larger type, cells top-aligned: a measure row starts just above a page's foot, its top line
  // drawn there, while the strategy spanning it runs on across the break with no line under it.
  "plan-2023-zh-wkhtmltopdf-12pt": (work, seeds) =>
    wkhtmltopdfPdf(
      work,
      "plan-2023-zh-wkhtmltopdf-12pt",
      renderHtml(seeds.plan, {
        title: PLAN_TITLE,
        lang: "zh-Hant-TW",
        css: `${wkhtmltopdfCss("Noto Sans CJK TC")}
html { font-size: 12pt; }
th, td { padding: 4px; vertical-align: top; }`,
      }),
    ),
  "plan-2023-en-wkhtmltopdf": (work, seeds) =>
    wkhtmltopdfPdf(
      work,
      "plan-2023-en-wkhtmltopdf",
      renderHtml(seeds.english, { title: EN_TITLE, lang: "en", css: wkhtmltopdfCss("Noto Serif") }),
    ),
  // One key/value table per record, the tables touching (no margin between them), each with its
  // own label column's width: their rulings join into one group that must be split again.
  "report-2018-zh-wkhtmltopdf": (work, seeds) =>
    wkhtmltopdfPdf(
      work,
      "report-2018-zh-wkhtmltopdf",
      renderHtml(seeds.report, {
        title: REPORT_TITLE,
        lang: "zh-Hant-TW",
        css: wkhtmltopdfCss("Noto Serif CJK TC"),
      }),
    ),
  // --- XeLaTeX (TeX): longtable, rules as filled boxes, CJK justified by letter spacing.
  "plan-2023-zh-xelatex": (work, seeds) =>
    xelatexPdf(work, "plan-2023-zh-xelatex", renderTex(seeds.plan, { widths: [0.18, 0.3, 0.3, 0.14] })),
  // TeX hyphenates English words at line ends (Strat-egy); landscape, so no row outgrows a page.
  "plan-2023-en-xelatex": (work, seeds) =>
    xelatexPdf(
      work,
      "plan-2023-en-xelatex",
      renderTex(seeds.english, { widths: [0.17, 0.31, 0.3, 0.14], landscape: true }),
    ),
  "plan-2023-en-weasyprint-gs": (work) =>
    ghostscriptPdf(work, "plan-2023-en-weasyprint-gs", "plan-2023-en-weasyprint"),
  "report-2018-zh-weasyprint": (work, seeds) =>
    weasyprintPdf(
      work,
      "report-2018-zh-weasyprint",
      renderHtml(seeds.report, {
        title: REPORT_TITLE,
        lang: "zh-Hant-TW",
        css: weasyCss(REPORT_TITLE, "table.record th { width: 22%; font-weight: normal; }"),
      }),
    ),
};

function main() {
  const wanted = process.argv.slice(2);
  const work = mkdtempSync(join(tmpdir(), "lianzheng-producers-"));
  try {
    const seeds = {
      plan: parsePlanSeed(seed("001_6bac756fe4f12e99.txt")),
      english: parsePlanSeed(seed("000_b54d29a4c767afd7.txt")),
      report: parseReportSeed(seed("003_2d62c1db8ab3e0f0.txt")),
    };
    for (const [name, make] of Object.entries(LOOKS)) {
      if (wanted.length > 0 && !wanted.includes(name)) continue;
      make(work, seeds);
      console.log(`fixtures/pdf/${name.endsWith("-part") ? "excerpts" : "producers"}/${name}.pdf`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main();
