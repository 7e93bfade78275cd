import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Source } from "@lianzheng/model";

/** The repository's root folder, ending in a separator. */
export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

/** A text file of the repository, by its path from the root (`seeds/003_….txt`). */
export function readRepoFile(path: string): string {
  return readFileSync(`${repoRoot}${path}`, "utf8");
}

/** A seed document's text, by its file name. */
export function readSeed(name: string): string {
  return readRepoFile(`seeds/${name}`);
}

/** The `source` of a document parsed from `text` as if read from the file at `path`. */
export function sourceOf(path: string, text: string): Source {
  const bytes = Buffer.from(text, "utf8");
  return {
    path,
    format: "text",
    sha256: createHash("sha256").update(bytes).digest("hex"),
    bytes: bytes.length,
  };
}
