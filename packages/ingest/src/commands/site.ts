import { stat } from "node:fs/promises";
import { parseArgs } from "node:util";
import { buildSite, ViewerError } from "@lianzheng/viewer";
import { UsageError } from "../usage.js";

export const usage = "lianzheng site <dataset> --out DIR";

/**
 * `lianzheng site <dataset> --out DIR`: a static site for a dataset folder written by `ingest`.
 * Copies the viewer's prebuilt script and style and writes the data beside them; open
 * DIR/index.html from disk or serve DIR from any static host.
 */
export async function run(args: string[]): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}: ${usage}`);
  }
  const { positionals, values } = parsed;
  if (positionals.length !== 1) throw new UsageError(`site takes one dataset folder: ${usage}`);
  if (!values.out) throw new UsageError(`site needs --out DIR, e.g. --out out-site: ${usage}`);
  const dataset = positionals[0] as string;
  const isDir = await stat(dataset).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!isDir) throw new UsageError(`no such dataset folder: ${dataset}`);
  try {
    const report = await buildSite(dataset, values.out);
    for (const file of report.files) process.stderr.write(`${file.name}\t${file.bytes} B\n`);
    process.stderr.write(`site written to ${values.out}/index.html\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof ViewerError)) throw error;
    process.stderr.write(`lianzheng: ${error.message}\n`);
    return 1;
  }
}

function parse(args: string[]) {
  return parseArgs({ args, allowPositionals: true, options: { out: { type: "string" } } });
}
