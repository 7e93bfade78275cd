// Browser entry of @lianzheng/pdf (`@lianzheng/pdf/browser`). Named exports only; PDF.js, the
// CMaps and the standard fonts load in a Web Worker when a PDF is read, never before.

import type { RawDocument } from "@lianzheng/layout";
import { ParseError } from "@lianzheng/model";
import type { AssetKind, FromWorker, ReadRequest, ToWorker } from "./internal/browser-protocol.js";
import { checkBytes, crashedError, readLimitsOf, timeoutError } from "./internal/checks.js";
import { structureStage } from "./internal/structure-stage.js";

/** hasPdfHeader: whether bytes are a PDF (the one check of PDF bytes). */
export { hasPdfHeader } from "./header.js";
export type { AssetKind } from "./internal/browser-protocol.js";

/** The part of a Web Worker the reader uses (a DOM `Worker` is one). */
export interface PdfWorker {
  postMessage(message: unknown, transfer?: unknown[]): void;
  terminate(): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: { message?: string; preventDefault?: () => void }) => void) | null;
  onmessageerror?: ((event: unknown) => void) | null;
}

/** Options of {@link readPdfInBrowser}. */
export interface ReadPdfInBrowserOptions {
  /** The file name as the user gave it, for error messages. */
  fileName?: string;
  /** Terminate the worker and reject with `timeout` after this many milliseconds. Default 120 000. */
  timeoutMs?: number;
  /** Refuse documents with more pages than this. Default 2000. */
  maxPages?: number;
  /** Refuse inputs larger than this many bytes (before a worker starts). Default 200 MB. */
  maxBytes?: number;
  /** Refuse a page with more text or drawing operations than this. Default 200 000. */
  maxOpsPerPage?: number;
  /** Refuse a stream that inflates past this many bytes (a compression bomb). Default 100 MiB. */
  maxStreamBytes?: number;
  /** Refuse a document whose streams inflate past this many bytes in all. Default 512 MiB. */
  maxDecodedBytes?: number;
  /**
   * The reader's worker script (`dist/browser/pdf-worker.js` of this package, a classic script),
   * as a URL, or a function that starts the worker (a page opened from `file://` may only start
   * one from a `blob:` URL). Default: `browser/pdf-worker.js` beside this module.
   */
  worker?: string | URL | (() => PdfWorker);
  /**
   * Where PDF.js's CMaps and standard fonts come from: the folder holding `cmaps/` and
   * `standard_fonts/` (as `dist/browser/` has them; it must be on the page's own origin), or a
   * function that returns a file's bytes. Default: the worker script's folder.
   */
  assets?: string | URL | ((kind: AssetKind, name: string) => Promise<Uint8Array>);
  /**
   * How long the worker, once a read ended cleanly, waits for the page's next PDF (started the
   * same way) before it is ended: the next read skips starting a worker and parsing PDF.js (about
   * half a second). Default 60 000; 0 ends it after each read.
   */
  keepWorkerMs?: number;
  /** Ends the read when it aborts (the page moved on): the worker is ended at once. */
  signal?: AbortSignal;
}

const workerBase = (): URL => {
  // `import.meta.url` is missing where a bundler made a classic script of this module.
  const here = (import.meta as { url?: string }).url;
  if (typeof here !== "string") {
    throw new ParseError(
      "pdfjs_unavailable",
      "the PDF reader's worker cannot be found from a bundled script: pass options.worker (the URL of @lianzheng/pdf's dist/browser/pdf-worker.js, or a function that starts it)",
    );
  }
  return new URL("./browser/pdf-worker.js", here);
};

type WorkerConstructor = new (url: string | URL) => PdfWorker;

function startWorker(option: ReadPdfInBrowserOptions["worker"]): PdfWorker {
  if (typeof option === "function") return option();
  const Worker = (globalThis as { Worker?: WorkerConstructor }).Worker;
  if (!Worker)
    throw new ParseError(
      "pdfjs_unavailable",
      "this runtime has no Web Workers; the browser reader needs one",
    );
  return new Worker(option ?? workerBase());
}

/** A worker that ended a read cleanly, kept for the page's next PDF; how it was started. */
let warm: { worker: PdfWorker; key: unknown; timer: ReturnType<typeof setTimeout> } | undefined;
const DEFAULT_KEEP_WORKER_MS = 60_000;

