import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { type CommandSpec, parseCommandArgs } from "../command.js";
import { IngestError, type IngestErrorCode } from "../errors.js";
import { type IngestOptions, ingest, OUTPUT_FORMATS, type OutputFormat } from "../ingest.js";
import { capJobs } from "../limits.js";
import { message } from "../messages.js";
import { printable } from "../printable.js";
import { chooseProgressMode, createProgressReporter } from "../progress.js";
import { UsageError, wrongArguments } from "../usage.js";

export const spec: CommandSpec = {
  name: "ingest",
  summary: {
    en: "parse files and folders into a dataset (JSON, CSV, SQLite)",
    "zh-Hant": "將檔案與資料夾解析為資料集（JSON、CSV、SQLite）",
  },
  usage: ["ingest <paths…> [--out DIR] [--format json,csv,sqlite] [--jobs N] [--force] [--quiet|--json]"],
  options: {
    out: {
      type: "string",
      default: "out",
      value: "DIR",
      example: "dataset",
      description: {
        en: "where the dataset is written (default ./out; an earlier output there is replaced)",
        "zh-Hant": "資料集寫入的資料夾（預設 ./out；其中先前的輸出會被取代）",
      },
    },
    format: {
      type: "string",
      default: OUTPUT_FORMATS.join(","),
      value: "LIST",
      example: "csv,sqlite",
      description: {
        en: "any of json,csv,sqlite (default all); manifest.json is always written",
        "zh-Hant": "json、csv、sqlite 任選（預設全部）；manifest.json 一律寫出",
      },
    },
    jobs: {
      type: "string",
      short: "j",
      value: "N",
      example: "2",
      description: {
        en: "files parsed in parallel (default: the number of CPUs, half of it for PDFs mostly)",
        "zh-Hant": "同時解析的檔案數（預設為 CPU 數；多為 PDF 時為其一半）",
      },
    },
    force: {
      type: "boolean",
      default: false,
      description: {
        en: "parse every input again instead of reusing unchanged results",
        "zh-Hant": "全部重新解析，不沿用未變更檔案的結果",
      },
    },
    quiet: {
      type: "boolean",
      short: "q",
      default: false,
      description: { en: "print only failures and the summary", "zh-Hant": "只輸出失敗與摘要" },
    },
    json: {
      type: "boolean",
      default: false,
      description: { en: "one JSON event per line on stdout", "zh-Hant": "在標準輸出逐行輸出 JSON 事件" },
    },
  },
  notes: {
    en: "The first line says where the dataset goes. Exit 1 when an input failed, 2 for a usage error.",
    "zh-Hant": "第一行說明資料集寫入何處。有輸入失敗時結束代碼為 1，用法錯誤為 2。",
  },
  examples: [
    {
      command: "ingest seeds fixtures/pdf --out dataset",
      what: {
        en: "every PDF and text file in two folders into ./dataset",
        "zh-Hant": "兩個資料夾中的 PDF 與文字檔寫入 ./dataset",
      },
    },
    {
      command: "ingest report.pdf --format csv --jobs 1 --quiet",
      what: { en: "one file, CSV only, into ./out", "zh-Hant": "單一檔案，只寫 CSV，寫入 ./out" },
    },
  ],
};

function parseFormats(text: string): OutputFormat[] {
  const formats = text
    .split(",")
    .map((format) => format.trim())
    .filter(Boolean);
  const unknown = formats.filter((format) => !OUTPUT_FORMATS.includes(format as OutputFormat));
  if (unknown.length > 0 || formats.length === 0) {
    throw new UsageError(
      message("bad_option_value", {
        command: "ingest",
        option: "--format",
        expected: `a comma-separated list of ${OUTPUT_FORMATS.join(", ")}`,
        expectedZh: `以逗號分隔的 ${OUTPUT_FORMATS.join("、")}`,
        got: text,
      }),
      { code: "bad_option_value", command: "ingest" },
    );
  }
  return formats as OutputFormat[];
}

/**
 * `--jobs` as given, within the machine's limits (capJobs); without it, none: the pool chooses by
 * the inputs it is given (defaultJobs: fewer lanes for PDFs).
 */
export function jobsOption(text: string | undefined): { jobs?: number; note?: string } {
  return text === undefined ? {} : capJobs(parseJobs(text));
}

function parseJobs(text: string): number {
  const jobs = Number(text);
  if (!Number.isInteger(jobs) || jobs < 1) {
    throw new UsageError(
      message("bad_option_value", {
        command: "ingest",
        option: "--jobs",
        expected: "a whole number of 1 or more",
        expectedZh: "1 以上的整數",
        got: text,
      }),
      { code: "bad_option_value", command: "ingest" },
    );
  }
  return jobs;
}

/** `lianzheng ingest <paths…> --out DIR`: a dataset from files and folders. Exit 1 when an input failed. */
export async function run(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(spec, args);
  const { positionals } = parsed;
  const values = parsed.values as {
    out: string;
    format: string;
    jobs?: string;
    force: boolean;
    quiet: boolean;
    json: boolean;
  };
  if (positionals.length === 0) {
    throw wrongArguments(
      "ingest",
      { en: "ingest needs files or folders to read", zh: "ingest 需要要讀取的檔案或資料夾" },
      "none",
    );
  }
  if (values.quiet && values.json) {
    throw new UsageError(message("conflicting_options", { command: "ingest", a: "--quiet", b: "--json" }), {
      code: "conflicting_options",
      command: "ingest",
    });
  }
  const reporter = createProgressReporter(chooseProgressMode(values));

  // Ctrl-C: stop, remove the staging folder, leave DIR as it was. A second Ctrl-C exits at once.
  const interrupt = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (interrupt.signal.aborted) process.exit(130);
    interrupt.abort(new Interrupted(signal));
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  const formats = parseFormats(values.format);
  const jobs = jobsOption(values.jobs);
  if (jobs.note) process.stderr.write(`lianzheng: ${jobs.note}\n`);
  // Said once the inputs are found, before any is parsed: the first line of the run.
  const sayWhereItWrites = () => {
    if (values.json) return;
    const state = message(existsSync(values.out) ? "out_replaced" : "out_new");
    process.stdout.write(`${message("writing_to", { out: printable(resolve(values.out)), state })}\n`);
  };
  const options: IngestOptions = {
    paths: positionals,
    out: values.out,
    formats,
    ...(jobs.jobs === undefined ? {} : { jobs: jobs.jobs }),
    force: values.force,
    signal: interrupt.signal,
    onStart: (total) => {
      sayWhereItWrites();
      reporter.start(total);
    },
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
    process.stderr.write(`\nlianzheng: ${message("interrupted", { out: printable(values.out) })}\n`);
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
