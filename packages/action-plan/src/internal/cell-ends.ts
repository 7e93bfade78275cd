import type { Measure } from "@lianzheng/model";

// A column whose cells end a sentence row after row (the plan's measures, goals, indicators and
// targets each end with 。) tells of a cell read wrong: a cell cut at a column edge the rows do
// not share (a browser's tight table read from `pdftotext -layout`: `辦理 27 件。參`, the next
// column's first character taken in; `辦理宣導活動場`, the rest given to the next column) ends
// mid-word, and a cell whose text went to its neighbour is empty. The agency column, a list of
// names, ends no sentence and is left alone.

/** The share of a column's cells that must end a sentence before one that does not is doubted. */
const SENTENCE_SHARE = 0.9;
/** Fewer cells than this show no habit of the column's. */
const FEW_CELLS = 8;

// A CJK sentence's stop, or a Latin one after a word (`Article 2.`'s 2. is a list marker's shape:
// a cell ending `評價。2.` ends with the next item's marker, not a sentence).
const SENTENCE_END = /(?:[。！？；]|[\p{L}）)」』"'][.!?;])$/u;

/** A measure's cells that end sentences in the plan's columns, by name (absent: no such cell). */
function endingCells(measure: Measure): Array<[column: string, text: string | undefined]> {
  return [
    ["measure", measure.text || undefined], // (empty: empty_cell says so)
    ["goals", measure.performanceGoals.at(-1)?.text],
    ["indicators", measure.indicators ? (measure.indicators.at(-1)?.text ?? "") : undefined],
    ...(measure.targets ?? []).map((target): [string, string] => [`target ${target.rocYear}`, target.text]),
  ];
}

/** A measure's cell that ends unlike its column. */
export interface CellDoubt {
  measure: Measure;
  column: string;
  why: "empty" | "unended" | "late-start" | "lost-items" | "unbalanced" | "role-label";
}

/**
 * The columns whose cells end sentences: where one column's do nine times in ten (a table of
 * sentences), each column of which half the cells do (a misread that repeats row after row, a
 * column edge read a character off, can spoil half a column).
 */
function habitualColumns(ended: ReadonlyMap<string, { ends: number; all: number }>): Set<string> {
  const tallies = [...ended].filter(([, t]) => t.all >= FEW_CELLS);
  if (!tallies.some(([, t]) => t.ends >= t.all * SENTENCE_SHARE)) return new Set();
  return new Set(tallies.filter(([, t]) => t.ends * 2 >= t.all).map(([column]) => column));
}

/**
 * The cells of a table's measures that end unlike their column: empty, or not ending a sentence,
 * in a column whose cells end sentences (see habitualColumns; eight cells at least).
 */
export function oddCellEnds(measures: readonly Measure[]): CellDoubt[] {
  const cells = measures.map((measure) => ({ measure, cells: endingCells(measure) }));
  const ended = new Map<string, { ends: number; all: number }>();
  for (const { cells: list } of cells)
    for (const [column, text] of list) {
      if (text === undefined) continue;
      const tally = ended.get(column) ?? { ends: 0, all: 0 };
      tally.all++;
      if (SENTENCE_END.test(text.trim())) tally.ends++;
      ended.set(column, tally);
    }
  const habitual = habitualColumns(ended);
  const doubts: CellDoubt[] = [];
  for (const { measure, cells: list } of cells)
    for (const [column, text] of list) {
      if (text === undefined || !habitual.has(column)) continue;
      const trimmed = text.trim();
      if (trimmed === "") doubts.push({ measure, column, why: "empty" });
      else if (!SENTENCE_END.test(trimmed)) doubts.push({ measure, column, why: "unended" });
    }
  return doubts;
}

/** A measure's numbered lists (goals, indicators, each year's target), by column name. */
function itemLists(measure: Measure): Array<[column: string, numbers: Array<number | null>]> {
  return [
    ["goals", measure.performanceGoals.map((item) => item.number)],
    ["indicators", (measure.indicators ?? []).map((item) => item.number)],
    ...(measure.targets ?? []).map((target): [string, Array<number | null>] => [
      `target ${target.rocYear}`,
      target.items.map((item) => item.number),
    ]),
  ];
}

/**
 * Measures whose numbered list in a column starts past 1 (`4. 行政院洗錢防制辦公室…` opening a
 * measure's goals), and the measure before each in its strategy: items 1 to 3 stayed above, item
 * 4 was read into the next row (a row's end misread), so both are in doubt. A list whose first
 * numbered item is 2, after unnumbered text, lost its `1.` to another cell: itself in doubt.
 */
export function listsStartingLate(measures: readonly Measure[]): CellDoubt[] {
  const doubts: CellDoubt[] = [];
  measures.forEach((measure, index) => {
    for (const [column, numbers] of itemLists(measure)) {
      const first = numbers.find((number) => number !== null);
      if (first === undefined || first === null || first <= 1) continue;
      // (Unnumbered text before item 2: item 1's marker was read into another cell, `研1.`.)
      const before = numbers[0] === null ? undefined : measures[index - 1];
      if (before && before.strategy === measure.strategy)
        doubts.push({ measure: before, column, why: "lost-items" });
      doubts.push({ measure, column, why: "late-start" });
    }
  });
  return doubts;
}

// Brackets a cell opens and closes: half- and full-width parentheses alike (a plan mixes them).
const OPENING = new Set(["(", "（", "「", "『"]);
const CLOSING: Record<string, string> = { ")": "(", "）": "(", "」": "「", "』": "『" };

/** Whether every bracket a text opens it closes, in order (`網絡NET)會議` does not). */
export function bracketsBalance(text: string): boolean {
  const open: string[] = [];
  for (const char of text) {
    if (OPENING.has(char)) open.push(char === "（" ? "(" : char);
    const opener = CLOSING[char];
    if (opener !== undefined && open.pop() !== opener) return false;
  }
  return open.length === 0;
}

/** A measure's texts by column: its measure text, and each item of its goals, indicators and targets. */
function columnTexts(measure: Measure): Array<[column: string, text: string]> {
  return [
    ["measure", measure.text],
    ...measure.performanceGoals.map((item): [string, string] => ["goals", item.text]),
    ...(measure.indicators ?? []).map((item): [string, string] => ["indicators", item.text]),
    ...(measure.targets ?? []).flatMap((target) =>
      target.items.map((item): [string, string] => [`target ${target.rocYear}`, item.text]),
    ),
  ];
}

/**
 * The measures with a text whose brackets do not balance, in a column whose texts balance nine
 * times in ten: a bracketed word cut from its cell into the next (`(ACT-` of `(ACT-NET)` read into
 * the goals beside the measure).
 */
export function unbalancedCells(measures: readonly Measure[]): CellDoubt[] {
  const tallies = new Map<string, { ends: number; all: number }>();
  const odd: Array<{ measure: Measure; column: string }> = [];
  for (const measure of measures)
    for (const [column, text] of columnTexts(measure)) {
      const tally = tallies.get(column) ?? { ends: 0, all: 0 };
      tally.all++;
      if (bracketsBalance(text)) tally.ends++;
      else odd.push({ measure, column });
      tallies.set(column, tally);
    }
  const habitual = (column: string) => {
    const tally = tallies.get(column);
    return tally !== undefined && tally.all >= FEW_CELLS && tally.ends >= tally.all * SENTENCE_SHARE;
  };
  const seen = new Set<string>();
  return odd.flatMap(({ measure, column }) => {
    const key = `${measure.id} ${column}`;
    if (!habitual(column) || seen.has(key)) return [];
    seen.add(key);
    return [{ measure, column, why: "unbalanced" as const }];
  });
}

// The agency column's role labels (主辦機關： / 協辦機關：), which no other column's text holds.
const ROLE_LABEL = /(?:主辦|協辦)機關\s*[:：]/u;

/**
 * The measures with a role label of the agency column in another column's text, where the
 * agency column uses such labels: the agency cell's line read into the column beside it
 * (`每年提報辦理情形及成協辦機關：金果件數`, a line of the agencies pulled into the indicator).
 */
export function roleLabelsAstray(measures: readonly Measure[]): CellDoubt[] {
  if (!measures.some((measure) => ROLE_LABEL.test(measure.agencyText))) return [];
  const seen = new Set<string>();
  return measures.flatMap((measure) =>
    columnTexts(measure).flatMap(([column, text]) => {
      const key = `${measure.id} ${column}`;
      if (!ROLE_LABEL.test(text) || seen.has(key)) return [];
      seen.add(key);
      return [{ measure, column, why: "role-label" as const }];
    }),
  );
}
