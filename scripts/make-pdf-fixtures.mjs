#!/usr/bin/env node
// Renders the seed texts into real PDFs under fixtures/pdf/ with LibreOffice (a real layout
// engine), plus the bad PDFs the error tests need. See fixtures/pdf/README.md.
//
//   node scripts/make-pdf-fixtures.mjs            # needs soffice, qpdf, pdftoppm on PATH
//
// Debian: apt-get install libreoffice-writer fonts-noto-cjk qpdf poppler-utils
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const outDir = join(root, "fixtures/pdf");
const seed = (name) => readFileSync(join(root, "seeds", name), "utf8");

// ---------------------------------------------------------------------------------------------
// Seed text → logical blocks. Only as much parsing as rendering needs: undo the extraction scars
// (repeated header rows, rows cut by page breaks, `--` separators, HTML in cells).

/** Cell text (maybe HTML) → its paragraphs. */
export function cellParagraphs(cell) {
  return cell
    .replace(/<\/?(?:p|li|ol|ul|div|br)\b[^>]*>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .split("\n")
    .map((p) => p.trim())
    .filter(Boolean);
}

const listMarker = /^(\d+\.|\(\d+\)|（\d+）|\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、|[①-⑳]|-\s)/;
const latin = /[A-Za-z0-9,.;:)"'”]$/;

/** Appends the paragraphs of a row fragment cut off by a page break to the cell it continues. */
function joinParagraphs(before, after) {
  if (before.length === 0) return after;
  if (after.length === 0) return before;
  const [first, ...rest] = after;
  if (listMarker.test(first)) return [...before, ...after];
  const last = before[before.length - 1];
  const sep = latin.test(last) && /^[A-Za-z0-9("“]/.test(first) ? " " : "";
  return [...before.slice(0, -1), `${last}${sep}${first}`, ...rest];
}

const isSeparator = (line) => /^[\s|:-]+$/.test(line) && line.includes("-");
const measureMarker = /^(\(|（)[一二三四五六七八九十\d]+(\)|）)/;

/** The plan seeds (001, 000): headings, paragraphs and the four-column table. */
export function parsePlanSeed(text) {
  const blocks = [];
  let table = null;
  for (const raw of text.split("\n")) {
    const line = raw.replace(/\s+$/, "");
    if (line.includes("\t")) {
      const cells = line.split("\t");
      if (!table) {
        table = { kind: "table", header: cells.map((c) => c.trim()), rows: [] };
        blocks.push(table);
        continue;
      }
      if (cells.map((c) => c.trim()).join("\t") === table.header.join("\t")) continue;
      if (isSeparator(line)) continue;
      let paras = cells.map(cellParagraphs);
      while (paras.length < table.header.length) paras.push([]);
      // A row that lost its leading tab: its measure sits in the strategy column.
      if (measureMarker.test(paras[0][0] ?? "") && paras[paras.length - 1].length === 0) {
        paras = [[], ...paras.slice(0, -1)];
      }
      const prev = table.rows[table.rows.length - 1];
      const measure = paras[1];
      if (prev && paras[0].length === 0 && !measureMarker.test(measure[0] ?? "")) {
        // The end of the row above, and maybe (a bad copy) a whole new row after it.
        const next = measure.findIndex((para, k) => k > 0 && measureMarker.test(para));
        const head = next > 0 ? [[], measure.slice(0, next), [], []] : paras;
        prev.cells = prev.cells.map((c, i) => joinParagraphs(c, head[i] ?? []));
        if (next > 0) table.rows.push({ cells: [[], measure.slice(next), ...paras.slice(2)] });
      } else {
        table.rows.push({ cells: paras });
      }
      continue;
    }
    if (!line.trim() || isSeparator(line)) continue;
    table = null;
    if (line.startsWith("# ")) blocks.push({ kind: "title", text: line.slice(2) });
    else if (line.startsWith("## ")) blocks.push({ kind: "heading", text: line.slice(3) });
    else if (/^[壹貳參肆伍陸柒捌玖拾]、/.test(line)) blocks.push({ kind: "heading", text: line });
    else if (line.startsWith("- ")) blocks.push({ kind: "item", text: line.slice(2) });
    else blocks.push({ kind: "paragraph", text: line.trim() });
  }
  return blocks;
}

/** The report seed (003): title lines, then one key/value table per 序次. */
export function parseReportSeed(text) {
  const blocks = [];
  let record = null;
  for (const raw of text.split("\n")) {
    const line = raw.replace(/\s+$/, "");
    if (!line.trim() || isSeparator(line)) continue;
    const tab = line.indexOf("\t");
    const key = tab >= 0 ? line.slice(0, tab).trim() : null;
    const value = tab >= 0 ? line.slice(tab + 1) : line;
    if (key === "序次") {
      record = { kind: "table", header: null, rows: [] };
      blocks.push(record);
    }
    if (!record) {
      blocks.push({ kind: blocks.length === 0 ? "note" : "title", text: line.trim() });
      continue;
    }
    const last = record.rows[record.rows.length - 1];
    if (key) record.rows.push({ cells: [[key], cellParagraphs(value)] });
    else if (tab >= 0 && last) last.cells[1] = joinParagraphs(last.cells[1], cellParagraphs(value));
    else if (last) {
      // A plain line continues the value above: a new paragraph after a sentence end or before a
      // list item or bullet, else the same sentence (a stray line break of the extraction).
      const bullet = /^\s*-\s+/.test(value);
      const paras = cellParagraphs(value.replace(/^\s*-\s+/, ""));
      const before = last.cells[1];
      const end = before[before.length - 1] ?? "";
      if (bullet || /[。！？；：:;!?.]$/.test(end) || listMarker.test(paras[0] ?? "")) before.push(...paras);
      else last.cells[1] = joinParagraphs(before, paras);
    }
  }
  return blocks;
}

// ---------------------------------------------------------------------------------------------
// Logical blocks → flat ODF text (.fodt) → PDF with LibreOffice.

export const escapeXml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const p = (style, text) => `<text:p text:style-name="${style}">${escapeXml(text)}</text:p>`;

/**
 * The first column of a plan table is one cell spanning all rows of its strategy: per row, how
 * many rows its first cell spans (0: covered by the cell above).
 */
export function firstColumnSpans(rows) {
  const spans = rows.map(() => 1);
  let owner = -1;
  rows.forEach((row, i) => {
    if (row.cells[0].length > 0 || owner < 0) owner = i;
    else spans[owner] += 1;
    if (owner !== i) spans[i] = 0;
  });
  return spans;
}

/**
 * The cell style of a table look: `ruled` (0.5 pt lines), `plain` (none), `shaded` (ruled, the
 * header row on a grey fill), `frame` (ruled inside, a 2.25 pt outer border: styles FrameTBLR,
 * a letter for each thick side).
 */
function cellStyleOf(look, { header, top, bottom, left, right }) {
  if (look === "plain") return "CellPlain";
  if (look === "shaded" && header) return "CellShaded";
  if (look !== "frame") return "CellRuled";
  return `Frame${top ? "T" : ""}${bottom ? "B" : ""}${left ? "L" : ""}${right ? "R" : ""}`;
}

function renderTable(table, { widths, ruled, look = ruled ? "ruled" : "plain", repeatHeader, keepRows }) {
  const last = table.rows.length - 1;
  const cell = (paras, extra = "", at = {}) =>
    `<table:table-cell table:style-name="${cellStyleOf(look, { ...at, left: at.col === 0, right: at.col === widths.length - 1 })}" office:value-type="string"${extra}>${
      paras.length ? paras.map((x) => p("Cell", x)).join("") : p("Cell", "")
    }</table:table-cell>`;
  const cols = widths.map((_, i) => `<table:table-column table:style-name="Col${i}"/>`).join("");
  let header = "";
  if (table.header) {
    const row = `<table:table-row>${table.header.map((h, col) => cell([h], "", { header: true, top: true, col })).join("")}</table:table-row>`;
    header = repeatHeader ? `<table:table-header-rows>${row}</table:table-header-rows>` : row;
  }
  const spans = table.spanFirstColumn ? firstColumnSpans(table.rows) : table.rows.map(() => 1);
  const rows = table.rows
    .map((row, i) => {
      const at = { top: i === 0 && !table.header, bottom: i === last };
      const first =
        spans[i] === 0
          ? "<table:covered-table-cell/>"
          : cell(row.cells[0], spans[i] > 1 ? ` table:number-rows-spanned="${spans[i]}"` : "", {
              ...at,
              bottom: i + spans[i] - 1 === last,
              col: 0,
            });
      return `<table:table-row${keepRows ? ' table:style-name="KeepRow"' : ""}>${first}${row.cells
        .slice(1)
        .map((c, k) => cell(c, "", { ...at, col: k + 1 }))
        .join("")}</table:table-row>`;
    })
    .join("");
  return `<table:table table:style-name="Table" widths="${widths.join(",")}">${cols}${header}${rows}</table:table>${p("Gap", "")}`;
}

export function renderFodt(
  blocks,
  { title, widths, ruled, look, repeatHeader, spanFirstColumn, keepRows = false },
) {
  // Latin words keep Western line breaking (no breaks inside a word) in Chinese text too.
  const [language, country] = ["en", "US"];
  const body = blocks
    .map((b) => {
      if (b.kind === "table")
        return renderTable({ ...b, spanFirstColumn }, { widths, ruled, look, repeatHeader, keepRows });
      if (b.kind === "title") return p("Title", b.text);
      if (b.kind === "heading") return p("Heading", b.text);
      if (b.kind === "item") return p("Item", b.text);
      if (b.kind === "note") return p("Note", b.text);
      return p("Body", b.text);
    })
    .join("\n")
    .replace(/ widths="[^"]*"/g, "");
  const border = ruled ? "0.5pt solid #000000" : "none";
  const font = "Noto Serif CJK TC";
  const textProps = (size, bold = false) =>
    `<style:text-properties style:font-name="${font}" style:font-name-asian="${font}" style:font-name-complex="${font}" fo:font-size="${size}" style:font-size-asian="${size}"${
      bold ? ' fo:font-weight="bold" style:font-weight-asian="bold"' : ""
    } fo:language="${language}" fo:country="${country}" style:language-asian="zh" style:country-asian="TW"/>`;
  const total = widths.reduce((a, b) => a + b, 0);
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>${escapeXml(title)}</dc:title><meta:generator>lianzheng make-pdf-fixtures</meta:generator></office:meta>
<office:font-face-decls><style:font-face style:name="${font}" svg:font-family="'${font}'"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties style:line-break="strict" style:text-autospace="none"/>${textProps("12pt")}</style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.2cm" fo:margin-bottom="0.5cm"/>${textProps("18pt", true)}</style:style>
<style:style style:name="Note" style:family="paragraph"><style:paragraph-properties fo:text-align="end" fo:margin-bottom="0.3cm"/>${textProps("10pt")}</style:style>
<style:style style:name="Heading" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.25cm" fo:keep-with-next="always"/>${textProps("14pt", true)}</style:style>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-indent="0.85cm" fo:margin-bottom="0.2cm" fo:text-align="justify"/>${textProps("12pt")}</style:style>
<style:style style:name="Item" style:family="paragraph"><style:paragraph-properties fo:margin-left="0.85cm" fo:margin-bottom="0.15cm"/>${textProps("12pt")}</style:style>
<style:style style:name="Cell" style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm" fo:orphans="2" fo:widows="2"/>${textProps("10.5pt")}</style:style>
<style:style style:name="Gap" style:family="paragraph">${textProps("6pt")}</style:style>
<style:style style:name="Header" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/>${textProps("9pt")}</style:style>
<style:style style:name="Footer" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>${textProps("9pt")}</style:style>
</office:styles>
<office:automatic-styles>
<style:style style:name="Table" style:family="table"><style:table-properties style:width="${total}cm" table:align="left" style:may-break-between-rows="true"/></style:style>
${widths
  .map(
    (w, i) =>
      `<style:style style:name="Col${i}" style:family="table-column"><style:table-column-properties style:column-width="${w}cm"/></style:style>`,
  )
  .join("\n")}
<style:style style:name="KeepRow" style:family="table-row"><style:table-row-properties fo:keep-together="always"/></style:style>
<style:style style:name="CellRuled" style:family="table-cell"><style:table-cell-properties fo:padding="0.12cm" fo:border="${border}"/></style:style>
<style:style style:name="CellShaded" style:family="table-cell"><style:table-cell-properties fo:padding="0.12cm" fo:border="${border}" fo:background-color="#d9d9d9"/></style:style>
${["", "T", "B", "L", "R", "TL", "TR", "BL", "BR", "TB", "TBL", "TBR", "LR", "TLR", "BLR", "TBLR"]
  .map((sides) => {
    const side = (letter) => (sides.includes(letter) ? "2.25pt solid #000000" : border);
    return `<style:style style:name="Frame${sides}" style:family="table-cell"><style:table-cell-properties fo:padding="0.12cm" fo:border-top="${side("T")}" fo:border-bottom="${side("B")}" fo:border-left="${side("L")}" fo:border-right="${side("R")}"/></style:style>`;
  })
  .join("\n")}
<style:style style:name="CellPlain" style:family="table-cell"><style:table-cell-properties fo:padding-left="0.25cm" fo:padding-right="0.25cm" fo:padding-top="0.2cm" fo:padding-bottom="0.2cm" fo:border="none"/></style:style>
<style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
<style:header-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-bottom="0.4cm"/></style:header-style>
<style:footer-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4">
<style:header>${p("Header", title)}</style:header>
<style:footer><text:p text:style-name="Footer">- <text:page-number text:select-page="current">1</text:page-number> -</text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:text>
${body}
</office:text></office:body></office:document>
`;
}

export function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { encoding: "utf8", ...options });
  if (result.status !== 0) {
    throw new Error(`${cmd} ${args.join(" ")} failed:\n${result.stderr || result.stdout || result.error}`);
  }
  return result.stdout;
}

/**
 * A document LibreOffice opens (.fodt, .docx), printed to PDF in `work`; `tagged` exports a
 * tagged PDF (a structure tree: LibreOffice's "Tagged PDF" option). Returns the PDF's path.
 */
export function sofficePdf(work, src, { tagged = false } = {}) {
  const filter = tagged
    ? 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}'
    : "pdf:writer_pdf_Export";
  // A private profile keeps the run independent of the user's LibreOffice settings.
  run("soffice", [
    `-env:UserInstallation=file://${join(work, "profile")}`,
    "--headless",
    "--convert-to",
    filter,
    "--outdir",
    work,
    src,
  ]);
  return join(work, `${basename(src, extname(src))}.pdf`);
}

/**
 * An HTML file made a .docx by pandoc (with pandoc's `options`, e.g. a reference .docx) and printed
 * by LibreOffice, as a Word document is printed. Returns the PDF's path in `work`.
 */
export function docxPdf(work, name, html, options = []) {
  const docx = join(work, `${name}.docx`);
  run("pandoc", ["-f", "html", "-t", "docx", ...options, html, "-o", docx]);
  return sofficePdf(work, docx);
}

// Python's zipfile edits the reference .docx (node has no zip writer of its own): the section's
// page size and margins (pandoc's reference has an empty <w:sectPr />, which pandoc copies: a
// second section added after it is ignored, and the page stays Letter), the default size and
// faces (an empty Latin face keeps the theme's).
const EDIT_REFERENCE = `
import sys, zipfile
source, target, width, height, top, side, half_points, east_asia, latin = sys.argv[1:]
section = (f'<w:sectPr><w:pgSz w:w="{width}" w:h="{height}"/><w:pgMar w:top="{top}" w:right="{side}" '
           f'w:bottom="{top}" w:left="{side}" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>')
with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename).decode("utf-8")
        if item.filename == "word/document.xml":
            assert "<w:sectPr />" in data, "pandoc's reference .docx changed: no empty section"
            data = data.replace("<w:sectPr />", section)
        if item.filename == "word/styles.xml":
            data = data.replace('<w:sz w:val="24" />', f'<w:sz w:val="{half_points}" />', 1)
            data = data.replace('w:eastAsiaTheme="minorHAnsi"', f'w:eastAsia="{east_asia}"', 1)
            if latin:
                data = data.replace('w:asciiTheme="minorHAnsi"', f'w:ascii="{latin}"', 1)
                data = data.replace('w:hAnsiTheme="minorHAnsi"', f'w:hAnsi="{latin}"', 1)
        zout.writestr(item, data.encode("utf-8"))
`;

/**
 * pandoc's reference .docx on another page setup, written to `target`: a page size and margins in
 * twips (`top` for top and bottom, `side` for left and right), a default size in half points, the
 * East Asian face and, if given, the Latin one. For `docxPdf`'s `--reference-doc`.
 */
export function pandocReference(
  work,
  target,
  { width, height, top, side, halfPoints, eastAsia, latin = "" },
) {
  const defaults = join(work, "pandoc-reference.docx");
  run("pandoc", ["-o", defaults, "--print-default-data-file", "reference.docx"]);
  const args = [width, height, top, side, halfPoints, eastAsia, latin].map(String);
  run("python3", ["-c", EDIT_REFERENCE, defaults, target, ...args]);
  return target;
}

/**
 * A LibreOffice PDF given a fixed creation date, checksum and id in place (same lengths, so
 * offsets hold): same input, same bytes.
 */
export function fixOfficeBytes(pdf) {
  const bytes = readFileSync(pdf, "latin1")
    .replace(/\/CreationDate\(D:\d{14}/g, "/CreationDate(D:20260101000000")
    .replace(/\/DocChecksum \/[0-9A-F]{32}/g, `/DocChecksum /${"0".repeat(32)}`)
    .replace(
      /(\/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)>/g,
      (_, a, id1, b, id2) => `${a}${"0".repeat(id1.length)}${b}${"0".repeat(id2.length)}>`,
    );
  writeFileSync(pdf, bytes, "latin1");
}

/**
 * The PDF of a flat ODF document, by LibreOffice, into `dir` (fixtures/pdf by default); `tagged`
 * as sofficePdf's.
 */
export function convertToPdf(work, name, fodt, { dir = outDir, tagged = false } = {}) {
  const src = join(work, `${name}.fodt`);
  writeFileSync(src, fodt);
  const pdf = sofficePdf(work, src, { tagged });
  fixOfficeBytes(pdf);
  // A fixed document id (qpdf's option for reproducible test files).
  run("qpdf", ["--static-id", pdf, join(dir, `${name}.pdf`)]);
  return join(dir, `${name}.pdf`);
}

function main() {
  mkdirSync(outDir, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), "lianzheng-pdf-"));
  try {
    const plan = parsePlanSeed(seed("001_6bac756fe4f12e99.txt"));
    const planTitle = "國家廉政建設行動方案（核定本）";
    const planOptions = { title: planTitle, widths: [3, 6, 5, 3], repeatHeader: true, spanFirstColumn: true };
    convertToPdf(work, "plan-2023-zh", renderFodt(plan, { ...planOptions, ruled: true }));
    convertToPdf(work, "plan-2023-zh-unruled", renderFodt(plan, { ...planOptions, ruled: false }));

    const english = parsePlanSeed(seed("000_b54d29a4c767afd7.txt"));
    convertToPdf(
      work,
      "plan-2023-en-strategy9",
      renderFodt(english, {
        title: "National Integrity Building Action Plan",
        widths: [3, 5.5, 5.5, 3],
        ruled: true,
        repeatHeader: true,
        spanFirstColumn: true,
      }),
    );

    const report = parseReportSeed(seed("003_2d62c1db8ab3e0f0.txt"));
    convertToPdf(
      work,
      "report-2018-zh",
      renderFodt(report, {
        title: "國家廉政建設行動方案 107 年執行情形",
        widths: [3.5, 13.5],
        ruled: true,
        repeatHeader: false,
        spanFirstColumn: false,
        // Records break between rows; only a row longer than a page is cut (as in the original).
        keepRows: true,
      }),
    );
    makeBadPdfs(work);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The inputs the error tests need, each broken in one way. */
function makeBadPdfs(work) {
  const bad = join(outDir, "bad");
  mkdirSync(bad, { recursive: true });
  const good = join(outDir, "plan-2023-en-strategy9.pdf");
  writeFileSync(join(bad, "empty.pdf"), "");
  writeFileSync(
    join(bad, "not-a-pdf.pdf"),
    "具體策略\t執行措施\t績效目標\t辦理機關\nThis is text, not a PDF.\n",
  );
  // A header and an end marker around garbage: looks like a PDF, has no readable structure.
  writeFileSync(
    join(bad, "malformed.pdf"),
    `%PDF-1.7\n${"1 0 obj << /Type /Catalog /Pages 9 0 R >>\n".repeat(3)}garbage\n%%EOF\n`,
  );
  const bytes = readFileSync(good);
  writeFileSync(join(bad, "truncated.pdf"), bytes.subarray(0, Math.floor(bytes.length / 2)));
  // Static id and IV (qpdf's options for reproducible test files) instead of random ones.
  run("qpdf", [
    "--static-id",
    "--static-aes-iv",
    "--encrypt",
    "user-secret",
    "owner-secret",
    "256",
    "--",
    good,
    join(bad, "encrypted.pdf"),
  ]);
  // A scan: page 1 of the plan as a picture, with no text layer.
  run("pdftoppm", [
    "-f",
    "1",
    "-l",
    "1",
    "-r",
    "60",
    "-gray",
    "-png",
    "-singlefile",
    join(outDir, "plan-2023-zh.pdf"),
    join(work, "scan"),
  ]);
  const png = readFileSync(join(work, "scan.png")).toString("base64");
  const fodt = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:automatic-styles><style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin="1cm"/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4"/></office:master-styles>
<office:body><office:text><text:p><draw:frame text:anchor-type="as-char" svg:width="18cm" svg:height="25.5cm"><draw:image><office:binary-data>${png}</office:binary-data></draw:image></draw:frame></text:p></office:text></office:body></office:document>`;
  const scan = convertToPdf(work, "image-only", fodt);
  copyFileSync(scan, join(bad, "image-only.pdf"));
  rmSync(scan);
}

// Run only as a script: make-pdf-producer-fixtures.mjs imports the seed readers and renderers.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main();
