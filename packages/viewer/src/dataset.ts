import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Agency, Document } from "@lianzheng/model";
import type { Dataset } from "./prepare.js";

/**
 * A site that cannot be made: the dataset folder is missing or holds a file that is not what it
 * should be, or the output folder holds files that are not an earlier site.
 */
export class ViewerError extends Error {
  override readonly name = "ViewerError";
  constructor(
    readonly code: "not_a_dataset" | "bad_file" | "out_not_a_site",
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

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

async function readOptionalJson(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
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
  if (agencies !== undefined && !Array.isArray(agencies))
    throw new ViewerError("bad_file", `${join(dir, "agencies.json")}: expected an array of agencies`);
  const manifest = (await readOptionalJson(join(dir, "manifest.json"))) as Dataset["manifest"];
  return { documents, agencies: (agencies ?? []) as Agency[], ...(manifest ? { manifest } : {}) };
}
