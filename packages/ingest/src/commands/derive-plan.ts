import { parseArgs } from "node:util";
import { derivePlanFromReport } from "@lianzheng/execution-report";
import { isParseError } from "@lianzheng/model";
import { parseFile } from "../pipeline.js";
import { UsageError } from "../usage.js";

/**
 * `lianzheng derive-plan <report>`: the plan edition an execution report follows, rebuilt from its
 * records (each restates strategy, measure, goals and agencies), as one ActionPlan marked derived.
 */
export async function run(args: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: { compact: { type: "boolean", default: false } },
  });
  if (positionals.length !== 1)
    throw new UsageError("derive-plan takes exactly one report: lianzheng derive-plan <report>");
  const path = positionals[0] as string;
  try {
    const document = await parseFile(path);
    if (document.kind !== "execution-report") {
      process.stderr.write(
        `lianzheng: ${path}: a ${document.kind}, not an execution report; nothing to derive\n`,
      );
      return 1;
    }
    const plan = derivePlanFromReport(document);
    process.stdout.write(`${JSON.stringify(plan, null, values.compact ? undefined : 2)}\n`);
    return 0;
  } catch (error) {
    if (!isParseError(error)) throw error;
    if (error.code === "not_found") throw new UsageError(`no such file: ${path}`);
    process.stderr.write(`lianzheng: ${error.toLine()}\n`);
    return 1;
  }
}
