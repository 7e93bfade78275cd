import { parseArgs } from "node:util";
import { type Document, isParseError } from "@lianzheng/model";
import { canIsolate, ParseProcess } from "../parse-process.js";
import { parseFile } from "../pipeline.js";
import { printable } from "../printable.js";
import { UsageError } from "../usage.js";

/**
 * The document of one file, parsed in a parse process (see parse-process.ts) when the package is
 * built, so a runaway input ends with one line and its limits hold here as in `ingest`. A failure
 * comes back as the ParseError's line.
 */
async function parseIsolated(
  path: string,
): Promise<{ document: Document } | { line: string; code: string | undefined }> {
  if (!canIsolate()) {
    try {
      return { document: await parseFile(path) };
    } catch (error) {
      if (!isParseError(error)) throw error;
      return { line: error.toLine(), code: error.code };
    }
  }
  const parser = new ParseProcess([]);
  try {
    const outcome = await parser.parse(path, {});
    if (outcome.result === "parsed") return { document: outcome.document };
    if (outcome.result === "failed")
      return { line: outcome.error, code: /\[(\w+)\]$/.exec(outcome.error)?.[1] };
    throw new Error("a parse with no reusable results reused one");
  } finally {
    parser.close();
  }
}

/** `lianzheng parse <file>`: one Document as JSON on stdout, validated by the model. */
export async function run(args: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: { compact: { type: "boolean", default: false } },
  });
  if (positionals.length !== 1) throw new UsageError("parse takes exactly one file: lianzheng parse <file>");
  const path = positionals[0] as string;
  const parsed = await parseIsolated(path);
  if ("document" in parsed) {
    process.stdout.write(`${JSON.stringify(parsed.document, null, values.compact ? undefined : 2)}\n`);
    return 0;
  }
  if (parsed.code === "not_found") throw new UsageError(`no such file: ${path}`);
  process.stderr.write(`lianzheng: ${printable(parsed.line)}\n`);
  return 1;
}
