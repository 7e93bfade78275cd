import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { Document } from "@lianzheng/model";
import { isParseError } from "@lianzheng/model";
import type { ParseOptions } from "./pipeline.js";

/** One file to parse. */
export interface ParseTask {
  path: string;
  options: ParseOptions;
  /**
   * sha256 of inputs whose earlier result can be reused: such a file is hashed, not parsed. A set
   * shared by every task (a list copied into each task made a cached rerun quadratic).
   */
  reusable: ReadonlySet<string>;
}

/** What became of one file. Errors are flattened to data because they cross a process boundary. */
export type ParseOutcome =
  | { path: string; result: "parsed"; document: Document; ms: number }
  | { path: string; result: "reused"; sha256: string; ms: number }
  | { path: string; result: "failed"; sha256: string | null; error: string; ms: number };

/** The sha256 of a regular file, streamed; null when it cannot be read (or is a pipe, a device …). */
export async function hashFile(path: string): Promise<string | null> {
  try {
    if (!(await stat(path)).isFile()) return null;
    const hash = createHash("sha256");
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
    return hash.digest("hex");
  } catch {
    return null;
  }
}

/** A message for a failure that is not a ParseError: a bug, reported without stopping the batch. */
export function describeUnexpected(path: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `${path}: unexpected error while parsing: ${message} (a bug in lianzheng: please report it with the file) [internal_error]`;
}

/**
 * The reader and the parsers, loaded on the first parse: the command that hands parses to parse
 * processes (ingest) does not load them, and starts those processes sooner. A parse process
 * calls it as it starts.
 */
export async function loadParsers() {
  const [{ readInput }, { parseInput }] = await Promise.all([
    import("./read-input.js"),
    import("./pipeline.js"),
  ]);
  return { readInput, parseInput };
}

/**
 * Parse one file. Never throws: a broken input comes back as `failed` with the ParseError's line,
 * anything else (a parser bug) as `failed` too, so one file never stops a batch.
 */
export async function runParseTask(task: ParseTask): Promise<ParseOutcome> {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  const { path } = task;
  try {
    const { readInput, parseInput } = await loadParsers();
    // Read once: an unchanged file (same sha256 as a stored result) is not parsed again.
    const input = await readInput(path, task.options);
    if (task.reusable.has(input.sha256)) return { path, result: "reused", sha256: input.sha256, ms: ms() };
    const document = await parseInput(input, task.options);
    return { path, result: "parsed", document, ms: ms() };
  } catch (error) {
    const message = isParseError(error) ? error.toLine() : describeUnexpected(path, error);
    return { path, result: "failed", sha256: await hashFile(path), error: message, ms: ms() };
  }
}

// Files readAheadFor named to the PDF reader, and their bytes.
const readingAhead = new Map<string, Uint8Array>();

/**
 * Starts reading the file a later task will parse, when it is a PDF that will be parsed (not one
 * whose result is reused): its PDF read begins the moment the current one ends (`readPdfAhead`).
 * `stillAhead` says, once the file is read, whether its task has not started meanwhile. Only a
 * head start: anything wrong with the file is left to its task to report.
 */
export async function readAheadFor(task: ParseTask, stillAhead: () => boolean): Promise<void> {
  try {
    const { readInput } = await loadParsers();
    const input = await readInput(task.path, task.options);
    if (input.format !== "pdf" || task.reusable.has(input.sha256) || !stillAhead()) return;
    const { readPdfAhead } = await import("@lianzheng/pdf");
    readPdfAhead(input.bytes, { ...task.options, file: task.path });
    readingAhead.set(task.path, input.bytes);
  } catch {
    // the task will read the file again and say what is wrong with it
  }
}

/**
 * Drops the read `readAheadFor` started for `path`, when the task of `path` did not take it (a
 * reused or failed file); a read named for a later file goes on.
 */
export async function dropReadAhead(path: string): Promise<void> {
  const bytes = readingAhead.get(path);
  if (!bytes) return;
  readingAhead.delete(path);
  const { cancelPdfReadAhead } = await import("@lianzheng/pdf");
  cancelPdfReadAhead(bytes);
}
