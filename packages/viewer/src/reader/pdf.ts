import { type Input, type InputLayout, layoutOfPdf } from "@lianzheng/parse";
import { type AssetKind, type PdfWorker, readPdfInBrowser } from "@lianzheng/pdf/browser";
import { loadScript } from "../app/load-script.js";
import type { ReadLimits } from "../reader-api.js";

// PDFs on the read page: @lianzheng/pdf's browser reader, PDF.js in a Web Worker that is ended at
// the deadline. A page opened from file:// may neither start a worker from a file URL nor fetch
// a file, but it may add a script tag: the build (scripts/wrap-pdf-reader.mjs) wraps the worker's
// script and each CMap and font file as a classic script in the site's pdf/ folder, and this
// module loads them only when a PDF is read (the worker) and when PDF.js asks (each CMap).

/** The globals the wrapped scripts assign (names shared with scripts/wrap-pdf-reader.mjs). */
const WORKER_GLOBAL = "LIANZHENG_PDF_WORKER";
const ASSETS_GLOBAL = "LIANZHENG_PDF_ASSETS";

type Globals = Record<string, unknown> & {
  [WORKER_GLOBAL]?: string;
  [ASSETS_GLOBAL]?: Record<string, string>;
};
const globals = globalThis as unknown as Globals;

let workerUrl: Promise<string> | undefined;

/** The worker's script as a blob: URL (the one kind a file:// page may start), made once. */
function workerScriptUrl(): Promise<string> {
  workerUrl ??= loadScript("pdf/worker.js").then(() => {
    const source = globals[WORKER_GLOBAL];
    if (typeof source !== "string") throw new Error("pdf/worker.js set no worker: rebuild the site");
    // The page keeps the blob, not the 1.7 MB string.
    delete globals[WORKER_GLOBAL];
    return URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
  });
  workerUrl.catch(() => {
    workerUrl = undefined;
  });
  return workerUrl;
}

/** PDF.js's files by `kind/name`, each loaded once per page, whatever the number of PDFs read. */
const assets = new Map<string, Promise<Uint8Array>>();

function bytesOfBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * A CMap or font file PDF.js asked for, from its wrapped script in pdf/<kind>/. Async, so that any
 * failure is a rejection PDF.js takes (it reads on without the file), never a throw in the page.
 */
async function loadAsset(kind: AssetKind, name: string): Promise<Uint8Array> {
  // PDF.js asks with no name for a standard font it has no file for; other names come from the
  // PDF itself: only a plain file name may become a script's path.
  if (typeof name !== "string" || !/^[\w+-][\w.+-]*$/.test(name))
    throw new Error(`${kind}/${String(name)}: not a file the reader has`);
  const key = `${kind}/${name}`;
  let bytes = assets.get(key);
  if (!bytes) {
    bytes = loadScript(`pdf/${key}.js`).then(() => {
      const table = globals[ASSETS_GLOBAL] ?? {};
      const base64 = table[key];
      if (base64 === undefined) throw new Error(`pdf/${key}.js set no data: rebuild the site`);
      delete table[key];
      return bytesOfBase64(base64);
    });
    bytes.catch(() => assets.delete(key));
    assets.set(key, bytes);
  }
  return bytes;
}

/** The PDF read the page waits for: aborted when another file is chosen. */
let pending: AbortController | undefined;
/** The ticket of the latest file chosen: only its PDF may be read. */
let latest = 0;
let workerScript: string | undefined;

/**
 * One function for every read: the reader keeps a worker that ended a read cleanly for the next
 * PDF started the same way, which then skips starting PDF.js again.
 */
const startWorker = (): PdfWorker => new Worker(workerScript as string) as unknown as PdfWorker;

/**
 * Called for each file the page reads, PDF or not: the page shows only the latest file, so a PDF
 * still being read stops now (its worker ended) rather than at its deadline. Returns the new
 * file's ticket for `readPdfLayout`.
 */
export function endPdfRead(): number {
  // Never shown: the page has moved on to another file.
  pending?.abort(new Error("another file was chosen: this PDF is no longer read"));
  pending = undefined;
  return ++latest;
}

/** Reads a PDF input into the layout the parsers take, within the page's limits. */
export async function readPdfLayout(input: Input, limits: ReadLimits, ticket: number): Promise<InputLayout> {
  workerScript = await workerScriptUrl();
  // Another file was chosen while this one was hashed or the worker's script loaded.
  if (ticket !== latest)
    throw new Error(`${input.path}: another file was chosen, this PDF is no longer read`);
  const controller = new AbortController();
  pending = controller;
  try {
    const raw = await readPdfInBrowser(input.bytes, {
      fileName: input.path,
      timeoutMs: limits.timeoutMs,
      maxPages: limits.maxPages,
      maxBytes: limits.maxBytes,
      worker: startWorker,
      assets: loadAsset,
      signal: controller.signal,
    });
    return layoutOfPdf(raw);
  } finally {
    if (pending === controller) pending = undefined;
  }
}
