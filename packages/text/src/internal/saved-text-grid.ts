import { type AgencyMemo, createAgencyMemo, parseAgencyCell } from "@lianzheng/agencies";
import type { Language } from "@lianzheng/model";
import { parseListMarker } from "@lianzheng/normalize";
import { cell, type LogicalLine } from "./assemble.js";
import { cleanFragment } from "./clean.js";
import {
  anchoredRows,
  MEASURE_MAY_GO_ON,
  measureMayGoOn,
  type Span,
  subHeadingRowLines,
} from "./saved-text-anchored.js";

// A plan's table saved as text by a word processor: the header's labels one per line, then rows
// of as many cells, each cell's paragraphs one per line, an empty cell as one empty line, and no
// mark between cells or rows. A row opens with its strategy cell (its text, or one empty line on a
// continuation row) and a measure (`(一)`, `(1)`); after the measure come the goals' lines, the
// agencies' lines (the run of lines the agency cell parser reads whole), and any further columns.

/** A table of the text: its header's lines and its body's, 0-based `[from, to)`. */
export interface GridTable {
  header: Span;
  body: Span;
}

/** Lines of a row whose split into cells the text does not decide (1-based, first and last). */
export interface UncertainCells {
  line: number;
  lineEnd: number;
  why: string;
}

const styleOf = (line: string): string | null => parseListMarker(cleanFragment(line))?.style ?? null;
const blank = (line: string | undefined): boolean => !line?.trim();

// The agency column by its label; else the column after the goals.
const AGENCY_LABEL = /辦理機關|主辦機關|執行機關|办理机关|agenc|authorit/iu;

/**
 * True when a table's body of `columns` columns can open at `index`: a strategy, then a measure
 * numbered another way; or a sub-heading row (the 2012 edition's (一)肅貪：, see saved-text-anchored.ts).
 */
export function opensBody(lines: readonly string[], index: number, columns: number): boolean {
  if (subHeadingRowLines(lines, index, columns) > 0) return true;
  const strategy = styleOf(lines[index] ?? "");
  const measure = styleOf(lines[index + 1] ?? "");
  return strategy !== null && measure !== null && strategy !== measure;
}

/** Where each row of the body starts (0-based): a strategy cell or empty line, then a measure. */
function rowStarts(lines: readonly string[], body: Span): number[] {
  const strategy = styleOf(lines[body.from] ?? "");
  const measure = styleOf(lines[body.from + 1] ?? "");
  const starts: number[] = [];
  for (let at = body.from; at + 1 < body.to; at++) {
    const line = lines[at] ?? "";
    if ((blank(line) || styleOf(line) === strategy) && styleOf(lines[at + 1] ?? "") === measure)
      starts.push(at);
  }
  return starts;
}

/** True when the agency cell parser reads a text whole: agencies, every one resolved. */
function readsAsAgencies(text: string, language: Language, memo: AgencyMemo): boolean {
  const { roles, warnings } = parseAgencyCell(text, language, { memo });
  return roles.length > 0 && warnings.length === 0;
}

/**
 * An agency cell's lines as the parser is to read them, or null when they read as no agency
 * list: as they are (the parser takes a line end for a wrap inside a name), or, where each line
 * is a paragraph naming agencies of its own (法務部檢察司 / 法務部廉政署), the paragraphs listed
 * with the list's separator, as the cell's other forms print it.
 */
export function agencyCellText(run: readonly string[], language: Language, memo: AgencyMemo): string | null {
  const lines = run.map((line) => line.trim());
  if (lines.length === 0 || lines.some((line) => line === "")) return null;
  const text = lines.join("\n");
  if (readsAsAgencies(text, language, memo)) return text;
  if (lines.length === 1 || !lines.every((line) => readsAsAgencies(line, language, memo))) return null;
  return lines.join(language === "en" ? "; " : "、");
}

interface RowShape {
  /** Columns between the measure and the agencies; columns after the agencies. */
  before: number;
  after: number;
  language: Language;
  memo: AgencyMemo;
}