/** What tells two ways of starting the worker apart (a URL by its address). */
const workerKey = (option: ReadPdfInBrowserOptions["worker"]): unknown =>
  option instanceof URL ? option.href : option;

/** The warm worker if it was started as `option` asks, or a new one. */
function takeWorker(option: ReadPdfInBrowserOptions["worker"]): PdfWorker {
  if (warm && warm.key === workerKey(option)) {
    const { worker, timer } = warm;
    clearTimeout(timer);
    warm = undefined;
    return worker;
  }
  return startWorker(option);
}

/** Keeps a worker that ended a read cleanly for `ms` (one at a time), or ends it. */
function keepWorker(worker: PdfWorker, option: ReadPdfInBrowserOptions["worker"], ms: number): void {
  if (!(ms > 0)) {
    stopWorker(worker);
    return;
  }
  worker.onmessage = null;
  worker.onerror = null;
  if (warm) {
    clearTimeout(warm.timer);
    stopWorker(warm.worker);
  }
  const timer = setTimeout(() => {
    if (warm?.worker !== worker) return;
    warm = undefined;
    stopWorker(worker);
  }, ms);
  warm = { worker, key: workerKey(option), timer };
}

/** What the worker is asked to read, with the limits' defaults filled in. */
function readRequest(data: Uint8Array, options: ReadPdfInBrowserOptions, treesBefore: number): ReadRequest {
  return {
    type: "read",
    // A copy crosses to the worker: the caller's bytes stay theirs.
    data: data.slice(),
    file: options.fileName,
    // The worker keeps timeoutMs too (its clock reads between pages); the page ends it regardless.
    ...readLimitsOf(options),
    treesBefore,
  };
}

/** Ends a worker: it hears nothing more, and says nothing more. */
function stopWorker(worker: PdfWorker): void {
  worker.onmessage = null;
  worker.onerror = null;
  worker.terminate();
}

/** The page's origin: assets come from nowhere else. */
const pageOrigin = (): string | undefined =>
  (globalThis as { location?: { origin?: string } }).location?.origin;

/** Files fetched once per page, whatever the number of documents read. */
const fetched = new Map<string, Promise<Uint8Array>>();

/** An asset from a folder on the page's own origin, fetched once. */
function fetchAsset(base: URL, kind: AssetKind, name: string): Promise<Uint8Array> {
  const url = new URL(`${kind}/${name}`, base);
  const origin = pageOrigin();
  if (url.protocol !== "blob:" && origin !== undefined && origin !== "null" && url.origin !== origin) {
    return Promise.reject(new Error(`${url.href} is not on the page's origin ${origin}: not fetched`));
  }
  let bytes = fetched.get(url.href);
  if (!bytes) {
    bytes = fetch(url).then(async (response) => {
      if (!response.ok) throw new Error(`${url.href}: ${response.status} ${response.statusText}`);
      return new Uint8Array(await response.arrayBuffer());
    });
    bytes.catch(() => fetched.delete(url.href));
    fetched.set(url.href, bytes);
  }
  return bytes;
}

function assetLoader(
  options: ReadPdfInBrowserOptions,
): (kind: AssetKind, name: string) => Promise<Uint8Array> {
  const { assets, worker } = options;
  if (typeof assets === "function") return assets;
  let base: URL | undefined;
  return (kind, name) => {
    if (!base) {
      const fallback = typeof worker === "string" || worker instanceof URL ? worker : undefined;
      base = new URL(
        assets ?? fallback ?? workerBase(),
        (globalThis as { location?: { href?: string } }).location?.href,
      );
    }
    return fetchAsset(base, kind, name);
  };
}

