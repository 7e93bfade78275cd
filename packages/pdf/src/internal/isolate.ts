import { type ChildProcess, spawn } from "node:child_process";
import { availableParallelism } from "node:os";
import { deferCanvas } from "./canvas-deferral.js";
import type { RunnerFailure } from "./checks.js";
import { fontLoadingStandIn } from "./font-loading.js";
import { YOUNG_GENERATION_FLAGS } from "./memory-defaults.js";
import { messageCloneOf } from "./message-clone.js";
import { PAGE_OP_NAMES } from "./page-ops.js";
import { pdfJsModuleUrl, resolvePdfJsAssets } from "./pdfjs.js";
import {
  type IsolatedMessage,
  type PdfJsTaskLike,
  pageOpsOf,
  READ_STEPS,
  type ReadEnvironment,
  type ReadJob,
  type ReadSteps,
  readDocument,
} from "./pdfjs-page.js";
import type { RunnerLimits } from "./session.js";
import { structureStage } from "./structure-stage.js";
import { MAX_STRUCTURE_NODES } from "./structure-tree.js";
import { OVER_MEMORY_MARK, watchdogData, watchdogSource } from "./watchdog.js";

// PDF.js runs in a child process of its own, for three reasons a damaged or hostile PDF makes real:
// - In Node, PDF.js's "fake worker" runs on the caller's thread and yields only to microtasks, so
//   no timer fires while it chews on a content stream (2 M nested `q`, form XObjects drawing each
//   other 10⁹ times): a time limit can only be kept by ending the reader.
// - PDF.js leaves some rejected promises unhandled on damaged files (Catalog.getPageDict prefetches
//   page dictionaries it may never await), which ends a Node process by default.
// - A heap limit bounds the memory an expanding operator list can take. A process, not a worker
//   thread: a thread that reaches its `resourceLimits` can still abort the whole process
//   (nodejs/node#47224; seen here on Node 24), while a child that runs out of heap ends alone.

/** The shared steps the child runs (pdfjs-page.ts), passed in as code: the child cannot import. */
interface SharedSteps extends ReadSteps {
  pageOpsOf: typeof pageOpsOf;
  readDocument: typeof readDocument;
  loadPdfJs: typeof loadPdfJs;
  inflatingStreamClass: typeof inflatingStreamClass;
  messageCloneOf: typeof messageCloneOf;
  fontLoadingStandIn: typeof fontLoadingStandIn;
  deferCanvas: typeof deferCanvas;
  inflatedSizeWith: typeof inflatedSizeWith;
}

interface WorkerSetup {
  pdfjsUrl: string;
  assets: { cMapUrl: string; standardFontDataUrl: string };
  opNames: readonly string[];
  /** The watchdog thread (see watchdog.ts): its code and its data. */
  watchdog: { source: string; data: ReturnType<typeof watchdogData> };
}

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

/**
 * PDF.js's Node build, loaded in the child. Its legacy build carries core-js polyfills that replace
 * the native Array.prototype.push and JSON.parse/stringify with script versions (for edge cases
 * PDF.js never meets), in both its modules: about a fifth of the child's CPU went to them. Both
 * modules are loaded up front (the worker module as `globalThis.pdfjsWorker`, which PDF.js takes
 * instead of importing it later), then the natives are put back, and the messages between PDF.js's
 * two sides are copied with `cloneOf` (see message-clone.ts). Run as source text in the child.
 */
function loadPdfJs(
  importModule: (url: string) => Promise<unknown>,
  pdfjsUrl: string,
  cloneOf: typeof messageCloneOf,
): Promise<PdfJs> {
  const natives = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify };
  return Promise.all([importModule(pdfjsUrl), importModule(new URL("pdf.worker.mjs", pdfjsUrl).href)]).then(
    ([pdfjs, worker]) => {
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
      Object.defineProperty(Array.prototype, "push", {
        value: natives.push,
        writable: true,
        configurable: true,
      });
      Object.assign(JSON, { parse: natives.parse, stringify: natives.stringify });
      // Set now, not before: the polyfills keep the native clone (they detach buffers with it).
      globalThis.structuredClone = cloneOf(globalThis.structuredClone);
      return pdfjs as PdfJs;
    },
  );
}

type Zlib = typeof import("node:zlib");

/**
 * A stand-in for the web's `DecompressionStream`, which PDF.js asks to inflate each content
 * stream (twice a page: once for the text, once for the operators). Node's own runs every
 * stream through web streams over a zlib Transform, on the thread pool: a fifth of the child's
 * CPU on our PDFs; this one inflates in one call. It takes "deflate" only and fails as Node's does (PDF.js
 * then inflates with its own code). Each stream's decoded size was checked before PDF.js opened
 * the document (checkDecodedSizes); `maxBytes` bounds it again. Run as source text in the child.
 */
