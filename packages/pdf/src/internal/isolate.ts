import { type ChildProcess, spawn } from "node:child_process";
import { availableParallelism } from "node:os";
import type { TaggedTable } from "../types.js";
import { PAGE_OP_NAMES, type PageOps } from "./operators.js";
import { pdfJsModuleUrl, resolvePdfJsAssets } from "./pdfjs.js";
import { MAX_STRUCTURE_NODES, tablesOfStructTree } from "./structure-tree.js";
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
  /** A tagged PDF's tables on the page (see structure-tree.ts), or why they are missing. */
  tagged?: TaggedTable[] | "too_large" | "unreadable";
}

/** The document's messages, in order: `open`, then `page` for each page, then `done`; or `error`. */
export type IsolatedMessage =
  | { type: "open"; numPages: number; ops: PageOps }
  | { type: "page"; page: IsolatedPage }
  /** The page's structure tree is being read (a stage of its own: see readIsolated). */
  | { type: "structure"; page: number }
  | { type: "done" }
  | { type: "error"; stage: "open" | "page"; page?: number; name: string; message: string };

/** What the worker is asked to read. */
interface IsolatedJob {
  data: Uint8Array;
  maxPages: number;
  maxOpsPerPage: number;
  /** Largest decoded size of one stream, and of all streams of the document, in bytes. */
  maxStreamBytes: number;
  maxDecodedBytes: number;
  /** Read structure trees (`read`), or not, since reading one failed on this document (`dropped`). */
  structure: "read" | "dropped";
  /** The first page to send (a read started again after a failed structure tree goes on). */
  fromPage: number;
}

