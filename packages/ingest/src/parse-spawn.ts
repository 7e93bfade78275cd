import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { stat } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { YOUNG_GENERATION_FLAGS } from "@lianzheng/pdf/process";
import { isPdfName, walkFolder } from "./inputs.js";
import { PARSE_HEAP_MB, PARSE_RSS_MB } from "./limits.js";

// Starting parse processes (see parse-process.ts), apart from the rest of the pipeline: the CLI
// starts one for `ingest` before it loads the pipeline and the publishers (about a third of a
// second), so the parse process, and the PDF reader it starts, load meanwhile.

// Built as dist/parse-child.js beside the bundle. Running from source (unit tests) it does not
// exist: parsing then stays in this process, with the same output.
const childUrl = new URL("./parse-child.js", import.meta.url);

/** Whether inputs can be parsed in child processes (the package is built). */
export function canIsolate(): boolean {
  return childUrl.protocol === "file:" && existsSync(fileURLToPath(childUrl));
}

// Parse processes alive now: killed when this process exits, however it exits. A SIGKILL runs no
// handler; then their watchdogs see the parent gone.
const live = new Set<ChildProcess>();
let killOnExit = false;

/** A new parse process; `warmPdf`: its PDF reader starts with it (warmPdfReader). */
export function spawnParseProcess(warmPdf: boolean): ChildProcess {
  const child = spawn(
    process.execPath,
    [
      `--max-old-space-size=${PARSE_HEAP_MB}`,
      ...YOUNG_GENERATION_FLAGS,
      fileURLToPath(childUrl),
      "--max-rss-mb",
      String(PARSE_RSS_MB),
      ...(warmPdf ? ["--warm-pdf"] : []),
    ],
    { stdio: ["ignore", "ignore", "pipe", "ipc"], serialization: "advanced" },
  );
  live.add(child);
  child.once("exit", () => live.delete(child));
  // A message sent to a process that just died fails here; its exit fails the file instead.
  child.on("error", () => {});
  if (!killOnExit) {
    killOnExit = true;
    process.on("exit", () => {
      for (const process of live) process.kill("SIGKILL");
    });
  }
  return child;
}

/** Lets this process end while `child` lives (a process started ahead, not yet used), or not. */
function holdOpen(child: ChildProcess, hold: boolean): void {
  for (const handle of [child, child.channel, child.stderr] as Array<{ ref(): void; unref(): void } | null>) {
    if (hold) handle?.ref();
    else handle?.unref();
  }
}

let started: { child: ChildProcess; warmPdf: boolean } | undefined;
// Set by the first parse that looks for one: a process started after it would go unused.
let looked = false;

/**
 * Starts a parse process ahead for the paths of an `ingest` command line (its arguments as
 * given: options among them are files or folders that do not exist, and are passed over), its
 * PDF reader started with it where a PDF is named or lies in a folder named. A head start only:
 * the first parse takes it (`takeStarted`); unused, it is killed when this process exits.
 */
export async function startAhead(args: readonly string[]): Promise<void> {
  if (started !== undefined || looked || !canIsolate()) return;
  const warmPdf = await namesPdf(args);
  if (started !== undefined || looked) return;
  const child = spawnParseProcess(warmPdf);
  holdOpen(child, false);
  started = { child, warmPdf };
}

/** The process started ahead, if it is alive and was started as asked (`warmPdf`); once. */
export function takeStarted(warmPdf: boolean): ChildProcess | undefined {
  looked = true;
  const taken = started;
  if (taken === undefined || taken.warmPdf !== warmPdf || !taken.child.connected) return undefined;
  started = undefined;
  holdOpen(taken.child, true);
  return taken.child;
}

/** Folder entries looked at, at most, to find a PDF in the folders named. */
const MAX_ENTRIES_LOOKED_AT = 2000;

/** Whether the paths name a PDF or a folder holding one (hidden entries skipped, as listInputs does). */
export async function namesPdf(paths: readonly string[]): Promise<boolean> {
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (info?.isFile() && isPdfName(path)) return true;
    const options = { maxEntries: MAX_ENTRIES_LOOKED_AT, skipUnreadable: true };
    if (info?.isDirectory() && (await walkFolder(path, isPdfName, options))) return true;
  }
  return false;
}
