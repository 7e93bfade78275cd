import {
  createWarning,
  type Field,
  type Provenance,
  type ReportRecord,
  type Warning,
  type WarningCode,
} from "@lianzheng/model";
import { assess, emptyAssessed } from "./assessed.js";
import type { Entry } from "./entries.js";
import { evaluate } from "./evaluations.js";
import { classifyLabel, isCutLabel, type LabelKind } from "./labels.js";
import {
  type ListMarkerStyle,
  parseAgencyCell,
  parseListMarker,
  parseNumber,
  splitItems,
} from "./normalize.js";
import { joinValue } from "./value-text.js";

/** The entries of one 序次, before they are read. */
interface Draft {
  seq: number;
  entries: Entry[];
}

/**
 * Groups entries into records at each 序次. A 具體策略 row arriving in a record that already has
 * one means its 序次 row was lost (a page break, a bad copy): a new record starts there, with a
 * warning, so no record swallows the next one.
 */
export function groupRecords(entries: readonly Entry[], warnings: Warning[]): Draft[] {
  const drafts: Draft[] = [];
  for (const entry of entries) {
    const { kind } = classifyLabel(entry.label);
    const current = drafts.at(-1);
    if (kind === "seq") {
      const text = joinValue(entry.parts);
      const seq = parseNumber(text);
      const previous = current?.seq ?? 0;
      if (seq === null || seq <= 0) {
        warnings.push(
          warning(
            "seq_unreadable",
            `序次 "${text}" is not a number: numbered ${previous + 1} after the record before`,
            entry,
          ),
        );
      }
      drafts.push({ seq: seq !== null && seq > 0 ? seq : previous + 1, entries: [entry] });
      continue;
    }
    if (!current) {
      warnings.push(
        warning(
          "row_outside_record",
          `row "${entry.label}" comes before any 序次: ${joinValue(entry.parts).slice(0, 60)}`,
          entry,
        ),
      );
      continue;
    }
    if (kind === "strategy" && current.entries.some((e) => classifyLabel(e.label).kind === "strategy")) {
      const seq = current.seq + 1;
      warnings.push(
        warning(
          "missing_seq",
          `a second 具體策略 row without a 序次 row before it: read as 序次 ${seq}`,
          entry,
          seq,
        ),
      );
      drafts.push({ seq, entries: [entry] });
      continue;
    }
    current.entries.push(entry);
  }
  const merged = mergeRepeatedHeads(drafts, warnings);
  checkSequence(merged, warnings);
  return merged;
}

/**
 * A record's first row (序次 | N) that the producer repeats atop each page the record runs onto
 * comes back as a record of the same 序次 when the reader could not join the table's two parts
 * (their columns drawn apart: WeasyPrint lays out each part anew). Where that record holds only
 * rows the one before lacks, it is that record's rest: one record, with an info note. Where it
 * holds nothing but its 序次 row, atop a later page, it is the head alone (Chromium repeats a
 * `<thead>` on the page after a record's last row when the table's foot spills over): dropped,
 * with an info note, as it carries nothing.
 */
function mergeRepeatedHeads(drafts: readonly Draft[], warnings: Warning[]): Draft[] {
  const out: Draft[] = [];
  for (const draft of drafts) {
    const before = out.at(-1);
    const [head, ...rest] = draft.entries as [Entry, ...Entry[]];
    if (before && before.seq === draft.seq && isRestOf(draft, before)) {
      before.entries.push(...rest);
      warnings.push(
        warning(
          "record_head_repeated",
          `序次 ${draft.seq} came again with only the rows its record lacked: read as one record`,
          head,
          draft.seq,
        ),
      );
    } else if (before && before.seq === draft.seq && isLoneHeadAfter(draft, before)) {
      warnings.push(
        warning(
          "record_head_repeated",
          `序次 ${draft.seq} came again alone atop page ${head.pageStart}, with no rows under it: read as its record's head repeated`,
          head,
          draft.seq,
        ),
      );
    } else out.push({ seq: draft.seq, entries: [...draft.entries] });
  }
  return out;
}

/** Whether every row of `draft` after its 序次 row is of a kind `before` has none of. */
function isRestOf(draft: Draft, before: Draft): boolean {
  const had = new Set(before.entries.map((entry) => classifyLabel(entry.label).kind));
  const rest = draft.entries.slice(1);
  return (
    rest.length > 0 &&
    rest.every((entry) => {
      const { kind } = classifyLabel(entry.label);
      return kind !== "other" && !had.has(kind);
    })
  );
}

