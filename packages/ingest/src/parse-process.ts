import type { ChildProcess } from "node:child_process";
import { ParseError } from "@lianzheng/model";
import { OVER_MEMORY_MARK } from "@lianzheng/pdf/process";
import { DEADLINE_GRACE_MS, DEFAULT_PARSE_TIMEOUT_MS, PARSE_RSS_MB } from "./limits.js";
import { spawnParseProcess, takeStarted } from "./parse-spawn.js";
import type { ParseOutcome } from "./parse-task.js";
import { describeUnexpected } from "./parse-task.js";
import type { ParseOptions } from "./pipeline.js";

export { canIsolate } from "./parse-spawn.js";

// Each input is parsed in a child process, never on the CLI's own thread: an input that runs away
// (a parser's memory, a stack overflow, a native crash, a parse past its deadline) ends that
// process, and its input fails with one line while the batch goes on. A process and not a worker
// thread: a thread at its heap limit can abort the whole process (nodejs/node#47224). Its heap is
// capped by V8, its resident memory by a watchdog thread, its time by the parent.

/** What the parent sends a parse process. */
export type ParseRequest =
  | { type: "reusable"; hashes: readonly string[] }
  | { type: "parse"; path: string; options: ParseOptions }
  /** The file the next `parse` will name: its PDF read may start early (readAheadFor). */
  | { type: "ahead"; path: string; options: ParseOptions };

const STDERR_KEPT = 4096;

/** The line of an input whose process ended it, in the form of a ParseError's line. */
function failureLine(path: string, stderr: string, exit: string): string {
  if (
    /heap out of memory|Reached heap limit|Maximum call stack/i.test(stderr) ||
    stderr.includes(OVER_MEMORY_MARK)
  ) {
    return new ParseError(
      "file_too_large",
      `parsing it needs more than ${PARSE_RSS_MB} MB of memory; the rest of the batch goes on`,
      { file: path },
    ).toLine();
  }
  return describeUnexpected(path, new Error(`the parse process ended (${exit})`));
}

/**
 * One parse process, reused for file after file. `parse` never rejects: a process that dies or
 * passes the deadline is killed and its file `failed`; the next `parse` starts a new process.
 */
export class ParseProcess {
  #child: ChildProcess | undefined;
  #stderr = "";
  readonly #reusable: readonly string[];
  readonly #warmPdf: boolean;

  /** `warmPdf`: the files it will parse hold PDFs; its PDF reader starts with it (warmPdfReader). */
  constructor(reusable: readonly string[], { warmPdf = false } = {}) {
    this.#reusable = reusable;
    this.#warmPdf = warmPdf;
  }

  #start(): ChildProcess {
    const child = takeStarted(this.#warmPdf) ?? spawnParseProcess(this.#warmPdf);
    this.#stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      this.#stderr = `${this.#stderr}${chunk.toString("utf8")}`.slice(-STDERR_KEPT);
    });
    // The reusable hashes go once per process, not with every file.
    if (this.#reusable.length > 0)
      child.send({ type: "reusable", hashes: this.#reusable } satisfies ParseRequest);
    this.#child = child;
    return child;
  }

  parse(path: string, options: ParseOptions): Promise<ParseOutcome> {
    const child = this.#child?.connected ? this.#child : this.#start();
    const started = performance.now();
    const ms = () => Math.round(performance.now() - started);
    const timeoutMs = options.timeoutMs ?? DEFAULT_PARSE_TIMEOUT_MS;
    return new Promise<ParseOutcome>((resolve) => {
      const finish = (outcome: ParseOutcome) => {
        clearTimeout(timer);
        child.off("message", onMessage);
        child.off("exit", onExit);
        resolve(outcome);
      };
      const onMessage = (outcome: ParseOutcome) => finish(outcome);
      const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
        this.#child = undefined;
        // Give stderr its last chunk before reading it.
        setImmediate(() =>
          finish({
            path,
            result: "failed",
            sha256: null,
            error: failureLine(path, this.#stderr, signal ?? String(code)),
            ms: ms(),
          }),
        );
      };
      const timer = Number.isFinite(timeoutMs)
        ? setTimeout(() => {
            child.off("exit", onExit);
            this.kill();
            const error = new ParseError(
              "timeout",
              `parsing it took longer than ${timeoutMs} ms; raise the time limit to allow more`,
              { file: path },
            );
            finish({ path, result: "failed", sha256: null, error: error.toLine(), ms: ms() });
          }, timeoutMs + DEADLINE_GRACE_MS)
        : undefined;
      child.on("message", onMessage);
      child.on("exit", onExit);
      child.send({ type: "parse", path, options } satisfies ParseRequest);
    });
  }

  /** Names the file the next `parse` will be: a PDF's read starts as soon as the reader is free. */
  ahead(path: string, options: ParseOptions): void {
    if (this.#child?.connected) this.#child.send({ type: "ahead", path, options } satisfies ParseRequest);
  }

  /** End the process now (an interrupted run, a missed deadline). */
  kill(): void {
    this.#child?.kill("SIGKILL");
    this.#child = undefined;
  }

  /** Let the process end once idle. */
  close(): void {
    if (this.#child?.connected) this.#child.disconnect();
    this.#child = undefined;
  }
}
