import { stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { isPdfName } from "./inputs.js";
import { maxJobs } from "./limits.js";
import { canIsolate, ParseProcess } from "./parse-process.js";
import { describeUnexpected, hashFile, type ParseOutcome, runParseTask } from "./parse-task.js";
import type { ParseOptions } from "./pipeline.js";

export interface ParseAllOptions {
  options: ParseOptions;
  /** Files parsed at once, each in a process of its own. Default: see {@link defaultJobs}. */
  jobs?: number;
  /** sha256 of inputs whose earlier result can be reused. */
  reusable?: readonly string[];
  signal?: AbortSignal;
  onStart?: (path: string) => void;
  onDone?: (outcome: ParseOutcome) => void | Promise<void>;
  /** The lanes' maker, for tests: by default a parse process each (in-process from source). */
  makeLane?: () => Lane;
}

/**
 * The default number of parallel parses: one per CPU; for a batch of PDFs mostly, one per two
 * CPUs. A PDF keeps two processes busy, its reader running PDF.js while the parse process lays
 * out the pages it has sent, so a lane per CPU would set twice as many processes as CPUs against
 * each other (on 2 CPUs their CPU time grew by a third, and the batch took longer than on one lane).
 */
export function defaultJobs(paths: readonly string[] = [], cpus = availableParallelism()): number {
  const pdfs = paths.filter(isPdfName).length;
  return pdfs > 0 && pdfs * 2 >= paths.length ? Math.max(1, Math.round(cpus / 2)) : cpus;
}

function abortError(signal: AbortSignal): Error {
  return signal.reason instanceof Error
    ? signal.reason
    : new DOMException("the run was interrupted", "AbortError");
}

/** Parses files one after another, in one parse process or (running from source) in this one. */
export interface Lane {
  parse(path: string, options: ParseOptions): Promise<ParseOutcome>;
  /** Names the file this lane parses next (its PDF read may start early); in-process lanes ignore it. */
  ahead?(path: string, options: ParseOptions): void;
  kill(): void;
  close(): void;
}

function inProcessLane(reusable: ReadonlySet<string>): Lane {
  return {
    parse: (path, options) => runParseTask({ path, options, reusable }),
    kill: () => {},
    close: () => {},
  };
}

/**
 * The order to start parses in: largest file first (then in the given order), so that the long
 * parses start early and the lanes finish together; a big PDF started last would run alone
 * while the other lanes wait. Sizes that cannot be read count as 0.
 */
export async function largestFirst(paths: readonly string[]): Promise<number[]> {
  const sizes = await Promise.all(
    paths.map((path) =>
      stat(path).then(
        (info) => info.size,
        () => 0,
      ),
    ),
  );
  return paths.map((_, index) => index).sort((a, b) => (sizes[b] ?? 0) - (sizes[a] ?? 0) || a - b);
}

/**
 * Parse every path, at most `jobs` at a time, each in a parse process (see parse-process.ts) on
 * every `jobs` value, 1 included; with several, the largest files start first (`largestFirst`).
 * Outcomes come back in the order of `paths` whatever order they finish in, so the output does
 * not depend on `jobs`. Rejects only when `signal` aborts; the
 * parse processes are killed at once then.
 */
export async function parseAll(paths: readonly string[], settings: ParseAllOptions): Promise<ParseOutcome[]> {
  const jobs = Math.max(1, Math.min(settings.jobs ?? Math.min(defaultJobs(paths), maxJobs()), paths.length));
  const reusable = settings.reusable ?? [];
  const isolate = canIsolate();
  const shared = new Set(reusable);
  // As many lanes as there are PDFs named so start their PDF reader with them (a PDF named
  // otherwise is read all the same, its reader started when it comes).
  const pdfs = paths.filter(isPdfName).length;
  const lanes: Lane[] = Array.from({ length: jobs }, (_, lane) =>
    settings.makeLane
      ? settings.makeLane()
      : isolate
        ? new ParseProcess(reusable, { warmPdf: lane < pdfs })
        : inProcessLane(shared),
  );
  const { signal } = settings;
  let stop: () => void = () => {};
  const stopped = new Promise<never>((_, reject) => {
    stop = () => reject(abortError(signal as AbortSignal));
  });
  stopped.catch(() => {});
  const onAbort = () => {
    for (const lane of lanes) lane.kill();
    stop();
  };
  signal?.addEventListener("abort", onAbort, { once: true });

  const outcomes: ParseOutcome[] = new Array(paths.length);
  const order = jobs > 1 ? await largestFirst(paths) : paths.map((_, index) => index);
  let next = 0;
  const take = () => order[next++] as number;
  const runLane = async (lane: Lane) => {
    let reserved: number | undefined;
    while (reserved !== undefined || next < paths.length) {
      if (signal?.aborted) throw abortError(signal);
      const index = reserved ?? take();
      const path = paths[index] as string;
      settings.onStart?.(path);
      const parsing = Promise.race([(async () => lane.parse(path, settings.options))(), stopped]).then(
        (outcome) => ({ outcome }),
        (error: unknown) => ({ error }),
      );
      // The lane takes its next file now and names it ahead, so that its PDF reader goes on to it
      // the moment the current read ends: only while a file is left for every other lane, and
      // once every lane has taken its first (largest-first order holds at the start).
      await Promise.resolve();
      reserved = paths.length - next >= jobs ? take() : undefined;
      if (reserved !== undefined) lane.ahead?.(paths[reserved] as string, settings.options);
      const settled = await parsing;
      let outcome: ParseOutcome;
      if ("outcome" in settled) outcome = settled.outcome;
      else {
        if (signal?.aborted) throw abortError(signal);
        outcome = {
          path,
          result: "failed",
          sha256: null,
          error: describeUnexpected(path, settled.error),
          ms: 0,
        };
      }
      // A process that died said nothing about its file: hash it here, for the manifest.
      if (outcome.result === "failed" && outcome.sha256 === null) outcome.sha256 = await hashFile(path);
      outcomes[index] = outcome;
      await settings.onDone?.(outcome);
    }
  };
  try {
    if (signal?.aborted) throw abortError(signal);
    await Promise.all(lanes.map(runLane));
  } finally {
    signal?.removeEventListener("abort", onAbort);
    for (const lane of lanes) lane.close();
  }
  if (signal?.aborted) throw abortError(signal);
  return outcomes;
}
