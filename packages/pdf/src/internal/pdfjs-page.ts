import type { PageOps } from "./operators.js";

// What the reader takes from PDF.js, whichever way PDF.js runs: in a Node child process
// (isolate.ts) or in a browser's Web Worker (browser-worker.ts). Both send the same messages and
// the same pages, and the same code (session.ts, page.ts, assemble.ts) turns them into a document.
//
// `collectPage` and `checkDecodedSizes` are turned into source text for the Node child (which is
// started with `node -e` and cannot import this module): they must use nothing from outside
// themselves but their arguments and the language's own globals.

/** One page as PDF.js's side sends it: the operators the reader uses, and the fonts they name. */
export interface IsolatedPage {
  page: number;
  view: number[];
  /** The page's /Rotate, clockwise degrees (0, 90, 180, 270). */
  rotate: number;
  fnArray: number[];
  argsArray: unknown[];
  /** Fonts by PDF.js id: the font's name (subset prefix included) and matrix, when known. */
  fonts: Record<string, { fontName: string; fontMatrix: number[] | undefined }>;
}

/** The document's messages, in order: `open`, then `page` for each page, then `done`; or `error`. */
export type IsolatedMessage =
  | { type: "open"; numPages: number; ops: PageOps }
  | { type: "page"; page: IsolatedPage }
  | { type: "done" }
  | { type: "error"; stage: "open" | "page"; page?: number; name: string; message: string };

/** The limits PDF.js's side keeps itself, before and while it reads. */
export interface StreamLimits {
  maxPages: number;
  /** Text or drawing operations one page may send back. */
  maxOpsPerPage: number;
  /** Largest decoded size of one stream, and of all streams of the document, in bytes. */
  maxStreamBytes: number;
  maxDecodedBytes: number;
}

/** The part of a PDF.js page `collectPage` reads (PDF.js's own type differs between builds). */
export interface PdfJsPageLike {
  view: number[];
  rotate: number;
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[] }>;
  commonObjs: { has(id: string): boolean; get(id: string): unknown };
}

/**
 * One page's operators the reader uses, glyphs cut down to what it reads, and the fonts they
 * name. Throws an Error named `PageTooComplex` past `maxOps` operations or glyphs: the page's
 * layout cannot be interrupted, so its input is bounded (a printed page holds a few thousand).
 */
export async function collectPage(
  page: PdfJsPageLike,
  number: number,
  ops: Record<string, number>,
  maxOps: number,
): Promise<IsolatedPage> {
  const wanted = new Set(Object.values(ops));
  const list = await page.getOperatorList();
  const out: IsolatedPage = {
    page: number,
    view: [...page.view],
    rotate: page.rotate,
    fnArray: [],
    argsArray: [],
    fonts: {},
  };
  const fontOf = (id: string) => {
    if (!page.commonObjs.has(id)) return undefined;
    const font = page.commonObjs.get(id) as { name?: unknown; fontMatrix?: unknown };
    return {
      fontName: typeof font.name === "string" ? font.name : id,
      fontMatrix: Array.isArray(font.fontMatrix) ? (font.fontMatrix as number[]) : undefined,
    };
  };
  let glyphs = 0;
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i] as number;
    if (!wanted.has(fn)) continue;
    if (out.fnArray.length >= maxOps || glyphs > maxOps) {
      const message = `page ${number} has more than ${maxOps} text or drawing operations`;
      throw Object.assign(new Error(message), { name: "PageTooComplex" });
    }
    let args = list.argsArray[i] as unknown[] | null;
    if (fn === ops.showText && Array.isArray(args?.[0])) {
      const shown = args[0] as unknown[];
      glyphs += shown.length;
      args = [
        shown.map((glyph) => {
          if (typeof glyph !== "object" || glyph === null) return glyph;
          const { unicode, width, isSpace } = glyph as Record<string, unknown>;
          return { unicode, width, isSpace };
        }),
      ];
    } else if (fn === ops.setFont) {
      const id = String(args?.[0]);
      const font = id in out.fonts ? undefined : fontOf(id);
      if (font) out.fonts[id] = font;
    }
    out.fnArray.push(fn);
    out.argsArray.push(args);
  }
  return out;
}

/**
 * Every stream that starts like zlib data is inflated, up to the limits, before PDF.js sees it:
 * PDF.js inflates into buffers that grow by doubling, outside the V8 heap, so a 1 MB file of
 * compressed spaces takes gigabytes. Throws an Error named `DecodedTooLarge` past either limit.
 * `indexOf` finds ASCII text in the bytes from a position (-1 when absent); `inflatedSize` gives
 * a zlib stream's decoded size up to `max + 1` bytes (more is not needed), or -1 when it does not
 * inflate (left to PDF.js).
 */
