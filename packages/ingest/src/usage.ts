/** A mistake in how the CLI was called. The CLI prints it with the usage line and exits 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}
