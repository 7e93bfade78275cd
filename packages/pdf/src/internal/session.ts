import { ParseError } from "@lianzheng/model";
import type { PdfPage, ReadPdfOptions } from "../types.js";
import {
  checkBytes,
  DEFAULT_MAX_HEAP_MB,
  DEFAULT_MAX_RSS_MB,
  pdfError,
  type RunnerFailure,
  readLimitsOf,
  runnerError,
  timeoutError,
  tooManyPagesError,
  translateOpenError,
  translatePageError,
} from "./checks.js";
import { unpackArgs } from "./glyph-pack.js";
import type { PageFont, PageOps } from "./operators.js";
import { readOperatorList } from "./operators.js";
import { displayFrame, readingQuarter, turnFrame } from "./orientation.js";
import type { IsolatedMessage, IsolatedPage, StreamLimits } from "./pdfjs-page.js";

// A PDF document read through messages from wherever PDF.js runs (a child process in Node, the
// same thread inside a browser's Web Worker): the checks, limits and errors, and the pages as the
// reader takes them. Two ways of running PDF.js, one reader.

/** The limits of one read: what PDF.js's side keeps, and its memory (where a runtime allows). */
export interface RunnerLimits extends StreamLimits {
  /** Heap and resident memory of the reader's process, in MB (Node's child only). */
  maxHeapMb: number;
  maxRssMb: number;
}

/**
 * A way of running PDF.js: it reads `data` and hands each message of the document to
 * `onMessage`, in order, until `done` or `error`. `stop()` ends the read; `finished` says how it
 * ended when that was not by a message.
 */
export type PdfJsRunner = (
  data: Uint8Array,
  limits: RunnerLimits,
  onMessage: (message: IsolatedMessage) => void,
) => { finished: Promise<RunnerFailure | undefined>; stop: () => void };

const BOLD_FONT = /bold|black|heavy|semibold|demibold|[-,]w[6-9]\b/iu;
const DEFAULT_FONT_MATRIX = [0.001, 0, 0, 0.001, 0, 0];

/** A page as the reader takes it, from the operators PDF.js's side sent. */
export function pageOf(raw: IsolatedPage, ops: PageOps): PdfPage {
  // Asked at every setFont of the page: each font's name is read once.
  const fonts = new Map<string, PageFont>();
  const fontOf = (id: string): PageFont => {
    let known = fonts.get(id);
    if (!known) {
      const font = raw.fonts[id];
      const name = font?.fontName.replace(/^[A-Z]{6}\+/u, "") ?? id;
      known = {
        fontName: name,
        bold: BOLD_FONT.test(name),
        fontMatrix: font?.fontMatrix ?? DEFAULT_FONT_MATRIX,
      };
      fonts.set(id, known);
    }
    return known;
  };
  // Read as shown (the page's /Rotate applied); a page whose text runs sideways even so (a
  // landscape table printed across a portrait page) is read turned, as a reader turns it.
  let frame = displayFrame(raw.view, raw.rotate);
  const argsArray = unpackArgs(raw, ops.showText);
  let read = readOperatorList(raw.fnArray, argsArray, ops, frame.matrix, fontOf, frame);
  const quarter = readingQuarter(read.directions);
  if (quarter !== 0) {
    frame = turnFrame(frame, quarter);
    read = readOperatorList(raw.fnArray, argsArray, ops, frame.matrix, fontOf, frame);
  }
  return {
    page: raw.page,
    width: frame.width,
    height: frame.height,
    runs: read.runs,
    rulings: read.rulings,
    ...(read.cutEdges.length > 0 ? { cutEdges: read.cutEdges } : {}),
    ...(raw.tagged === undefined ? {} : { tagged: raw.tagged }),
  };
}

/** The limits of a read, defaults filled in. */
export function limitsOf(options: ReadPdfOptions): RunnerLimits & { timeoutMs: number } {
  const { maxBytes: _, ...limits } = readLimitsOf(options);
  return {
    ...limits,
    maxHeapMb: options.maxHeapMb ?? DEFAULT_MAX_HEAP_MB,
    maxRssMb: options.maxRssMb ?? DEFAULT_MAX_RSS_MB,
  };
}

