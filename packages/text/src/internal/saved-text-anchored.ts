import { parseListMarker } from "@lianzheng/normalize";
import { cleanFragment } from "./clean.js";

// A plan's table saved as text whose rows the list markers do not set apart: the 2012 edition's
// grouped tables, where a sub-heading row ((一)肅貪： and an empty cell for each other column)
// opens each group and strategies and measures are both numbered `1.` `2.` (a strategy's only
// measure printed with no number). Rows are found from their ends instead: each row's agency cell
// (the run of lines the agency cell parser reads whole, or an empty cell), after one line for the
// strategy (or an empty line), one for the measure and the goals' lines. Of the ways to cut the
// body into such rows, the one with the fewest doubts is read.

/** A cell as lines of the text: 0-based `[from, to)`. */
export interface Span {
  from: number;
  to: number;
}

/** A row's cells as spans of lines, and what makes its reading doubtful ("" for nothing). */
export interface AnchoredRow {
  cells: Span[];
  why: string;
}

export interface AnchoredShape {
  /** Columns between the measure and the agencies; columns after the agencies. */
  before: number;
  after: number;
  /** Whether a text reads whole as agencies (memoized by the caller). */
  readsAsAgencies: (text: string) => boolean;
}

const blank = (line: string | undefined): boolean => !line?.trim();
// An agency cell is a few lines at most; a goal cell a dozen.
const MAX_AGENCY_LINES = 4;
const MAX_GOAL_LINES = 12;
// A doubt's weight, and a line more than one in a goal cell (at equal doubts, the reading with
// the shortest goals: an agency line is not taken for a goal).
const DOUBT = 1;
const EXTRA_GOAL_LINE = 0.01;

/** True when a line is a sub-heading ((一)肅貪：): a bracketed Chinese number, a short title, no sentence. */
export function isSubHeading(line: string | undefined): boolean {
  const text = cleanFragment(line ?? "");
  const marker = parseListMarker(text);
  if (marker?.style !== "chinese-parenthesized") return false;
  const title = text.slice(marker.raw.length).replace(/[：:]\s*$/u, "");
  return title.length > 0 && title.length <= 20 && !/[。，,；;]/u.test(title);
}

/**
 * The lines of a sub-heading row opening at `at`, else 0: the sub-heading, then an empty line for
 * each other column (`columns` lines); or the sub-heading alone, a cell merged across the row
 * (1 line), before a numbered strategy.
 */
export function subHeadingRowLines(lines: readonly string[], at: number, columns: number): number {
  if (!isSubHeading(lines[at])) return 0;
  let next = at + 1;
  while (next < at + columns && next < lines.length && blank(lines[next])) next++;
  if (next === at + columns) return columns;
  return next === at + 1 && parseListMarker(cleanFragment(lines[next] ?? "")) !== null ? 1 : 0;
}

interface Choice {
  cost: number;
  row: AnchoredRow | null;
  end: number;
}

/**
 * The body's rows found from their agency cells (see the file's head), or null when the body
 * cannot be cut into rows so. Each row's `why` says what is doubtful about it.
 */
export function anchoredRows(
  lines: readonly string[],
  body: Span,
  shape: AnchoredShape,
): AnchoredRow[] | null {
  const columns = shape.before + shape.after + 3;
  const best: Array<Choice | null> = new Array(body.to - body.from + 1).fill(null);
  best[body.to - body.from] = { cost: 0, row: null, end: body.to };
  for (let at = body.to - 1; at >= body.from; at--) {
    let choice: Choice | null = null;
    for (const option of rowsFrom(lines, at, body.to, shape, columns)) {
      const rest = best[option.end - body.from];
      if (!rest) continue;
      const cost = option.cost + rest.cost;
      if (!choice || cost < choice.cost) choice = { cost, row: option.row, end: option.end };
    }
    best[at - body.from] = choice;
  }
  const rows: AnchoredRow[] = [];
  for (let at = body.from; at < body.to; ) {
    const choice = best[at - body.from];
    if (!choice?.row) return null;
    rows.push(withMeasureDoubt(lines, choice.row));
    at = choice.end;
  }
  return rows;
}

