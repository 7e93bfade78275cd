import { Worker } from "node:worker_threads";
import { PAGE_OP_NAMES, type PageOps } from "./operators.js";
import { pdfJsModuleUrl, resolvePdfJsAssets } from "./pdfjs.js";

// PDF.js runs in a worker thread of its own, for three reasons a damaged or hostile PDF makes real:
// - In Node, PDF.js's "fake worker" runs on the caller's thread and yields only to microtasks, so
//   no timer fires while it chews on a content stream (2 M nested `q`, form XObjects drawing each
//   other 10⁹ times): a time limit can only be kept by terminating a thread.
// - PDF.js leaves some rejected promises unhandled on damaged files (Catalog.getPageDict prefetches
//   page dictionaries it may never await), which ends a Node process by default.
// - A heap limit on the thread bounds the memory an expanding operator list can take.

/** One page as the worker sends it: the operators the reader uses, and the fonts they name. */
export interface IsolatedPage {
  page: number;
  view: number[];
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

/** What the worker is asked to read. */
interface IsolatedJob {
  data: Uint8Array;
  maxPages: number;
  maxOpsPerPage: number;
}

interface WorkerSetup {
  pdfjsUrl: string;
  assets: { cMapUrl: string; standardFontDataUrl: string };
  opNames: readonly string[];
}

/**
 * The worker's code. It is turned into source text (`String(workerMain)`) and run with `eval`, so it
 * must not use anything from this module: what it needs comes as arguments or `workerData`.
 */
function workerMain(
  requireModule: (id: string) => unknown,
  importModule: (url: string) => Promise<unknown>,
): void {
  const { parentPort, workerData } = requireModule(
    "node:worker_threads",
  ) as typeof import("node:worker_threads");
  const setup = workerData as WorkerSetup;
  const port = parentPort as NonNullable<typeof parentPort>;
  // PDF.js's stray rejections (see above) concern the document being read, which fails or
  // recovers on its own; they must not end the thread.
  process.on("unhandledRejection", () => {});
  const loaded = importModule(setup.pdfjsUrl) as Promise<typeof import("pdfjs-dist/legacy/build/pdf.mjs")>;

  const fail = (stage: "open" | "page", error: unknown, page?: number) => {
    const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
    port.postMessage({
      type: "error",
      stage,
      ...(page === undefined ? {} : { page }),
      name: typeof name === "string" ? name : "Error",
      message: typeof message === "string" ? message : String(error),
    });
  };

  const read = async (job: IsolatedJob) => {
    const pdfjs = await loaded;
    const allOps = pdfjs.OPS as Record<string, number>;
    const ops: Record<string, number> = {};
    for (const name of setup.opNames) ops[name] = allOps[name] as number;
    const wanted = new Set(Object.values(ops));
    const task = pdfjs.getDocument({
      data: job.data,
      ...setup.assets,
      cMapPacked: true,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: pdfjs.VerbosityLevel.ERRORS,
    });
    try {
      let doc: Awaited<typeof task.promise>;
      try {
        doc = await task.promise;
      } catch (error) {
        fail("open", error);
        return;
      }
      port.postMessage({ type: "open", numPages: doc.numPages, ops });
      if (doc.numPages > job.maxPages) {
        port.postMessage({ type: "done" });
        return;
      }
      for (let number = 1; number <= doc.numPages; number++) {
        let page: Awaited<ReturnType<typeof doc.getPage>> | undefined;
        try {
          page = await doc.getPage(number);
          const list = await page.getOperatorList();
          const fnArray: number[] = [];
          const argsArray: unknown[] = [];
          const fonts: IsolatedPage["fonts"] = {};
          let glyphs = 0;
          for (let i = 0; i < list.fnArray.length; i++) {
            const fn = list.fnArray[i] as number;
            if (!wanted.has(fn)) continue;
            // The layout of a page runs on the caller's thread and cannot be interrupted: bound
            // its input (a printed page holds a few thousand glyphs and drawn lines).
            if (fnArray.length >= job.maxOpsPerPage || glyphs > job.maxOpsPerPage) {
              const error = new Error(
                `page ${number} has more than ${job.maxOpsPerPage} text or drawing operations`,
              );
              error.name = "PageTooComplex";
              throw error;
            }
            let args = list.argsArray[i] as unknown[] | null;
            if (fn === ops.showText && Array.isArray(args?.[0])) {
              glyphs += (args[0] as unknown[]).length;
              // Only what the reader uses crosses the thread boundary.
              args = [
                (args[0] as unknown[]).map((glyph) => {
                  if (typeof glyph !== "object" || glyph === null) return glyph;
                  const { unicode, width, isSpace } = glyph as Record<string, unknown>;
                  return { unicode, width, isSpace };
                }),
              ];
            } else if (fn === ops.setFont) {
              const id = String(args?.[0]);
              if (!(id in fonts) && page.commonObjs.has(id)) {
                const font = page.commonObjs.get(id) as { name?: unknown; fontMatrix?: unknown };
                fonts[id] = {
                  fontName: typeof font.name === "string" ? font.name : id,
                  fontMatrix: Array.isArray(font.fontMatrix) ? (font.fontMatrix as number[]) : undefined,
                };
              }
            }
            fnArray.push(fn);
            argsArray.push(args);
          }
          port.postMessage({
            type: "page",
            page: { page: number, view: [...page.view], fnArray, argsArray, fonts },
          });
        } catch (error) {
          fail("page", error, number);
          return;
        } finally {
          page?.cleanup();
        }
      }
      port.postMessage({ type: "done" });
    } finally {
      await task.destroy();
    }
  };

  // One job at a time: the parent sends the next only after `done` or `error`.
  port.on("message", (job: IsolatedJob) => {
    read(job).catch((error: unknown) => fail("open", error));
  });
}

const WORKER_SOURCE = `(${String(workerMain)})(require, (url) => import(url));`;

/** Limits of one isolated read. */
export interface IsolationLimits {
  maxPages: number;
  /** Text or drawing operations one page may send back. */
  maxOpsPerPage: number;
  /** Heap of the worker thread, in MB. */
  maxHeapMb: number;
}

/** How an isolated read ended early, other than by an error PDF.js reported. */
export type IsolationFailure =
  | { type: "out_of_memory" }
  | { type: "crashed"; message: string }
  | { type: "cancelled" };

let idle: { worker: Worker; maxHeapMb: number } | undefined;

function startWorker(maxHeapMb: number): Worker {
  const setup: WorkerSetup = {
    pdfjsUrl: pdfJsModuleUrl(),
    assets: resolvePdfJsAssets(),
    opNames: PAGE_OP_NAMES,
  };
  return new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: setup,
    ...(Number.isFinite(maxHeapMb) ? { resourceLimits: { maxOldGenerationSizeMb: maxHeapMb } } : {}),
    // PDF.js writes nothing at verbosity ERRORS; should it, the caller's streams stay clean.
    stdout: true,
    stderr: true,
  });
}

