// Writes test/fixtures/nested-q.pdf: a one-page PDF whose content stream is two million nested
// `q` (save graphics state) before one line of text. PDF.js spends minutes on it without yielding,
// so the read page can only end it by terminating its worker at the deadline. The stream is Flate
// compressed (4 MB of operators in a few KB). `node packages/viewer/scripts/make-hostile-pdf.mjs`.
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const latin1 = (text) => Buffer.from(text, "latin1");

/** A PDF from its objects' bodies: objects numbered from 1, object 1 the catalog, a correct xref. */
function buildPdf(objects) {
  const parts = [latin1("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n")];
  let length = parts[0].length;
  const offsets = [];
  for (const [i, body] of objects.entries()) {
    offsets.push(length);
    const part = Buffer.concat([latin1(`${i + 1} 0 obj\n`), body, latin1("\nendobj\n")]);
    parts.push(part);
    length += part.length;
  }
  const xref = [
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`),
  ].join("");
  parts.push(
    latin1(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`),
  );
  return Buffer.concat(parts);
}

const content = deflateSync(latin1(`${"q ".repeat(2_000_000)}BT /F1 12 Tf 72 720 Td (Hello world) Tj ET`));
const pdf = buildPdf([
  latin1("<< /Type /Catalog /Pages 2 0 R >>"),
  latin1("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
  latin1(
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
  ),
  Buffer.concat([
    latin1(`<< /Length ${content.length} /Filter /FlateDecode >>\nstream\n`),
    content,
    latin1("\nendstream"),
  ]),
  latin1("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
]);
writeFileSync(new URL("../test/fixtures/nested-q.pdf", import.meta.url), pdf);
process.stdout.write(`test/fixtures/nested-q.pdf: ${pdf.length} bytes\n`);
