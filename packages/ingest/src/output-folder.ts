import { lstat, readdir, readFile, realpath } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { IngestError } from "./errors.js";
import { printable } from "./printable.js";

// What lianzheng writes into an output folder, and nothing else: the run replaces the folder whole
// (built beside it, renamed into place), which is what keeps the previous output intact when a run
// is killed. Anything else found in the folder was put there by someone, and replacing the folder
// would delete it: such a folder is refused, never emptied. (Carrying foreign files across the
// swap would break that guarantee: a kill between the moves would leave them in a staging folder.)
const OURS: Record<string, RegExp | "file" | "any"> = {
  "manifest.json": "file",
  "agencies.json": "file",
  "lianzheng.sqlite": "file",
  documents: /\.json$/u,
  schema: /\.json$/u,
  csv: /\.csv$/u,
  ".cache": "any",
};

/**
 * The folder to write: `--out` itself, or the folder a symlinked `--out` points to (the link is
 * kept and its target updated, not replaced by a folder of its own).
 */
export async function resolveOutput(out: string): Promise<string> {
  const absolute = resolve(out);
  const isLink = await lstat(absolute).then(
    (info) => info.isSymbolicLink(),
    () => false,
  );
  if (!isLink) return absolute;
  try {
    return await realpath(absolute);
  } catch (error) {
    // A dangling link or a loop: there is no folder to update.
    const code = (error as NodeJS.ErrnoException).code;
    throw new IngestError(
      "output_unwritable",
      `the output folder ${out} is a symbolic link to nothing usable (${code}); give a folder`,
      out,
      { cause: error },
    );
  }
}

/** Paths (relative to `out`) lianzheng did not write, the first `limit` of them. */
export async function foreignEntries(out: string, limit = 5): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string, accept: RegExp | "any"): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (found.length >= limit) return;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (accept === "any") continue;
        found.push(`${relative(out, path)}/`);
      } else if (accept !== "any" && !(entry.isFile() && accept.test(entry.name))) {
        found.push(relative(out, path));
      }
    }
  };
  for (const entry of await readdir(out, { withFileTypes: true })) {
    if (found.length >= limit) break;
    const rule = OURS[entry.name];
    if (rule === "file" && entry.isFile()) continue;
    if (rule !== undefined && rule !== "file" && entry.isDirectory()) {
      await walk(join(out, entry.name), rule);
      continue;
    }
    found.push(entry.isDirectory() ? `${entry.name}/` : entry.name);
  }
  return found;
}

/**
 * Refuse an output folder whose replacement would delete something lianzheng did not write: a
 * folder that is not an earlier output, or an earlier output someone added files to. A missing
 * folder, an empty one, or an output exactly as lianzheng left it is fine.
 */
export async function assertReplaceable(out: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(out);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return;
    if (code === "ENOTDIR") {
      throw new IngestError("output_is_file", `the output folder ${out} is a file; give a folder`, out, {
        cause: error,
      });
    }
    throw error;
  }
  if (names.length === 0) return;
  let ours = false;
  try {
    const manifest = JSON.parse(await readFile(join(out, "manifest.json"), "utf8")) as { tool?: unknown };
    ours = manifest.tool === "lianzheng";
  } catch {
    // not ours
  }
  if (!ours) {
    throw new IngestError(
      "output_not_ours",
      `the output folder ${printable(out)} holds files that lianzheng did not write (no lianzheng manifest.json); lianzheng replaces its output folder whole, so give a new or empty folder`,
      out,
    );
  }
  const foreign = await foreignEntries(out);
  if (foreign.length > 0) {
    throw new IngestError(
      "output_not_ours",
      `the output folder ${printable(out)} holds files lianzheng did not write (${foreign.map(printable).join(", ")}${foreign.length >= 5 ? ", …" : ""}); lianzheng replaces its output folder whole and would delete them: move them out of it, or give another --out`,
      out,
    );
  }
}
