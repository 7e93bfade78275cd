import { ParseError, type ParseErrorCode, type ParseErrorOptions } from "@lianzheng/model";
import { hasPdfHeader } from "../header.js";
import type { PdfPage, ReadPdfOptions } from "../types.js";
import { type IsolatedMessage, type IsolatedPage, readIsolated } from "./isolate.js";
import { type PageFont, type PageOps, readOperatorList } from "./operators.js";
import { displayFrame, readingQuarter, turnFrame } from "./orientation.js";

const BOLD_FONT = /bold|black|heavy|semibold|demibold|[-,]w[6-9]\b/iu;

export const DEFAULT_MAX_PAGES = 2000;
export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 120_000;
export const DEFAULT_MAX_HEAP_MB = 1024;
export const DEFAULT_MAX_OPS_PER_PAGE = 200_000;
export const DEFAULT_MAX_RSS_MB = 1536;
export const DEFAULT_MAX_STREAM_BYTES = 100 * 1024 * 1024;
export const DEFAULT_MAX_DECODED_BYTES = 512 * 1024 * 1024;
const DEFAULT_FONT_MATRIX = [0.001, 0, 0, 0.001, 0, 0];

/** A ParseError for the file being read (`file` left out when the caller gave none). */
export function pdfError(
  code: ParseErrorCode,
  message: string,
  file: string | undefined,
  extra: Omit<ParseErrorOptions, "file"> = {},
): ParseError {
  return new ParseError(code, message, file === undefined ? extra : { ...extra, file });
}

const ascii = (data: Uint8Array, from: number, to: number): string =>
  Buffer.from(data.subarray(Math.max(0, from), Math.min(data.length, to))).toString("latin1");

/** Rejects what is not worth handing to PDF.js: nothing, not a PDF, too big, cut short. */
function checkBytes(data: Uint8Array, options: ReadPdfOptions): void {
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

/** PDF.js errors, by class name, turned into ours. */
function translateOpenError(name: string, message: string, file: string | undefined): ParseError {
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

/** A page as the reader takes it, from the operators the reader process sent. */
function pageOf(raw: IsolatedPage, ops: PageOps): PdfPage {
  const fontOf = (id: string): PageFont => {
    const font = raw.fonts[id];
    const name = font?.fontName.replace(/^[A-Z]{6}\+/u, "") ?? id;
    return {
      fontName: name,
      bold: BOLD_FONT.test(name),
      fontMatrix: font?.fontMatrix ?? DEFAULT_FONT_MATRIX,
    };
  };
  // Read as shown (the page's /Rotate applied); a page whose text runs sideways even so (a
  // landscape table printed across a portrait page) is read turned, as a reader turns it.
  let frame = displayFrame(raw.view, raw.rotate);
  let read = readOperatorList(raw.fnArray, raw.argsArray, ops, frame.matrix, fontOf);
  const quarter = readingQuarter(read.directions);
  if (quarter !== 0) {
    frame = turnFrame(frame, quarter);
    read = readOperatorList(raw.fnArray, raw.argsArray, ops, frame.matrix, fontOf);
  }
  return {
    page: raw.page,
    width: frame.width,
    height: frame.height,
    runs: read.runs,
    rulings: read.rulings,
    ...(raw.tagged === undefined ? {} : { tagged: raw.tagged }),
  };
}

/**
 * Opens a PDF, runs `use` on its pages and releases it afterwards, whatever happens. Checks the
 * bytes first, enforces the page, time and memory limits, and turns PDF.js errors into
 * ParseErrors. PDF.js runs in a child process (see isolate.ts) with eval off (CVE-2024-4367),
 * its bundled CMaps and fonts, and only errors logged.
 */
export async function withPdfDocument<T>(
  data: Uint8Array,
  options: ReadPdfOptions,
  use: (pages: AsyncGenerator<PdfPage>, pageCount: number, checkDeadline: () => void) => Promise<T>,
): Promise<T> {
  checkBytes(data, options);
  const file = options.file;
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  const maxHeapMb = options.maxHeapMb ?? DEFAULT_MAX_HEAP_MB;
  const maxRssMb = options.maxRssMb ?? DEFAULT_MAX_RSS_MB;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const deadline = performance.now() + timeoutMs;

  // Messages wait in a queue until the pages generator takes them; a failure ends the queue.
  const queue: IsolatedMessage[] = [];
  let failure: ParseError | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  const maxOpsPerPage = options.maxOpsPerPage ?? DEFAULT_MAX_OPS_PER_PAGE;
  const limits = {
    maxPages,
    maxHeapMb,
    maxRssMb,
    maxOpsPerPage,
    maxStreamBytes: options.maxStreamBytes ?? DEFAULT_MAX_STREAM_BYTES,
    maxDecodedBytes: options.maxDecodedBytes ?? DEFAULT_MAX_DECODED_BYTES,
  };
  const read = readIsolated(data, limits, (message) => {
    queue.push(message);
    notify();
  });
  const fail = (error: ParseError) => {
    failure ??= error;
    read.stop();
    notify();
  };
  const timedOut = () =>
    pdfError(
      "timeout",
      `reading the PDF took longer than ${timeoutMs} ms; raise timeoutMs to allow more`,
      file,
    );
  const timer = Number.isFinite(timeoutMs)
    ? setTimeout(() => fail(timedOut()), Math.max(0, timeoutMs))
    : undefined;
  // The timer fires only when the event loop turns; the layout of pages already received runs
  // between microtasks, so the clock is also read at every step.
  const checkDeadline = () => {
    if (performance.now() > deadline) fail(timedOut());
    if (failure) throw failure;
  };
  void read.finished.then((ended) => {
    if (ended?.type === "out_of_memory") {
      fail(
        pdfError(
          "file_too_large",
          `reading the PDF needs more than ${maxHeapMb} MB of heap or ${maxRssMb} MB in all (its content expands enormously); raise maxHeapMb or maxRssMb to allow more`,
          file,
        ),
      );
    } else if (ended?.type === "crashed") {
      fail(pdfError("malformed_pdf", `the PDF could not be read (${ended.message})`, file));
    }
    notify();
  });
  const next = async (): Promise<IsolatedMessage> => {
    for (;;) {
      checkDeadline();
      const message = queue.shift();
      if (message) return message;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  };

  try {
    const opened = await next();
    if (opened.type === "error") throw translateOpenError(opened.name, opened.message, file);
    if (opened.type !== "open") throw pdfError("malformed_pdf", "the PDF could not be read", file);
    if (opened.numPages > maxPages) {
      throw pdfError(
        "too_many_pages",
        `the PDF has ${opened.numPages} pages, more than the limit of ${maxPages}; raise maxPages to read it`,
        file,
      );
    }
    async function* pages(ops: PageOps): AsyncGenerator<PdfPage> {
      for (;;) {
        const message = await next();
        if (message.type === "done") return;
        if (message.type === "error") {
          const page = message.page ?? 0;
          if (message.name === "PageTooComplex") {
            throw pdfError(
              "file_too_large",
              `${message.message}, more than a printed page holds; raise maxOpsPerPage to read it`,
              file,
              { at: { page } },
            );
          }
          throw pdfError(
            "malformed_pdf",
            `page ${page} of the PDF is damaged and cannot be read (${message.message})`,
            file,
            { at: { page } },
          );
        }
        if (message.type === "page") yield pageOf(message.page, ops);
      }
    }
    return await use(pages(opened.ops), opened.numPages, checkDeadline);
  } finally {
    clearTimeout(timer);
    read.stop();
  }
}
