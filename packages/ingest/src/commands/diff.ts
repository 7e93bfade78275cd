import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { type LineageEntry, lineMeasures } from "@lianzheng/action-plan";
import { derivePlanFromReport } from "@lianzheng/execution-report";
import { type ActionPlan, Document, isParseError } from "@lianzheng/model";
import { parseFile } from "../pipeline.js";
import { UsageError } from "../usage.js";

const FORMATS = ["json", "table", "md"] as const;
type Format = (typeof FORMATS)[number];

/** A plan from a file any reader takes, or from a parsed Document (.json); a report gives the plan it restates. */
async function loadPlan(path: string): Promise<ActionPlan> {
  const document = path.endsWith(".json")
    ? Document.parse(JSON.parse(readFileSync(path, "utf8")))
    : await parseFile(path);
  if (document.kind === "action-plan") return document;
  if (document.kind === "execution-report") return derivePlanFromReport(document);
  throw new UsageError(`${path}: a ${document.kind}, neither a plan nor an execution report`);
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
  const widths = HEADER.map((_, c) => Math.max(...[HEADER, ...rows].map((row) => width(row[c] ?? ""))));
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
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: "string" }, changes: { type: "boolean", default: false } },
  });
  if (positionals.length !== 2) throw new UsageError("diff takes two plans: lianzheng diff <a> <b>");
  const format = (values.format ?? (process.stdout.isTTY ? "table" : "json")) as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format is one of ${FORMATS.join(", ")}`);
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
    process.stderr.write(`lianzheng: ${error.toLine()}\n`);
    return 1;
  }
}
