import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import {
  type AgencyLookup,
  buildDataset,
  DATASET_FORMATS,
  type Dataset,
  type DatasetFormat,
  preloadSqlite,
  writeDataset,
} from "@lianzheng/dataset";
import {
  capWarnings,
  type Document,
  isSeriousWarning,
  ParseError,
  schemaVersion,
  type Warning,
} from "@lianzheng/model";
import { openParseCache, type ParseCache, writeParseCache } from "./cache.js";
import { contentFingerprint, findCopies } from "./copies.js";
import { explainWriteError, IngestError } from "./errors.js";
import { listInputs } from "./inputs.js";
import { assertReplaceable, resolveOutput } from "./output-folder.js";
import { lockOutput } from "./output-lock.js";
import type { ParseOutcome } from "./parse-task.js";
import type { ParseOptions } from "./pipeline.js";
import { parseAll } from "./pool.js";
import { printable } from "./printable.js";
import { createStaging, isInside, recoverStaleStaging, replaceDir } from "./staging.js";
import { toolVersion } from "./version.js";

export type InputStatus = "ok" | "partial" | "failed" | "skipped";

/** One input of a run, as the manifest lists it. */
export interface ManifestEntry {
  path: string;
  sha256: string | null;
  kind: Document["kind"] | null;
  language: Document["language"] | null;
  status: InputStatus;
  documentId: string | null;
  /** Warnings the parser gave this input (cross-document steps may add more to the document). */
  warnings: number;
  error: string | null;
  /** The stable code of `error` (`encrypted_pdf`, `not_a_pdf`, …), for scripts; null when none. */
  errorCode?: string | null;
  /** Set when the same bytes were already read from another path. */
  duplicateOf?: string;
  /**
   * Set when the document is another form of a document of the run (same kind, same content after
   * parsing): the id of that canonical document. The copy is written to documents/ but its content
   * is not in the tables, so counts see each document once.
   */
  copyOf?: string;
  /** Set when the result of an earlier run was reused (same sha256 and tool version). */
  reused?: true;
  ms: number;
}

export interface Manifest {
  tool: "lianzheng";
  toolVersion: string;
  schemaVersion: string;
  formats: OutputFormat[];
  totals: Record<InputStatus, number> & { inputs: number; documents: number };
  inputs: ManifestEntry[];
  /** Problems of the dataset as a whole: a translation with no plan, an agency id not registered. */
  warnings: Warning[];
}

/** What a run writes besides the manifest: JSON documents, CSV tables, an SQLite database. */
export type OutputFormat = DatasetFormat;
export const OUTPUT_FORMATS: readonly OutputFormat[] = DATASET_FORMATS;

export interface IngestOptions extends ParseOptions {
  paths: string[];
  out: string;
  /** Default: all of them. */
  formats?: readonly OutputFormat[];
  /** Files parsed in parallel, each in a process of its own. Default: see `defaultJobs` (pool.ts). */
  jobs?: number;
  /** Parse every input again, even those unchanged since the last run into `out`. */
  force?: boolean;
  /** Aborting stops the run and removes its staging folder; `out` stays as it was. */
  signal?: AbortSignal;
  /** Where agency ids are looked up for agencies.json. Default: the registry of @lianzheng/agencies. */
  lookupAgency?: AgencyLookup;
  /** Called once the inputs are known. */
  onStart?: (total: number) => void;
  /** Called when an input starts parsing. */
  onInputStart?: (path: string) => void;
  /** Called after each input, for progress reporting. */
  onInput?: (entry: ManifestEntry, done: number, total: number) => void;
}

/** Kinds that have no parser yet are listed but not written as documents. */
const SKIPPED_KINDS = new Set<Document["kind"]>(["other"]);
const UNSUPPORTED_MESSAGE = "not a file type lianzheng reads (.pdf, .txt, .text, .md)";

