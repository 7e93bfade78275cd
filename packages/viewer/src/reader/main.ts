import { buildDataset, formatCsv } from "@lianzheng/dataset/browser";
import { type Document, ParseError } from "@lianzheng/model";
import { inputOf, layoutOfText, parseLayout } from "@lianzheng/parse";
import { hasPdfHeader } from "@lianzheng/pdf/browser";
import { READER_GLOBAL, type Reader, type ReadLimits } from "../reader-api.js";
import { endPdfRead, readPdfLayout } from "./pdf.js";

// read.js: the parse step of `lianzheng parse`, run in the browser on a file the user dropped.
// Nothing is sent anywhere; PDF.js loads (in a Web Worker) only when a PDF is read (pdf.ts).

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  if (!globalThis.crypto?.subtle) {
    // Web Crypto exists only in secure contexts: https, localhost and file://.
    throw new ParseError(
      "unreadable",
      "this page needs https (or file://) to hash the file; open it from there",
    );
  }
  const digest = await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

async function readFile(name: string, bytes: Uint8Array, limits: ReadLimits): Promise<Document> {
  // The page shows the latest file only: a PDF still being read stops now.
  const ticket = endPdfRead();
  if (bytes.length > limits.maxBytes) {
    throw new ParseError(
      "file_too_large",
      `the file has ${bytes.length} bytes, more than the limit of ${limits.maxBytes}`,
      {
        file: name,
      },
    );
  }
  const input = inputOf(name, bytes, await sha256Hex(bytes), hasPdfHeader(bytes));
  const layout = input.format === "pdf" ? await readPdfLayout(input, limits, ticket) : layoutOfText(input);
  return parseLayout(input, layout);
}

function csvFiles(document: Document): ReturnType<Reader["csvFiles"]> {
  return buildDataset([document])
    .tables.filter((table) => table.rows.length > 0)
    .map((table) => ({ name: `${table.name}.csv`, rows: table.rows.length, text: formatCsv(table) }));
}

const reader: Reader = { readFile, csvFiles };
(globalThis as unknown as Record<string, Reader>)[READER_GLOBAL] = reader;