/**
 * Reads a PDF in the browser into the raw layout every parser takes: the same `RawDocument` as
 * `readPdf` in Node, from the same code, with PDF.js (unpdf's build) in a Web Worker. The worker
 * is terminated at the deadline, so a hostile PDF cannot hold the page; after a read that ended
 * cleanly it waits `keepWorkerMs` for the next PDF, then ends. CMaps and standard fonts are
 * fetched from the page's own origin (or `options.assets`) only when PDF.js needs them, once per
 * page.
 *
 * Rejects with the same `ParseError`s as `readPdf`: `empty_input`, `not_a_pdf`, `truncated_pdf`,
 * `encrypted_pdf`, `malformed_pdf`, `no_text_layer`, `too_many_pages`, `file_too_large`,
 * `timeout`; `pdfjs_unavailable` when no worker can be started; and with `options.signal`'s
 * reason when it aborts (the worker is ended at once).
 *
 * @example
 * const bytes = new Uint8Array(await file.arrayBuffer());
 * const doc = await readPdfInBrowser(bytes, { fileName: file.name, timeoutMs: 30_000 });
 * doc.blocks.filter((block) => block.kind === "table").length // 1
 */
export async function readPdfInBrowser(
  bytes: Uint8Array | ArrayBuffer,
  options: ReadPdfInBrowserOptions = {},
): Promise<RawDocument> {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const file = options.fileName;
  const { maxBytes, timeoutMs } = readLimitsOf(options);
  checkBytes(data, { maxBytes, ...(file === undefined ? {} : { file }) });
  const loadAsset = assetLoader(options);
  const request = (treesBefore: number) => readRequest(data, options, treesBefore);
  const { signal } = options;
  signal?.throwIfAborted();
  // Taken here, not in the promise: no worker, no read (a plain rejection).
  let worker = takeWorker(options.worker);
  return new Promise<RawDocument>((resolve, reject) => {
    const timer = Number.isFinite(timeoutMs)
      ? setTimeout(() => end(timeoutError(timeoutMs, file)), timeoutMs)
      : undefined;
    const aborted = () => end({ aborted: signal?.reason });
    signal?.addEventListener("abort", aborted, { once: true });
    // A structure tree PDF.js is stuck in: the document is read again, without trees from there.
    const stage = structureStage((page) => {
      try {
        stopWorker(worker);
        worker = startWorker(options.worker);
        listen(worker, request(page));
      } catch (error) {
        end(error as Error);
      }
    });
    /** The read is over; `clean` when the worker answered it (it can read the next PDF). */
    function end(outcome: RawDocument | Error | { aborted: unknown }, clean = false): void {
      clearTimeout(timer);
      stage.stop();
      signal?.removeEventListener("abort", aborted);
      if (clean) keepWorker(worker, options.worker, options.keepWorkerMs ?? DEFAULT_KEEP_WORKER_MS);
      else stopWorker(worker);
      if (outcome instanceof Error) reject(outcome);
      else if ("aborted" in outcome) reject(outcome.aborted);
      else resolve(outcome);
    }
    function listen(reader: PdfWorker, read: ReadRequest): void {
      const crashed = (message: string) => end(crashedError(message, file));
      reader.onerror = (event) => {
        event.preventDefault?.();
        crashed(event.message || "the reader's worker failed");
      };
      reader.onmessageerror = () => crashed("the reader's worker sent a message that could not be read");
      reader.onmessage = ({ data: message }) => {
        const reply = message as FromWorker;
        if (reply.type === "document") end(reply.document, true);
        else if (reply.type === "failed")
          end(new ParseError(reply.error.code, reply.error.message, withFile(reply.error)), true);
        else if (reply.type === "crashed") crashed(reply.message);
        else if (reply.type === "asset") answerAsset(reader, reply, loadAsset);
        else stage.watch(reply);
      };
      reader.postMessage(read satisfies ToWorker, [read.data.buffer]);
    }
    listen(worker, request(Number.POSITIVE_INFINITY));
  });
}

const withFile = ({ file, at }: { file: string | undefined; at: ParseError["at"] }) => ({
  ...(file === undefined ? {} : { file }),
  ...(at === undefined ? {} : { at }),
});

function answerAsset(
  worker: PdfWorker,
  request: Extract<FromWorker, { type: "asset" }>,
  loadAsset: (kind: AssetKind, name: string) => Promise<Uint8Array>,
): void {
  loadAsset(request.kind, request.name).then(
    (bytes) => worker.postMessage({ type: "asset", id: request.id, bytes } satisfies ToWorker),
    (error: unknown) =>
      worker.postMessage({ type: "asset", id: request.id, error: String(error) } satisfies ToWorker),
  );
}