/**
 * The agency cell among a row's lines after its measure (`rest`): the longest run the agency
 * parser reads whole that leaves a line for each column before it, preferring one that leaves
 * exactly one line for each column after it. An empty line where the agencies stand is the
 * empty cell. Null when no run reads whole.
 */
function agencySpan(rest: readonly string[], shape: RowShape): Span | null {
  const lastEnd = rest.length - shape.after;
  if (blank(rest[lastEnd - 1]) && lastEnd - 1 >= shape.before) return { from: lastEnd - 1, to: lastEnd };
  // With columns after the agencies, the run may end earlier (those columns then hold more lines).
  const firstEnd = shape.after === 0 ? lastEnd : shape.before + 1;
  let best: Span | null = null;
  for (let to = lastEnd; to >= firstEnd; to--) {
    const from = longestRunTo(rest, to, shape);
    if (from === null) continue;
    if (to === lastEnd) return { from, to };
    if (!best || to - from > best.to - best.from) best = { from, to };
  }
  return best;
}

/** The first line of the longest run ending at `to` that reads as agencies, or null. */
function longestRunTo(rest: readonly string[], to: number, shape: RowShape): number | null {
  for (let from = shape.before; from < to; from++) {
    const run = rest.slice(from, to);
    if (agencyCellText(run, shape.language, shape.memo) !== null) return from;
  }
  return null;
}

/**
 * `lines` split into `count` cells, one line each but the last (certain when there are
 * exactly as many lines as cells, or one cell); null when they cannot be split so.
 */
function splitGroup(lines: readonly string[], count: number): { cells: string[][]; certain: boolean } | null {
  if (count === 0) return lines.length === 0 ? { cells: [], certain: true } : null;
  if (lines.length < count) return null;
  const cells = lines.slice(0, count - 1).map((line) => [line]);
  cells.push(lines.slice(count - 1));
  const certain = count === 1 || lines.length === count;
  // An empty line is an empty cell alone; inside a cell of several lines it is a doubt.
  const emptyInside = cells.some((c) => c.length > 1 && c.some(blank));
  return { cells, certain: certain && !emptyInside };
}

/** True when a line before the agency cell (the goals) reads as an agency list itself. */
function agencyAmongGoals(goals: readonly string[], shape: RowShape): boolean {
  return goals.some((line) => !blank(line) && readsAsAgencies(line, shape.language, shape.memo));
}

/** A row's cells (texts, lines 0-based) from its lines `[from, to)`, and whether they are certain. */
function rowCells(
  lines: readonly string[],
  row: Span,
  shape: RowShape,
): { cells: Array<{ text: string; span: Span }>; certain: boolean; why: string } {
  const rest = lines.slice(row.from + 2, row.to);
  const found = agencySpan(rest, shape);
  const agencies = found ?? { from: rest.length - shape.after - 1, to: rest.length - shape.after };
  const before = splitGroup(rest.slice(0, agencies.from), shape.before);
  const after = splitGroup(rest.slice(agencies.to), shape.after);
  const texts = [
    [lines[row.from] ?? ""],
    [lines[row.from + 1] ?? ""],
    ...(before?.cells ?? [rest.slice(0, Math.max(0, agencies.from))]),
    rest.slice(Math.max(0, agencies.from), agencies.to),
    ...(after?.cells ?? [rest.slice(agencies.to)]),
  ];
  const agencyColumn = texts.length - 1 - shape.after;
  let at = row.from;
  const cells = texts.map((cellLines, column) => {
    const span = { from: at, to: at + Math.max(1, cellLines.length) };
    at = span.to;
    const listed = column === agencyColumn ? agencyCellText(cellLines, shape.language, shape.memo) : null;
    return { text: listed ?? cellLines.map((line) => line.trim()).join("\n"), span };
  });
  const why = !found
    ? "no run of its last lines reads as an agency list"
    : agencyAmongGoals(rest.slice(0, agencies.from), shape)
      ? "a line among its goals reads as an agency list (a row whose measure has no number may start there)"
      : !before || !after
        ? "its lines are fewer than its cells"
        : !before.certain || !after.certain
          ? "a column beside the agencies holds more lines than one cell each"
          : shape.before > 0 && measureMayGoOn(before.cells[0] ?? [])
            ? MEASURE_MAY_GO_ON
            : "";
  return { cells, certain: why === "", why };
}