export function inflatingStreamClass(zlib: Zlib, maxBytes: () => number) {
  return class InflatingStream {
    readonly writable: { getWriter(): unknown };
    readonly readable: AsyncIterable<Uint8Array>;
    constructor(format: string) {
      if (format !== "deflate") throw new TypeError(`unsupported compression format: ${format}`);
      let input: Uint8Array = new Uint8Array(0);
      const writer = {
        ready: Promise.resolve(),
        write: (bytes: Uint8Array) => {
          input = bytes;
          return Promise.resolve();
        },
        close: () => Promise.resolve(),
      };
      this.writable = { getWriter: () => writer };
      this.readable = {
        async *[Symbol.asyncIterator]() {
          yield zlib.inflateSync(input, { maxOutputLength: maxBytes() });
        },
      };
    }
  };
}

/** A zlib stream's decoded size up to `max + 1` bytes; -1 when it does not inflate. (A step of the reader's code: it uses only its argument.) */
function inflatedSizeWith(zlib: Zlib): (stream: Uint8Array, max: number) => number {
  return (stream, max) => {
    try {
      return zlib.inflateSync(stream, { maxOutputLength: max + 1, finishFlush: zlib.constants.Z_SYNC_FLUSH })
        .length;
    } catch (error) {
      return (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE" ? max + 1 : -1;
    }
  };
}

/**
 * The reader's code. It is turned into source text (`String(workerMain)`) and run with `node -e`
 * in the child, so it must not use anything from this module: what it needs comes as arguments
 * (and `require`, the child being CommonJS). Its steps: check the streams' decoded sizes, open
 * the document, then read each page's operators and send them.
 */
function workerMain(
  setup: WorkerSetup,
  importModule: (url: string) => Promise<unknown>,
  // The child's own `require`, passed in: a bundler rewrites a free `require` in this module.
  nodeRequire: (id: string) => unknown,
  steps: SharedSteps,
): void {
  const { Worker } = nodeRequire("node:worker_threads") as typeof import("node:worker_threads");
  const zlib = nodeRequire("node:zlib") as Zlib;
  let maxStreamBytes = 0;
  Object.defineProperty(globalThis, "DecompressionStream", {
    value: steps.inflatingStreamClass(zlib, () => maxStreamBytes),
    writable: true,
    configurable: true,
  });
  new Worker(setup.watchdog.source, { eval: true, workerData: setup.watchdog.data }).unref();
  // Settles once the message has left (see ReadEnvironment.send).
  const send = (message: IsolatedMessage) =>
    new Promise<void>((resolve) => {
      if (process.send) process.send(message, () => resolve());
      else resolve();
    });
  // The parent went away (it ended, or was killed): nothing is left to read for. While PDF.js is
  // busy this event waits; the watchdog thread covers that case.
  process.on("disconnect", () => process.exit(0));
  // PDF.js's stray rejections (see above) concern the document being read, which fails or
  // recovers on its own; they must not end the reader.
  process.on("unhandledRejection", () => {});
  steps.deferCanvas(nodeRequire);
  const { FontFace, ownerDocument } = steps.fontLoadingStandIn();
  Object.assign(globalThis, { FontFace });
  const loaded = steps.loadPdfJs(importModule, setup.pdfjsUrl, steps.messageCloneOf);

  /** Opens the document with eval off, the installed CMaps and fonts, errors only. */
  const open = (pdfjs: PdfJs, data: Uint8Array) =>
    pdfjs.getDocument({
      // A Buffer arrives where a Uint8Array was sent; PDF.js refuses Buffers.
      data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
      ...setup.assets,
      cMapPacked: true,
      isEvalSupported: false,
      // Fonts are "loaded" into the stand-in's font set, so PDF.js builds no glyph outlines.
      disableFontFace: false,
      ownerDocument,
      useSystemFonts: false,
      verbosity: pdfjs.VerbosityLevel.ERRORS,
    } as unknown as Parameters<PdfJs["getDocument"]>[0]) as unknown as PdfJsTaskLike;

  const inflatedSize = steps.inflatedSizeWith(zlib);

  const read = async (job: ReadJob) => {
    const pdfjs = await loaded;
    maxStreamBytes = job.maxStreamBytes;
    const bytes = Buffer.from(job.data.buffer, job.data.byteOffset, job.data.byteLength);
    const env: ReadEnvironment = {
      ops: steps.pageOpsOf(pdfjs.OPS as Record<string, number>, setup.opNames),
      open: (data) => open(pdfjs, data),
      send,
      indexOf: (text, from) => bytes.indexOf(text, from),
      inflatedSize,
    };
    await steps.readDocument(job, env, steps);
  };

  // One job at a time: the parent sends the next only after `done` or `error`.
  process.on("message", (job: ReadJob) => {
    read(job).catch((error: unknown) => {
      const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
      send({
        type: "error",
        stage: "open",
        name: String(name ?? "Error"),
        message: String(message ?? error),
      });
    });
  });
}

/** The child's program: the reader's code, called with its setup (JSON) and the shared steps. */
const workerSource = (setup: WorkerSetup): string => {
  const shared: SharedSteps = {
    ...READ_STEPS,
    pageOpsOf,
    readDocument,
    loadPdfJs,
    inflatingStreamClass,
    messageCloneOf,
    fontLoadingStandIn,
    deferCanvas,
    inflatedSizeWith,
  };
  const steps = Object.entries(shared).map(([name, step]) => `${name}: (${String(step)})`);
  return `(${String(workerMain)})(${JSON.stringify(setup)}, (url) => import(url), require, { ${steps.join(", ")} });`;
};

/**
 * Readers that finished cleanly, kept for the next documents with the same memory limits: one per
 * CPU, so a caller reading several PDFs at once (ingest's --jobs) has a warm reader for each and
 * does not pay a process start (about 0.4 s) per document.
 */
const idle: Array<{ worker: ChildProcess; memory: string }> = [];
const MAX_IDLE = availableParallelism();
const memoryKey = (limits: Pick<RunnerLimits, "maxHeapMb" | "maxRssMb">) =>
  `${limits.maxHeapMb}/${limits.maxRssMb}`;

// Readers alive now: killed when this process exits, however it exits (a second Ctrl-C calls
// process.exit). A SIGKILL runs no handler: then each reader's watchdog sees its parent gone.
const live = new Set<ChildProcess>();
let killOnExit = false;
function track(child: ChildProcess): void {
  live.add(child);
  child.once("exit", () => live.delete(child));
  if (killOnExit) return;
  killOnExit = true;
  process.on("exit", () => {
    for (const reader of live) reader.kill("SIGKILL");
  });
}

/** The last bytes the reader wrote to stderr: how V8 says it ran out of heap. */
const STDERR_KEPT = 4096;
const stderrOf = new WeakMap<ChildProcess, string>();

function startWorker({ maxHeapMb, maxRssMb }: Pick<RunnerLimits, "maxHeapMb" | "maxRssMb">): ChildProcess {
  const setup: WorkerSetup = {
    pdfjsUrl: pdfJsModuleUrl(),
    assets: resolvePdfJsAssets(),
    opNames: PAGE_OP_NAMES,
    watchdog: { source: watchdogSource(), data: watchdogData({ parentPid: process.pid, maxRssMb }) },
  };
  const child = spawn(
    process.execPath,
    [
      ...(Number.isFinite(maxHeapMb) ? [`--max-old-space-size=${maxHeapMb}`] : []),
      ...YOUNG_GENERATION_FLAGS,
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
  track(child);
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
 * Starts a reader for `limits` and keeps it idle, unless one is idle already: PDF.js loads in it
 * (about 0.4 s) while the caller does other work, and the next read takes it.
 */
export function warmReader(limits: Pick<RunnerLimits, "maxHeapMb" | "maxRssMb">): void {
  for (let i = idle.length - 1; i >= 0; i--) if (!idle[i]?.worker.connected) idle.splice(i, 1);
  if (idle.length >= MAX_IDLE || idle.some((reader) => reader.memory === memoryKey(limits))) return;
  const worker = startWorker(limits);
  holdOpen(worker, false);
  idle.push({ worker, memory: memoryKey(limits) });
}

// Reads waiting for a reader to finish the document it reads (see read-ahead.ts): the first
// with the same memory limits starts on it the moment it is free.
const waiting: Array<{ memory: string; start: () => void }> = [];

/**
 * Calls `start` when a reader with these limits finishes a read cleanly, on that reader (it is
 * idle then: `start` takes it). Returns a function that stops waiting.
 */
export function whenReaderFree(
  limits: Pick<RunnerLimits, "maxHeapMb" | "maxRssMb">,
  start: () => void,
): () => void {
  const entry = { memory: memoryKey(limits), start };
  waiting.push(entry);
  return () => {
    const at = waiting.indexOf(entry);
    if (at >= 0) waiting.splice(at, 1);
  };
}

/** Hands a reader just made idle to the first read waiting for one of its limits. */
function startWaiting(memory: string): void {
  const at = waiting.findIndex((entry) => entry.memory === memory);
  if (at >= 0) waiting.splice(at, 1)[0]?.start();
}

/** A reader taken from the warm ones, or a new one. */
function takeWorker(limits: RunnerLimits): ChildProcess {
  const warm = idle.findIndex((reader) => reader.memory === memoryKey(limits) && reader.worker.connected);
  const worker =
    warm >= 0 ? (idle.splice(warm, 1)[0] as { worker: ChildProcess }).worker : startWorker(limits);
  holdOpen(worker, true);
  return worker;
}

/** Why a reader ended early, from its exit and what it last wrote to stderr. */
function exitFailure(
  worker: ChildProcess,
  code: number | null,
  signal: NodeJS.Signals | null,
): RunnerFailure {
  const stderr = stderrOf.get(worker) ?? "";
  return /heap out of memory|Reached heap limit/i.test(stderr) || stderr.includes(OVER_MEMORY_MARK)
    ? { type: "out_of_memory" }
    : { type: "crashed", message: `the reader exited (${signal ?? code})` };
}

/**
 * One run of a reader over a document, from `from.fromPage`. `onEnd` hears how it ended and, when
 * that was in a structure stage (timed out, or the reader died there), on which page.
 */
function attemptRead(
  data: Uint8Array,
  limits: RunnerLimits,
  from: Pick<ReadJob, "fromPage" | "treesBefore">,
  onMessage: (message: IsolatedMessage) => void,
  onEnd: (failure: RunnerFailure | undefined, stuckOn: number | undefined) => void,
): () => void {
  const worker = takeWorker(limits);
  let over = false;
  const stage = structureStage((page) =>
    end({ type: "crashed", message: "reading the structure tree took too long" }, false, page),
  );
  function end(failure: RunnerFailure | undefined, keep: boolean, stuckOn = stage.page): void {
    if (over) return;
    over = true;
    stage.stop();
    worker.off("message", listen);
    worker.off("error", crashed);
    worker.off("exit", exited);
    if (keep && idle.length < MAX_IDLE && worker.connected) {
      holdOpen(worker, false);
      idle.push({ worker, memory: memoryKey(limits) });
      startWaiting(memoryKey(limits));
    } else {
      worker.kill("SIGKILL");
    }
    onEnd(failure, stuckOn);
  }
  const listen = (message: IsolatedMessage) => {
    if (over) return;
    stage.watch(message);
    if (message.type === "structure") return;
    onMessage(message);
    if (message.type === "done" || message.type === "error") end(undefined, true);
  };
  const crashed = (error: Error) => end({ type: "crashed", message: error.message }, false);
  // Give stderr its last chunk before reading it.
  const exited = (code: number | null, signal: NodeJS.Signals | null) =>
    setImmediate(() => end(exitFailure(worker, code, signal), false));
  worker.on("message", listen);
  worker.on("error", crashed);
  worker.on("exit", exited);
  worker.send({
    data,
    maxPages: limits.maxPages,
    maxOpsPerPage: limits.maxOpsPerPage,
    maxStreamBytes: limits.maxStreamBytes,
    maxDecodedBytes: limits.maxDecodedBytes,
    maxStructureNodes: MAX_STRUCTURE_NODES,
    ...from,
  } satisfies ReadJob);
  return () => end({ type: "cancelled" }, false);
}

/**
 * Reads a PDF in a child process: each message of the document in order, through `onMessage`,
 * until `done` or `error`. `stop()` ends the read at once (the child is killed), and so do
 * running out of heap or the child crashing, reported as a RunnerFailure. A reader that
 * finished cleanly is kept (unreferenced, so it does not hold the process open) for the next read.
 *
 * A page's structure tree is read in a stage of its own (see structure-stage.ts). When that stage
 * passes STRUCTURE_STAGE_MS or the reader dies in it, the document is read on from that page by
 * a new reader that reads no trees (its pages say `tagged: "unreadable"`): the geometry is read.
 */
export function readIsolated(
  data: Uint8Array,
  limits: RunnerLimits,
  onMessage: (message: IsolatedMessage) => void,
): { finished: Promise<RunnerFailure | undefined>; stop: () => void } {
  let settle: (failure: RunnerFailure | undefined) => void = () => {};
  const finished = new Promise<RunnerFailure | undefined>((resolve) => {
    settle = resolve;
  });
  let opened = false;
  const forward = (message: IsolatedMessage) => {
    if (message.type === "open") {
      if (opened) return; // the second reader's: the first already said it
      opened = true;
    }
    onMessage(message);
  };
  let stop = () => {};
  const attempt = (from: Pick<ReadJob, "fromPage" | "treesBefore">) => {
    stop = attemptRead(data, limits, from, forward, (failure, stuckOn) => {
      if (stuckOn === undefined || failure?.type === "cancelled") settle(failure);
      else attempt({ fromPage: stuckOn, treesBefore: stuckOn });
    });
  };
  attempt({ fromPage: 1, treesBefore: Number.POSITIVE_INFINITY });
  return { finished, stop: () => stop() };
}
