#!/usr/bin/env node
// The `lianzheng` command. Each command lives in ./commands/<name>.ts and is imported only when
// it runs, so `lianzheng --help` does not pay for pdfjs, OpenCC or sql.js.
import { IngestError } from "./errors.js";
import { UsageError } from "./usage.js";
import { toolVersion } from "./version.js";

const commands: Record<
  string,
  { summary: string; load: () => Promise<{ run: (args: string[]) => Promise<number> }> }
> = {
  parse: {
    summary: "parse <file>              print one Document as JSON",
    load: () => import("./commands/parse.js"),
  },
  ingest: {
    summary: "ingest <paths…> --out DIR  parse files and folders into a dataset",
    load: () => import("./commands/ingest.js"),
  },
  normalize: {
    summary: "normalize <what> <text>    number|amount|date|quantities|items|clean, as JSON",
    load: () => import("./commands/normalize.js"),
  },
  "derive-plan": {
    summary: "derive-plan <report>       the plan edition a report restates, as JSON",
    load: () => import("./commands/derive-plan.js"),
  },
  diff: {
    summary: "diff <a> <b> [--format json|table|md] [--changes]  how measures carry between editions",
    load: () => import("./commands/diff.js"),
  },
  agencies: {
    summary: "agencies [--resolve NAME | --unresolved PATHS…]  the agency registry",
    load: () => import("./commands/agencies.js"),
  },
};

const version = toolVersion;

function help(): string {
  return [
    "lianzheng: Taiwan's integrity action plans and execution reports as typed data",
    "",
    "usage: lianzheng <command> [options]",
    "",
    ...Object.values(commands).map((c) => `  ${c.summary}`),
    "",
    "  --help, -h   this text        --version   the tool's version",
  ].join("\n");
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(`${help()}\n`);
    return name === undefined ? 2 : 0;
  }
  if (name === "--version" || name === "-v") {
    process.stdout.write(`${version}\n`);
    return 0;
  }
  const command = commands[name];
  if (!command) throw new UsageError(`unknown command "${name}"`);
  return (await command.load()).run(args);
}

// A reader that stops early (`lianzheng parse … | head`) closes the pipe: that ends the output,
// it is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(process.exitCode ?? 0);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A library call the CLI's arguments set up wrong (a missing input, --out a file) is a usage
    // error too.
    if (error instanceof UsageError || error instanceof IngestError) {
      process.stderr.write(`lianzheng: ${error.message}\n${help()}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(
      `lianzheng: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
