import { derivePlanFromReport } from "@lianzheng/execution-report";
import { isParseError } from "@lianzheng/model";
import { COMPACT_OPTION, type CommandSpec, parseCommandArgs } from "../command.js";
import { parseFile } from "../pipeline.js";
import { printable } from "../printable.js";
import { given, noSuchFile, wrongArguments } from "../usage.js";

export const spec: CommandSpec = {
  name: "derive-plan",
  summary: {
    en: "the plan edition an execution report restates, as JSON",
    "zh-Hant": "由執行情形報告重建其所依據的方案版本，以 JSON 輸出",
  },
  usage: ["derive-plan <report> [--compact]"],
  options: {
    compact: COMPACT_OPTION,
  },
  notes: {
    en: "Each record of the report restates its strategy, measure, goals and agencies; the plan rebuilt from them is marked derivedFrom. Exit 1 when the file is no execution report or cannot be parsed.",
    "zh-Hant":
      "報告的每筆紀錄重述其策略、措施、目標與機關；由此重建的方案標記 derivedFrom。檔案不是執行情形報告或無法解析時結束代碼為 1。",
  },
  examples: [
    {
      command: "derive-plan seeds/003_2d62c1db8ab3e0f0.txt",
      what: {
        en: "the 2018 edition, rebuilt from the 107 report",
        "zh-Hant": "由 107 年執行情形重建 107 年版方案",
      },
    },
  ],
};

/**
 * `lianzheng derive-plan <report>`: the plan edition an execution report follows, rebuilt from its
 * records (each restates strategy, measure, goals and agencies), as one ActionPlan marked derived.
 */
export async function run(args: string[]): Promise<number> {
  const { positionals, values } = parseCommandArgs(spec, args);
  if (positionals.length !== 1) {
    throw wrongArguments(
      "derive-plan",
      { en: "derive-plan takes exactly one execution report", zh: "derive-plan 只接一份執行情形報告" },
      given(positionals),
    );
  }
  const path = positionals[0] as string;
  try {
    const document = await parseFile(path);
    if (document.kind !== "execution-report") {
      process.stderr.write(
        `lianzheng: ${printable(path)}: a ${document.kind}, not an execution report; nothing to derive\n`,
      );
      return 1;
    }
    const plan = derivePlanFromReport(document);
    process.stdout.write(`${JSON.stringify(plan, null, values.compact ? undefined : 2)}\n`);
    return 0;
  } catch (error) {
    if (!isParseError(error)) throw error;
    if (error.code === "not_found") throw noSuchFile("derive-plan", path);
    process.stderr.write(`lianzheng: ${printable(error.toLine())}\n`);
    return 1;
  }
}
