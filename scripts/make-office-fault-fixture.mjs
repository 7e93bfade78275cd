#!/usr/bin/env node
// Writes fixtures/pdf/faults/office-shaded-spans.pdf with LibreOffice (another producer than the
// operator-level fixtures of make-fault-fixtures.mjs): a table with a two-row header (labels
// reaching down, group labels across two columns), a first column whose cells span rows, and
// banded cell shading. See fixtures/pdf/faults/README.md.
//
//   node scripts/make-office-fault-fixture.mjs    # needs soffice and qpdf on PATH
//
// Debian: apt-get install libreoffice-writer fonts-liberation2 qpdf
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { convertToPdf } from "./make-pdf-fixtures.mjs";

const outDir = fileURLToPath(new URL("../fixtures/pdf/faults/", import.meta.url));

const AGENCIES = [
  [
    "Ministry of Justice",
    [
      ["Agency Against Corruption", 24, 22, 1310, 420],
      ["Prosecutors Office", 12, 12, 860, 0],
      ["Department of Prevention", 8, 7, 240, 95],
    ],
  ],
  [
    "Ministry of Finance",
    [
      ["Customs Administration", 10, 9, 515, 60],
      ["Taxation Agency", 6, 6, 330, 0],
    ],
  ],
  [
    "Ministry of the Interior",
    [
      ["National Police Agency", 30, 28, 2204, 150],
      ["Immigration Agency", 9, 8, 410, 35],
      ["Fire Agency", 5, 5, 190, 0],
      ["Land Administration", 4, 3, 120, 18],
    ],
  ],
];

const escapeXml = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const p = (text) => `<text:p text:style-name="Cell">${escapeXml(text)}</text:p>`;
const cell = (text, style, { rows = 1, cols = 1, number = false } = {}) =>
  `<table:table-cell table:style-name="${style}"${rows > 1 ? ` table:number-rows-spanned="${rows}"` : ""}${cols > 1 ? ` table:number-columns-spanned="${cols}"` : ""} office:value-type="string">${number ? `<text:p text:style-name="Number">${text}</text:p>` : p(text)}</table:table-cell>`;
const covered = "<table:covered-table-cell/>";

function tableXml() {
  const head1 = `<table:table-row>${cell("Agency", "Head", { rows: 2 })}${cell("Unit", "Head", { rows: 2 })}${cell("Sessions", "Head", { cols: 2 })}${covered}${cell("Participants", "Head", { cols: 2 })}${covered}</table:table-row>`;
  const head2 = `<table:table-row>${covered}${covered}${["Planned", "Held", "Staff", "Public"].map((t) => cell(t, "Head")).join("")}</table:table-row>`;
  let band = 0;
  const body = AGENCIES.flatMap(([agency, units]) =>
    units.map(([unit, ...figures], i) => {
      const style = band++ % 2 === 0 ? "Band" : "Plain";
      const first = i === 0 ? cell(agency, "Plain", { rows: units.length }) : covered;
      const numbers = figures.map((n) => cell(n.toLocaleString("en-US"), style, { number: true })).join("");
      return `<table:table-row>${first}${cell(unit, style)}${numbers}</table:table-row>`;
    }),
  ).join("\n");
  const columns = [3.6, 4.6, 2.1, 2.1, 2.3, 2.3]
    .map((_, i) => `<table:table-column table:style-name="Col${i}"/>`)
    .join("");
  return `<table:table table:style-name="Table">${columns}<table:table-header-rows>${head1}${head2}</table:table-header-rows>${body}</table:table>`;
}

function fodt() {
  const font = "Liberation Sans";
  const text = (size, bold = false) =>
    `<style:text-properties style:font-name="${font}" fo:font-size="${size}"${bold ? ' fo:font-weight="bold"' : ""} fo:language="en" fo:country="US"/>`;
  const cellStyle = (name, background) =>
    `<style:style style:name="${name}" style:family="table-cell"><style:table-cell-properties fo:padding-left="0.19cm" fo:padding-right="0.19cm" fo:padding-top="0.05cm" fo:padding-bottom="0.05cm" fo:border="0.5pt solid #000000"${background ? ` fo:background-color="${background}"` : ""}/></style:style>`;
  const widths = [3.6, 4.6, 2.1, 2.1, 2.3, 2.3];
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>Integrity training</dc:title><meta:generator>lianzheng make-office-fault-fixture</meta:generator></office:meta>
<office:font-face-decls><style:font-face style:name="${font}" svg:font-family="'${font}'"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph">${text("10pt")}</style:default-style>
<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.4cm"/>${text("14pt", true)}</style:style>
<style:style style:name="Cell" style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/>${text("10pt")}</style:style>
<style:style style:name="Number" style:family="paragraph"><style:paragraph-properties fo:text-align="end" fo:margin-top="0cm" fo:margin-bottom="0cm"/>${text("10pt")}</style:style>
</office:styles>
<office:automatic-styles>
<style:style style:name="Table" style:family="table"><style:table-properties style:width="${widths.reduce((a, b) => a + b, 0)}cm" table:align="left"/></style:style>
${widths.map((w, i) => `<style:style style:name="Col${i}" style:family="table-column"><style:table-column-properties style:column-width="${w}cm"/></style:style>`).join("\n")}
${cellStyle("Head", "#d9d9d9")}
${cellStyle("Band", "#f2f2f2")}
${cellStyle("Plain", "")}
<style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4"/></office:master-styles>
<office:body><office:text>
<text:p text:style-name="Title">Integrity training by unit, 2024</text:p>
${tableXml()}
</office:text></office:body></office:document>
`;
}

const work = mkdtempSync(join(tmpdir(), "lianzheng-office-"));
try {
  convertToPdf(work, "office-shaded-spans", fodt(), { dir: outDir });
} finally {
  rmSync(work, { recursive: true, force: true });
}
