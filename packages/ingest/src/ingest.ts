import { mkdir, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { type Document, generateJsonSchemas, isParseError, schemaVersion } from "@lianzheng/model";
import { listInputs, type ParseOptions, parseFile } from "./pipeline.js";
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
  warnings: number;
  error: string | null;
  /** Set when the same bytes were already read from another path. */
  duplicateOf?: string;
  ms: number;
}

export interface Manifest {
  tool: "lianzheng";
  toolVersion: string;
  schemaVersion: string;
  totals: Record<InputStatus, number> & { inputs: number; documents: number };
  inputs: ManifestEntry[];
}

export interface IngestOptions extends ParseOptions {
  paths: string[];
  out: string;
  /** Called after each input, for progress reporting. */
  onInput?: (entry: ManifestEntry, done: number, total: number) => void;
}

/** Kinds that have no parser yet are listed but not written as documents. */
const SKIPPED_KINDS = new Set<Document["kind"]>(["other"]);

function statusOf(document: Document): InputStatus {
  if (SKIPPED_KINDS.has(document.kind)) return "skipped";
  return document.warnings.length > 0 ? "partial" : "ok";
}

/** Write a file's text, creating its folder. */
async function writeText(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}

/**
 * Parse every input into a dataset in `out`. The output is built in a temporary folder beside
 * `out` and renamed into place at the end, so a crash leaves the previous `out` intact.
 */
export async function ingest(options: IngestOptions): Promise<Manifest> {
  const { files, unsupported } = await listInputs(options.paths);
  const entries: ManifestEntry[] = [];
  const documents = new Map<string, Document>();
  const firstPathOf = new Map<string, string>();
  let done = 0;
  const total = files.length + unsupported.length;
  for (const path of files) {
    const started = performance.now();
    let entry: ManifestEntry;
    try {
      const document = await parseFile(path, options);
      const duplicateOf = firstPathOf.get(document.source.sha256);
      if (duplicateOf === undefined) firstPathOf.set(document.source.sha256, path);
      const status = statusOf(document);
      if (status !== "skipped" && duplicateOf === undefined) documents.set(document.id, document);
      entry = {
        path,
        sha256: document.source.sha256,
        kind: document.kind,
        language: document.language,
        status,
        documentId: status === "skipped" ? null : document.id,
        warnings: document.warnings.length,
        error: null,
        ...(duplicateOf === undefined ? {} : { duplicateOf }),
        ms: 0,
      };
    } catch (error) {
      if (!isParseError(error)) throw error;
      entry = {
        path,
        sha256: null,
        kind: null,
        language: null,
        status: "failed",
        documentId: null,
        warnings: 0,
        error: error.toLine(),
        ms: 0,
      };
    }
    entry.ms = Math.round(performance.now() - started);
    entries.push(entry);
    options.onInput?.(entry, ++done, total);
  }
  for (const path of unsupported) {
    const entry: ManifestEntry = {
      path,
      sha256: null,
      kind: null,
      language: null,
      status: "skipped",
      documentId: null,
      warnings: 0,
      error: "not a file type lianzheng reads (.pdf, .txt, .text, .md)",
      ms: 0,
    };
    entries.push(entry);
    options.onInput?.(entry, ++done, total);
  }

  const count = (status: InputStatus) => entries.filter((e) => e.status === status).length;
  const manifest: Manifest = {
    tool: "lianzheng",
    toolVersion,
    schemaVersion,
    totals: {
      inputs: entries.length,
      documents: documents.size,
      ok: count("ok"),
      partial: count("partial"),
      failed: count("failed"),
      skipped: count("skipped"),
    },
    inputs: entries,
  };

  const out = resolve(options.out);
  await mkdir(dirname(out), { recursive: true });
  const staging = await mkdtemp(join(dirname(out), `.lianzheng-tmp-${basename(out)}-`));
  try {
    for (const [id, document] of documents) {
      await writeText(join(staging, "documents", `${id}.json`), `${JSON.stringify(document, null, 2)}\n`);
    }
    for (const [name, text] of Object.entries(generateJsonSchemas())) {
      await writeText(join(staging, "schema", name), text);
    }
    await writeText(join(staging, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
    await replaceDir(staging, out);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  return manifest;
}

/** Put `staging` where `out` is: move the old `out` aside, rename, then delete the old one. */
async function replaceDir(staging: string, out: string): Promise<void> {
  const old = `${staging}-old`;
  let moved = false;
  try {
    await rename(out, old);
    moved = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  try {
    await rename(staging, out);
  } catch (error) {
    if (moved) await rename(old, out);
    throw error;
  }
  if (moved) await rm(old, { recursive: true, force: true });
}