export async function checkDecodedSizes(
  bytes: Uint8Array,
  limits: Pick<StreamLimits, "maxStreamBytes" | "maxDecodedBytes">,
  indexOf: (text: string, from: number) => number,
  inflatedSize: (stream: Uint8Array, max: number) => number | Promise<number>,
): Promise<void> {
  const tooLarge = (message: string) => Object.assign(new Error(message), { name: "DecodedTooLarge" });
  let total = 0;
  for (let at = indexOf("stream", 0); at >= 0; at = indexOf("stream", at + 6)) {
    let start = at + 6;
    if (bytes[start] === 0x0d) start++;
    if (bytes[start] !== 0x0a || bytes[at - 1] === 0x64 /* d of endstream */) continue;
    start++;
    if (bytes[start] !== 0x78) continue; // zlib header: deflate, 32 KB window
    const end = indexOf("endstream", start);
    const size = await inflatedSize(
      bytes.subarray(start, end < 0 ? bytes.length : end),
      limits.maxStreamBytes,
    );
    if (size < 0) continue;
    if (size > limits.maxStreamBytes) {
      throw tooLarge(`a stream of the PDF decodes to more than ${limits.maxStreamBytes} bytes`);
    }
    total += size;
    if (total > limits.maxDecodedBytes) {
      throw tooLarge(`the PDF's streams decode to more than ${limits.maxDecodedBytes} bytes in all`);
    }
  }
}

/** The operator codes the reader uses, by name, from the loaded PDF.js build's `OPS`. */
export function pageOpsOf(allOps: Record<string, number>, names: readonly string[]): Record<string, number> {
  const ops: Record<string, number> = {};
  for (const name of names) ops[name] = allOps[name] as number;
  return ops;
}

/** What one read is asked to do: the bytes and PDF.js's side's limits. */
export interface ReadJob extends StreamLimits {
  data: Uint8Array;
}

/** The part of a PDF.js document and loading task `readDocument` uses. */
export interface PdfJsDocumentLike {
  numPages: number;
  getPage(number: number): Promise<PdfJsPageLike & { cleanup(): unknown }>;
}
export interface PdfJsTaskLike {
  promise: Promise<PdfJsDocumentLike>;
  destroy(): Promise<unknown>;
}

/** Where `readDocument` runs: how it opens a document, sends messages and sizes streams. */
export interface ReadEnvironment {
  /** The reader's operator codes by name (`pageOpsOf` of the loaded PDF.js). */
  ops: Record<string, number>;
  /** Opens the document with eval off, errors only, and the runtime's CMaps. */
  open(data: Uint8Array): PdfJsTaskLike;
  send(message: IsolatedMessage): void;
  indexOf(text: string, from: number): number;
  inflatedSize(stream: Uint8Array, max: number): number | Promise<number>;
}

/** The steps `readDocument` calls, passed in: in the Node child they arrive as code. */
export interface ReadSteps {
  collectPage: typeof collectPage;
  checkDecodedSizes: typeof checkDecodedSizes;
}

/**
 * Reads one document with PDF.js and sends its messages: `open`, a `page` for each page (none
 * past `maxPages`: the reader refuses the document), `done`; or an `error` naming the stage and
 * the page. Each page is released once sent; the document is destroyed at the end.
 */
export async function readDocument(job: ReadJob, env: ReadEnvironment, steps: ReadSteps): Promise<void> {
  const fail = (stage: "open" | "page", error: unknown, page?: number) => {
    const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
    env.send({
      type: "error",
      stage,
      ...(page === undefined ? {} : { page }),
      name: typeof name === "string" ? name : "Error",
      message: typeof message === "string" ? message : String(error),
    });
  };
  try {
    await steps.checkDecodedSizes(job.data, job, env.indexOf, env.inflatedSize);
  } catch (error) {
    return fail("open", error);
  }
  const task = env.open(job.data);
  try {
    let doc: PdfJsDocumentLike;
    try {
      doc = await task.promise;
    } catch (error) {
      return fail("open", error);
    }
    env.send({ type: "open", numPages: doc.numPages, ops: env.ops as unknown as PageOps });
    for (let number = 1; doc.numPages <= job.maxPages && number <= doc.numPages; number++) {
      let page: Awaited<ReturnType<PdfJsDocumentLike["getPage"]>> | undefined;
      try {
        page = await doc.getPage(number);
        env.send({ type: "page", page: await steps.collectPage(page, number, env.ops, job.maxOpsPerPage) });
      } catch (error) {
        return fail("page", error, number);
      } finally {
        page?.cleanup();
      }
    }
    env.send({ type: "done" });
  } finally {
    await task.destroy();
  }
}
