import { parseArgs } from "node:util";
import { ingest } from "../ingest.js";
import { UsageError } from "../usage.js";

/** `lianzheng ingest <paths…> --out DIR`: a dataset from files and folders. */
export async function run(args: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: "string", default: "out" },
      quiet: { type: "boolean", default: false },
    },
  });
  if (positionals.length === 0) throw new UsageError("ingest needs files or folders: lianzheng ingest <paths…> --out DIR");
  const paths = positionals;
  const manifest = await ingest({
    paths,
    out: values.out,
    onInput: (entry, done, total) => {
      if (entry.status === "failed") process.stderr.write(`failed  ${entry.error}\n`);
      else if (!values.quiet) process.stdout.write(`[${done}/${total}] ${entry.status.padEnd(7)} ${entry.path}\n`);
    },
  });
  const t = manifest.totals;
  process.stdout.write(
    `${t.inputs} inputs: ${t.ok} ok, ${t.partial} partial, ${t.failed} failed, ${t.skipped} skipped; ${t.documents} documents written to ${values.out}\n`,
  );
  return t.failed > 0 ? 1 : 0;
}