function statusOf(document: Document): InputStatus {
  if (SKIPPED_KINDS.has(document.kind)) return "skipped";
  // Info-level warnings (a repaired page-break scar, a remark on the source) lose nothing.
  return document.warnings.some(isSeriousWarning) ? "partial" : "ok";
}

/** Why a document of no kind lianzheng parses was passed over, in a failure's form (`… [code]`). */
const skipReason = (path: string): string =>
  new ParseError(
    "unknown_kind",
    "read, but its text is none of the kinds lianzheng parses (the action plan, an execution report, a trip report, a narrative): no title and table of one was found, so no document was written",
    { file: path },
  ).toLine();

function entryOf(path: string, document: Document, ms: number): ManifestEntry {
  const status = statusOf(document);
  const skipped = status === "skipped";
  return {
    path,
    sha256: document.source.sha256,
    kind: document.kind,
    language: document.language,
    status,
    documentId: skipped ? null : document.id,
    warnings: document.warnings.length,
    error: skipped ? skipReason(path) : null,
    ...(skipped ? { errorCode: "unknown_kind" } : {}),
    ms,
  };
}

function emptyEntry(
  path: string,
  status: InputStatus,
  error: string,
  sha256: string | null = null,
): ManifestEntry {
  // Every failure line ends in its stable code (`… [encrypted_pdf]`): the manifest gives it apart.
  const errorCode =
    /\[([a-z][a-z0-9_]*)\]$/.exec(error)?.[1] ?? (status === "skipped" ? "unsupported_file_type" : null);
  return {
    path,
    sha256,
    kind: null,
    language: null,
    status,
    documentId: null,
    warnings: 0,
    error,
    errorCode,
    ms: 0,
  };
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function pickParseOptions(options: IngestOptions): ParseOptions {
  const picked: ParseOptions = {};
  if (options.maxBytes !== undefined) picked.maxBytes = options.maxBytes;
  if (options.maxPages !== undefined) picked.maxPages = options.maxPages;
  if (options.timeoutMs !== undefined) picked.timeoutMs = options.timeoutMs;
  return picked;
}

/** What the parse phase leaves: each input's manifest entry and the documents parsed. */
interface ParsedInputs {
  entries: Map<string, ManifestEntry>;
  parsed: Map<string, Document>;
}

/**
 * Parses the files (reusing results of the previous run from the cache), recording each input as
 * it settles; `unsupported` files are listed as skipped.
 */
async function parseInputs(
  files: readonly string[],
  unsupported: readonly string[],
  options: IngestOptions,
  parseOptions: ParseOptions,
  cache: ParseCache | undefined,
): Promise<ParsedInputs> {
  const total = files.length + unsupported.length;
  const parsed = new Map<string, Document>();
  const entries = new Map<string, ManifestEntry>();
  let done = 0;
  const record = (entry: ManifestEntry) => {
    entries.set(entry.path, entry);
    options.onInput?.(entry, ++done, total);
  };
  for (const path of unsupported) record(emptyEntry(path, "skipped", UNSUPPORTED_MESSAGE));

  const settle = async (outcome: ParseOutcome) => {
    if (outcome.result === "failed") {
      record({ ...emptyEntry(outcome.path, "failed", outcome.error, outcome.sha256), ms: outcome.ms });
      return;
    }
    if (outcome.result === "parsed") {
      parsed.set(outcome.path, outcome.document);
      // Taken while the other inputs parse (after this lane is given its next file): findCopies
      // needs it at the end.
      const { document } = outcome;
      setImmediate(() => contentFingerprint(document));
      record(entryOf(outcome.path, outcome.document, outcome.ms));
      return;
    }
    const started = performance.now();
    const reused = await cache?.load(outcome.sha256, outcome.path);
    if (reused) {
      parsed.set(outcome.path, reused);
      record({
        ...entryOf(outcome.path, reused, outcome.ms + Math.round(performance.now() - started)),
        reused: true,
      });
      return;
    }
    // The stored result was missing or broken: parse the file after all.
    const [again] = await parseAll([outcome.path], { options: parseOptions, jobs: 1 });
    if (again) await settle(again);
  };
  await parseAll(files, {
    options: parseOptions,
    ...(options.jobs === undefined ? {} : { jobs: options.jobs }),
    reusable: cache?.hashes ?? [],
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onInputStart ? { onStart: options.onInputStart } : {}),
    onDone: settle,
  });
  return { entries, parsed };
}

