/** What went wrong in a call to the ingest library (not in a document: those are ParseErrors). */
export type IngestErrorCode =
  /** A path given as input does not exist. */
  | "input_not_found"
  /** The output folder is a file. */
  | "output_is_file"
  /** The output folder holds files lianzheng did not write, which a run would replace. */
  | "output_not_ours";

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
