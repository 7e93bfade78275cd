/**
 * The output folder cannot be used or written: it is locked by another run, holds files
 * lianzheng did not write, is read-only or the disk is full. The CLI prints the message as one
 * line and exits 1; the previous output is left as it was.
 */
export class OutputError extends Error {
  override readonly name = "OutputError";
  readonly code: OutputErrorCode;
  constructor(code: OutputErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

export type OutputErrorCode = "output_locked" | "output_not_ours" | "output_unwritable";

const REASONS: Record<string, string> = {
  ENOSPC: "the disk is full (ENOSPC)",
  EDQUOT: "the disk quota is used up (EDQUOT)",
  EROFS: "the file system is read-only (EROFS)",
  EACCES: "permission denied (EACCES)",
  EPERM: "operation not permitted (EPERM)",
};

/**
 * An error of the file system met while writing the output, as an OutputError saying why in
 * words; other errors are returned as they are.
 */
export function explainWriteError(error: unknown, out: string): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason = code === undefined ? undefined : REASONS[code];
  if (reason === undefined) return error;
  return new OutputError(
    "output_unwritable",
    `cannot write the output to ${out}: ${reason}; ${out} is left as it was`,
    { cause: error },
  );
}
