import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Document, schemaVersion } from "@lianzheng/model";
import type { ParseOptions } from "./pipeline.js";
import { toolVersion } from "./version.js";

// Each input's own parse result, before the cross-document steps (merging translations, linking
// reports) change it, kept in DIR/.cache/ so the next run can skip unchanged inputs. The key says
// what made the results: a different tool or model version, or other parse options, and the whole
// cache is ignored.
const CACHE_DIR = ".cache";
const KEY_FILE = "key.json";
const PARSED_DIR = "parsed";

/** The parse results an earlier run left, by the sha256 of the input. */
export interface ParseCache {
  /** sha256 of inputs with a stored result. */
  readonly hashes: string[];
  /** The stored result for these bytes, now read from `path`; undefined when missing or invalid. */
  load(sha256: string, path: string): Promise<Document | undefined>;
}

function cacheKey(options: ParseOptions): string {
  return JSON.stringify({ toolVersion, schemaVersion, options: Object.entries(options).sort() });
}

const EMPTY: ParseCache = { hashes: [], load: async () => undefined };

/** The cache in a previous output folder, or an empty one when there is none or it is stale. */
export async function openParseCache(out: string, options: ParseOptions): Promise<ParseCache> {
  const dir = join(out, CACHE_DIR);
  let names: string[];
  try {
    if ((await readFile(join(dir, KEY_FILE), "utf8")) !== cacheKey(options)) return EMPTY;
    names = await readdir(join(dir, PARSED_DIR));
  } catch {
    return EMPTY;
  }
  const hashes = names.filter((name) => /^[0-9a-f]{64}\.json$/.test(name)).map((name) => name.slice(0, 64));
  return {
    hashes,
    async load(sha256, path) {
      try {
        const stored = JSON.parse(await readFile(join(dir, PARSED_DIR, `${sha256}.json`), "utf8"));
        // A stored result is trusted only if it still validates and is of the same bytes.
        const result = Document.safeParse(stored);
        if (!result.success || result.data.source.sha256 !== sha256) return undefined;
        return { ...result.data, source: { ...result.data.source, path } };
      } catch {
        return undefined;
      }
    },
  };
}

/** Store each input's parse result in the staging folder, for the next run. */
export async function writeParseCache(staging: string, options: ParseOptions, documents: Iterable<Document>) {
  const dir = join(staging, CACHE_DIR);
  await mkdir(join(dir, PARSED_DIR), { recursive: true });
  await writeFile(join(dir, KEY_FILE), cacheKey(options));
  for (const document of documents) {
    await writeFile(join(dir, PARSED_DIR, `${document.source.sha256}.json`), JSON.stringify(document));
  }
}
