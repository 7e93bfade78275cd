import type { RawDocument } from "@lianzheng/layout";
import {
  createWarning,
  documentId,
  type ExecutionReport,
  type Language,
  ParseError,
  type ReportRecord,
  type Source,
  type Warning,
} from "@lianzheng/model";
import { collectEntries, type RepeatedHead } from "./internal/entries.js";
import { gregorianYear, parseHeading } from "./internal/heading.js";
import { reclaimLabelTails } from "./internal/label-tails.js";
import { classifyLabel } from "./internal/labels.js";
import { buildRecord, groupRecords } from "./internal/records.js";
import { rejoinSplitLabels } from "./internal/split-labels.js";

export interface ParseExecutionReportOptions {
  /** The input file the RawDocument was read from. */
  source: Source;
  /** Overrides the id derived from kind, language and the source's sha256. */
  id?: string;
  /** Used when the report's own title line (…年執行情形) is not found. */
  title?: string;
  /** Defaults to `zh-Hant`, the language every execution report so far is written in. */
  language?: Language;
}

/**
 * Parses an execution report (執行情形) read by any reader into an `ExecutionReport`: the year and
 * approval from its heading, and one record per 序次 with its strategy, measure, goals, agencies,
 * indicators, the year's target and achievement (items, quantities and evaluations), and every
 * other row in `fields`. Problems in the data are warnings; a document with no 序次 records or no
 * year throws a ParseError.
 *
 * @example
 * const report = parseExecutionReport(readText(text), { source });
 * report.rocYear; // 107
 * report.records[3]?.evaluations[0]?.ratio; // 1.025 (287 件 of 280 件)
 */
export function parseExecutionReport(
  doc: RawDocument,
  options: ParseExecutionReportOptions,
): ExecutionReport {
  const warnings: Warning[] = [...doc.warnings];
  const collected = collectEntries(doc);
  for (const head of collected.repeatedHeads) warnings.push(repeatedHeadWarning(head));
  const preamble = collected.preamble;
  const entries = reclaimLabelTails(rejoinSplitLabels(collected.entries, warnings), warnings);
  const heading = parseHeading(preamble.map((loose) => loose.text));
  const rocYear =
    heading.rocYear ??
    yearFromLabels(
      entries.map((e) => e.label),
      warnings,
    );
  if (rocYear === null) {
    throw new ParseError(
      "invalid_document",
      `found no year: expected a title like "國家廉政建設行動方案 107 年執行情形" or rows labelled "107年績效目標值"`,
      { file: options.source.path },
    );
  }
  if (!heading.approval) {
    warnings.push(
      createWarning(
        "approval_missing",
        "no approval line (行政院 108 年 9 月 11 日院臺法字第 … 號函核定) before the first record",
      ),
    );
  }

  const records: ReportRecord[] = [];
  for (const draft of groupRecords(entries, warnings)) {
    const record = buildRecord(draft, { rocYear, warnings, previous: records.at(-1) });
    if (record) records.push(record);
  }
  if (records.length === 0) {
    throw new ParseError(
      "invalid_document",
      `found no records: an execution report has rows "序次<TAB>1", "具體策略<TAB>一、…", … (got ${entries.length} labelled rows)`,
      { file: options.source.path },
    );
  }

  const language = options.language ?? "zh-Hant";
  const report: ExecutionReport = {
    id: options.id ?? documentId("execution-report", language, options.source.sha256),
    kind: "execution-report",
    language,
    title: heading.title ?? options.title ?? `${rocYear} 年執行情形`,
    source: options.source,
    warnings,
    year: gregorianYear(rocYear),
    rocYear,
    records,
  };
  if (heading.approval) report.approval = heading.approval;
  return report;
}

/** The year the target labels name most often, when the heading has none. */
function yearFromLabels(labels: readonly string[], warnings: Warning[]): number | null {
  const counts = new Map<number, number>();
  for (const label of labels) {
    const match = classifyLabel(label);
    if (match.kind === "target" && match.rocYear !== undefined) {
      counts.set(match.rocYear, (counts.get(match.rocYear) ?? 0) + 1);
    }
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  if (!best) return null;
  warnings.push(
    createWarning(
      "year_from_labels",
      `no "…年執行情形" title: year ${best[0]} taken from the 績效目標值 rows`,
    ),
  );
  return best[0];
}

/** A record's head repeated as a paragraph inside its own value: left out, said as info. */
function repeatedHeadWarning(head: RepeatedHead): Warning {
  const at: Warning["at"] = { seq: head.seq };
  if (head.lineStart !== undefined) at.line = head.lineStart;
  if (head.pageStart !== undefined) at.page = head.pageStart;
  const where = head.pageStart === undefined ? `line ${head.lineStart}` : `page ${head.pageStart}`;
  return createWarning(
    "record_head_repeated",
    `序次 ${head.seq} came again as a line of its own inside its record (${where}): read as its head repeated, not as text`,
    { at },
  );
}
