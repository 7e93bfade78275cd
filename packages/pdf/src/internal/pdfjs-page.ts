import type { TaggedTable } from "../types.js";
import type { IntArray, PackedGlyphs } from "./glyph-pack.js";
import type { PageOps } from "./operators.js";
import { tablesOfStructTree } from "./structure-tree.js";

// What the reader takes from PDF.js, whichever way PDF.js runs: in a Node child process
// (isolate.ts) or in a browser's Web Worker (browser-worker.ts). Both send the same messages and
// the same pages, and the same code (session.ts, page.ts, assemble.ts) turns them into a document.
//
// `collectPage`, `checkDecodedSizes`, `readDocument` and the steps it calls are turned into source
// text for the Node child (which is started with `node -e` and cannot import this module): they
// must use nothing from outside themselves but their arguments and the language's own globals.

/** One page as PDF.js's side sends it: the operators the reader uses, and the fonts they name. */
export interface IsolatedPage {
  page: number;
  view: number[];
  /** The page's /Rotate, clockwise degrees (0, 90, 180, 270). */
  rotate: number;
  /** The operations, in order. */
  fnArray: IntArray;
  /**
   * How each operation's arguments were sent (see `ARGS_SENT`): as numbers, as packed glyphs, as a
   * font and size, or as they are (the next entry of `argsArray`). A typed array and not a value
   * per operation: V8's serializer writes an array of small arrays one object at a time, and that
   * copy (with the pipe's write) was about 8% of the reader's CPU on the producer matrix.
   */
  shapes: IntArray;
  /** The arguments of the operations whose shape is `ARGS_SENT.asGiven`, in order. */
  argsArray: unknown[];
  /** The font ids `setFont` operations name, each once (a packed `setFont` gives an index). */
  fontIds: string[];
  /** Fonts by PDF.js id: the font's name (subset prefix included) and matrix, when known. */
  fonts: Record<string, { fontName: string; fontMatrix: number[] | undefined }>;
  /** The glyphs of the page's `showText` operations, one operation's after another. */
  glyphs: PackedGlyphs;
  /**
   * The numbers of operations that take numbers only (a matrix, a move, a spacing), one after
   * another, and of packed `setFont`s (the font's index in `fontIds`, then the size).
   */
  numbers: Float64Array;
  /** A tagged PDF's tables on the page (see structure-tree.ts), or why they are missing. */
  tagged?: TaggedTable[] | "too_large" | "unreadable";
}

/** The document's messages, in order: `open`, then `page` for each page, then `done`; or `error`. */
export type IsolatedMessage =
  | { type: "open"; numPages: number; ops: PageOps }
  | { type: "page"; page: IsolatedPage }
  /**
   * The page's structure tree is being read: a stage of its own, which the runner times (PDF.js
   * builds the whole tree before it can be bounded; see StructureStage in session.ts). The
   * stage ends with the next message.
   */
  | { type: "structure"; page: number }
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
  /** The page's structure tree as PDF.js serializes it (null when the PDF has none). */
  getStructTree(): Promise<unknown>;
  /** The page's object reference (in the ids of its marked content). */
  ref?: { num: number; gen: number } | null;
}

/** A page's glyphs while `collectPage` packs them (see PackedGlyphs in glyph-pack.ts). */
interface GlyphsBeingPacked {
  text: string;
  lengths: number[];
  widths: number[];
  kinds: number[];
}

/**
 * Appends one `showText`'s glyphs to the page's packed glyphs and returns the operation's new
 * arguments, `[start, count]`: an object per glyph made copying a page between the runtimes most
 * of that copy's time.
 */
export function packGlyphs(shown: unknown[], into: GlyphsBeingPacked): [number, number] {
  const start = into.kinds.length;
  for (const glyph of shown) {
    if (typeof glyph !== "object" || glyph === null) {
      // A TJ adjustment (a number), or nothing.
      const adjustment = typeof glyph === "number";
      into.lengths.push(0);
      into.widths.push(adjustment ? glyph : Number.NaN);
      into.kinds.push(adjustment ? 1 : 0);
      continue;
    }
    const { unicode, width, isSpace } = glyph as Record<string, unknown>;
    const text = typeof unicode === "string" ? unicode : "";
    into.text += text;
    into.lengths.push(text.length);
    into.widths.push(typeof width === "number" ? width : Number.NaN);
    into.kinds.push(isSpace === true ? 3 : 2);
  }
  return [start, shown.length];
}

/**
 * The numbers of an operation that takes numbers only (a matrix, a move, a spacing), packed too:
 * an array per operation (a Float32Array in each text matrix) made most of the rest of that
 * copy's cost. The reader takes a text matrix flat as well. Undefined for any other operation.
 */
export function numbersOf(
  fn: number,
  args: unknown,
  ops: Record<string, number>,
): ArrayLike<number> | undefined {
  if (!Array.isArray(args) || args.length === 0) return undefined;
  if (fn === ops.setTextMatrix && args.length === 1 && args[0] instanceof Float32Array) return args[0];
  return args.every((value) => typeof value === "number") ? (args as number[]) : undefined;
}

