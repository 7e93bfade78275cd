import { readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { IngestError } from "./errors.js";

// Which files a run reads: apart from the parsers (pipeline.ts), which the command that lists them
// need not load.

/** File types read when walking a folder; a file named on the command line is read whatever its name. */
const INPUT_EXTENSIONS = new Set([".pdf", ".txt", ".text", ".md", ".markdown", ".html", ".htm"]);

export interface InputList {
  /** Files to parse, sorted, each once. */
  files: string[];
  /** Files met while walking folders that are not of a type read (listed, so nothing vanishes). */
  unsupported: string[];
}

/** A PDF by its name (how a folder's files are sorted into lanes before any is read). */
export const isPdfName = (path: string): boolean => extname(path).toLowerCase() === ".pdf";

export interface WalkOptions {
  /** Entries looked at, at most: the walk stops once they are spent. */
  maxEntries?: number;
  /** A folder that cannot be read is passed over, not an error. */
  skipUnreadable?: boolean;
}

/**
 * Each file under `dir`, walked recursively (hidden entries skipped), given to `visit` in the
 * order met; the walk stops when `visit` returns true, and then returns true.
 */
export async function walkFolder(
  dir: string,
  visit: (path: string) => boolean,
  options: WalkOptions = {},
): Promise<boolean> {
  let budget = options.maxEntries ?? Number.POSITIVE_INFINITY;
  const walk = async (folder: string): Promise<boolean> => {
    const entries = options.skipUnreadable
      ? await readdir(folder, { withFileTypes: true }).catch(() => [])
      : await readdir(folder, { withFileTypes: true });
    for (const entry of entries) {
      if (--budget < 0) return false;
      if (entry.name.startsWith(".")) continue;
      const full = join(folder, entry.name);
      if (entry.isDirectory() ? await walk(full) : visit(full)) return true;
    }
    return false;
  };
  return walk(dir);
}

/**
 * The files behind the paths given: files as they are, folders walked recursively (hidden entries
 * skipped). A path that does not exist is a usage error.
 */
export async function listInputs(paths: string[]): Promise<InputList> {
  const files = new Set<string>();
  const unsupported = new Set<string>();
  const sort = (full: string): boolean => {
    (INPUT_EXTENSIONS.has(extname(full).toLowerCase()) ? files : unsupported).add(full);
    return false;
  };
  for (const path of paths) {
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch (error) {
      throw new IngestError("input_not_found", `no such file or folder: ${path}`, path, { cause: error });
    }
    if (info.isDirectory()) await walkFolder(path, sort);
    else files.add(path);
  }
  return { files: [...files].sort(), unsupported: [...unsupported].sort() };
}
