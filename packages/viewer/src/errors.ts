/**
 * A site that cannot be made: the dataset folder is missing or holds a file that is not what it
 * should be, or the output folder holds files that are not an earlier site.
 */
export class ViewerError extends Error {
  override readonly name = "ViewerError";
  constructor(
    readonly code: "not_a_dataset" | "bad_file" | "out_not_a_site",
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