/** Whether `draft` is its 序次 row alone, on a page after the last row of `before`. */
function isLoneHeadAfter(draft: Draft, before: Draft): boolean {
  const [head] = draft.entries;
  const last = before.entries.at(-1);
  return (
    draft.entries.length === 1 &&
    head !== undefined &&
    last !== undefined &&
    head.pageStart !== undefined &&
    last.pageEnd !== undefined &&
    head.pageStart > last.pageEnd
  );
}

function checkSequence(drafts: readonly Draft[], warnings: Warning[]): void {
  drafts.forEach((draft, i) => {
    const previous = drafts[i - 1]?.seq ?? 0;
    if (draft.seq === previous + 1) return;
    const code = draft.seq <= previous ? "seq_out_of_order" : "seq_gap";
    warnings.push(
      createWarning(code, `序次 ${draft.seq} follows 序次 ${previous}`, { at: { seq: draft.seq } }),
    );
  });
}

export interface RecordContext {
  /** The report's ROC year: its target and achievement labels name it; other years go to `fields`. */
  rocYear: number;
  warnings: Warning[];
  /** The record before, whose strategy a record without its own continues. */
  previous: ReportRecord | undefined;
}

/** The number and the text after it when `text` starts with a marker of `style` (一、 or (一)). */
function numbered(text: string, style: ListMarkerStyle): { number: number; rest: string } | null {
  const head = text.trimStart();
  const marker = parseListMarker(head);
  if (marker?.style !== style || marker.number === null) return null;
  return { number: marker.number, rest: head.slice(marker.raw.length) };
}

type Values = Map<LabelKind, string>;

/**
 * The values of a record's rows by kind; rows of unknown labels, of other years, and a second row
 * of a kind (with a warning) go to `fields`.
 */
function readValues(draft: Draft, context: RecordContext): { values: Values; fields: Field[] } {
  const values: Values = new Map();
  const fields: Field[] = [];
  for (const entry of draft.entries) {
    const label = classifyLabel(entry.label);
    if (label.kind === "seq") continue;
    const text = joinValue(entry.parts);
    const ofOtherYear =
      (label.kind === "target" || label.kind === "achievement") && label.rocYear !== context.rocYear;
    if (label.kind === "other" || ofOtherYear) {
      fields.push({ label: entry.label.trim(), text });
      if (label.kind === "other" && isCutLabel(entry.label))
        context.warnings.push(
          warning(
            "label_incomplete",
            `序次 ${draft.seq}: the row label "${entry.label.trim()}" is part of a known label (績效目標值, 績效目標達成情形), cut: its value, kept in fields, may be that row's`,
            entry,
            draft.seq,
          ),
        );
    } else if (values.has(label.kind)) {
      context.warnings.push(
        warning(
          "duplicate_row",
          `序次 ${draft.seq} has a second "${entry.label}" row: kept in fields`,
          entry,
          draft.seq,
        ),
      );
      fields.push({ label: entry.label.trim(), text });
    } else {
      values.set(label.kind, text);
    }
  }
  return { values, fields };
}

/** The record's 具體策略 (一、…); without one, the record before's, or null when there is none. */
function readStrategy(values: Values, seq: number, context: RecordContext): ReportRecord["strategy"] | null {
  const strategyText = values.get("strategy") ?? "";
  const marker = numbered(strategyText, "chinese");
  if (marker && marker.number > 0) return { number: marker.number, title: marker.rest };
  if (!context.previous) {
    context.warnings.push(
      createWarning(
        "record_unplaced",
        `序次 ${seq} has no readable 具體策略 ("${strategyText}"): record left out`,
        {
          at: { seq },
        },
      ),
    );
    return null;
  }
  const { strategy } = context.previous;
  context.warnings.push(
    createWarning(
      "strategy_missing",
      `序次 ${seq} has no readable 具體策略 ("${strategyText}"): kept ${strategy.number} from the record before`,
      { at: { seq } },
    ),
  );
  return strategy;
}

