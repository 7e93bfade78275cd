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

/**
 * The files behind the paths given: files as they are, folders walked recursively (hidden entries
 * skipped). A path that does not exist is a usage error.
 */
export async function listInputs(paths: string[]): Promise<InputList> {
  const files = new Set<string>();
  const unsupported = new Set<string>();
  async function walk(dir: string): Promise<void> {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (INPUT_EXTENSIONS.has(extname(entry.name).toLowerCase())) files.add(full);
      else unsupported.add(full);
    }
  }
  for (const path of paths) {
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch (error) {
      throw new IngestError("input_not_found", `no such file or folder: ${path}`, path, { cause: error });
    }
    if (info.isDirectory()) await walk(path);
    else files.add(path);
  }
  return { files: [...files].sort(), unsupported: [...unsupported].sort() };
}