/** The rows that may start at `at`, each with its doubts' cost and where it ends. */
function* rowsFrom(
  lines: readonly string[],
  at: number,
  to: number,
  shape: AnchoredShape,
  columns: number,
): Generator<Choice> {
  const subHeading = subHeadingRowLines(lines, at, columns);
  if (subHeading > 0 && at + subHeading <= to) {
    // (A merged cell's row: its other cells empty, each a span of no line.)
    const cells = Array.from({ length: columns }, (_, index) =>
      index < subHeading ? { from: at + index, to: at + index + 1 } : { from: at + 1, to: at + 1 },
    );
    yield { cost: 0, row: { cells, why: "" }, end: at + subHeading };
    if (subHeading === columns) return;
  }
  if (blank(lines[at + 1]) || at + 2 > to) return;
  const strategy = lines[at];
  // A strategy cell with text is numbered (1. …); one without a number may be a cut row's rest.
  const strategyDoubt = !blank(strategy) && parseListMarker(cleanFragment(strategy ?? "")) === null;
  const goalsFrom = at + 2;
  const lastAgencyEnd = Math.min(
    to - shape.after,
    goalsFrom + shape.before + MAX_GOAL_LINES + MAX_AGENCY_LINES,
  );
  for (let agencyEnd = goalsFrom + shape.before + 1; agencyEnd <= lastAgencyEnd; agencyEnd++)
    for (let agencyFrom = agencyEnd - 1; agencyFrom >= goalsFrom + shape.before; agencyFrom--) {
      if (agencyEnd - agencyFrom > MAX_AGENCY_LINES) break;
      const row = rowWith(lines, { at, goalsFrom, agencyFrom, agencyEnd }, shape);
      if (!row) continue;
      const goalLines = agencyFrom - goalsFrom;
      const cost =
        (strategyDoubt ? DOUBT : 0) + (row.why ? DOUBT : 0) + (goalLines - shape.before) * EXTRA_GOAL_LINE;
      yield {
        cost,
        row: strategyDoubt ? { ...row, why: STRATEGY_UNNUMBERED } : row,
        end: agencyEnd + shape.after,
      };
    }
}

const STRATEGY_UNNUMBERED = "its strategy cell has no number";

/** A row cut so (its agency cell `[agencyFrom, agencyEnd)`), or null when its cells cannot be so. */
function rowWith(
  lines: readonly string[],
  cut: { at: number; goalsFrom: number; agencyFrom: number; agencyEnd: number },
  shape: AnchoredShape,
): AnchoredRow | null {
  const { at, goalsFrom, agencyFrom, agencyEnd } = cut;
  const agency = lines.slice(agencyFrom, agencyEnd);
  const emptyAgency = agency.length === 1 && blank(agency[0]);
  if (!emptyAgency && (agency.some(blank) || !shape.readsAsAgencies(agency.join("\n")))) return null;
  const goals = goalCells(lines, goalsFrom, agencyFrom, shape.before);
  if (!goals) return null;
  const after = Array.from({ length: shape.after }, (_, index) => ({
    from: agencyEnd + index,
    to: agencyEnd + index + 1,
  }));
  const cells = [
    { from: at, to: at + 1 },
    { from: at + 1, to: at + 2 },
    ...goals,
    { from: agencyFrom, to: agencyEnd },
    ...after,
  ];
  // An empty agency cell beside goals with text, or a goal line that reads as agencies: the row
  // may end elsewhere.
  const goalText = lines.slice(goalsFrom, agencyFrom);
  const why =
    emptyAgency && goalText.some((line) => !blank(line))
      ? "its agency cell is empty though its goals are not"
      : goalText.some((line) => !blank(line) && shape.readsAsAgencies(line))
        ? "a line among its goals reads as an agency list"
        : "";
  return { cells, why };
}

/**
 * True when a row's goals open with an unnumbered line over a list numbered from 1: that line may
 * be the measure's second paragraph (a cell's paragraphs are lines like any other here).
 */
export function measureMayGoOn(goals: readonly string[]): boolean {
  const [first, ...more] = goals.filter((line) => !blank(line));
  if (!first || parseListMarker(cleanFragment(first)) !== null) return false;
  return more.some((line) => parseListMarker(cleanFragment(line))?.number === 1);
}

/** A row chosen, its measure doubted where its goals' first line may be the measure's (no cost: the cut into rows is the same). */
function withMeasureDoubt(lines: readonly string[], row: AnchoredRow): AnchoredRow {
  const goals = row.cells[2];
  if (row.why || !goals || !measureMayGoOn(lines.slice(goals.from, goals.to))) return row;
  return { ...row, why: MEASURE_MAY_GO_ON };
}

export const MEASURE_MAY_GO_ON =
  "its goals open with a line not numbered over a list numbered from 1 (the measure may have a second paragraph)";

/** The goals' lines `[from, to)` as `count` cells, one line each but the last; null when they cannot be. */
function goalCells(lines: readonly string[], from: number, to: number, count: number): Span[] | null {
  if (to - from < count || (count === 0 && to > from)) return null;
  const cells: Span[] = [];
  for (let index = 0; index < count; index++)
    cells.push({ from: from + index, to: index === count - 1 ? to : from + index + 1 });
  // An empty line is an empty cell alone: inside a cell of several lines it is not one.
  const last = cells.at(-1);
  if (last && last.to - last.from > 1 && lines.slice(last.from, last.to).some(blank)) return null;
  return cells;
}
