import { deflateSync } from "node:zlib";

// Small hand-made PDFs for hostile-input tests: objects numbered from 1 in the order given, a
// correct cross-reference table, object 1 the catalog.

const latin1 = (text: string) => Buffer.from(text, "latin1");

/** A PDF file from the bodies of its objects (what goes between `n 0 obj` and `endobj`). */
export function buildPdf(objects: readonly (string | Buffer)[]): Buffer {
  const parts = [latin1("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n")];
  let length = parts[0]?.length ?? 0;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    const part = Buffer.concat([
      latin1(`${i + 1} 0 obj\n`),
      typeof body === "string" ? latin1(body) : body,
      latin1("\nendobj\n"),
    ]);
    parts.push(part);
    length += part.length;
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`),
  ].join("");
  parts.push(
    latin1(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`),
  );
  return Buffer.concat(parts);
}

/** A Flate-compressed stream object with extra dictionary entries. */
export function flateStream(content: string, dictionary = ""): Buffer {
  const data = deflateSync(latin1(content));
  return Buffer.concat([
    latin1(`<< /Length ${data.length} /Filter /FlateDecode ${dictionary}>>\nstream\n`),
    data,
    latin1("\nendstream"),
  ]);
}

export const HELLO = "BT /F1 12 Tf 72 720 Td (Hello world) Tj ET";

/**
 * A one-page PDF (objects 1–5: catalog, pages, page, content, Helvetica) whose page draws
 * `content` with the form XObjects `forms` as /X1, /X2 … (objects 6, 7 …) in its resources.
 */
export function onePagePdf(content: string, forms: readonly Buffer[] = []): Buffer {
  const xobjects = forms.map((_, i) => `/X${i + 1} ${i + 6} 0 R`).join(" ");
  return buildPdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> /XObject << ${xobjects} >> >> /Contents 4 0 R >>`,
    flateStream(content),
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ...forms,
  ]);
}

/**
 * A one-page tagged PDF ("Hello world" in marked content 0) whose structure tree PDF.js would
 * serialize for hours: thirty Table elements, each both kids of the one above, so
 * getStructTree() walks 2^30 paths (its only bound is a depth of 40).
 */
export function endlessStructureTreePdf(): Buffer {
  const chain = Array.from({ length: 30 }, (_, i) => {
    const parent = i === 0 ? 7 : 8 + i;
    return `<< /Type /StructElem /S /Table /P ${parent} 0 R /K [${10 + i} 0 R ${10 + i} 0 R] >>`;
  });
  return buildPdf([
    "<< /Type /Catalog /Pages 2 0 R /StructTreeRoot 6 0 R /MarkInfo << /Marked true >> >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R /StructParents 0 >>",
    flateStream(`/P << /MCID 0 >> BDC ${HELLO} EMC`),
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    "<< /Type /StructTreeRoot /K [7 0 R] /ParentTree 8 0 R >>",
    "<< /Type /StructElem /S /Table /P 6 0 R /K [9 0 R 9 0 R] >>",
    "<< /Nums [0 [39 0 R]] >>",
    ...chain,
    "<< /Type /StructElem /S /P /P 38 0 R /Pg 3 0 R /K 0 >>",
  ]);
}
