import type { Manifest, ManifestEntry } from "./ingest.js";
import { type Locale, localeFromEnv, message } from "./messages.js";
import { printable } from "./printable.js";

/** How a run talks: a bar on a terminal, lines in CI or a pipe, JSON events, or nearly nothing. */
export type ProgressMode = "bar" | "lines" | "json" | "quiet";

export interface ProgressReporter {
  start(total: number): void;
  fileStarted(path: string): void;
  fileDone(entry: ManifestEntry, done: number, total: number): void;
  finish(manifest: Manifest, out: string): void;
}

interface Streams {
  stdout: Pick<NodeJS.WriteStream, "write">;
  stderr: Pick<NodeJS.WriteStream, "write"> & { isTTY?: boolean; columns?: number };
}

/** The mode for these flags and this environment: a bar only on an interactive terminal outside CI. */
export function chooseProgressMode(
  flags: { json?: boolean; quiet?: boolean },
  stderr: { isTTY?: boolean } = process.stderr,
  env: NodeJS.ProcessEnv = process.env,
): ProgressMode {
  if (flags.json) return "json";
  if (flags.quiet) return "quiet";
  const ci = env.CI !== undefined && env.CI !== "" && env.CI !== "false";
  return stderr.isTTY && !ci && env.TERM !== "dumb" ? "bar" : "lines";
}

/** One line of summary: counts by status and where the output is. */
export function summaryLine(manifest: Manifest, out: string, locale: Locale = localeFromEnv()): string {
  return message("ingest_summary", { ...manifest.totals, out: printable(out) }, locale);
}

const failureLine = (entry: ManifestEntry) => `failed  ${printable(entry.error ?? entry.path)}\n`;

function clock(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  return `${String(Math.floor(seconds / 60)).padStart(2, "0")}:${String(seconds % 60).padStart(2, "0")}`;
}

/** Keep the end of a path, which names the file, when it does not fit. */
function fit(text: string, width: number): string {
  if (width <= 1) return "";
  return text.length <= width ? text : `…${text.slice(text.length - width + 1)}`;
}

/** A reporter writing to the given streams (failures always go to stderr). */
export function createProgressReporter(
  mode: ProgressMode,
  streams: Streams = process,
  now: () => number = () => performance.now(),
): ProgressReporter {
  const { stdout, stderr } = streams;
  const started = now();
  let total = 0;
  let done = 0;
  let current = "";
  let drawn = false;
  let lastDraw = Number.NEGATIVE_INFINITY;

  // The bar is one line on stderr, redrawn in place with \r; at most ten times a second.
  const draw = (force = false) => {
    if (!force && now() - lastDraw < 100) return;
    lastDraw = now();
    // Under `script` or a serial console `columns` is 0: that is unknown, not narrow.
    const width = Math.max(40, stderr.columns || 80) - 1;
    const barWidth = 20;
    const filled = total === 0 ? barWidth : Math.round((done / total) * barWidth);
    const head = `[${"#".repeat(filled)}${"-".repeat(barWidth - filled)}] ${done}/${total} ${clock(now() - started)} `;
    stderr.write(`\r\u001b[K${head}${fit(current, width - head.length)}`);
    drawn = true;
  };
  const clearBar = () => {
    if (drawn) stderr.write("\r\u001b[K");
    drawn = false;
  };
  const json = (event: object) => stdout.write(`${JSON.stringify(event)}\n`);

  return {
    start(count) {
      total = count;
      if (mode === "json") json({ event: "start", total });
      if (mode === "bar") draw(true);
    },
    fileStarted(path) {
      current = printable(path);
      if (mode === "bar") draw();
    },
    fileDone(entry, count) {
      done = count;
      if (mode === "bar") clearBar();
      if (entry.status === "failed") stderr.write(failureLine(entry));
      if (mode === "json") json({ event: "input", done, total, ...entry });
      if (mode === "lines") {
        stdout.write(
          `[${done}/${total}] ${entry.status.padEnd(7)} ${printable(entry.path)} (${entry.ms} ms)\n`,
        );
      }
      if (mode === "bar") draw(entry.status === "failed" || done === total);
    },
    finish(manifest, out) {
      if (mode === "bar") clearBar();
      if (mode === "json")
        json({ event: "summary", out, elapsedMs: Math.round(now() - started), ...manifest.totals });
      else stdout.write(`${summaryLine(manifest, out)}\n`);
    },
  };
}
