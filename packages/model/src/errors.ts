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
  | "invalid_document"
  /** `@lianzheng/pdf` runs without Node or without pdfjs-dist in node_modules (e.g. bundled). */
  | "pdfjs_unavailable";

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
// The brand every ParseError carries. A registered symbol is the same in every copy of this module,
// so the checks below hold across the CommonJS and ESM builds (a CJS consumer catching what the
// ESM-only pdf package threw) and across two installed versions; a class identity does not.
const parseErrorBrand = Symbol.for("@lianzheng/model:ParseError");

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
    Object.defineProperty(this, parseErrorBrand, { value: true });
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

  /** `instanceof ParseError` holds for a ParseError of any copy of this package (see the brand). */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isParseError(value);
  }
}

/**
 * Whether a value is a ParseError, from this copy of `@lianzheng/model` or any other (its CommonJS
 * or ESM build, another installed version).
 *
 * @example
 * try { await readPdf(bytes) } catch (error) { if (isParseError(error)) console.error(error.toLine()) }
 */
export function isParseError(error: unknown): error is ParseError {
  return (
    typeof error === "object" &&
    error !== null &&
    (error as Record<symbol, unknown>)[parseErrorBrand] === true
  );
}
