#!/usr/bin/env node
// The `lianzheng` command. Each command is a module in ./commands/ listed in ./commands/index.ts.
import {
  asksForHelp,
  type CommandModule,
  type CommandSpec,
  formatCommandHelp,
  formatUsage,
  nearest,
} from "./command.js";
import { commandTable } from "./commands/index.js";
import { IngestError } from "./errors.js";
import { localeFromEnv, localized, message } from "./messages.js";
import { UsageError } from "./usage.js";
import { toolVersion } from "./version.js";

async function topLevelHelp(): Promise<string> {
  const locale = localeFromEnv();
  const specs = await Promise.all(Object.values(commandTable).map(async (load) => (await load()).spec));
  const width = Math.max(...specs.map((spec) => spec.name.length));
  return [
    message("tool_summary", {}, locale),
    "",
    `${message("heading_usage", {}, locale)} lianzheng <command> [options]`,
    "",
    `${message("heading_commands", {}, locale)}`,
    ...specs.map((spec) => `  ${spec.name.padEnd(width)}  ${localized(spec.summary, locale)}`),
    "",
    `${message("heading_options", {}, locale)}`,
    `  -h, --help     ${message("option_help", {}, locale)}`,
    `  -V, --version  ${message("option_version", {}, locale)}`,
    "",
    message("command_help_hint", {}, locale),
  ].join("\n");
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined) {
    process.stderr.write(
      `lianzheng: ${message("missing_command")} [missing_command]\n\n${await topLevelHelp()}\n`,
    );
    return 2;
  }
  if (name === "--help" || name === "-h" || name === "help") {
    const command = args[0] === undefined ? undefined : commandTable[args[0]];
    process.stdout.write(`${command ? formatCommandHelp((await command()).spec) : await topLevelHelp()}\n`);
    return 0;
  }
  if (name === "--version" || name === "-V" || name === "-v") {
    process.stdout.write(`${toolVersion}\n`);
    return 0;
  }
  const load = commandTable[name];
  if (!load) {
    throw new UsageError(message("unknown_command", { name }), {
      code: "unknown_command",
      suggestion: nearest(name, Object.keys(commandTable)),
    });
  }
  // A parse process starts while the command and its pipeline load (see parse-spawn.ts).
  if (name === "ingest" && !asksForHelp(args))
    void import("./parse-spawn.js").then((spawning) => spawning.startAhead(args)).catch(() => {});
  const command: CommandModule = await load();
  if (asksForHelp(args)) {
    process.stdout.write(`${formatCommandHelp(command.spec)}\n`);
    return 0;
  }
  try {
    return await command.run(args);
  } catch (error) {
    // A library call the arguments set up wrong (a missing input, --out a file) is a usage error
    // of this command, with the library's code.
    if (error instanceof IngestError)
      throw new UsageError(error.message, { code: error.code, command: name });
    if (!(error instanceof UsageError) || error.command !== undefined) throw error;
    throw new UsageError(error.message, { code: error.code, command: name, suggestion: error.suggestion });
  }
}

/** A usage error: what was wrong and its code, the likely fix, then the usage of the command. */
async function reportUsageError(error: UsageError): Promise<void> {
  const load = error.command === undefined ? undefined : commandTable[error.command];
  const spec: CommandSpec | undefined = load ? (await load()).spec : undefined;
  const lines = [`lianzheng: ${error.message} [${error.code}]`];
  if (error.suggestion) lines.push(message("did_you_mean", { suggestion: error.suggestion }));
  lines.push("", spec ? formatUsage(spec) : await topLevelHelp());
  process.stderr.write(`${lines.join("\n")}\n`);
}

// A reader that stops early (`lianzheng parse … | head`) closes the pipe: that ends the output,
// it is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(process.exitCode ?? 0);
});

main(process.argv.slice(2))
  .catch(async (error: unknown) => {
    if (!(error instanceof UsageError)) throw error;
    await reportUsageError(error);
    return 2;
  })
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `lianzheng: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 1;
    },
  );