/**
 * Reads a PDF in a worker thread: each message of the document in order, through `onMessage`,
 * until `done` or `error`. `stop()` ends the read at once (the thread is terminated), and so do
 * running out of heap or the thread crashing, reported as an IsolationFailure. A worker that
 * finished cleanly is kept (unreferenced, so it does not hold the process open) for the next read.
 */
export function readIsolated(
  data: Uint8Array,
  limits: IsolationLimits,
  onMessage: (message: IsolatedMessage) => void,
): { finished: Promise<IsolationFailure | undefined>; stop: () => void } {
  let worker: Worker;
  if (idle && idle.maxHeapMb === limits.maxHeapMb) {
    worker = idle.worker;
    idle = undefined;
  } else {
    worker = startWorker(limits.maxHeapMb);
  }
  worker.ref();
  let settle: (failure: IsolationFailure | undefined) => void = () => {};
  const finished = new Promise<IsolationFailure | undefined>((resolve) => {
    settle = resolve;
  });
  let over = false;
  const end = (failure: IsolationFailure | undefined, keep: boolean) => {
    if (over) return;
    over = true;
    worker.off("message", listen);
    worker.off("error", crashed);
    worker.off("exit", exited);
    if (keep && !idle) {
      worker.unref();
      idle = { worker, maxHeapMb: limits.maxHeapMb };
    } else {
      void worker.terminate();
    }
    settle(failure);
  };
  const listen = (message: IsolatedMessage) => {
    if (over) return;
    onMessage(message);
    if (message.type === "done" || message.type === "error") end(undefined, true);
  };
  const crashed = (error: Error & { code?: string }) =>
    end(
      error.code === "ERR_WORKER_OUT_OF_MEMORY"
        ? { type: "out_of_memory" }
        : { type: "crashed", message: error.message },
      false,
    );
  const exited = (code: number) => end({ type: "crashed", message: `the reader exited (${code})` }, false);
  worker.on("message", listen);
  worker.on("error", crashed);
  worker.on("exit", exited);
  // PDF.js may take ownership of the buffer it is given; the caller keeps theirs.
  const copy = new Uint8Array(data);
  worker.postMessage(
    { data: copy, maxPages: limits.maxPages, maxOpsPerPage: limits.maxOpsPerPage } satisfies IsolatedJob,
    [copy.buffer],
  );
  return { finished, stop: () => end({ type: "cancelled" }, false) };
}
