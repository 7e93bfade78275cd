/** What a UsageError knows beyond its message: a stable code, the command, a likely fix. */
export interface UsageErrorOptions {
  /** A stable snake_case code, printed in every locale (`[unknown_option]`). */
  code?: string;
  /** The command whose usage is printed with the error; none for the top level. */
  command?: string;
  /** The nearest real command or option to what was typed. */
  suggestion?: string | undefined;
}

/** A mistake in how the CLI was called. The CLI prints it with the command's usage and exits 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
  readonly code: string;
  readonly command: string | undefined;
  readonly suggestion: string | undefined;

  constructor(message: string, options: UsageErrorOptions = {}) {
    super(message);
    this.code = options.code ?? "usage";
    this.command = options.command;
    this.suggestion = options.suggestion;
  }
}
