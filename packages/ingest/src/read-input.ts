import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { ParseError } from "@lianzheng/model";
import { hasPdfHeader } from "@lianzheng/pdf";

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
 * Whether bytes that are not UTF-8 read as Big5 text: every byte sequence valid in Big5 (CP950)
 * and most characters Han. Only to name the encoding in the error: nothing is decoded from it.
 */
function looksLikeBig5(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder("big5", { fatal: true }).decode(bytes.subarray(0, 64 * 1024), { stream: true });
  } catch {
    return false;
  }
  // Letters outside ASCII: in Big5 text nearly all of them are Han.
  const letters = text.match(/(?![\p{ASCII}])\p{L}/gu) ?? [];
  const han = letters.filter((letter) => /\p{Script=Han}/u.test(letter));
  return letters.length > 0 && han.length / letters.length > 0.8;
}

/**
 * Decode a text input: UTF-8 (with or without BOM) or UTF-16 with a BOM. Anything else, or text
 * with NUL bytes, is binary and fails rather than producing garbage.
 */
export function decodeText(input: Input): string {
  const { bytes } = input;
  let text: string;
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
      text = new TextDecoder("utf-16le", { fatal: true }).decode(bytes);
    else if (bytes[0] === 0xfe && bytes[1] === 0xff)
      text = new TextDecoder("utf-16be", { fatal: true }).decode(bytes);
    else text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (error) {
    if (looksLikeBig5(bytes)) {
      throw new ParseError(
        "unsupported_encoding",
        "the text is in Big5 (CP950), the older Traditional Chinese encoding, not UTF-8; convert it first: iconv -f CP950 -t UTF-8 in.txt > out.txt",
        { file: input.path, cause: error },
      );
    }
    throw new ParseError("binary_input", "the file is neither a PDF nor UTF-8 or UTF-16 text", {
      file: input.path,
      cause: error,
    });
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes("\u0000")) {
    throw new ParseError("binary_input", "the file holds NUL bytes: it is binary, not text", {
      file: input.path,
    });
  }
  if (text.trim() === "")
    throw new ParseError("empty_input", "the file holds only white space", { file: input.path });
  return text;
}
