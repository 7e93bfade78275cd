import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Source } from "@lianzheng/model";

const root = fileURLToPath(new URL("../../../", import.meta.url));

export const SEED_003 = "seeds/003_2d62c1db8ab3e0f0.txt";

/** A file of the repository, by its path from the root. */
export function readRepoFile(path: string): string {
  return readFileSync(`${root}${path}`, "utf8");
}

export function sourceOf(path: string, text: string): Source {
  const bytes = Buffer.from(text, "utf8");
  return {
    path,
    format: "text",
    sha256: createHash("sha256").update(bytes).digest("hex"),
    bytes: bytes.length,
  };
}