interface WorkerSetup {
  pdfjsUrl: string;
  assets: { cMapUrl: string; standardFontDataUrl: string };
  opNames: readonly string[];
  maxStructureNodes: number;
  /** The watchdog thread (see watchdog.ts): its code and its data. */
  watchdog: { source: string; data: ReturnType<typeof watchdogData> };
}

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");
type PdfJsDocument = Awaited<ReturnType<PdfJs["getDocument"]>["promise"]>;
type PdfJsPage = Awaited<ReturnType<PdfJsDocument["getPage"]>>;

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
  readTables: typeof tablesOfStructTree,
): void {
  const { Worker } = nodeRequire("node:worker_threads") as typeof import("node:worker_threads");
  const zlib = nodeRequire("node:zlib") as typeof import("node:zlib");
  new Worker(setup.watchdog.source, { eval: true, workerData: setup.watchdog.data }).unref();
  const send = (message: IsolatedMessage) => process.send?.(message);
  // The parent went away (it ended, or was killed): nothing is left to read for. While PDF.js is
  // busy this event waits; the watchdog thread covers that case.
  process.on("disconnect", () => process.exit(0));
  // PDF.js's stray rejections (see above) concern the document being read, which fails or
  // recovers on its own; they must not end the reader.
  process.on("unhandledRejection", () => {});
  // PDF.js's legacy build carries core-js polyfills that replace the native Array.prototype.push
  // and JSON.parse/stringify with script versions (for edge cases PDF.js never meets), in both
  // its modules: about a fifth of this child's CPU went to them. Both modules are loaded up front
  // (the worker module as `globalThis.pdfjsWorker`, which PDF.js takes instead of importing it
  // later), then the natives are put back.
  const natives = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify };
  const loaded = Promise.all([
    importModule(setup.pdfjsUrl),
    importModule(new URL("pdf.worker.mjs", setup.pdfjsUrl).href),
  ]).then(([pdfjs, worker]) => {
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    Object.defineProperty(Array.prototype, "push", {
      value: natives.push,
      writable: true,
      configurable: true,
    });
    Object.assign(JSON, { parse: natives.parse, stringify: natives.stringify });
    return pdfjs as PdfJs;
  });

  const failure = (name: string, message: string) => Object.assign(new Error(message), { name });
  const fail = (stage: "open" | "page", error: unknown, page?: number) => {
    const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
    send({
      type: "error",
      stage,
      ...(page === undefined ? {} : { page }),
      name: typeof name === "string" ? name : "Error",
      message: typeof message === "string" ? message : String(error),
    });
  };

  /**
   * Step 1: every stream that starts like zlib data is inflated here, up to the limits, before
   * PDF.js sees it. PDF.js inflates into buffers that grow by doubling, outside the V8 heap: a
   * 1 MB file of compressed spaces takes gigabytes. Streams that do not inflate are left to PDF.js.
   */
  const checkDecodedSizes = (job: IsolatedJob): void => {
    const bytes = Buffer.from(job.data.buffer, job.data.byteOffset, job.data.byteLength);
    let total = 0;
    for (let at = bytes.indexOf("stream"); at >= 0; at = bytes.indexOf("stream", at + 6)) {
      let start = at + 6;
      if (bytes[start] === 0x0d) start++;
      if (bytes[start] !== 0x0a || bytes[at - 1] === 0x64 /* d of endstream */) continue;
      start++;
      if (bytes[start] !== 0x78) continue; // zlib header: deflate, 32 KB window
      const end = bytes.indexOf("endstream", start);
      let size = 0;
      try {
        size = zlib.inflateSync(bytes.subarray(start, end < 0 ? bytes.length : end), {
          maxOutputLength: job.maxStreamBytes + 1,
          finishFlush: zlib.constants.Z_SYNC_FLUSH,
        }).length;
      } catch (error) {
        if ((error as { code?: string }).code !== "ERR_BUFFER_TOO_LARGE") continue;
        size = job.maxStreamBytes + 1;
      }
      if (size > job.maxStreamBytes) {
        throw failure(
          "DecodedTooLarge",
          `a stream of the PDF decodes to more than ${job.maxStreamBytes} bytes`,
        );
      }
      total += size;
      if (total > job.maxDecodedBytes) {
        throw failure(
          "DecodedTooLarge",
          `the PDF's streams decode to more than ${job.maxDecodedBytes} bytes in all`,
        );
      }
    }
  };

  /** Step 2: open the document with eval off, the bundled CMaps and fonts, errors only. */
  const openDocument = (pdfjs: PdfJs, job: IsolatedJob) =>
    pdfjs.getDocument({
      // A Buffer arrives where a Uint8Array was sent; PDF.js refuses Buffers.
      data: new Uint8Array(job.data.buffer, job.data.byteOffset, job.data.byteLength),
      ...setup.assets,
      cMapPacked: true,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: pdfjs.VerbosityLevel.ERRORS,
    });

  /** The font's name and matrix, when PDF.js has loaded it. */
  const fontOf = (page: PdfJsPage, id: string): IsolatedPage["fonts"][string] | undefined => {
    if (!page.commonObjs.has(id)) return undefined;
    const font = page.commonObjs.get(id) as { name?: unknown; fontMatrix?: unknown };
    return {
      fontName: typeof font.name === "string" ? font.name : id,
      fontMatrix: Array.isArray(font.fontMatrix) ? (font.fontMatrix as number[]) : undefined,
    };
  };

  /**
   * Step 3, for one page: the operators the reader uses, glyphs cut down to what it reads, and
   * the fonts they name. The page's layout runs in the parent and cannot be interrupted there:
   * its input is bounded (a printed page holds a few thousand glyphs and drawn lines).
   */
  const collectPage = async (
    page: PdfJsPage,
    number: number,
    ops: Record<string, number>,
    maxOps: number,
  ): Promise<IsolatedPage> => {
    const wanted = new Set(Object.values(ops));
    const list = await page.getOperatorList();
    const page_: IsolatedPage = {
      page: number,
      view: [...page.view],
      rotate: page.rotate,
      fnArray: [],
      argsArray: [],
      fonts: {},
    };
    let glyphs = 0;
    for (let i = 0; i < list.fnArray.length; i++) {
      const fn = list.fnArray[i] as number;
      if (!wanted.has(fn)) continue;
      if (page_.fnArray.length >= maxOps || glyphs > maxOps) {
        throw failure("PageTooComplex", `page ${number} has more than ${maxOps} text or drawing operations`);
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
      } else if (fn === ops.beginMarkedContentProps) {
        // [tag, MCID] (or ["OC", optional content]): only a numeric MCID matters here.
        args = [null, typeof args?.[1] === "number" ? args[1] : null];
      } else if (fn === ops.setFont) {
        const id = String(args?.[0]);
        const font = id in page_.fonts ? undefined : fontOf(page, id);
        if (font) page_.fonts[id] = font;
      }
      page_.fnArray.push(fn);
      page_.argsArray.push(args);
    }
    return page_;
  };

  /**
   * The page's tables from its structure tree. PDF.js builds the tree whole before we can bound
   * it (a hostile tree can make that slow or huge): the parent times this stage and, should it
   * fail, reads the document again without trees (see readIsolated).
   */
  const taggedTables = async (page: PdfJsPage, number: number, job: IsolatedJob) => {
    if (job.structure === "dropped") return "unreadable" as const;
    send({ type: "structure", page: number });
    const tree = await page.getStructTree();
    if (!tree) return undefined;
    const { num, gen } = page.ref ?? { num: 0, gen: 0 };
    return readTables(tree, `${num}R${gen === 0 ? "" : gen}`, setup.maxStructureNodes);
  };

  /** Step 3: each page in order, released once sent. False when a page failed (reported). */
  const readPages = async (doc: PdfJsDocument, ops: Record<string, number>, job: IsolatedJob) => {
    for (let number = job.fromPage; number <= doc.numPages; number++) {
      let page: PdfJsPage | undefined;
      try {
        page = await doc.getPage(number);
        const collected = await collectPage(page, number, ops, job.maxOpsPerPage);
        // Asked of every page: some tagged PDFs do not say they are (no /MarkInfo); an untagged
        // one answers at once.
        const tables = await taggedTables(page, number, job);
        if (tables) collected.tagged = tables;
        send({ type: "page", page: collected });
      } catch (error) {
        fail("page", error, number);
        return false;
      } finally {
        page?.cleanup();
      }
    }
    return true;
  };

  const read = async (job: IsolatedJob) => {
    try {
      checkDecodedSizes(job);
    } catch (error) {
      fail("open", error);
      return;
    }
    const pdfjs = await loaded;
    const allOps = pdfjs.OPS as Record<string, number>;
    const ops: Record<string, number> = {};
    for (const name of setup.opNames) ops[name] = allOps[name] as number;
    const task = openDocument(pdfjs, job);
    try {
      let doc: PdfJsDocument;
      try {
        doc = await task.promise;
      } catch (error) {
        fail("open", error);
        return;
      }
      send({ type: "open", numPages: doc.numPages, ops: ops as unknown as PageOps });
      if (doc.numPages <= job.maxPages && !(await readPages(doc, ops, job))) return;
      send({ type: "done" });
    } finally {
      await task.destroy();
    }
  };

  // One job at a time: the parent sends the next only after `done` or `error`.
  process.on("message", (job: IsolatedJob) => {
    read(job).catch((error: unknown) => fail("open", error));
  });
}

