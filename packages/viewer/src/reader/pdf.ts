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

/** A PDF read on the page; `ended` once another file replaced it. */
interface PdfRead {
  ended: boolean;
}

// The reader keeps a worker that ended a read cleanly for the page's next PDF (it skips starting
// PDF.js again) when the next read passes the same `worker` option: `startWorker` is one function
// for every read, so this module tracks which read each worker serves, to end a replaced one.
/** The workers this page started and that are not ended, each with the read it serves. */
const live = new Map<PdfWorker, PdfRead>();
/** The PDF read the page waits for, if any. */
let pending: PdfRead | undefined;
/** The read whose worker the reader takes right now (synchronously, as the read starts). */
let starting: PdfRead | undefined;
/** The read of the worker the reader ended last: a stuck structure tree's restart follows at once. */
let lastStopped: PdfRead | undefined;
/** The ticket of the latest file chosen: only its PDF may be read. */
let latest = 0;
let workerScript: string | undefined;

const replaced = (file: string) => new Error(`${file}: another file was chosen, this PDF is no longer read`);

/** A worker for the read starting now, or for the read whose stuck worker the reader just ended. */
function startWorker(): PdfWorker {
  const read = starting ?? lastStopped;
  lastStopped = undefined;
  // Never shown: the page has moved on to another file.
  if (!read || read.ended || workerScript === undefined) throw replaced("the PDF");
  // A DOM Worker is a PdfWorker; only its event types are wider than the reader's interface.
  const worker = new Worker(workerScript) as unknown as PdfWorker;
  const terminate = worker.terminate.bind(worker);
  worker.terminate = () => {
    lastStopped = live.get(worker);
    live.delete(worker);
    terminate();
  };
  live.set(worker, read);
  return worker;
}

/**
 * Called for each file the page reads, PDF or not: the page shows only the latest file, so a PDF
 * still being read stops now rather than at its deadline (its promise is left to the reader's
 * own timer). Returns the new file's ticket for `readPdfLayout`.
 */
export function endPdfRead(): number {
  if (pending) {
    pending.ended = true;
    pending = undefined;
    // While a read is pending, the only live worker is its own (it took the kept one, if any).
    for (const worker of [...live.keys()]) worker.terminate();
  }
  return ++latest;
}

/** Reads a PDF input into the layout the parsers take, within the page's limits. */
export async function readPdfLayout(input: Input, limits: ReadLimits, ticket: number): Promise<InputLayout> {
  workerScript = await workerScriptUrl();
  if (ticket !== latest) throw replaced(input.path);
  const read: PdfRead = { ended: false };
  pending = read;
  starting = read;
  let reading: ReturnType<typeof readPdfInBrowser>;
  try {
    reading = readPdfInBrowser(input.bytes, {
      fileName: input.path,
      timeoutMs: limits.timeoutMs,
      maxPages: limits.maxPages,
      maxBytes: limits.maxBytes,
      worker: startWorker,
      assets: loadAsset,
    });
  } finally {
    starting = undefined;
  }
  // The worker the reader took as the read started: a new one, or the one kept from before.
  for (const worker of live.keys()) live.set(worker, read);
  try {
    return layoutOfPdf(await reading);
  } finally {
    if (pending === read) pending = undefined;
  }
}
