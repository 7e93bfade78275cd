import { ParseError, type ParseErrorCode, type ParseErrorOptions } from "@lianzheng/model";
import { hasPdfHeader } from "../header.js";

export { DEFAULT_MAX_HEAP_MB, DEFAULT_MAX_RSS_MB } from "./memory-defaults.js";

// The limits and the errors of reading a PDF, the same in Node and in a browser: one place for
// every code and message, whichever way PDF.js runs.

export const DEFAULT_MAX_PAGES = 2000;
export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 120_000;
export const DEFAULT_MAX_OPS_PER_PAGE = 200_000;
export const DEFAULT_MAX_STREAM_BYTES = 100 * 1024 * 1024;
export const DEFAULT_MAX_DECODED_BYTES = 512 * 1024 * 1024;

/** The limits every runtime keeps, as a read asks for them. */
export interface ReadLimitOptions {
  maxPages?: number;
  maxBytes?: number;
  maxOpsPerPage?: number;
  maxStreamBytes?: number;
  maxDecodedBytes?: number;
  timeoutMs?: number;
}

/** The limits of a read with the defaults filled in: one place for both runtimes. */
export function readLimitsOf(options: ReadLimitOptions): Required<ReadLimitOptions> {
  return {
    maxPages: options.maxPages ?? DEFAULT_MAX_PAGES,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    maxOpsPerPage: options.maxOpsPerPage ?? DEFAULT_MAX_OPS_PER_PAGE,
    maxStreamBytes: options.maxStreamBytes ?? DEFAULT_MAX_STREAM_BYTES,
    maxDecodedBytes: options.maxDecodedBytes ?? DEFAULT_MAX_DECODED_BYTES,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  };
}

/** A ParseError for the file being read (`file` left out when the caller gave none). */
export function pdfError(
  code: ParseErrorCode,
  message: string,
  file: string | undefined,
  extra: Omit<ParseErrorOptions, "file"> = {},
): ParseError {
  return new ParseError(code, message, file === undefined ? extra : { ...extra, file });
}

const latin1 = new TextDecoder("latin1");
const ascii = (data: Uint8Array, from: number, to: number): string =>
  latin1.decode(data.subarray(Math.max(0, from), Math.min(data.length, to)));

/** Rejects what is not worth handing to PDF.js: nothing, not a PDF, too big, cut short. */
export function checkBytes(data: Uint8Array, options: { maxBytes?: number; file?: string }): void {
  const file = options.file;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (data.length === 0) {
    throw pdfError("empty_input", "the file is empty (0 bytes); expected a PDF", file);
  }
  if (data.length > maxBytes) {
    throw pdfError(
      "file_too_large",
      `the file has ${data.length} bytes, more than the limit of ${maxBytes}; raise maxBytes to read it`,
      file,
    );
  }
  if (!hasPdfHeader(data)) {
    const shown = JSON.stringify(new TextDecoder().decode(data.subarray(0, 24)));
    throw pdfError("not_a_pdf", `not a PDF: no %PDF- header (starts with ${shown})`, file);
  }
  // Every complete PDF ends with %%EOF (followed by at most some white space).
  if (!ascii(data, data.length - 1024, data.length).includes("%%EOF")) {
    throw pdfError(
      "truncated_pdf",
      "the PDF is cut short (no %%EOF at its end); download or copy it again",
      file,
    );
  }
}

/** PDF.js errors on opening a document (and our own size check's), by class name, turned into ours. */
export function translateOpenError(name: string, message: string, file: string | undefined): ParseError {
  if (name === "DecodedTooLarge") {
    return pdfError(
      "file_too_large",
      `${message} (a compression bomb, or an unusually large image); raise maxStreamBytes or maxDecodedBytes to read it`,
      file,
    );
  }
  if (name === "PasswordException") {
    return pdfError(
      "encrypted_pdf",
      "the PDF is encrypted with a password; decrypt it first (qpdf --decrypt --password=… in.pdf out.pdf)",
      file,
    );
  }
  return pdfError("malformed_pdf", `the PDF is damaged and cannot be read (${message})`, file);
}

/** An error PDF.js's side reported on one page, turned into ours. */
export function translatePageError(
  name: string,
  message: string,
  page: number,
  file: string | undefined,
): ParseError {
  if (name === "PageTooComplex") {
    return pdfError(
      "file_too_large",
      `${message}, more than a printed page holds; raise maxOpsPerPage to read it`,
      file,
      { at: { page } },
    );
  }
  return pdfError(
    "malformed_pdf",
    `page ${page} of the PDF is damaged and cannot be read (${message})`,
    file,
    {
      at: { page },
    },
  );
}

/** The document took longer than `timeoutMs`. */
export const timeoutError = (timeoutMs: number, file: string | undefined): ParseError =>
  pdfError(
    "timeout",
    `reading the PDF took longer than ${timeoutMs} ms; raise timeoutMs to allow more`,
    file,
  );

/** The document has more pages than `maxPages`. */
export const tooManyPagesError = (pages: number, maxPages: number, file: string | undefined): ParseError =>
  pdfError(
    "too_many_pages",
    `the PDF has ${pages} pages, more than the limit of ${maxPages}; raise maxPages to read it`,
    file,
  );

/** How a read ended early, other than by an error PDF.js reported. */
export type RunnerFailure =
  | { type: "out_of_memory" }
  | { type: "crashed"; message: string }
  | { type: "cancelled" };

/** The ParseError for a read that ended early (none when it was cancelled). */
export function runnerError(
  ended: RunnerFailure,
  memory: { maxHeapMb: number; maxRssMb: number },
  file: string | undefined,
): ParseError | undefined {
  if (ended.type === "out_of_memory") {
    return pdfError(
      "file_too_large",
      `reading the PDF needs more than ${memory.maxHeapMb} MB of heap or ${memory.maxRssMb} MB in all (its content expands enormously); raise maxHeapMb or maxRssMb to allow more`,
      file,
    );
  }
  return ended.type === "crashed" ? crashedError(ended.message, file) : undefined;
}

/** PDF.js's side ended without a word: its process or worker crashed, or its runtime stopped it. */
export const crashedError = (reason: string, file: string | undefined): ParseError =>
  pdfError("malformed_pdf", `the PDF could not be read (${reason})`, file);
