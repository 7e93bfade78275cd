import { ParseError, type ParseErrorCode, type ParseErrorOptions } from "@lianzheng/model";
import type { PdfPage, ReadPdfOptions } from "../types.js";
import { type PageFont, readOperatorList } from "./operators.js";
import { loadPdfJs, resolvePdfJsAssets } from "./pdfjs.js";

const BOLD_FONT = /bold|black|heavy|semibold|demibold|[-,]w[6-9]\b/iu;

export const DEFAULT_MAX_PAGES = 2000;
export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 120_000;

type PdfJs = Awaited<ReturnType<typeof loadPdfJs>>;
type PdfDocument = Awaited<ReturnType<PdfJs["getDocument"]>["promise"]>;

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
  String.fromCharCode(...data.subarray(Math.max(0, from), Math.min(data.length, to)));

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
  const head = ascii(data, 0, 1024);
  if (!head.includes("%PDF-")) {
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

/**
 * The document's time limit, checked around every PDF.js call. Each call gets its own timer,
 * cleared when it settles: racing against one long-lived promise would keep every result
 * (operator lists, text contents) reachable until the end, and memory would grow with pages.
 */
function startDeadline(options: ReadPdfOptions): <R>(promise: Promise<R>) => Promise<R> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!Number.isFinite(timeoutMs)) return (promise) => promise;
  const end = Date.now() + timeoutMs;
  const expired = (): ParseError =>
    pdfError(
      "timeout",
      `reading the PDF took longer than ${timeoutMs} ms; raise timeoutMs to allow more`,
      options.file,
    );
  return <R>(promise: Promise<R>): Promise<R> =>
    new Promise<R>((resolve, reject) => {
      const left = end - Date.now();
      if (left <= 0) {
        promise.catch(() => {}); // settles after we gave up; nobody waits for it
        reject(expired());
        return;
      }
      const timer = setTimeout(() => reject(expired()), left);
      promise.then(
        (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(error);
        },
      );
    });
}

/** PDF.js errors, by class name, turned into ours. */
function translateOpenError(error: unknown, file: string | undefined): unknown {
  if (error instanceof ParseError) return error;
  const name = (error as { name?: string } | null)?.name;
  const message = (error as { message?: string } | null)?.message ?? String(error);
  if (name === "PasswordException") {
    return pdfError(
      "encrypted_pdf",
      "the PDF is encrypted with a password; decrypt it first (qpdf --decrypt --password=… in.pdf out.pdf)",
      file,
      { cause: error },
    );
  }
  return pdfError("malformed_pdf", `the PDF is damaged and cannot be read (${message})`, file, {
    cause: error,
  });
}

/**
 * Opens a PDF, runs `use` on it and destroys it afterwards, whatever happens. Checks the bytes
 * first, enforces the page limit and the time limit, and translates PDF.js errors into
 * ParseErrors. PDF.js runs with eval off (CVE-2024-4367) and its bundled CMaps and fonts.
 */
export async function withPdfDocument<T>(
  data: Uint8Array,
  options: ReadPdfOptions,
  use: (pages: AsyncGenerator<PdfPage>, pageCount: number) => Promise<T>,
): Promise<T> {
  checkBytes(data, options);
  const file = options.file;
  const pdfjs = await loadPdfJs();
  const race = startDeadline(options);
  const task = pdfjs.getDocument({
    // PDF.js may take ownership of the buffer it is given; the caller keeps theirs.
    data: new Uint8Array(data),
    ...resolvePdfJsAssets(),
    cMapPacked: true,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  try {
    let doc: PdfDocument;
    try {
      doc = await race(task.promise);
    } catch (error) {
      throw translateOpenError(error, file);
    }
    const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
    if (doc.numPages > maxPages) {
      throw pdfError(
        "too_many_pages",
        `the PDF has ${doc.numPages} pages, more than the limit of ${maxPages}; raise maxPages to read it`,
        options.file,
      );
    }
    return await use(iteratePages(pdfjs, doc, race, file), doc.numPages);
  } finally {
    await task.destroy();
  }
}

/** Pages one at a time, each released before the next is read, so memory stays flat. */
async function* iteratePages(
  pdfjs: PdfJs,
  doc: PdfDocument,
  race: <R>(promise: Promise<R>) => Promise<R>,
  file: string | undefined,
): AsyncGenerator<PdfPage> {
  for (let number = 1; number <= doc.numPages; number++) {
    let page: Awaited<ReturnType<PdfDocument["getPage"]>> | undefined;
    try {
      page = await race(doc.getPage(number));
      // Text and rulings both come from the operator list: one pass over the content stream.
      const operators = await race(page.getOperatorList());
      const fonts = new Map<string, PageFont | undefined>();
      const fontOf = (id: string): PageFont | undefined => {
        if (!fonts.has(id)) {
          // Fonts are loaded once the operator list is built; the name says bold or not.
          const loaded = page?.commonObjs.has(id)
            ? (page.commonObjs.get(id) as { name?: unknown; fontMatrix?: unknown })
            : undefined;
          const name = typeof loaded?.name === "string" ? loaded.name.replace(/^[A-Z]{6}\+/u, "") : id;
          const matrix = Array.isArray(loaded?.fontMatrix)
            ? (loaded.fontMatrix as number[])
            : [0.001, 0, 0, 0.001, 0, 0];
          fonts.set(id, { fontName: name, bold: BOLD_FONT.test(name), fontMatrix: matrix });
        }
        return fonts.get(id);
      };
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
      const { runs, rulings } = readOperatorList(
        operators.fnArray,
        operators.argsArray,
        pdfjs.OPS,
        page.view,
        fontOf,
      );
      yield { page: number, width: x1 - x0, height: y1 - y0, runs, rulings };
    } catch (error) {
      if (error instanceof ParseError) throw error;
      throw pdfError(
        "malformed_pdf",
        `page ${number} of the PDF is damaged and cannot be read (${(error as Error).message ?? error})`,
        file,
        { at: { page: number }, cause: error },
      );
    } finally {
      page?.cleanup();
    }
  }
}
