import { parseArgs } from "node:util";
import { IngestError, type IngestErrorCode } from "../errors.js";
import { type IngestOptions, ingest, OUTPUT_FORMATS, type OutputFormat } from "../ingest.js";
import { capJobs } from "../limits.js";
import { defaultJobs } from "../pool.js";
import { printable } from "../printable.js";
import { chooseProgressMode, createProgressReporter } from "../progress.js";
import { UsageError } from "../usage.js";

export const usage =
  "lianzheng ingest <paths…> --out DIR [--format json,csv,sqlite] [--jobs N] [--force] [--quiet|--json]";

function parseFormats(text: string): OutputFormat[] {
  const formats = text
    .split(",")
    .map((format) => format.trim())
    .filter(Boolean);
  const unknown = formats.filter((format) => !OUTPUT_FORMATS.includes(format as OutputFormat));
  if (unknown.length > 0 || formats.length === 0) {
    throw new UsageError(
      `--format takes a comma-separated list of ${OUTPUT_FORMATS.join(", ")}; got "${text}"`,
    );
  }
  return formats as OutputFormat[];
}

function parseJobs(text: string | undefined): number {
  if (text === undefined) return defaultJobs();
  const jobs = Number(text);
  if (!Number.isInteger(jobs) || jobs < 1)
    throw new UsageError(`--jobs takes a whole number of 1 or more; got "${text}"`);
  return jobs;
}

/** `lianzheng ingest <paths…> --out DIR`: a dataset from files and folders. Exit 1 when an input failed. */
export async function run(args: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: "string", default: "out" },
      format: { type: "string", default: OUTPUT_FORMATS.join(",") },
      jobs: { type: "string", short: "j" },
      force: { type: "boolean", default: false },
      quiet: { type: "boolean", short: "q", default: false },
      json: { type: "boolean", default: false },
    },
  });
  if (positionals.length === 0) throw new UsageError(`ingest needs files or folders: ${usage}`);
  if (values.quiet && values.json) throw new UsageError("--quiet and --json do not go together: pick one");
  const reporter = createProgressReporter(chooseProgressMode(values));

  // Ctrl-C: stop, remove the staging folder, leave DIR as it was. A second Ctrl-C exits at once.
  const interrupt = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (interrupt.signal.aborted) process.exit(130);
    interrupt.abort(new Interrupted(signal));
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  const jobs = capJobs(parseJobs(values.jobs));
  if (jobs.note) process.stderr.write(`lianzheng: ${jobs.note}\n`);
  const options: IngestOptions = {
    paths: positionals,
    out: values.out,
    formats: parseFormats(values.format),
    jobs: jobs.jobs,
    force: values.force,
    signal: interrupt.signal,
    onStart: (total) => reporter.start(total),
    onInputStart: (path) => reporter.fileStarted(path),
    onInput: (entry, done, total) => reporter.fileDone(entry, done, total),
  };
  try {
    const manifest = await ingest(options);
    reporter.finish(manifest, values.out);
    return manifest.totals.failed > 0 ? 1 : 0;
  } catch (error) {
    // The output folder cannot be used: one line. Someone else's files in it are a usage error
    // (exit 2, pick another folder); a lock or a disk that cannot be written, a failure (exit 1).
    if (error instanceof IngestError && OUTPUT_FAILURES.has(error.code)) {
      process.stderr.write(`lianzheng: ${printable(error.message)}\n`);
      return error.code === "output_not_ours" ? 2 : 1;
    }
    if (!interrupt.signal.aborted) throw error;
    process.stderr.write(`\nlianzheng: interrupted; ${printable(values.out)} is left as it was\n`);
    return 130;
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}

const OUTPUT_FAILURES = new Set<IngestErrorCode>(["output_not_ours", "output_locked", "output_unwritable"]);

class Interrupted extends Error {
  override readonly name = "Interrupted";
  constructor(signal: string) {
    super(`interrupted by ${signal}`);
  }
}
