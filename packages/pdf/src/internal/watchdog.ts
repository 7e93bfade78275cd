import { Worker } from "node:worker_threads";

// A process that reads untrusted input for its parent (a PDF.js reader, a parser) may be busy in
// one synchronous call for minutes: its event loop never sees the parent go ("disconnect"), nor
// notices its own memory grow outside the V8 heap (decoded streams, typed arrays). A watchdog
// thread has an event loop of its own: it checks both a few times a second and kills the process.

/** What the watchdog checks. */
export interface WatchdogOptions {
  /** The process to die with. Default: the parent now. */
  parentPid?: number;
  /** Resident memory of the whole process allowed, in MB (heap, buffers, threads). */
  maxRssMb: number;
  /** Milliseconds between checks. Default 200. */
  intervalMs?: number;
}

/** The line the watchdog writes to stderr before it kills a process over its memory limit. */
export const OVER_MEMORY_MARK = "lianzheng-watchdog: resident memory over the limit";

// The watchdog's code, as text: it runs as an eval'd worker thread in processes started with
// `node -e` (the PDF.js reader) as well as in bundled ones, so it imports nothing of ours.
const WATCHDOG_SOURCE = `
const { workerData } = require("node:worker_threads");
const { writeSync } = require("node:fs");
const { parentPid, maxRssBytes, intervalMs, mark } = workerData;
setInterval(() => {
  if (process.ppid !== parentPid) process.kill(process.pid, "SIGKILL");
  if (process.memoryUsage.rss() > maxRssBytes) {
    try { writeSync(2, "\\n" + mark + "\\n"); } catch {}
    process.kill(process.pid, "SIGKILL");
  }
}, intervalMs);
`;

/** The worker's options, plain data: also handed to a child that starts the watchdog itself. */
export function watchdogData(options: WatchdogOptions) {
  return {
    parentPid: options.parentPid ?? process.ppid,
    maxRssBytes: Number.isFinite(options.maxRssMb) ? options.maxRssMb * 1024 * 1024 : Number.MAX_VALUE,
    intervalMs: options.intervalMs ?? 200,
    mark: OVER_MEMORY_MARK,
  };
}

/** The source of the watchdog thread, for a child that cannot import this module. */
export const watchdogSource = (): string => WATCHDOG_SOURCE;

/**
 * Start the watchdog in this process: it is killed (SIGKILL) when its parent ends, or when its
 * resident memory passes `maxRssMb` (after writing {@link OVER_MEMORY_MARK} to stderr). The
 * thread does not keep the process alive.
 */
export function startWatchdog(options: WatchdogOptions): void {
  const worker = new Worker(WATCHDOG_SOURCE, { eval: true, workerData: watchdogData(options) });
  worker.unref();
}
