import { type ChildProcess, spawn } from "node:child_process";
import { availableParallelism } from "node:os";
import { PAGE_OP_NAMES, type PageOps } from "./operators.js";
import { pdfJsModuleUrl, resolvePdfJsAssets } from "./pdfjs.js";

// PDF.js runs in a child process of its own, for three reasons a damaged or hostile PDF makes real:
// - In Node, PDF.js's "fake worker" runs on the caller's thread and yields only to microtasks, so
//   no timer fires while it chews on a content stream (2 M nested `q`, form XObjects drawing each
//   other 10⁹ times): a time limit can only be kept by ending the reader.
// - PDF.js leaves some rejected promises unhandled on damaged files (Catalog.getPageDict prefetches
//   page dictionaries it may never await), which ends a Node process by default.
// - A heap limit bounds the memory an expanding operator list can take. A process, not a worker
//   thread: a thread that reaches its `resourceLimits` can still abort the whole process
//   (nodejs/node#47224; seen here on Node 24), while a child that runs out of heap ends alone.

/** One page as the worker sends it: the operators the reader uses, and the fonts they name. */
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
 * The reader's code. It is turned into source text (`String(workerMain)`) and run with `node -e`
 * in the child, so it must not use anything from this module: what it needs comes as arguments.
 */
function workerMain(setup: WorkerSetup, importModule: (url: string) => Promise<unknown>): void {
  const port = {
    postMessage: (message: unknown) => process.send?.(message),
    on: (event: "message", listener: (job: IsolatedJob) => void) => process.on(event, listener),
  };
  // The parent went away (it ended, or was killed): nothing is left to read for.
  process.on("disconnect", () => process.exit(0));
  // PDF.js's stray rejections (see above) concern the document being read, which fails or
  // recovers on its own; they must not end the reader.
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
      // A Buffer arrives where a Uint8Array was sent; PDF.js refuses Buffers.
      data: new Uint8Array(job.data.buffer, job.data.byteOffset, job.data.byteLength),
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
            page: { page: number, view: [...page.view], rotate: page.rotate, fnArray, argsArray, fonts },
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

/** The child's program: the reader's code, called with its setup (JSON on the command line). */
const workerSource = (setup: WorkerSetup): string =>
  `(${String(workerMain)})(${JSON.stringify(setup)}, (url) => import(url));`;

/** Limits of one isolated read. */
export interface IsolationLimits {
  maxPages: number;
  /** Text or drawing operations one page may send back. */
  maxOpsPerPage: number;
  /** Heap of the reader's process, in MB. */
  maxHeapMb: number;
}

/** How an isolated read ended early, other than by an error PDF.js reported. */
export type IsolationFailure =
  | { type: "out_of_memory" }
  | { type: "crashed"; message: string }
  | { type: "cancelled" };

/**
 * Readers that finished cleanly, kept for the next documents: one per CPU, so a caller reading
 * several PDFs at once (ingest's --jobs) has a warm reader for each and does not pay a process
 * start (about 0.4 s) per document.
 */
const idle: Array<{ worker: ChildProcess; maxHeapMb: number }> = [];
const MAX_IDLE = availableParallelism();

/** The last bytes the reader wrote to stderr: how V8 says it ran out of heap. */
const STDERR_KEPT = 4096;
const stderrOf = new WeakMap<ChildProcess, string>();

function startWorker(maxHeapMb: number): ChildProcess {
  const setup: WorkerSetup = {
    pdfjsUrl: pdfJsModuleUrl(),
    assets: resolvePdfJsAssets(),
    opNames: PAGE_OP_NAMES,
  };
  const child = spawn(
    process.execPath,
    [
      ...(Number.isFinite(maxHeapMb) ? [`--max-old-space-size=${maxHeapMb}`] : []),
      "--input-type=commonjs",
      "-e",
      workerSource(setup),
    ],
    // PDF.js writes nothing at verbosity ERRORS; should it, the caller's streams stay clean.
    { stdio: ["ignore", "ignore", "pipe", "ipc"], serialization: "advanced" },
  );
  child.stderr?.on("data", (chunk: Buffer) => {
    stderrOf.set(child, `${stderrOf.get(child) ?? ""}${chunk.toString("utf8")}`.slice(-STDERR_KEPT));
  });
  return child;
}

/** Lets the process end while an idle reader waits, or holds it open while one reads. */
function holdOpen(child: ChildProcess, hold: boolean): void {
  const handles = [child, child.channel, child.stderr] as Array<
    { ref(): void; unref(): void } | null | undefined
  >;
  for (const handle of handles) {
    if (hold) handle?.ref();
    else handle?.unref();
  }
}

/**
 * Reads a PDF in a child process: each message of the document in order, through `onMessage`,
 * until `done` or `error`. `stop()` ends the read at once (the child is killed), and so do
 * running out of heap or the child crashing, reported as an IsolationFailure. A reader that
 * finished cleanly is kept (unreferenced, so it does not hold the process open) for the next read.
 */
export function readIsolated(
  data: Uint8Array,
  limits: IsolationLimits,
  onMessage: (message: IsolatedMessage) => void,
): { finished: Promise<IsolationFailure | undefined>; stop: () => void } {
  let worker: ChildProcess;
  const warm = idle.findIndex((reader) => reader.maxHeapMb === limits.maxHeapMb && reader.worker.connected);
  if (warm >= 0) {
    worker = (idle.splice(warm, 1)[0] as { worker: ChildProcess }).worker;
  } else {
    worker = startWorker(limits.maxHeapMb);
  }
  holdOpen(worker, true);
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
    if (keep && idle.length < MAX_IDLE && worker.connected) {
      holdOpen(worker, false);
      idle.push({ worker, maxHeapMb: limits.maxHeapMb });
    } else {
      worker.kill("SIGKILL");
    }
    settle(failure);
  };
  const listen = (message: IsolatedMessage) => {
    if (over) return;
    onMessage(message);
    if (message.type === "done" || message.type === "error") end(undefined, true);
  };
  const crashed = (error: Error) => end({ type: "crashed", message: error.message }, false);
  const exited = (code: number | null, signal: NodeJS.Signals | null) => {
    // Give stderr its last chunk before reading it.
    setImmediate(() => {
      const stderr = stderrOf.get(worker) ?? "";
      end(
        /heap out of memory|Reached heap limit/i.test(stderr)
          ? { type: "out_of_memory" }
          : { type: "crashed", message: `the reader exited (${signal ?? code})` },
        false,
      );
    });
  };
  worker.on("message", listen);
  worker.on("error", crashed);
  worker.on("exit", exited);
  worker.send({ data, maxPages: limits.maxPages, maxOpsPerPage: limits.maxOpsPerPage } satisfies IsolatedJob);
  return { finished, stop: () => end({ type: "cancelled" }, false) };
}
