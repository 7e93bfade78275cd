import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { describeUnexpected, type ParseOutcome, type ParseTask, runParseTask } from "./parse-task.js";
import type { ParseOptions } from "./pipeline.js";

export interface ParseAllOptions {
  options: ParseOptions;
  /** Worker threads; 1 parses on the main thread. Default: the number of CPUs. */
  jobs?: number;
  /** sha256 of inputs whose earlier result can be reused. */
  reusable?: readonly string[];
  signal?: AbortSignal;
  onStart?: (path: string) => void;
  onDone?: (outcome: ParseOutcome) => void | Promise<void>;
}

/** The default number of parallel parses: one per CPU. */
export function defaultJobs(): number {
  return availableParallelism();
}

// Built as dist/worker.js beside the bundle. When running from source (tests) it does not exist,
// and parsing stays on the main thread: output is the same either way.
const workerUrl = new URL("./worker.js", import.meta.url);
const PDF_NAME = /\.pdf$/iu;

function abortError(signal: AbortSignal): Error {
  return signal.reason instanceof Error
    ? signal.reason
    : new DOMException("the run was interrupted", "AbortError");
}

/**
 * Parse every path, at most `jobs` at a time, in worker threads when `jobs` > 1. Outcomes come
 * back in the order of `paths` whatever order they finish in, so the output does not depend on
 * `jobs`. Rejects only when `signal` aborts.
 */
export async function parseAll(paths: readonly string[], settings: ParseAllOptions): Promise<ParseOutcome[]> {
  const jobs = Math.max(1, Math.min(settings.jobs ?? defaultJobs(), paths.length));
  const reusable = [...(settings.reusable ?? [])];
  const useWorkers = jobs > 1 && workerUrl.protocol === "file:" && existsSync(fileURLToPath(workerUrl));
  // A PDF is read by PDF.js in a process of its own (one warm reader per CPU, see @lianzheng/pdf);
  // what is left on the caller's side (page layout, parsing) is a tenth of the work. So PDFs are
  // parsed on this thread, `jobs` at a time, and their readers use the cores: a worker thread
  // per PDF would add a thread that mostly waits, its own copy of every module and its own reader
  // process, and on 2 cores made --jobs 2 slower than --jobs 1. Other inputs (text, CPU-bound on
  // the caller's side) go to worker threads, started only when such an input comes.
  let pool: import("piscina").Piscina<ParseTask, ParseOutcome> | undefined;
  const inThreads = async (task: ParseTask): Promise<ParseOutcome> => {
    if (!pool) {
      const { Piscina } = await import("piscina");
      pool ??= new Piscina<ParseTask, ParseOutcome>({
        filename: workerUrl.href,
        minThreads: 1,
        maxThreads: jobs,
      });
    }
    return pool.run(task, settings.signal ? { signal: settings.signal } : {});
  };
  const run = (task: ParseTask): Promise<ParseOutcome> =>
    useWorkers && !PDF_NAME.test(task.path) ? inThreads(task) : runParseTask(task);
  const close = async () => {
    await pool?.destroy();
  };
  const outcomes: ParseOutcome[] = new Array(paths.length);
  let next = 0;
  const lane = async () => {
    while (next < paths.length) {
      if (settings.signal?.aborted) throw abortError(settings.signal);
      const index = next++;
      const path = paths[index] as string;
      settings.onStart?.(path);
      let outcome: ParseOutcome;
      try {
        outcome = await run({ path, options: settings.options, reusable });
      } catch (error) {
        if (settings.signal?.aborted) throw abortError(settings.signal);
        // A worker that died (out of memory, a native crash) fails its file, not the batch.
        outcome = { path, result: "failed", sha256: null, error: describeUnexpected(path, error), ms: 0 };
      }
      outcomes[index] = outcome;
      await settings.onDone?.(outcome);
    }
  };
  try {
    await Promise.all(Array.from({ length: jobs }, lane));
  } finally {
    await close();
  }
  if (settings.signal?.aborted) throw abortError(settings.signal);
  return outcomes;
}
