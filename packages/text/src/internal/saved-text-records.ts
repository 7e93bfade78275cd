import { classifyLabel } from "@lianzheng/layout";
import { cell, type LogicalLine } from "./assemble.js";

// A key/value table saved as text by a word processor (one record per table): each label on a
// line of its own, its value's paragraphs one per line after it, an empty value as one empty
// line, an empty line between two records' tables.

// The record labels of an execution report are layout's (classifyLabel, the report parser's own
// vocabulary: 序次, 具體策略 … 107年績效目標值, compared without white space and widths folded).
// Rows some records add (seed 003's 44th): 分組主辦機關列管說明, 107年特殊績效及亮點成果, 107年執行效益,
// 106年及107年績效目標「達成率」及執行成果比較.
const EXTRA_LABEL =
  /^(?:分組主辦機關列管說明|\d{2,3}年度?(?:特殊績效及亮點成果|執行效益)|\d{2,3}年及\d{2,3}年績效目標「?達成率」?及執行成果比較)$/u;
// A label by its shape alone: a short phrase of CJK words (a year, brackets), no punctuation.
const LABEL_SHAPE = /^(?=(?:.*\p{Script=Han}){4})[\p{Script=Han}\d「」『』（）()]{4,40}$/u;
const RECORD_KEYS = new Set(["序次", "序號"]);
const NUMBER = /^\d{1,4}$/u;
const MAX_LABEL_LENGTH = 60;

const labelKey = (line: string): string => line.normalize("NFKC").replace(/\s+/gu, "");

/** True when a line is exactly a record label the report parser knows (序次, 107年績效目標值 …). */
export function isRecordLabel(line: string): boolean {
  // (Labels are short: a value's line is not folded and matched.)
  if (line.length > MAX_LABEL_LENGTH) return false;
  return classifyLabel(line).kind !== "other" || EXTRA_LABEL.test(labelKey(line));
}

/** True when `lines[index]` opens a record: its key label, a bare number, then a label. */
export function opensRecord(lines: readonly string[], index: number): boolean {
  return (
    RECORD_KEYS.has(labelKey(lines[index] ?? "")) &&
    NUMBER.test((lines[index + 1] ?? "").trim()) &&
    isRecordLabel(lines[index + 2] ?? "")
  );
}

/**
 * The labels of a text's records: the known ones, and any other line standing at a label's place
 * in most records (a label the vocabulary lacks, 107年特殊績效及亮點成果) that reads as a label
 * (short, no digits but a year, no punctuation: a value repeated record after record has some).
 */
export function recordLabels(lines: readonly string[], starts: readonly number[]): Set<string> {
  const labels = new Set<string>();
  const counts = new Map<string, number>();
  starts.forEach((start, index) => {
    const end = starts[index + 1] ?? lines.length;
    const seen = new Set<string>();
    for (let at = start; at < end; at++) {
      const key = labelKey(lines[at] ?? "");
      if (isRecordLabel(key)) labels.add(key);
      else if (LABEL_LIKE.test(key) && !seen.has(key)) seen.add(key);
    }
    for (const key of seen) counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  for (const [key, count] of counts) if (count >= Math.max(2, starts.length * 0.8)) labels.add(key);
  return labels;
}

// A label the vocabulary lacks: CJK words, a year before them at most, no punctuation.
const LABEL_LIKE = /^(?:\d{2,3}年度?)?[\p{Script=Han}]{2,20}$/u;

/**
 * The rows of the records from `start` to `end` (exclusive): a label line starts a row, the lines
 * up to the next label are its value (paragraphs one per line; the empty lines that close a
 * record's table dropped). A line shaped as a label (a short phrase, no punctuation) after a
 * value's first line starts a row too, and its line goes in `byShape`. Lines are 0-based here,
 * 1-based in the rows.
 */
export function* recordRows(
  lines: readonly string[],
  span: { from: number; to: number },
  labels: ReadonlySet<string>,
  byShape: number[],
): Generator<LogicalLine> {
  let index = span.from;
  while (index < span.to) {
    const label = (lines[index] ?? "").trim();
    let next = index + 1;
    while (next < span.to && !labels.has(labelKey(lines[next] ?? ""))) {
      if (next > index + 1 && shapedAsLabel(lines, next)) {
        byShape.push(next + 1);
        break;
      }
      next++;
    }
    const value = lines.slice(index + 1, next).map((line) => line.trim());
    while (value.length > 1 && value.at(-1) === "") value.pop();
    const last = index + value.length;
    yield {
      kind: "row",
      cells: [cell(label, index + 1), cell(value.join("\n"), index + 2, last + 1)],
      line: index + 1,
      lineEnd: last + 1,
    };
    index = next;
  }
}

/** A line shaped as a label, after a value's line and before one of its own. */
function shapedAsLabel(lines: readonly string[], index: number): boolean {
  const line = (lines[index] ?? "").trim();
  return LABEL_SHAPE.test(line) && !!lines[index - 1]?.trim() && index + 1 < lines.length;
}