/** The messages of one read as a queue: `next()` waits for the following one, or throws a failure. */
interface MessageQueue {
  push(message: IsolatedMessage): void;
  fail(error: ParseError): void;
  next(): Promise<IsolatedMessage>;
  checkDeadline(): void;
}

function messageQueue(deadline: number, timedOut: () => ParseError, onFail: () => void): MessageQueue {
  const queue: IsolatedMessage[] = [];
  let failure: ParseError | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  const fail = (error: ParseError) => {
    failure ??= error;
    onFail();
    notify();
  };
  // A timer fires only when the event loop turns; the layout of pages already received runs
  // between microtasks, so the clock is also read at every step.
  const checkDeadline = () => {
    if (performance.now() > deadline) fail(timedOut());
    if (failure) throw failure;
  };
  return {
    push: (message) => {
      queue.push(message);
      notify();
    },
    fail,
    checkDeadline,
    next: async () => {
      for (;;) {
        checkDeadline();
        const message = queue.shift();
        if (message) return message;
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
    },
  };
}

/** The pages of an opened document, as the reader takes them, until `done`. */
async function* pagesOf(
  queue: MessageQueue,
  ops: PageOps,
  file: string | undefined,
): AsyncGenerator<PdfPage> {
  for (;;) {
    const message = await queue.next();
    if (message.type === "done") return;
    if (message.type === "error")
      throw translatePageError(message.name, message.message, message.page ?? 0, file);
    if (message.type === "page") yield pageOf(message.page, ops);
  }
}

/**
 * Starts `runner`; a PDF.js that is not installed where it runs (the Node runner's
 * `PdfJsUnavailable`, told by name: this module runs in browsers too) is the ParseError
 * `pdfjs_unavailable`.
 */
function startRunner(runner: PdfJsRunner, ...args: Parameters<PdfJsRunner>): ReturnType<PdfJsRunner> {
  try {
    return runner(...args);
  } catch (error) {
    if (!(error instanceof Error) || error.name !== "PdfJsUnavailable") throw error;
    throw new ParseError("pdfjs_unavailable", error.message, { cause: error.cause });
  }
}

/**
 * Reads a PDF with `runner`, runs `use` on its pages and ends the read afterwards, whatever
 * happens. Checks the bytes first, keeps the page and time limits (the runner keeps the others)
 * and turns PDF.js's errors into ParseErrors.
 */
export async function runPdfDocument<T>(
  data: Uint8Array,
  options: ReadPdfOptions,
  runner: PdfJsRunner,
  use: (pages: AsyncGenerator<PdfPage>, pageCount: number, checkDeadline: () => void) => Promise<T>,
): Promise<T> {
  checkBytes(data, options);
  const file = options.file;
  const { timeoutMs, ...limits } = limitsOf(options);
  const deadline = performance.now() + timeoutMs;
  let stop = () => {};
  const queue = messageQueue(
    deadline,
    () => timeoutError(timeoutMs, file),
    () => stop(),
  );
  const read = startRunner(runner, data, limits, (message) => queue.push(message));
  stop = read.stop;
  const timer = Number.isFinite(timeoutMs)
    ? setTimeout(() => queue.fail(timeoutError(timeoutMs, file)), Math.max(0, timeoutMs))
    : undefined;
  void read.finished.then((ended) => {
    const error = ended && runnerError(ended, limits, file);
    if (error) queue.fail(error);
  });
  try {
    const opened = await queue.next();
    if (opened.type === "error") throw translateOpenError(opened.name, opened.message, file);
    if (opened.type !== "open") throw pdfError("malformed_pdf", "the PDF could not be read", file);
    if (opened.numPages > limits.maxPages) throw tooManyPagesError(opened.numPages, limits.maxPages, file);
    return await use(pagesOf(queue, opened.ops, file), opened.numPages, queue.checkDeadline);
  } finally {
    clearTimeout(timer);
    read.stop();
  }
}