/** The child's program: the reader's code, called with its setup (JSON on the command line). */
const workerSource = (setup: WorkerSetup): string =>
  `(${String(workerMain)})(${JSON.stringify(setup)}, (url) => import(url), require, ${String(tablesOfStructTree)});`;

/** Limits of one isolated read. */
export interface IsolationLimits {
  maxPages: number;
  /** Text or drawing operations one page may send back. */
  maxOpsPerPage: number;
  /** Heap of the reader's process, in MB. */
  maxHeapMb: number;
  /** Resident memory of the reader's process, in MB: heap, decoded buffers and all. */
  maxRssMb: number;
  /** Largest decoded size of one stream, and of all streams of the document, in bytes. */
  maxStreamBytes: number;
  maxDecodedBytes: number;
}

/** How an isolated read ended early, other than by an error PDF.js reported. */
export type IsolationFailure =
  | { type: "out_of_memory" }
  | { type: "crashed"; message: string }
  | { type: "cancelled" };

/**
 * Readers that finished cleanly, kept for the next documents with the same memory limits: one per
 * CPU, so a caller reading several PDFs at once (ingest's --jobs) has a warm reader for each and
 * does not pay a process start (about 0.4 s) per document.
 */
const idle: Array<{ worker: ChildProcess; memory: string }> = [];
const MAX_IDLE = availableParallelism();
const memoryKey = (limits: IsolationLimits) => `${limits.maxHeapMb}/${limits.maxRssMb}`;

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