/**
 * A `setFont`'s arguments as PDF.js gives them, `[id, size]`, packed: the id's index in `ids`
 * (added when new) and the size appended to `numbers`. False for arguments of any other shape.
 */
export function packFont(args: unknown[] | null, ids: string[], numbers: number[]): boolean {
  if (args?.length !== 2 || typeof args[0] !== "string" || typeof args[1] !== "number") return false;
  let index = ids.indexOf(args[0]);
  if (index < 0) index = ids.push(args[0]) - 1;
  numbers.push(index, args[1]);
  return true;
}

/**
 * Whole numbers in the smallest typed array that holds them all: most of a page's are operator
 * codes, glyph lengths and small counts, which a byte holds, and fewer bytes leave the reader sooner.
 */
export function intArrayOf(values: readonly number[]): IntArray {
  let least = 0;
  let most = 0;
  for (const value of values) {
    if (value < least) least = value;
    if (value > most) most = value;
  }
  // Constructors, not `from`: that walks an array through its iterator, several times slower.
  if (least >= 0) {
    return most <= 0xff
      ? new Uint8Array(values)
      : most <= 0xffff
        ? new Uint16Array(values)
        : new Uint32Array(values);
  }
  return least >= -0x80 && most <= 0x7f ? new Int8Array(values) : new Int32Array(values);
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
  pack: Pick<ReadSteps, "packGlyphs" | "numbersOf" | "intArrayOf" | "packFont">,
): Promise<IsolatedPage> {
  const wanted = new Set(Object.values(ops));
  const list = await page.getOperatorList();
  const fonts: IsolatedPage["fonts"] = {};
  const fontOf = (id: string) => {
    if (!page.commonObjs.has(id)) return undefined;
    const font = page.commonObjs.get(id) as { name?: unknown; fontMatrix?: unknown };
    return {
      fontName: typeof font.name === "string" ? font.name : id,
      fontMatrix: Array.isArray(font.fontMatrix) ? (font.fontMatrix as number[]) : undefined,
    };
  };
  const tooComplex = () => {
    const message = `page ${number} has more than ${maxOps} text or drawing operations`;
    return Object.assign(new Error(message), { name: "PageTooComplex" });
  };
  // ARGS_SENT of glyph-pack.ts, written out: this function runs as source text.
  const AS_GIVEN = -1;
  const FONT = -2;
  const packed: GlyphsBeingPacked = { text: "", lengths: [], widths: [], kinds: [] };
  const fns: number[] = [];
  const shapes: number[] = [];
  const numbers: number[] = [];
  const argsArray: unknown[] = [];
  const fontIds: string[] = [];
  let glyphs = 0;
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i] as number;
    if (!wanted.has(fn)) continue;
    if (fns.length >= maxOps) throw tooComplex();
    const given = list.argsArray[i] as unknown[] | null;
    let args: unknown = given;
    let shape = AS_GIVEN;
    const flat = fn === ops.showText ? undefined : pack.numbersOf(fn, given, ops);
    if (flat) {
      for (let j = 0; j < flat.length; j++) numbers.push(flat[j] as number);
      shape = flat.length;
    } else if (fn === ops.showText && Array.isArray(given?.[0])) {
      // Counted before the glyphs are copied: one showText can hold millions.
      glyphs += (given[0] as unknown[]).length;
      if (glyphs > maxOps) throw tooComplex();
      shape = pack.packGlyphs(given[0] as unknown[], packed)[1];
    } else if (fn === ops.beginMarkedContentProps) {
      // [tag, MCID] (or ["OC", optional content]): only a numeric MCID matters here.
      args = [null, typeof given?.[1] === "number" ? given[1] : null];
    } else if (fn === ops.setFont) {
      const id = String(given?.[0]);
      const font = id in fonts ? undefined : fontOf(id);
      if (font) fonts[id] = font;
      if (pack.packFont(given, fontIds, numbers)) shape = FONT;
    }
    fns.push(fn);
    shapes.push(shape);
    if (shape === AS_GIVEN) argsArray.push(args);
  }
  return {
    page: number,
    view: [...page.view],
    rotate: page.rotate,
    fnArray: pack.intArrayOf(fns),
    shapes: pack.intArrayOf(shapes),
    argsArray,
    fontIds,
    fonts,
    glyphs: {
      text: packed.text,
      lengths: pack.intArrayOf(packed.lengths),
      widths: new Float64Array(packed.widths),
      kinds: new Uint8Array(packed.kinds),
    },
    numbers: new Float64Array(numbers),
  };
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