/**
 * The manifest's inputs in path order, and the documents to publish (in id order): one per set of
 * identical bytes, the first path in sorted order being the original (whatever order the files
 * finished in); the other paths get `duplicateOf`.
 */
/** The parsed documents sorted by input path. */
function inInputOrder(parsed: ReadonlyMap<string, Document>): Document[] {
  return [...parsed.keys()].sort().map((path) => parsed.get(path) as Document);
}

function pickUniqueDocuments({ entries, parsed }: ParsedInputs): {
  inputs: ManifestEntry[];
  unique: Document[];
} {
  const inputs = [...entries.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const firstPathOf = new Map<string, string>();
  const unique: Document[] = [];
  for (const entry of inputs) {
    const document = parsed.get(entry.path);
    if (!document) continue;
    const original = firstPathOf.get(document.source.sha256);
    if (original !== undefined) {
      entry.duplicateOf = original;
      continue;
    }
    firstPathOf.set(document.source.sha256, entry.path);
    if (entry.status !== "skipped") unique.push(document);
  }
  unique.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { inputs, unique };
}

function manifestOf(
  inputs: ManifestEntry[],
  documents: readonly Document[],
  formats: OutputFormat[],
  warnings: Warning[],
): Manifest {
  const count = (status: InputStatus) => inputs.filter((e) => e.status === status).length;
  return {
    tool: "lianzheng",
    toolVersion,
    schemaVersion,
    formats,
    totals: {
      inputs: inputs.length,
      documents: documents.length,
      ok: count("ok"),
      partial: count("partial"),
      failed: count("failed"),
      skipped: count("skipped"),
    },
    inputs,
    warnings,
  };
}

/** Writes the dataset, the parse cache and the manifest into a staging folder, then swaps it in. */
async function writeOutput(
  staging: string,
  out: string,
  run: { dataset: Dataset; formats: OutputFormat[]; manifest: Manifest; documents: Document[] },
  parseOptions: ParseOptions,
  signal: AbortSignal | undefined,
): Promise<void> {
  if (signal?.aborted) throw signal.reason;
  try {
    await writeDataset(staging, run.dataset, run.formats);
    await writeParseCache(staging, parseOptions, run.documents);
    await writeFile(join(staging, "manifest.json"), json(run.manifest));
    if (signal?.aborted) throw signal.reason;
    await replaceDir(staging, out);
  } catch (error) {
    throw explainWriteError(error, out);
  }
}

/**
 * Parse every input into a dataset in `out`: documents/, agencies.json, schema/, csv/,
 * lianzheng.sqlite and manifest.json. Files are parsed in parallel, unchanged ones are reused from
 * the previous `out`, and the output is built in a staging folder beside `out` and renamed into
 * place at the end, so a crash or an abort leaves the previous `out` intact. One bad input never
 * stops the run: it is `failed` in the manifest. Output does not depend on `jobs`.
 */
export async function ingest(options: IngestOptions): Promise<Manifest> {
  const out = await resolveOutput(options.out);
  try {
    await mkdir(dirname(out), { recursive: true });
  } catch (error) {
    throw explainWriteError(error, out);
  }
  // One run per output folder; taking the lock also checks the folder can be written at all.
  const lock = lockOutput(out);
  try {
    return await ingestLocked(options, out);
  } finally {
    lock.release();
  }
}

/** An input named on the command line inside the output folder would be deleted with it. */
function assertInputsOutside(paths: readonly string[], out: string): void {
  for (const path of paths) {
    if (!isInside(resolve(path), out)) continue;
    throw new IngestError(
      "output_not_ours",
      `the input ${printable(path)} is inside the output folder ${printable(out)}, which lianzheng replaces whole: move the input out of that folder, or give another --out`,
      out,
    );
  }
}

async function ingestLocked(options: IngestOptions, out: string): Promise<Manifest> {
  assertInputsOutside(options.paths, out);
  await assertReplaceable(out);
  await recoverStaleStaging(out);
  // Made before parsing, so a read-only or full disk is found in a second, not after an hour.
  let staging: string;
  try {
    staging = await createStaging(out);
  } catch (error) {
    throw explainWriteError(error, out);
  }
  try {
    return await parseAndPublish(options, out, staging);
  } catch (error) {
    await rm(staging, { recursive: true, force: true }).catch(() => {});
    throw error;
  }
}

async function parseAndPublish(options: IngestOptions, out: string, staging: string): Promise<Manifest> {
  const formats = OUTPUT_FORMATS.filter((format) => (options.formats ?? OUTPUT_FORMATS).includes(format));
  const parseOptions = pickParseOptions(options);
  const listed = await listInputs(options.paths);
  // Our own output is never read back in (`lianzheng ingest . --out out` walks past it); inputs
  // named inside it were refused above.
  const files = listed.files.filter((path) => !isInside(resolve(path), out));
  const unsupported = listed.unsupported.filter((path) => !isInside(resolve(path), out));
  options.onStart?.(files.length + unsupported.length);
  // The database is written last, after every parse: its engine loads while they run.
  if (formats.includes("sqlite") && files.length > 0) preloadSqlite();
  // So are the steps across documents (the plan and report parsers' linking): the parses start first.
  const acrossDocuments = Promise.all([import("./cross-document.js"), import("./editions.js")]);

  const cache = options.force ? undefined : await openParseCache(out, parseOptions);
  const parsedInputs = await parseInputs(files, unsupported, options, parseOptions, cache);
  const { inputs, unique } = pickUniqueDocuments(parsedInputs);
  const [{ applyCrossDocumentSteps }, { editionLineage }] = await acrossDocuments;

  // Copies (one document in several forms) stay out of the steps across documents: a report links
  // to the canonical plan, a translation merges into it.
  const copyOf = findCopies(unique);
  for (const entry of inputs) {
    const canonical = entry.documentId === null ? undefined : copyOf.get(entry.documentId);
    if (canonical !== undefined && entry.duplicateOf === undefined) entry.copyOf = canonical;
  }
  const crossed = applyCrossDocumentSteps(unique.filter((document) => !copyOf.has(document.id)));
  // Linking adds a warning per record it leaves out: bounded like the parser's (see capWarnings).
  const linked = crossed.documents.map((document) => ({
    ...document,
    warnings: capWarnings(document.warnings),
  }));
  const documents = [...linked, ...unique.filter((document) => copyOf.has(document.id))].sort((a, b) =>
    a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  const dataset = buildDataset(documents, {
    translationOf: crossed.translationOf,
    copyOf,
    // Lineage between the editions, on the documents that are not copies (a copy is no edition).
    lineage: editionLineage(linked),
    ...(options.lookupAgency ? { lookupAgency: options.lookupAgency } : {}),
  });
  const manifest = manifestOf(inputs, documents, formats, [...crossed.warnings, ...dataset.warnings]);
  await writeOutput(
    staging,
    out,
    // In input order, not the order parses finished: two inputs of the same bytes share one cache
    // entry, and which one it holds must not depend on --jobs.
    { dataset, formats, manifest, documents: inInputOrder(parsedInputs.parsed) },
    parseOptions,
    options.signal,
  );
  return manifest;
}
