/// <reference lib="webworker" />
import { isParseError } from "@lianzheng/model";
import { getDocumentProxy, getResolvedPDFJS } from "unpdf";
import type { AssetKind, FromWorker, ReadRequest, ToWorker } from "./browser-protocol.js";
import { fontLoadingStandIn } from "./font-loading.js";
import { layoutDocument } from "./layout-document.js";
import { messageCloneOf } from "./message-clone.js";
import { PAGE_OP_NAMES } from "./page-ops.js";
import {
  type PdfJsTaskLike,
  pageOpsOf,
  READ_STEPS,
  type ReadEnvironment,
  readDocument,
} from "./pdfjs-page.js";
import { type PdfJsRunner, runPdfDocument } from "./session.js";
import { MAX_STRUCTURE_NODES } from "./structure-tree.js";

// The reader's Web Worker: PDF.js (unpdf's build for runtimes without Node) runs on this thread,
// and so do the page layout and the assembly, the same code as in Node. The page that started
// the worker terminates it at the deadline: nothing here can be interrupted otherwise.

declare const self: DedicatedWorkerGlobalScope;
const post = (message: FromWorker) => self.postMessage(message);

/** Asset requests waiting for the page's answer, by id. */
const waiting = new Map<number, { resolve: (bytes: Uint8Array) => void; reject: (error: Error) => void }>();
let nextAssetId = 1;

/** Asks the page for a file PDF.js needs: the page decides where it comes from (never elsewhere). */
function requestAsset(kind: AssetKind, name: string): Promise<Uint8Array> {
  const id = nextAssetId++;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    post({ type: "asset", id, kind, name });
  });
}

/**
 * PDF.js's source of CMaps and standard font data (its `BinaryDataFactory`): each file is asked
 * of the page when PDF.js first needs it, so nothing is loaded for a PDF that needs none.
 */
class PageBinaryDataFactory {
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    if (kind === "cMapUrl") return requestAsset("cmaps", filename);
    if (kind === "standardFontDataUrl") return requestAsset("standard_fonts", filename);
    throw new Error(`${kind} ${filename} is not available to the reader`);
  }
}

type PdfJsDocument = Awaited<ReturnType<typeof getDocumentProxy>>;

// PDF.js's drawing work skipped as in Node's reader (see isolate.ts): fonts "load" into a stand-in
// font set, so no glyph outline is built, and its two sides' messages on this thread are copied
// in script. This worker draws nothing and owns its globals.
const fontLoading = fontLoadingStandIn();
Object.assign(self, {
  FontFace: fontLoading.FontFace,
  structuredClone: messageCloneOf(self.structuredClone),
});

/** Opens a document as Node's reader does: eval off, no system fonts, fonts never drawn, errors only. */
function openDocument(data: Uint8Array): PdfJsTaskLike {
  const promise = getDocumentProxy(data, {
    isEvalSupported: false,
    disableFontFace: false,
    ownerDocument: fontLoading.ownerDocument,
    useSystemFonts: false,
    useWasm: false,
    useWorkerFetch: false,
    // Any non-empty base: PDF.js asks the factory only for the kinds it has a base for.
    cMapUrl: "cmaps/",
    cMapPacked: true,
    standardFontDataUrl: "standard_fonts/",
    BinaryDataFactory: PageBinaryDataFactory,
    verbosity: 0,
  } as unknown as Parameters<typeof getDocumentProxy>[1]);
  return {
    promise: promise as unknown as PdfJsTaskLike["promise"],
    destroy: async () => {
      const doc: PdfJsDocument | undefined = await promise.catch(() => undefined);
      await doc?.destroy();
    },
  };
}

/** A zlib stream's decoded size up to `max + 1` bytes (the browser's own inflater); -1 when it does not inflate. */
async function inflatedSize(stream: Uint8Array, max: number): Promise<number> {
  const reader = new Blob([stream as BlobPart])
    .stream()
    .pipeThrough(new DecompressionStream("deflate"))
    .getReader();
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return size;
      size += value.byteLength;
      if (size > max) return max + 1;
    }
  } catch {
    // A damaged or cut stream: what inflated before the damage counts, as zlib's sync flush does.
    return size === 0 ? -1 : size;
  } finally {
    reader.cancel().catch(() => {});
  }
}

/** `indexOf` of ASCII text in bytes, from a position. */
function indexOfText(bytes: Uint8Array, text: string, from: number): number {
  const first = text.charCodeAt(0);
  for (let at = bytes.indexOf(first, from); at >= 0; at = bytes.indexOf(first, at + 1)) {
    let i = 1;
    while (i < text.length && bytes[at + i] === text.charCodeAt(i)) i++;
    if (i === text.length) return at;
  }
  return -1;
}

/**
 * PDF.js on this thread, as a runner of the shared session, reading structure trees before page
 * `treesBefore`. The page hears of each page read and each structure stage: it times the stages
 * (this thread cannot while PDF.js is in one) and starts the read again without trees if needed.
 */
const runInThread =
  (treesBefore: number): PdfJsRunner =>
  (data, limits, onMessage) => {
    let stopped = false;
    const finished = getResolvedPDFJS().then(async (pdfjs) => {
      const env: ReadEnvironment = {
        ops: pageOpsOf(pdfjs.OPS as unknown as Record<string, number>, PAGE_OP_NAMES),
        open: openDocument,
        send: (message) => {
          if (stopped) return;
          if (message.type === "structure") post(message);
          else if (message.type === "page") post({ type: "progress" });
          onMessage(message);
        },
        indexOf: (text, from) => indexOfText(data, text, from),
        inflatedSize,
      };
      const job = { data, ...limits, fromPage: 1, treesBefore, maxStructureNodes: MAX_STRUCTURE_NODES };
      await readDocument(job, env, READ_STEPS);
      return undefined;
    });
    return {
      finished: finished.catch((error: unknown) => ({ type: "crashed" as const, message: String(error) })),
      stop: () => {
        stopped = true;
      },
    };
  };

/** Reads the document the page sent, and answers with its raw layout or its ParseError. */
async function read(request: ReadRequest): Promise<void> {
  const { data, file, treesBefore, ...limits } = request;
  try {
    const document = await runPdfDocument(
      data,
      { ...limits, ...(file === undefined ? {} : { file }) },
      runInThread(treesBefore),
      (pages, _count, checkDeadline) => layoutDocument(pages, checkDeadline, file),
    );
    post({ type: "document", document });
  } catch (error) {
    if (!isParseError(error)) return post({ type: "crashed", message: String(error) });
    post({
      type: "failed",
      error: { code: error.code, message: error.message, file: error.file, at: error.at },
    });
  }
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === "read") {
    void read(message);
    return;
  }
  const request = waiting.get(message.id);
  waiting.delete(message.id);
  if ("bytes" in message) request?.resolve(message.bytes);
  else request?.reject(new Error(message.error));
};

// PDF.js leaves some rejections unhandled on damaged files (see isolate.ts); the document fails
// or recovers on its own, and the page hears of it through the read's own answer.
self.addEventListener("unhandledrejection", (event) => event.preventDefault());