function startWorker({ maxHeapMb, maxRssMb }: IsolationLimits): ChildProcess {
  const setup: WorkerSetup = {
    pdfjsUrl: pdfJsModuleUrl(),
    assets: resolvePdfJsAssets(),
    opNames: PAGE_OP_NAMES,
    maxStructureNodes: MAX_STRUCTURE_NODES,
    watchdog: { source: watchdogSource(), data: watchdogData({ parentPid: process.pid, maxRssMb }) },
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

/** How long one page's structure tree may take to read before the document is read without. */
export const STRUCTURE_STAGE_MS = 5000;

/** A reader taken from the warm ones, or a new one. */
function takeWorker(limits: IsolationLimits): ChildProcess {
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
): IsolationFailure {
  const stderr = stderrOf.get(worker) ?? "";
  return /heap out of memory|Reached heap limit/i.test(stderr) || stderr.includes(OVER_MEMORY_MARK)
    ? { type: "out_of_memory" }
    : { type: "crashed", message: `the reader exited (${signal ?? code})` };
}

/** One run of a reader over a document; `inStructure` tells whether it ended in a structure stage. */
function attemptRead(
  data: Uint8Array,
  limits: IsolationLimits,
  from: Pick<IsolatedJob, "structure" | "fromPage">,
  onMessage: (message: IsolatedMessage) => void,
  onEnd: (failure: IsolationFailure | undefined, inStructure: boolean) => void,
): () => void {
  const worker = takeWorker(limits);
  let over = false;
  let stage: ReturnType<typeof setTimeout> | undefined;
  const end = (failure: IsolationFailure | undefined, keep: boolean) => {
    if (over) return;
    over = true;
    const inStructure = stage !== undefined;
    clearTimeout(stage);
    worker.off("message", listen);
    worker.off("error", crashed);
    worker.off("exit", exited);
    if (keep && idle.length < MAX_IDLE && worker.connected) {
      holdOpen(worker, false);
      idle.push({ worker, memory: memoryKey(limits) });
    } else {
      worker.kill("SIGKILL");
    }
    onEnd(failure, inStructure);
  };
  const listen = (message: IsolatedMessage) => {
    if (over) return;
    clearTimeout(stage);
    stage = undefined;
    if (message.type === "structure") {
      stage = setTimeout(
        () => end({ type: "crashed", message: "reading the structure tree took too long" }, false),
        STRUCTURE_STAGE_MS,
      );
      return;
    }
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
    ...from,
  } satisfies IsolatedJob);
  return () => end({ type: "cancelled" }, false);
}

/**
 * Reads a PDF in a child process: each message of the document in order, through `onMessage`,
 * until `done` or `error`. `stop()` ends the read at once (the child is killed), and so do
 * running out of heap or the child crashing, reported as an IsolationFailure. A reader that
 * finished cleanly is kept (unreferenced, so it does not hold the process open) for the next read.
 *
 * A page's structure tree is read in a stage of its own: PDF.js builds the whole tree before it
 * can be bounded, and a hostile one can take very long or all the memory. When that stage passes
 * STRUCTURE_STAGE_MS or the reader dies in it, the document is read on from that page by a new
 * reader that reads no trees (its pages say `tagged: "unreadable"`): the geometry is read.
 */
export function readIsolated(
  data: Uint8Array,
  limits: IsolationLimits,
  onMessage: (message: IsolatedMessage) => void,
): { finished: Promise<IsolationFailure | undefined>; stop: () => void } {
  let settle: (failure: IsolationFailure | undefined) => void = () => {};
  const finished = new Promise<IsolationFailure | undefined>((resolve) => {
    settle = resolve;
  });
  let opened = false;
  let sent = 0;
  const forward = (message: IsolatedMessage) => {
    if (message.type === "open") {
      if (opened) return; // the second reader's: the first already said it
      opened = true;
    }
    if (message.type === "page") sent = message.page.page;
    onMessage(message);
  };
  let stop = attemptRead(
    data,
    limits,
    { structure: "read", fromPage: 1 },
    forward,
    (failure, inStructure) => {
      if (!inStructure || failure?.type === "cancelled") {
        settle(failure);
        return;
      }
      stop = attemptRead(data, limits, { structure: "dropped", fromPage: sent + 1 }, forward, (again) =>
        settle(again),
      );
    },
  );
  return { finished, stop: () => stop() };
}
