import { availableParallelism, totalmem } from "node:os";

// The limits of one parse. Every input is parsed in a process of its own (see parse-process.ts):
// one that runs away costs that input, never the batch. A PDF's reader (PDF.js) runs in a child
// of that process with limits of its own (@lianzheng/pdf: 1024 MB heap, 1536 MB resident).

/** Heap of a parse process, in MB. */
export const PARSE_HEAP_MB = 1536;
/** Resident memory of a parse process, in MB (heap, buffers and all): its watchdog kills it past this. */
export const PARSE_RSS_MB = 2048;
/** Resident memory of a PDF reader under a parse process, in MB (@lianzheng/pdf's default). */
const PDF_READER_RSS_MB = 1536;
/** Time allowed to parse one input when the options set none (the PDF reader's default). */
export const DEFAULT_PARSE_TIMEOUT_MS = 120_000;
/** A parse process outlives the document's deadline by this much before it is killed: the reader's own timeout gives the better message. */
export const DEADLINE_GRACE_MS = 2_000;

/**
 * The most parses run at once: one per CPU (more only queue for the cores and multiply memory),
 * and no more than the machine's memory holds at each parse's limits.
 */
export function maxJobs(cpus = availableParallelism(), memoryBytes = totalmem()): number {
  const perJob = (PARSE_RSS_MB + PDF_READER_RSS_MB) * 1024 * 1024;
  return Math.max(1, Math.min(cpus, Math.floor(memoryBytes / perJob)));
}

/** `--jobs` brought within {@link maxJobs}, with a note to print when it was lowered. */
export function capJobs(requested: number, cap = maxJobs()): { jobs: number; note?: string } {
  if (requested <= cap) return { jobs: requested };
  return {
    jobs: cap,
    note: `--jobs ${requested} lowered to ${cap}: one parse per CPU, within memory (each parse may take ${PARSE_RSS_MB + PDF_READER_RSS_MB} MB)`,
  };
}
