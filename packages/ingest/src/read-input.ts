import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { ParseError } from "@lianzheng/model";
import { decodeInput, type Input, inputOf as inputFrom } from "@lianzheng/parse";
import { hasPdfHeader } from "@lianzheng/pdf";

// Decoding a text input is the parse step's (it runs in browsers too); re-exported for callers here.
export { decodeInput, type Input };

export interface ReadLimits {
  /** Largest input accepted, in bytes. Default 200 MiB. */
  maxBytes?: number;
}

const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;
/** Read a file and tell PDF from text by its bytes; the name only decides what a mismatch means. */
export async function readInput(path: string, limits: ReadLimits = {}): Promise<Input> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new ParseError("unreadable", "not a regular file", { file: path });
    size = info.size;
  } catch (error) {
    if (error instanceof ParseError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new ParseError("not_found", "no such file", { file: path, cause: error });
    throw new ParseError("unreadable", `cannot read the file (${code ?? "unknown error"})`, {
      file: path,
      cause: error,
    });
  }
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES;
  if (size > maxBytes) {
    throw new ParseError("file_too_large", `the file has ${size} bytes, more than the limit of ${maxBytes}`, {
      file: path,
    });
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ParseError(
      "unreadable",
      `cannot read the file (${code ?? "unknown error"}); check its permissions`,
      {
        file: path,
        cause: error,
      },
    );
  }
  return inputOf(path, bytes);
}

/** An input from bytes already read (a file, standard input): hashed, and told PDF from text. */
export function inputOf(path: string, bytes: Uint8Array): Input {
  return inputFrom(path, bytes, createHash("sha256").update(bytes).digest("hex"), hasPdfHeader(bytes));
}

/** The text of a text input (see `decodeInput`). */
export function decodeText(input: Input): string {
  return decodeInput(input).text;
}
