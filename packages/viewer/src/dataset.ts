import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Agency, Document } from "@lianzheng/model";
import { ViewerError } from "./errors.js";
import { parseLineageCsv } from "./lineage.js";
import type { Dataset } from "./prepare.js";

export { ViewerError };

async function readJson(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new ViewerError("bad_file", `${path}: cannot be read`, { cause: error });
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ViewerError("bad_file", `${path}: not JSON (${(error as Error).message})`, { cause: error });
  }
}

async function readOptionalText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new ViewerError("bad_file", `${path}: ${(error as Error).message}`, { cause: error });
  }
}

async function readOptionalJson(path: string): Promise<unknown> {
  const text = await readOptionalText(path);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ViewerError("bad_file", `${path}: ${(error as Error).message}`, { cause: error });
  }
}

function isDocument(value: unknown): value is Document {
  if (typeof value !== "object" || value === null) return false;
  const d = value as Record<string, unknown>;
  return (
    typeof d.id === "string" &&
    typeof d.kind === "string" &&
    typeof d.title === "string" &&
    typeof d.source === "object" &&
    Array.isArray(d.warnings)
  );
}

/**
 * Reads a dataset folder: `documents/*.json` (required), `agencies.json` and `manifest.json`.
 * Documents are checked for the common fields only, so kinds and fields newer than this package
 * pass through to the site.
 */
export async function readDataset(dir: string): Promise<Dataset> {
  const documentsDir = join(dir, "documents");
  let names: string[];
  try {
    names = (await readdir(documentsDir)).filter((name) => name.endsWith(".json")).sort();
  } catch (error) {
    throw new ViewerError(
      "not_a_dataset",
      `${dir}: no documents/ folder; point at a folder written by \`lianzheng ingest --out DIR\``,
      { cause: error },
    );
  }
  const documents: Document[] = [];
  for (const name of names) {
    const path = join(documentsDir, name);
    const value = await readJson(path);
    if (!isDocument(value))
      throw new ViewerError(
        "bad_file",
        `${path}: not a lianzheng Document (needs id, kind, title, source, warnings)`,
      );
    documents.push(value);
  }
  const agencies = await readOptionalJson(join(dir, "agencies.json"));
  const lineagePath = join(dir, "csv", "measure_lineage.csv");
  const lineageCsv = await readOptionalText(lineagePath);
  if (agencies !== undefined && !Array.isArray(agencies))
    throw new ViewerError("bad_file", `${join(dir, "agencies.json")}: expected an array of agencies`);
  const manifest = (await readOptionalJson(join(dir, "manifest.json"))) as Dataset["manifest"];
  return {
    documents,
    agencies: (agencies ?? []) as Agency[],
    ...(manifest ? { manifest } : {}),
    ...(lineageCsv === undefined ? {} : { lineage: parseLineageCsv(lineageCsv, lineagePath) }),
  };
}
