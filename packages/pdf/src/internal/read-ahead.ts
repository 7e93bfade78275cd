import { readIsolated, whenReaderFree } from "./isolate.js";
import type { IsolatedMessage } from "./pdfjs-page.js";
import type { PdfJsRunner, RunnerLimits } from "./session.js";

// A batch reads PDF after PDF. Between two of them the reader sat idle while its caller laid out
// the last pages, parsed and validated the document and fetched the next file: on the bench's 24
// PDFs, about a tenth of the reader's time. A caller that knows the next PDF names it ahead; its
// read starts on the reader the moment the current read ends, its messages kept until the caller
// asks for it (`readClaimingAhead`).

interface AheadRead {
  data: Uint8Array;
  limits: RunnerLimits;
  /** Messages that came before the read was claimed. */
  kept: IsolatedMessage[];
  /** Who takes the messages once it is claimed. */
  sink: ((message: IsolatedMessage) => void) | undefined;
  /** The read, once a reader was free for it. */
  read: ReturnType<PdfJsRunner> | undefined;
  stopWaiting: () => void;
}

const sameLimits = (a: RunnerLimits, b: RunnerLimits): boolean =>
  Object.keys(a).length === Object.keys(b).length &&
  Object.entries(a).every(([key, value]) => Object.is(value, (b as unknown as Record<string, unknown>)[key]));

const sameBytes = (a: Uint8Array, b: Uint8Array): boolean =>
  a === b || (a.byteLength === b.byteLength && Buffer.compare(a, b) === 0);

/** Two at most: a caller names the next PDF while the one before may not be taken yet. */
const MAX_AHEAD = 2;

/**
 * Reads named ahead over `read` (a runner), each started by `whenFree` when a reader finishes
 * its read: `readAhead` names one, `cancel` drops one, and `runner` reads, taking over a read
 * named ahead for its bytes and limits.
 */
export function readsAhead(
  read: PdfJsRunner,
  whenFree: (limits: RunnerLimits, start: () => void) => () => void,
) {
  // Oldest first.
  const aheads: AheadRead[] = [];
  const stop = (entry: AheadRead) => {
    const at = aheads.indexOf(entry);
    if (at >= 0) aheads.splice(at, 1);
    entry.stopWaiting();
    entry.read?.stop();
  };
  return {
    /**
     * Reads `data` as soon as a reader with these limits finishes the document it reads now;
     * nothing starts if no read ends meanwhile. A third read named ahead drops the oldest.
     */
    readAhead(data: Uint8Array, limits: RunnerLimits): void {
      if (aheads.length >= MAX_AHEAD) stop(aheads[0] as AheadRead);
      const entry: AheadRead = {
        data,
        limits,
        kept: [],
        sink: undefined,
        read: undefined,
        stopWaiting: () => {},
      };
      entry.stopWaiting = whenFree(limits, () => {
        entry.read = read(data, limits, (message) => {
          if (entry.sink) entry.sink(message);
          else entry.kept.push(message);
        });
      });
      aheads.push(entry);
    },
    /** Drops the reads named ahead for these bytes and not taken: they stop waiting, or are stopped. */
    cancel(data: Uint8Array): void {
      for (const entry of aheads.filter((ahead) => sameBytes(ahead.data, data))) stop(entry);
    },
    /**
     * Takes over the read named ahead for these bytes and limits (its messages so far first, in
     * order), else reads them anew. Such a read ahead that has not started yet is dropped.
     */
    runner: ((data, limits, onMessage) => {
      const entry = aheads.find((ahead) => sameBytes(ahead.data, data) && sameLimits(ahead.limits, limits));
      if (entry?.read) {
        aheads.splice(aheads.indexOf(entry), 1);
        entry.sink = onMessage;
        for (const message of entry.kept.splice(0)) onMessage(message);
        return entry.read;
      }
      if (entry) stop(entry);
      return read(data, limits, onMessage);
    }) satisfies PdfJsRunner,
  };
}

/** This process's reads ahead, over its PDF.js child processes (isolate.ts). */
const nodeReadsAhead = readsAhead(readIsolated, whenReaderFree);
export const readAhead = nodeReadsAhead.readAhead;
export const cancelReadAhead = nodeReadsAhead.cancel;
/** The Node runner: a read named ahead is taken over where it got to. */
export const readClaimingAhead: PdfJsRunner = nodeReadsAhead.runner;
