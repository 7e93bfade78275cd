/** What went wrong in a call to the ingest library (not in a document: those are ParseErrors). */
export type IngestErrorCode =
  /** A path given as input does not exist. */
  | "input_not_found"
  /** The output folder is a file. */
  | "output_is_file"
  /** The output folder holds files lianzheng did not write, which a run would replace. */
  | "output_not_ours"
  /** Another run holds the output folder's lock. */
  | "output_locked"
  /** The output cannot be written: read-only, full, no permission, or a link to nothing. */
  | "output_unwritable";

/**
 * A call to the ingest library that cannot go ahead as asked: a missing input path, an output
 * folder that is a file or holds someone else's files. The CLI reports it as a usage error.
 */
export class IngestError extends Error {
  override readonly name = "IngestError";
  readonly code: IngestErrorCode;
  /** The path the error is about. */
  readonly path: string;

  constructor(code: IngestErrorCode, message: string, path: string, options: { cause?: unknown } = {}) {
    super(message, options);
    this.code = code;
    this.path = path;
  }
}

const WRITE_FAILURES: Record<string, string> = {
  ENOSPC: "the disk is full (ENOSPC)",
  EDQUOT: "the disk quota is used up (EDQUOT)",
  EROFS: "the file system is read-only (EROFS)",
  EACCES: "permission denied (EACCES)",
  EPERM: "operation not permitted (EPERM)",
};

/**
 * An error of the file system met while writing the output, as an IngestError
 * `output_unwritable` saying why in words; other errors are returned as they are.
 */
export function explainWriteError(error: unknown, out: string): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason = code === undefined ? undefined : WRITE_FAILURES[code];
  if (reason === undefined) return error;
  return new IngestError(
    "output_unwritable",
    `cannot write the output to ${out}: ${reason}; ${out} is left as it was`,
    out,
    { cause: error },
  );
}