/** The header row, then the body's rows; rows whose split is not certain are put in `uncertain`. */
export function* gridRows(
  lines: readonly string[],
  table: GridTable,
  uncertain: UncertainCells[],
): Generator<LogicalLine> {
  const labels = lines.slice(table.header.from, table.header.to).map((line) => line.trim());
  yield {
    kind: "row",
    cells: labels.map((label, index) => cell(label, table.header.from + index + 1)),
    line: table.header.from + 1,
    lineEnd: table.header.to,
  };
  const labelled = labels.findIndex((label) => AGENCY_LABEL.test(label));
  const agencyColumn = labelled >= 3 ? labelled : labels.length - 1;
  const shape: RowShape = {
    before: agencyColumn - 2,
    after: labels.length - 1 - agencyColumn,
    language: labels.some((label) => /[A-Za-z]/u.test(label)) ? "en" : "zh-Hant",
    memo: createAgencyMemo(),
  };
  const starts =
    subHeadingRowLines(lines, table.body.from, labels.length) > 0 ? [] : rowStarts(lines, table.body);
  if (starts[0] !== table.body.from) {
    yield* anchoredGridRows(lines, table.body, shape, uncertain);
    return;
  }
  for (const [index, from] of starts.entries()) {
    const row = { from, to: starts[index + 1] ?? table.body.to };
    const { cells, certain, why } = rowCells(lines, row, shape);
    if (!certain) uncertain.push({ line: row.from + 1, lineEnd: row.to, why });
    yield {
      kind: "row",
      cells: cells.map(({ text, span }) => cell(text, span.from + 1, span.to)),
      line: row.from + 1,
      lineEnd: row.to,
    };
  }
}

/**
 * The rows of a body whose list markers do not set its rows apart, found from their agency cells
 * (see saved-text-anchored.ts); the whole body put in `uncertain` when it cannot be read so.
 */
function* anchoredGridRows(
  lines: readonly string[],
  body: Span,
  shape: RowShape,
  uncertain: UncertainCells[],
): Generator<LogicalLine> {
  const runs = new Map<string, string | null>();
  const agencyText = (run: readonly string[]): string | null => {
    const key = run.join("\n");
    const known = runs.get(key);
    if (known !== undefined) return known;
    const text = agencyCellText(run, shape.language, shape.memo);
    runs.set(key, text);
    return text;
  };
  const readsWhole = (text: string): boolean => agencyText(text.split("\n")) !== null;
  const rows = anchoredRows(lines, body, { ...shape, readsAsAgencies: readsWhole });
  if (!rows) {
    uncertain.push({
      line: body.from + 1,
      lineEnd: body.to,
      why: "its rows do not open with a strategy and a measure, nor end with agencies",
    });
    return;
  }
  const agencyColumn = shape.before + 2;
  for (const { cells, why } of rows) {
    const first = cells[0] as Span;
    const last = cells.at(-1) as Span;
    if (why) uncertain.push({ line: first.from + 1, lineEnd: last.to, why });
    const texts = cells.map((span, column) => {
      const cellLines = lines.slice(span.from, span.to);
      return (
        (column === agencyColumn ? agencyText(cellLines) : null) ??
        cellLines.map((line) => line.trim()).join("\n")
      );
    });
    yield {
      kind: "row",
      cells: cells.map((span, column) => cell(texts[column] ?? "", span.from + 1, span.to)),
      line: first.from + 1,
      lineEnd: last.to,
    };
  }
}
