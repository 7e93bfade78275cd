import { message } from "./messages.js";
import { printable } from "./printable.js";

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

/** What a command takes, in English and in Chinese, as a wrong_arguments error says it. */
export interface Expected {
  en: string;
  zh: string;
}

/** The positional arguments as an error shows them: "none" when there are none. */
export function given(positionals: readonly string[]): string {
  return positionals.length === 0 ? "none" : positionals.join(" ");
}

/** A command was called with the wrong arguments: what it takes, and what it got. */
export function wrongArguments(
  command: string,
  expected: Expected,
  got: string,
  suggestion?: string,
): UsageError {
  return new UsageError(
    message("wrong_arguments", { command, expected: expected.en, expectedZh: expected.zh, got }),
    { code: "wrong_arguments", command, suggestion },
  );
}

/** A file or folder named on the command line does not exist. */
export function noSuchFile(command: string, path: string): UsageError {
  return new UsageError(message("no_such_file", { path: printable(path) }), {
    code: "no_such_file",
    command,
  });
}
