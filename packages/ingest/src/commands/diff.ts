import { existsSync, readFileSync } from "node:fs";
import { type LineageEntry, lineMeasures } from "@lianzheng/action-plan";
import { derivePlanFromReport } from "@lianzheng/execution-report";
import { type ActionPlan, Document, isParseError } from "@lianzheng/model";
import { type CommandSpec, parseCommandArgs } from "../command.js";
import { message } from "../messages.js";
import { parseFile } from "../pipeline.js";
import { printable } from "../printable.js";
import { given, noSuchFile, UsageError, wrongArguments } from "../usage.js";

const FORMATS = ["json", "table", "md"] as const;
type Format = (typeof FORMATS)[number];

export const spec: CommandSpec = {
  name: "diff",
  summary: {
    en: "how the measures of one plan edition carry into another",
    "zh-Hant": "比較兩個方案版本，列出各措施的延續與變動",
  },
  usage: ["diff <a> <b> [--format json|table|md] [--changes]"],
  options: {
    format: {
      type: "string",
      value: "FORMAT",
      example: "md",
      description: {
        en: "json, table or md (default: a table on a terminal, JSON otherwise)",
        "zh-Hant": "json、table 或 md（預設：終端機為表格，其他為 JSON）",
      },
    },
    changes: {
      type: "boolean",
      default: false,
      description: { en: "leave out the measures kept as they were", "zh-Hant": "略去未變動的措施" },
    },
  },
  notes: {
    en: "Each plan is any readable file or a parsed Document (.json); an execution report stands for the plan it restates (see derive-plan).",
    "zh-Hant":
      "兩個方案可為任何可讀的檔案或已解析的 Document（.json）；執行情形報告代表其所重述的方案（見 derive-plan）。",
  },
  examples: [
    {
      command: "diff seeds/003_2d62c1db8ab3e0f0.txt seeds/001_6bac756fe4f12e99.txt --changes",
      what: {
        en: "what changed from the 2018 edition to the 2023 plan",
        "zh-Hant": "107 年版到 112 年版方案的變動",
      },
    },
  ],
};

/** A plan from a file any reader takes, or from a parsed Document (.json); a report gives the plan it restates. */
async function loadPlan(path: string): Promise<ActionPlan> {
  if (!existsSync(path)) throw noSuchFile("diff", path);
  const document = path.endsWith(".json")
    ? Document.parse(JSON.parse(readFileSync(path, "utf8")))
    : await parseFile(path);
  if (document.kind === "action-plan") return document;
  if (document.kind === "execution-report") return derivePlanFromReport(document);
  throw wrongArguments(
    "diff",
    { en: "two plans or execution reports", zh: "兩個方案或執行情形報告" },
    `${printable(path)}, a ${document.kind}`,
  );
}

function cells(entry: LineageEntry): string[] {
  const agencies = entry.agencies
    ? [...entry.agencies.added.map((a) => `+${a}`), ...entry.agencies.dropped.map((a) => `-${a}`)].join(" ")
    : "";
  const words = entry.changedWords
    ? [
        ...entry.changedWords.removed.map((w) => `-${w}`),
        ...entry.changedWords.added.map((w) => `+${w}`),
      ].join(" ")
    : "";
  return [
    entry.kind + (entry.renumbered ? " (renumbered)" : ""),
    entry.from.join(" + ") || "—",
    entry.to.join(" + ") || "—",
    entry.similarity === undefined ? "" : entry.similarity.toFixed(2),
    agencies,
    entry.goalsChanged ? "changed" : "",
    words.length > 80 ? `${words.slice(0, 79)}…` : words,
  ];
}

const HEADER = ["change", "from", "to", "similarity", "agencies", "goals", "words"];

// East Asian characters take two columns in a terminal.
function width(text: string): number {
  let columns = 0;
  for (const char of text) columns += /[\p{Script=Han}\u3000-\u30ff\uff00-\uffef]/u.test(char) ? 2 : 1;
  return columns;
}

function table(rows: string[][]): string {
  const widths = HEADER.map((cell) => width(cell));
  for (const row of rows) {
    row.forEach((cell, c) => {
      widths[c] = Math.max(widths[c] ?? 0, width(cell));
    });
  }
  const line = (row: string[]) =>
    row
      .map((cell, c) => cell + " ".repeat((widths[c] ?? 0) - width(cell)))
      .join("  ")
      .trimEnd();
  return [line(HEADER), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

function markdown(rows: string[][]): string {
  const escapePipes = (cell: string) => cell.replace(/\|/gu, "\\|");
  return [
    `| ${HEADER.join(" | ")} |`,
    `| ${HEADER.map(() => "---").join(" | ")} |`,
    ...rows.map((row) => `| ${row.map(escapePipes).join(" | ")} |`),
  ].join("\n");
}

/** Counts of each kind of change, in a fixed order. */
export function summarize(entries: readonly LineageEntry[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const kind of ["kept", "renumbered", "reworded", "split", "merged", "added", "removed"]) {
    counts[kind] = entries.filter((entry) => entry.kind === kind).length;
  }
  return counts;
}

/**
 * `lianzheng diff <a> <b> [--format json|table|md]`: how the measures of plan a carry into plan b.
 * Default: a table on a terminal, JSON otherwise.
 */
export async function run(args: string[]): Promise<number> {
  const { positionals, values } = parseCommandArgs(spec, args);
  if (positionals.length !== 2) {
    throw wrongArguments("diff", { en: "diff takes two plans", zh: "diff 需要兩個方案" }, given(positionals));
  }
  const asked = typeof values.format === "string" ? values.format : undefined;
  const format = (asked ?? (process.stdout.isTTY ? "table" : "json")) as Format;
  if (!FORMATS.includes(format)) {
    throw new UsageError(
      message("bad_option_value", {
        command: "diff",
        option: "--format",
        expected: `one of ${FORMATS.join(", ")}`,
        expectedZh: `${FORMATS.join("、")}其中之一`,
        got: format,
      }),
      { code: "bad_option_value", command: "diff" },
    );
  }
  try {
    const [a, b] = await Promise.all(positionals.map(loadPlan));
    const entries = lineMeasures(a as ActionPlan, b as ActionPlan);
    const shown = values.changes ? entries.filter((entry) => entry.kind !== "kept") : entries;
    if (format === "json") {
      const result = { from: a?.id, to: b?.id, summary: summarize(entries), changes: shown };
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    } else {
      const rows = shown.map(cells);
      const summary = Object.entries(summarize(entries))
        .map(([kind, count]) => `${kind} ${count}`)
        .join(", ");
      process.stdout.write(`${format === "md" ? markdown(rows) : table(rows)}\n\n${summary}\n`);
    }
    return 0;
  } catch (error) {
    if (!isParseError(error)) throw error;
    process.stderr.write(`lianzheng: ${printable(error.toLine())}\n`);
    return 1;
  }
}