/** The record's 執行措施 ((一)…); without a number, the next after the record before's. */
function readMeasure(
  values: Values,
  seq: number,
  strategy: ReportRecord["strategy"],
  context: RecordContext,
): ReportRecord["measure"] {
  const measureText = values.get("measure") ?? "";
  const marker = numbered(measureText, "chinese-parenthesized");
  if (marker && marker.number > 0) return { number: marker.number, text: marker.rest };
  const before = context.previous;
  const number = before && before.strategy.number === strategy.number ? before.measure.number + 1 : 1;
  context.warnings.push(
    createWarning(
      "measure_number_missing",
      `序次 ${seq} 執行措施 has no (一)-style number ("${measureText.slice(0, 30)}"): numbered ${number} after the record before`,
      { at: { seq } },
    ),
  );
  return { number, text: measureText };
}

/** Reads one record's rows into a ReportRecord, or null (with a warning) when it cannot be placed. */
export function buildRecord(draft: Draft, context: RecordContext): ReportRecord | null {
  const { seq } = draft;
  const { warnings } = context;
  const { values, fields } = readValues(draft, context);
  const strategy = readStrategy(values, seq, context);
  if (!strategy) return null;
  const measure = readMeasure(values, seq, strategy, context);
  for (const [kind, name, code] of REQUIRED) {
    if (!values.has(kind))
      // Every row of the record was read (unknown labels go to `fields`): the source lacks this one.
      warnings.push(createWarning(code, `序次 ${seq} has no ${name} row`, { at: { seq } }));
  }

  const agencyText = values.get("agencies") ?? "";
  const agencies =
    agencyText === "" ? { roles: [], warnings: [] } : parseAgencyCell(agencyText, "zh-Hant", { at: { seq } });
  for (const warning of agencies.warnings) warnings.push(warning);
  const target = values.has("target")
    ? assess(values.get("target") ?? "", warnings, { seq })
    : emptyAssessed();
  const achievement = values.has("achievement")
    ? assess(values.get("achievement") ?? "", warnings, { seq })
    : emptyAssessed();
  const evaluations = evaluate(target, achievement, seq, warnings);

  const record: ReportRecord = {
    seq,
    strategy,
    measure,
    performanceGoals: splitItems(values.get("performanceGoals") ?? ""),
    agencies: agencies.roles,
    agencyText,
    indicators: splitItems(values.get("indicators") ?? ""),
    target,
    achievement,
    evaluations,
    fields,
  };
  const provenance = provenanceOf(draft.entries);
  if (provenance) record.provenance = provenance;
  return record;
}

// The rows every record has, with the warning a record without one gets.
const REQUIRED: readonly [LabelKind, string, WarningCode][] = [
  ["measure", "執行措施", "missing_measure"],
  ["performanceGoals", "績效目標", "missing_performance_goals"],
  ["agencies", "辦理機關", "missing_agencies"],
  ["indicators", "績效衡量指標", "missing_indicators"],
  ["target", "績效目標值 (of the report's year)", "missing_target"],
  ["achievement", "績效目標達成情形 (of the report's year)", "missing_achievement"],
];

// Loops, not Math.min(...list): spreading a long list overflows the call stack.
const lowest = (values: readonly number[]) =>
  values.reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY);
const highest = (values: readonly number[]) =>
  values.reduce((a, b) => Math.max(a, b), Number.NEGATIVE_INFINITY);

function provenanceOf(entries: readonly Entry[]): Provenance | null {
  const lineStarts = entries.flatMap((e) => (e.lineStart === undefined ? [] : [e.lineStart]));
  const lineEnds = entries.flatMap((e) => (e.lineEnd === undefined ? [] : [e.lineEnd]));
  const pageStarts = entries.flatMap((e) => (e.pageStart === undefined ? [] : [e.pageStart]));
  const pageEnds = entries.flatMap((e) => (e.pageEnd === undefined ? [] : [e.pageEnd]));
  const provenance: Provenance = {};
  if (lineStarts.length > 0)
    provenance.lines = [lowest(lineStarts), Math.max(highest(lineEnds), highest(lineStarts))];
  if (pageStarts.length > 0)
    provenance.pages = [lowest(pageStarts), Math.max(highest(pageEnds), highest(pageStarts))];
  return provenance.lines || provenance.pages ? provenance : null;
}

function warning(code: WarningCode, message: string, entry: Entry, seq?: number): Warning {
  const at: Warning["at"] = {};
  if (entry.lineStart !== undefined) at.line = entry.lineStart;
  if (entry.pageStart !== undefined) at.page = entry.pageStart;
  if (seq !== undefined) at.seq = seq;
  return createWarning(code, message, { at });
}
