import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { isParseError, ParseError } from "@lianzheng/model";
import { hasPdfHeader } from "@lianzheng/pdf";
import { type DecodedText, decodeText as decodeTextBytes } from "@lianzheng/text";

/** The bytes of one input file and what is known before parsing it. */
export interface Input {
  path: string;
  bytes: Uint8Array;
  sha256: string;
  format: "pdf" | "text";
}

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
  if (bytes.length === 0) throw new ParseError("empty_input", "the file is empty", { file: path });
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  // The PDF reader's own check (the one place PDF bytes are told apart) picks the reader.
  const isPdf = hasPdfHeader(bytes);
  if (!isPdf && /\.pdf$/i.test(path)) {
    throw new ParseError(
      "not_a_pdf",
      "the file is named .pdf but has no PDF header (%PDF-); if it is text, give it a .txt name",
      { file: path },
    );
  }
  return { path, bytes, sha256, format: isPdf ? "pdf" : "text" };
}

/**
 * Decode a text input: UTF-8 (with or without BOM), UTF-16 with a BOM, or Big5/CP950 (see
 * `decodeText` of @lianzheng/text), with the encoding found. Anything else, or text with NUL
 * characters, is binary and fails rather than producing garbage.
 */
export function decodeInput(input: Input): DecodedText {
  let decoded: DecodedText;
  try {
    decoded = decodeTextBytes(input.bytes);
  } catch (error) {
    if (isParseError(error))
      throw new ParseError(error.code, error.message, { file: input.path, cause: error });
    throw error;
  }
  if (decoded.text.includes("\u0000")) {
    throw new ParseError("binary_input", "the file holds NUL bytes: it is binary, not text", {
      file: input.path,
    });
  }
  if (decoded.text.trim() === "")
    throw new ParseError("empty_input", "the file holds only white space", { file: input.path });
  return decoded;
}

/** The text of a text input (see `decodeInput`). */
export function decodeText(input: Input): string {
  return decodeInput(input).text;
}