/** What one read is asked to do: the bytes, PDF.js's side's limits, and which pages. */
export interface ReadJob extends StreamLimits {
  data: Uint8Array;
  /** The first page to send (a read started again after a structure tree failed goes on from it). */
  fromPage: number;
  /**
   * Structure trees are read for the pages before this one; later pages say `tagged:
   * "unreadable"` (reading one failed on this document). Infinity: every page's.
   */
  treesBefore: number;
  /** Nodes of one page's structure tree read at most (MAX_STRUCTURE_NODES). */
  maxStructureNodes: number;
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
  /**
   * Sends a message; what it returns settles once the message has left. The reader waits for it:
   * PDF.js's work runs on promises alone, and a message too big for the pipe at once waits for
   * the event loop, which such work never lets turn, so a page could wait there while the
   * reader read on (the parent, timing a structure stage, took it for one stuck).
   */
  send(message: IsolatedMessage): void | Promise<void>;
  indexOf(text: string, from: number): number;
  inflatedSize(stream: Uint8Array, max: number): number | Promise<number>;
}

/** The steps `readDocument` calls, passed in: in the Node child they arrive as code. */
export interface ReadSteps {
  collectPage: typeof collectPage;
  packGlyphs: typeof packGlyphs;
  numbersOf: typeof numbersOf;
  intArrayOf: typeof intArrayOf;
  packFont: typeof packFont;
  checkDecodedSizes: typeof checkDecodedSizes;
  taggedTables: typeof taggedTables;
  readPages: typeof readPages;
  errorMessage: typeof errorMessage;
  tablesOfStructTree: typeof tablesOfStructTree;
}

/** The error message of a failed stage, as data that crosses to the reader. */
export function errorMessage(
  stage: "open" | "page",
  error: unknown,
  page?: number,
): Extract<IsolatedMessage, { type: "error" }> {
  const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
  return {
    type: "error",
    stage,
    ...(page === undefined ? {} : { page }),
    name: typeof name === "string" ? name : "Error",
    message: typeof message === "string" ? message : String(error),
  };
}

/**
 * The page's tables from its structure tree, in a stage of its own (announced by a `structure`
 * message, which the runner times): PDF.js builds the whole tree before it can be bounded, and a
 * hostile one takes very long. Asked of every page: some tagged PDFs do not say they are (no
 * /MarkInfo); an untagged one answers at once. Past `job.treesBefore` the page's tree is not read.
 */
export async function taggedTables(
  page: PdfJsPageLike,
  number: number,
  job: ReadJob,
  env: ReadEnvironment,
  steps: ReadSteps,
): Promise<IsolatedPage["tagged"]> {
  if (number >= job.treesBefore) return "unreadable";
  await env.send({ type: "structure", page: number });
  const tree = await page.getStructTree();
  if (!tree) return undefined;
  const { num, gen } = page.ref ?? { num: 0, gen: 0 };
  return steps.tablesOfStructTree(tree, `${num}R${gen === 0 ? "" : gen}`, job.maxStructureNodes);
}

/** Each page from `job.fromPage` on, in order, released once sent. False when one failed (sent). */
export async function readPages(
  doc: PdfJsDocumentLike,
  job: ReadJob,
  env: ReadEnvironment,
  steps: ReadSteps,
): Promise<boolean> {
  for (let number = job.fromPage; number <= doc.numPages; number++) {
    let page: Awaited<ReturnType<PdfJsDocumentLike["getPage"]>> | undefined;
    try {
      page = await doc.getPage(number);
      const collected = await steps.collectPage(page, number, env.ops, job.maxOpsPerPage, steps);
      const tables = await steps.taggedTables(page, number, job, env, steps);
      if (tables) collected.tagged = tables;
      await env.send({ type: "page", page: collected });
    } catch (error) {
      await env.send(steps.errorMessage("page", error, number));
      return false;
    } finally {
      page?.cleanup();
    }
  }
  return true;
}

/**
 * Reads one document with PDF.js and sends its messages: `open`, a `page` for each page (none
 * past `maxPages`: the reader refuses the document), `done`; or an `error` naming the stage and
 * the page. Each page is released once sent; the document is destroyed at the end.
 */
export async function readDocument(job: ReadJob, env: ReadEnvironment, steps: ReadSteps): Promise<void> {
  try {
    await steps.checkDecodedSizes(job.data, job, env.indexOf, env.inflatedSize);
  } catch (error) {
    return env.send(steps.errorMessage("open", error));
  }
  const task = env.open(job.data);
  try {
    let doc: PdfJsDocumentLike;
    try {
      doc = await task.promise;
    } catch (error) {
      return env.send(steps.errorMessage("open", error));
    }
    await env.send({ type: "open", numPages: doc.numPages, ops: env.ops as unknown as PageOps });
    if (doc.numPages <= job.maxPages && !(await steps.readPages(doc, job, env, steps))) return;
    await env.send({ type: "done" });
  } finally {
    await task.destroy();
  }
}

/** Every step `readDocument` calls, as both runners pass them (the Node child as source text). */
export const READ_STEPS: ReadSteps = {
  collectPage,
  packGlyphs,
  numbersOf,
  intArrayOf,
  packFont,
  checkDecodedSizes,
  taggedTables,
  readPages,
  errorMessage,
  tablesOfStructTree,
};
