import { parseArgs } from "node:util";
import { isParseError } from "@lianzheng/model";
import { parseFile } from "../pipeline.js";
import { UsageError } from "../usage.js";

/** `lianzheng parse <file>`: one Document as JSON on stdout, validated by the model. */
export async function run(args: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: { compact: { type: "boolean", default: false } },
  });
  if (positionals.length !== 1) throw new UsageError("parse takes exactly one file: lianzheng parse <file>");
  const path = positionals[0] as string;
  try {
    const document = await parseFile(path);
    process.stdout.write(`${JSON.stringify(document, null, values.compact ? undefined : 2)}\n`);
    return 0;
  } catch (error) {
    if (!isParseError(error)) throw error;
    if (error.code === "not_found") throw new UsageError(`no such file: ${path}`);
    process.stderr.write(`lianzheng: ${error.toLine()}\n`);
    return 1;
  }
}
