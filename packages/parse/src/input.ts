import { isParseError, ParseError } from "@lianzheng/model";
import { type DecodedText, decodeText } from "@lianzheng/text";

/** The bytes of one input and what is known before parsing it. */
export interface Input {
  /** The name the input is known by (a path, or a file name in a browser); errors name it. */
  path: string;
  bytes: Uint8Array;
  /** Hex SHA-256 of `bytes`: the document's id is built from it. */
  sha256: string;
  format: "pdf" | "text";
}

/**
 * An input from bytes already read and hashed (a file, standard input, a file dropped in a
 * browser), its format decided by the PDF reader's header check (`hasPdfHeader` of
 * @lianzheng/pdf: the one place PDF bytes are told apart). The name only decides what a mismatch
 * means: a file named .pdf that is not one is refused rather than read as text.
 */
export function inputOf(path: string, bytes: Uint8Array, sha256: string, isPdf: boolean): Input {
  if (bytes.length === 0) throw new ParseError("empty_input", "the file is empty", { file: path });
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
export function decodeInput(input: Pick<Input, "path" | "bytes">): DecodedText {
  let decoded: DecodedText;
  try {
    decoded = decodeText(input.bytes);
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
