// What a CLI command declares about itself (usage, options, examples), and the one argument parser
// every command goes through, so every command has the same `--help` and the same usage errors.
import { parseArgs } from "node:util";
import leven from "leven";
import { type Locale, type Localized, localeFromEnv, localized, message } from "./messages.js";
import { UsageError } from "./usage.js";

/** An option of a command: node:util's parseArgs config, with what the help says about it. */
export interface OptionSpec {
  type: "string" | "boolean";
  short?: string;
  multiple?: boolean;
  default?: string | boolean;
  /** The value's placeholder in the help (`DIR`, `N`); string options only. */
  value?: string;
  /** An example value, shown when the value is missing. */
  example?: string;
  description: Localized;
}

/** `--compact`, for the commands that print one JSON value. */
export const COMPACT_OPTION: OptionSpec = {
  type: "boolean",
  default: false,
  description: { en: "one line of JSON instead of indented", "zh-Hant": "JSON 輸出為一行，不縮排" },
};

/** What a command declares: the help and the usage errors are built from it. */
export interface CommandSpec {
  name: string;
  /** One line, after the name in `lianzheng --help`. */
  summary: Localized;
  /** The usage lines, without the leading `lianzheng `. */
  usage: string[];
  options: Record<string, OptionSpec>;
  /** Command lines (without `lianzheng `) each with what it does. */
  examples: { command: string; what: Localized }[];
  /** A paragraph after the options: defaults worth knowing, where the output goes. */
  notes?: Localized;
}

/** A command module: its spec, and `run` which parses its arguments with `parseCommandArgs`. */
export interface CommandModule {
  spec: CommandSpec;
  run(args: string[]): Promise<number>;
}

/** `--help`, `-h` anywhere before a `--`: the command's help instead of running it. */
export function asksForHelp(args: string[]): boolean {
  for (const arg of args) {
    if (arg === "--") return false;
    if (arg === "--help" || arg === "-h") return true;
  }
  return false;
}

/** The candidate closest to what was typed, when it is close enough to be a likely typo. */
export function nearest(typed: string, candidates: readonly string[]): string | undefined {
  // Every one-letter option is one edit from any other: no suggestion would mean anything.
  if (typed.replace(/^-+/, "").length < 2) return undefined;
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const distance = leven(typed, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  // A third of the word may differ (`--jbos` → `--jobs`: 2 of 6); a prefix also counts (`--res`).
  const close = bestDistance <= Math.max(1, Math.floor(typed.length / 3));
  const prefix = candidates.find((c) => typed.length >= 3 && c.startsWith(typed));
  return close ? best : prefix;
}

type Values = Record<string, string | boolean | string[] | undefined>;

/**
 * A command's arguments parsed against its spec. Any mistake (an unknown option, a missing value, a
 * value given to a flag) is a UsageError naming the option and the nearest real one.
 */
export function parseCommandArgs(
  spec: CommandSpec,
  args: string[],
): { values: Values; positionals: string[] } {
  const { values, positionals, tokens } = parseArgs({
    args,
    options: spec.options,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    const option = spec.options[token.name];
    if (option === undefined) throw unknownOption(spec, token.rawName);
    if (option.type === "string" && token.value === undefined) {
      throw new UsageError(
        message("missing_option_value", {
          command: spec.name,
          option: token.rawName,
          example: `${token.rawName} ${option.example ?? option.value ?? "VALUE"}`,
        }),
        { code: "missing_option_value", command: spec.name },
      );
    }
    if (option.type === "boolean" && token.inlineValue) {
      throw new UsageError(
        message("unexpected_option_value", { command: spec.name, option: token.rawName }),
        {
          code: "unexpected_option_value",
          command: spec.name,
        },
      );
    }
  }
  return { values: values as Values, positionals };
}

function unknownOption(spec: CommandSpec, rawName: string): UsageError {
  const names = Object.entries(spec.options).flatMap(([name, option]) => [
    `--${name}`,
    ...(option.short ? [`-${option.short}`] : []),
  ]);
  return new UsageError(message("unknown_option", { command: spec.name, option: rawName }), {
    code: "unknown_option",
    command: spec.name,
    suggestion: nearest(rawName, names),
  });
}

function optionLabel(name: string, option: OptionSpec): string {
  const long = option.type === "string" ? `--${name} ${option.value ?? "VALUE"}` : `--${name}`;
  return option.short ? `-${option.short}, ${long}` : `    ${long}`;
}

/** Lines of two columns: the first padded to the widest. */
function columns(rows: [string, string][], indent = "  "): string[] {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `${indent}${left.padEnd(width)}  ${right}`);
}

/** The help of one command: usage, options, notes, examples. */
export function formatCommandHelp(spec: CommandSpec, locale: Locale = localeFromEnv()): string {
  const options: [string, string][] = [
    ...Object.entries(spec.options).map(([name, option]): [string, string] => [
      optionLabel(name, option),
      localized(option.description, locale),
    ]),
    ["-h, --help", message("option_help", {}, locale)],
  ];
  return [
    `lianzheng ${spec.name}: ${localized(spec.summary, locale)}`,
    "",
    `${message("heading_usage", {}, locale)}`,
    ...spec.usage.map((line) => `  lianzheng ${line}`),
    "",
    `${message("heading_options", {}, locale)}`,
    ...columns(options),
    ...(spec.notes ? ["", localized(spec.notes, locale)] : []),
    "",
    `${message("heading_examples", {}, locale)}`,
    ...spec.examples.flatMap((example) => [
      `  lianzheng ${example.command}`,
      `      ${localized(example.what, locale)}`,
    ]),
  ].join("\n");
}

/** The usage lines of a command, printed after a usage error. */
export function formatUsage(spec: CommandSpec, locale: Locale = localeFromEnv()): string {
  return [
    `${message("heading_usage", {}, locale)}`,
    ...spec.usage.map((line) => `  lianzheng ${line}`),
    message("see_help", { command: `lianzheng ${spec.name}` }, locale),
  ].join("\n");
}
