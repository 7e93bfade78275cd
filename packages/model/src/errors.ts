import type { Location } from "./common.js";

/** Why an input could not be read or parsed at all. Problems *in* the data are warnings instead. */
export type ParseErrorCode =
  | "not_found"
  | "unreadable"
  | "empty_input"
  | "binary_input"
  | "unsupported_encoding"
  | "not_a_pdf"
  | "encrypted_pdf"
  | "truncated_pdf"
  | "malformed_pdf"
  | "no_text_layer"
  | "too_many_pages"
  | "file_too_large"
  | "timeout"
  | "unknown_kind"
  | "invalid_document";

export interface ParseErrorOptions {
  /** The input file, as the user named it. */
  file?: string;
  at?: Location;
  cause?: unknown;
}

/**
 * Broken input or environment: not a PDF, encrypted, unreadable. One class with a literal `code`,
 * a message that says what to do, and where it happened.
 */
export class ParseError extends Error {
  override readonly name = "ParseError";
  readonly code: ParseErrorCode;
  readonly file: string | undefined;
  readonly at: Location | undefined;

  constructor(code: ParseErrorCode, message: string, options: ParseErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.file = options.file;
    this.at = options.at;
  }

  /** One line for a person: `file (page 3, line 12): message [code]`. */
  toLine(): string {
    const where = [
      this.at?.page && `page ${this.at.page}`,
      this.at?.line && `line ${this.at.line}`,
      this.at?.seq && `序次 ${this.at.seq}`,
    ]
      .filter(Boolean)
      .join(", ");
    const head = this.file ? `${this.file}${where ? ` (${where})` : ""}: ` : where ? `(${where}) ` : "";
    return `${head}${this.message} [${this.code}]`;
  }
}

export function isParseError(error: unknown): error is ParseError {
  return error instanceof ParseError;
}
