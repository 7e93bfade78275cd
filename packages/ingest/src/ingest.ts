import { rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import {
  type AgencyLookup,
  buildDataset,
  DATASET_FORMATS,
  type DatasetFormat,
  writeDataset,
} from "@lianzheng/dataset";
import { type Document, isSeriousWarning, schemaVersion, type Warning } from "@lianzheng/model";
import { openParseCache, writeParseCache } from "./cache.js";
import { applyCrossDocumentSteps } from "./cross-document.js";
import { editionLineage } from "./editions.js";
import type { ParseOutcome } from "./parse-task.js";
import { listInputs, type ParseOptions } from "./pipeline.js";
import { parseAll } from "./pool.js";
import { assertReplaceable, createStaging, isInside, recoverStaleStaging, replaceDir } from "./staging.js";
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
  /** Set when the same bytes were already read from another path. */
  duplicateOf?: string;
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
  /** Files parsed in parallel (worker threads). Default: the number of CPUs. */
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

function entryOf(path: string, document: Document, ms: number): ManifestEntry {
  const status = statusOf(document);
  return {
    path,
    sha256: document.source.sha256,
    kind: document.kind,
    language: document.language,
    status,
    documentId: status === "skipped" ? null : document.id,
    warnings: document.warnings.length,
    error: null,
    ms,
  };
}

function emptyEntry(
  path: string,
  status: InputStatus,
  error: string,
  sha256: string | null = null,
): ManifestEntry {
  return { path, sha256, kind: null, language: null, status, documentId: null, warnings: 0, error, ms: 0 };
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function pickParseOptions(options: IngestOptions): ParseOptions {
  const picked: ParseOptions = {};
  if (options.maxBytes !== undefined) picked.maxBytes = options.maxBytes;
  if (options.maxPages !== undefined) picked.maxPages = options.maxPages;
  if (options.timeoutMs !== undefined) picked.timeoutMs = options.timeoutMs;
  return picked;
}

/**
 * Parse every input into a dataset in `out`: documents/, agencies.json, schema/, csv/,
 * lianzheng.sqlite and manifest.json. Files are parsed in parallel, unchanged ones are reused from
 * the previous `out`, and the output is built in a staging folder beside `out` and renamed into
 * place at the end, so a crash or an abort leaves the previous `out` intact. One bad input never
 * stops the run: it is `failed` in the manifest. Output does not depend on `jobs`.
 */
export async function ingest(options: IngestOptions): Promise<Manifest> {
  const out = resolve(options.out);
  const formats = OUTPUT_FORMATS.filter((format) => (options.formats ?? OUTPUT_FORMATS).includes(format));
  const parseOptions = pickParseOptions(options);
  await assertReplaceable(out);
  await recoverStaleStaging(out);

  const listed = await listInputs(options.paths);
  // Never read our own output back in (`lianzheng ingest . --out out`).
  const files = listed.files.filter((path) => !isInside(resolve(path), out));
  const unsupported = listed.unsupported.filter((path) => !isInside(resolve(path), out));
  const total = files.length + unsupported.length;
  options.onStart?.(total);

  const cache = options.force ? undefined : await openParseCache(out, parseOptions);
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

  // Paths in sorted order decide which copy of the same bytes is the original, whatever order
  // the files finished in.
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

  const crossed = applyCrossDocumentSteps(unique);
  const documents = crossed.documents;
  const dataset = buildDataset(documents, {
    translationOf: crossed.translationOf,
    lineage: editionLineage(documents),
    ...(options.lookupAgency ? { lookupAgency: options.lookupAgency } : {}),
  });

  const count = (status: InputStatus) => inputs.filter((e) => e.status === status).length;
  const manifest: Manifest = {
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
    warnings: [...crossed.warnings, ...dataset.warnings],
  };

  if (options.signal?.aborted) throw options.signal.reason;
  const staging = await createStaging(out);
  try {
    await writeDataset(staging, dataset, formats);
    await writeParseCache(staging, parseOptions, [...parsed.values()]);
    await writeFile(join(staging, "manifest.json"), json(manifest));
    if (options.signal?.aborted) throw options.signal.reason;
    await replaceDir(staging, out);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  return manifest;
}
