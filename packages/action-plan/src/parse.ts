import { type AgencyMemo, createAgencyMemo, parseAgencyCell } from "@lianzheng/agencies";
import type { RawDocument, RawRow, RawTable } from "@lianzheng/layout";
import {
  type ActionPlan,
  type AgencyRole,
  createWarning,
  documentId,
  type Goal,
  type Language,
  type Location,
  type Measure,
  type MeasureTarget,
  ParseError,
  type Provenance,
  type Section,
  type Source,
  type Strategy,
  type Warning,
  type WarningCode,
} from "@lianzheng/model";
import { detectScript, extractQuantities, ROC_YEAR_OFFSET, splitItems } from "@lianzheng/normalize";
import {
  type CellDoubt,
  listsStartingLate,
  oddCellEnds,
  roleLabelsAstray,
  unbalancedCells,
} from "./internal/cell-ends.js";
import { readApproval } from "./internal/edition.js";
import { type GroupedTable, groupTables, parseDirections, readSubHeading } from "./internal/grouped.js";
import { readMarker } from "./internal/numbering.js";
import { findActionsTable, type PlanSection, splitSections, textOf } from "./internal/sections.js";

/** What the caller knows about the document; the parser fills in the rest. */
export interface ParseActionPlanOptions {
  /** The input file. Its sha256 gives the document id. */
  source: Source;
  /** The document's language; detected from its text when absent. */
  language?: Language;
  /** The title; the document's first heading when absent. */
  title?: string;
}

type Column = "strategy" | "measure" | "goals" | "agency";

const COLUMN_NAMES: ReadonlyArray<readonly [Column, RegExp]> = [
  ["strategy", /策略|政策方向|strateg/iu],
  ["measure", /措施|measure/iu],
  ["goals", /目標|目标|goal/iu],
  ["agency", /機關|机关|agenc|authorit/iu],
];

const COLUMN_LABEL: Record<Column, string> = {
  strategy: "具體策略 / strategy",
  measure: "執行措施 / measure",
  goals: "績效目標 / performance goal",
  agency: "辦理機關 / agency",
};

// The six-column edition's extra columns: 績效衡量指標 and one NNN年績效目標值 per year.
const INDICATOR_COLUMN = /衡量指標|衡量指标|indicator/iu;
const TARGET_COLUMN = /(\d{2,3})\s*年\s*度?\s*(?:績效)?目標值|(\d{2,3})\s*年\s*度?\s*(?:绩效)?目标值/u;

interface ExtraColumns {
  indicators: number | null;
  targets: Array<{ index: number; rocYear: number }>;
}

/** The indicator and yearly target columns, by their header labels (none without a header). */
function mapExtraColumns(table: RawTable): ExtraColumns {
  const extra: ExtraColumns = { indicators: null, targets: [] };
  table.header?.forEach((name, index) => {
    const label = name.normalize("NFKC");
    const target = TARGET_COLUMN.exec(label);
    if (target) extra.targets.push({ index, rocYear: Number(target[1] ?? target[2]) });
    else if (extra.indicators === null && INDICATOR_COLUMN.test(label)) extra.indicators = index;
  });
  return extra;
}

/** Which column holds what: by the header's words, else the plan's order. */
function mapColumns(table: RawTable): Record<Column, number> {
  const positional: Record<Column, number> = { strategy: 0, measure: 1, goals: 2, agency: 3 };
  if (!table.header) return positional;
  const mapped: Partial<Record<Column, number>> = {};
  table.header.forEach((name, index) => {
    // 112年績效目標值 and 績效衡量指標 are not the 績效目標 column, whatever their order.
    if (TARGET_COLUMN.test(name.normalize("NFKC")) || INDICATOR_COLUMN.test(name)) return;
    const found = COLUMN_NAMES.find(
      ([column, pattern]) => mapped[column] === undefined && pattern.test(name),
    );
    if (found) mapped[found[0]] = index;
  });
  const complete = COLUMN_NAMES.every(([column]) => mapped[column] !== undefined);
  return complete ? (mapped as Record<Column, number>) : positional;
}

const LANGUAGE_SAMPLE = 20_000;

function detectLanguage(doc: RawDocument): Language {
  // The first blocks' text up to the sample's length: no text made of the blocks past it (a
  // table's text is its whole table).
  const texts: string[] = [];
  let length = -1;
  for (const block of doc.blocks.slice(0, 200)) {
    if (length >= LANGUAGE_SAMPLE) break;
    // (The sample's end is all that is left to read: a long table's text stops past it.)
    const text = textOf(block, LANGUAGE_SAMPLE - length - 1);
    texts.push(text);
    length += text.length + 1;
  }
  return detectScript(texts.join("\n").slice(0, LANGUAGE_SAMPLE)) ?? "zh-Hant";
}

function compact(text: string): string {
  return text.replace(/[\s。.．]/gu, "");
}

function provenanceOf(row: RawRow): Provenance | undefined {
  const provenance: Provenance = {};
  if (row.lineStart !== undefined) provenance.lines = [row.lineStart, row.lineEnd ?? row.lineStart];
  if (row.pageStart !== undefined) provenance.pages = [row.pageStart, row.pageEnd ?? row.pageStart];
  return provenance.lines || provenance.pages ? provenance : undefined;
}

function locationOf(row: RawRow | undefined, measureId?: string): Location | undefined {
  const at: Location = {};
  if (row?.lineStart !== undefined) at.line = row.lineStart;
  if (row?.pageStart !== undefined) at.page = row.pageStart;
  if (measureId !== undefined) at.measureId = measureId;
  return Object.keys(at).length > 0 ? at : undefined;
}

class Warnings {
  readonly list: Warning[] = [];
  add(code: WarningCode, message: string, at?: Location): void {
    this.list.push(createWarning(code, message, { at }));
  }
}

function paragraphsOf(section: PlanSection | undefined): Array<{ text: string; line?: number }> {
  if (!section) return [];
  return section.blocks.map((block) => {
    const line = block.kind === "table" ? block.lineStart : block.line;
    return line === undefined ? { text: textOf(block) } : { text: textOf(block), line };
  });
}

function parseGoals(section: PlanSection | undefined, warnings: Warnings): Goal[] {
  const goals: Goal[] = [];
  for (const { text, line } of paragraphsOf(section)) {
    const marker = readMarker(text);
    if (!marker || (marker.kind !== "cjk-comma" && marker.kind !== "dot")) {
      const last = goals.at(-1);
      if (last) last.text = `${last.text}\n${text}`;
      else
        warnings.add(
          "goal_without_number",
          `a line of the goals section has no number: "${text.slice(0, 40)}"`,
          line ? { line } : undefined,
        );
      continue;
    }
    const colon = /[：:]/u.exec(marker.rest);
    if (!colon) {
      warnings.add(
        "goal_without_title",
        `goal ${marker.number} has no short title before a colon`,
        line ? { line } : undefined,
      );
      goals.push({ number: marker.number, title: "", text: marker.rest });
      continue;
    }
    goals.push({
      number: marker.number,
      title: marker.rest.slice(0, colon.index).trim(),
      text: marker.rest.slice(colon.index + 1).trim(),
    });
  }
  return goals;
}

interface ListedStrategy {
  number: number;
  title: string;
  line?: number;
}

function parseStrategyList(section: PlanSection | undefined): { listed: ListedStrategy[]; intro: string[] } {
  const listed: ListedStrategy[] = [];
  const intro: string[] = [];
  for (const { text, line } of paragraphsOf(section)) {
    const marker = readMarker(text);
    if (marker && (marker.kind === "cjk-comma" || marker.kind === "dot") && marker.rest) {
      listed.push(
        line === undefined
          ? { number: marker.number, title: marker.rest }
          : { number: marker.number, title: marker.rest, line },
      );
    } else intro.push(text);
  }
  return { listed, intro };
}

interface TableResult {
  strategies: Strategy[];
}

function cellText(row: RawRow, column: number): string {
  return row.cells[column]?.text.trim() ?? "";
}

function checkGoalScopes(measure: Measure, row: RawRow, warnings: Warnings): void {
  const count = measure.performanceGoals.filter((item) => item.number !== null).length;
  for (const role of measure.agencies) {
    for (const goal of role.goals ?? []) {
      if (goal > count) {
        warnings.add(
          "agency_goal_scope_unknown",
          `measure ${measure.id}: ${role.name} is scoped to performance goal ${goal}, but the measure has ${count} numbered goal(s)`,
          locationOf(row, measure.id),
        );
      }
    }
  }
}

/** The agency roles of a cell, resolved by @lianzheng/normalize; its warnings join the plan's. */
function readAgencies(text: string, state: TableState, at: Location | undefined): AgencyRole[] {
  if (!text) return [];
  const { memo } = state;
  const result = parseAgencyCell(text, state.language, at ? { at, memo } : { memo });
  for (const warning of result.warnings) state.warnings.list.push(warning);
  return result.roles;
}

/** The indicator and target cells of a row, on the measure, where the table has those columns. */
function addExtraCells(measure: Measure, row: RawRow, extra: ExtraColumns): void {
  if (extra.indicators !== null) {
    if (!measure.indicators) measure.indicators = [];
    for (const item of splitItems(cellText(row, extra.indicators))) measure.indicators.push(item);
  }
  for (const column of extra.targets) {
    const text = cellText(row, column.index);
    if (!measure.targets) measure.targets = [];
    const targets = measure.targets;
    const existing = targets.find((target) => target.rocYear === column.rocYear);
    const joined =
      existing && text ? [existing.text, text].filter(Boolean).join("\n") : (existing?.text ?? text);
    const items = splitItems(joined);
    const target: MeasureTarget = {
      rocYear: column.rocYear,
      year: column.rocYear + ROC_YEAR_OFFSET,
      text: joined,
      items,
      quantities: items.flatMap((item) =>
        extractQuantities(item.text).map((quantity) => ({ ...quantity, itemNumber: item.number })),
      ),
    };
    if (existing) targets[targets.indexOf(existing)] = target;
    else targets.push(target);
  }
}

/** Where `parseTable` is in the table: the strategies so far, the current one, the last measure. */
interface TableState {
  columns: Record<Column, number>;
  /** The indicator and target columns, where the edition's table has them. */
  extra: ExtraColumns;
  language: Language;
  warnings: Warnings;
  /** The agency names the document's cells resolved so far (they recur cell after cell). */
  memo: AgencyMemo;
  strategies: Strategy[];
  current: Strategy | undefined;
  lastMeasure: Measure | undefined;
}

/** A strategy cell starts (or, repeated, resumes) a strategy; without a number it gets the next. */
function startStrategy(state: TableState, row: RawRow, strategyText: string): void {
  const { strategies, warnings } = state;
  const marker = readMarker(strategyText);
  if (marker && (marker.kind === "cjk-comma" || marker.kind === "dot")) {
    const existing = strategies.find((strategy) => strategy.number === marker.number);
    if (existing) {
      warnings.add(
        "strategy_repeated",
        `strategy ${marker.number} starts a second time in the table; its rows were added to the first`,
        locationOf(row),
      );
      state.current = existing;
    } else {
      state.current = { number: marker.number, title: marker.rest, measures: [] };
      strategies.push(state.current);
    }
    return;
  }
  const number = (state.current?.number ?? 0) + 1;
  warnings.add(
    "strategy_without_number",
    `a strategy cell has no number (一、 / 1.): "${strategyText.slice(0, 40)}"; it was taken as strategy ${number}`,
    locationOf(row),
  );
  state.current = { number, title: strategyText, measures: [] };
  strategies.push(state.current);
}

/** The cells of a row that holds no measure number go to the measure before, if it is this strategy's. */
function continueMeasure(state: TableState, row: RawRow, current: Strategy, cells: MeasureCells): void {
  const { lastMeasure, warnings } = state;
  if (!cells.measureText && !cells.goalsText && !cells.agencyText) return;
  if (!lastMeasure || lastMeasure.strategy !== current.number) {
    warnings.add(
      "measure_without_number",
      `a row of strategy ${current.number} has no measure number; it was left out`,
      locationOf(row),
    );
    return;
  }
  warnings.add(
    "measure_without_number",
    `a row's measure cell has no number ((一) / (1)); its text was added to measure ${lastMeasure.id}`,
    locationOf(row, lastMeasure.id),
  );
  lastMeasure.text = [lastMeasure.text, cells.measureText].filter(Boolean).join("\n");
  for (const item of splitItems(cells.goalsText)) lastMeasure.performanceGoals.push(item);
  lastMeasure.agencyText = [lastMeasure.agencyText, cells.agencyText].filter(Boolean).join("\n");
  for (const role of readAgencies(cells.agencyText, state, locationOf(row, lastMeasure.id))) {
    lastMeasure.agencies.push(role);
  }
  addExtraCells(lastMeasure, row, state.extra);
}

interface MeasureCells {
  measureText: string;
  goalsText: string;
  agencyText: string;
}

function measureCellsOf(
  row: RawRow,
  columns: { measure: number; goals: number; agency: number },
): MeasureCells {
  return {
    measureText: cellText(row, columns.measure),
    goalsText: cellText(row, columns.goals),
    agencyText: cellText(row, columns.agency),
  };
}

/** A numbered measure cell starts a measure: its number checked against the one before. */
function addMeasure(
  state: TableState,
  row: RawRow,
  current: Strategy,
  marker: { number: number; rest: string },
  cells: MeasureCells,
): void {
  const { warnings } = state;
  const previous = current.measures.at(-1)?.number ?? 0;
  const id = `${current.number}.${marker.number}`;
  if (marker.number <= previous) {
    warnings.add(
      "measure_number_repeats",
      `measure ${id} comes after measure ${current.number}.${previous}`,
      locationOf(row, id),
    );
  } else if (marker.number > previous + 1) {
    warnings.add(
      "measure_number_skips",
      `measure ${id} follows measure ${current.number}.${previous}: a number is missing`,
      locationOf(row, id),
    );
  }
  const agencies = readAgencies(cells.agencyText, state, locationOf(row, id));
  const measure: Measure = {
    id,
    strategy: current.number,
    number: marker.number,
    text: marker.rest,
    performanceGoals: splitItems(cells.goalsText),
    agencies,
    agencyText: cells.agencyText,
  };
  addExtraCells(measure, row, state.extra);
  const provenance = provenanceOf(row);
  if (provenance) measure.provenance = provenance;
  for (const [column, text] of [
    ["measure", marker.rest],
    ["goals", cells.goalsText],
    ["agency", cells.agencyText],
  ] as const) {
    if (!text)
      warnings.add(
        "empty_cell",
        `measure ${id}: the ${COLUMN_LABEL[column]} cell is empty`,
        locationOf(row, id),
      );
  }
  checkGoalScopes(measure, row, warnings);
  current.measures.push(measure);
  state.lastMeasure = measure;
}

/**
 * A table whose header the reader did not find is read in the plan's order, four columns; cells
 * past them (a six-column edition's indicators and targets, named only by the header) would be
 * dropped without a word: said once for the table, at its first such row.
 */
function warnUnnamedColumns(table: RawTable, warnings: Warnings): void {
  if (table.header) return;
  const wide = table.rows.filter((row) => row.cells.slice(4).some((cell) => cell.text.trim() !== ""));
  if (wide.length === 0) return;
  const columns = Math.max(...wide.map((row) => row.cells.length));
  warnings.add(
    "columns_unnamed",
    `a table with no header row read has ${columns} columns: the cells past the fourth, in ${wide.length} rows, were not read (the six-column edition's 績效衡量指標 and NNN年績效目標值 are named by its header)`,
    locationOf(wide[0]),
  );
}

const DOUBT_TEXT: Record<CellDoubt["why"], (column: string) => string> = {
  empty: (column) =>
    `its ${column} cell is empty, where the column's other cells end a sentence: its text may have been read into the column beside it`,
  unended: (column) =>
    `its ${column} cell ends mid-sentence, where the column's other cells end a sentence: it may have been cut at the wrong column edge (text given to or taken from the column beside it)`,
  "late-start": (column) =>
    `its ${column} items start past 1: the items before may have been read into the measure above (a row's end misread)`,
  unbalanced: (column) =>
    `a text of its ${column} cell opens a bracket it does not close or closes one it did not open, where the column's other texts balance theirs: a bracketed word may have been cut into the column beside it`,
  "role-label": (column) =>
    `its ${column} cell holds a role label of the agency column (主辦機關： / 協辦機關：): a line of the agency cell may have been read into it`,
  "lost-items": (column) =>
    `the next measure's ${column} items start past 1: this measure's last items may have been read into it (a row's end misread)`,
};

/** Cells that end unlike their column (see cell-ends.ts), each warned at its measure's first line. */
function warnOddCellEnds(strategies: readonly Strategy[], warnings: Warnings): void {
  const measures = strategies.flatMap((s) => s.measures);
  for (const { measure, column, why } of [
    ...oddCellEnds(measures),
    ...listsStartingLate(measures),
    ...unbalancedCells(measures),
    ...roleLabelsAstray(measures),
  ]) {
    const at: Location = { measureId: measure.id };
    const line = measure.provenance?.lines?.[0];
    const page = measure.provenance?.pages?.[0];
    if (line !== undefined) at.line = line;
    if (page !== undefined) at.page = page;
    warnings.add(
      why === "late-start" || why === "lost-items" ? "items_start_late" : "cell_end_unlike_column",
      `measure ${measure.id}: ${DOUBT_TEXT[why](column)}`,
      at,
    );
  }
}

function parseTable(table: RawTable, language: Language, warnings: Warnings): TableResult {
  warnUnnamedColumns(table, warnings);
  const state: TableState = {
    columns: mapColumns(table),
    extra: mapExtraColumns(table),
    language,
    warnings,
    memo: createAgencyMemo(),
    strategies: [],
    current: undefined,
    lastMeasure: undefined,
  };
  const { columns } = state;
  for (const row of table.rows) {
    const strategyText = cellText(row, columns.strategy);
    if (strategyText) startStrategy(state, row, strategyText);
    const cells = measureCellsOf(row, columns);
    const { current } = state;
    if (!current) {
      warnings.add(
        "row_before_strategy",
        "a table row comes before any strategy; it was left out",
        locationOf(row),
      );
      continue;
    }
    const marker = readMarker(cells.measureText);
    if (marker?.kind === "paren") addMeasure(state, row, current, marker, cells);
    else continueMeasure(state, row, current, cells);
  }
  warnOddCellEnds(state.strategies, warnings);
  return { strategies: state.strategies };
}

/** The section and sub-heading above the next strategy of a grouped edition (2012). */
interface GroupPath {
  heading: string | null;
  subHeading: string | null;
}

/**
 * A strategy of a grouped table: numbered through the plan (ids stay unique), its printed number
 * (1. 2. under each sub-heading) kept and checked against the one before under the same headings.
 */
function startGroupedStrategy(state: TableState, row: RawRow, text: string, path: string[]): void {
  const marker = readMarker(text);
  const numbered = marker && (marker.kind === "dot" || marker.kind === "cjk-comma") ? marker : null;
  const previous = state.strategies.at(-1);
  const sameGroup = previous?.path?.join("›") === path.join("›");
  const expected = sameGroup ? (previous?.printedNumber ?? 0) + 1 : 1;
  const number = state.strategies.length + 1;
  const where = path.length > 0 ? ` under ${path.join(" › ")}` : "";
  if (!numbered) {
    state.warnings.add(
      "strategy_without_number",
      `a strategy cell has no number (1.): "${text.slice(0, 40)}"; it was taken as strategy ${expected}${where}`,
      locationOf(row),
    );
  } else if (numbered.number !== expected) {
    state.warnings.add(
      numbered.number < expected ? "strategy_number_repeats" : "strategy_number_skips",
      `strategy ${numbered.number}${where} follows strategy ${expected - 1}`,
      locationOf(row),
    );
  }
  state.current = {
    number,
    title: numbered ? numbered.rest : text,
    measures: [],
    printedNumber: numbered?.number ?? expected,
    ...(path.length > 0 ? { path } : {}),
  };
  state.strategies.push(state.current);
}

/**
 * One row of a grouped table: a sub-heading ((一)肅貪：) sets the path; a strategy cell (1. …)
 * starts a strategy; a measure cell numbered 1. (or (1)) starts a measure; a strategy's only
 * measure printed without a number is its measure 1; other rows continue the measure above.
 */
function readGroupedRow(state: TableState, row: RawRow, path: GroupPath): void {
  const { columns, warnings } = state;
  let strategyText = cellText(row, columns.strategy);
  const sub = readSubHeading(strategyText);
  if (sub) {
    path.subHeading = sub.heading;
    strategyText = sub.rest;
  }
  const headings = [path.heading, path.subHeading].filter((h): h is string => h !== null);
  if (strategyText) startGroupedStrategy(state, row, strategyText, headings);
  const cells = measureCellsOf(row, columns);
  const { current } = state;
  if (!current) {
    if (!sub)
      warnings.add(
        "row_before_strategy",
        "a table row comes before any strategy; it was left out",
        locationOf(row),
      );
    return;
  }
  if (sub && !strategyText && !cells.measureText) return;
  const marker = readMarker(cells.measureText);
  if (marker?.kind === "dot" || marker?.kind === "paren") addMeasure(state, row, current, marker, cells);
  else if (strategyText && current.measures.length === 0 && cells.measureText) {
    warnings.add(
      "measure_number_implied",
      `strategy ${current.number} (${current.printedNumber}. under ${headings.join(" › ") || "no heading"}) has one measure printed without a number; it was taken as measure 1`,
      locationOf(row, `${current.number}.1`),
    );
    addMeasure(state, row, current, { number: 1, rest: cells.measureText }, cells);
  } else {
    continueMeasure(state, row, current, cells);
    return;
  }
  if (current.path && state.lastMeasure) state.lastMeasure.path = [...current.path];
}

/** The tables of a grouped edition (2012), read in order as one table with a path per strategy. */
function parseGroupedTables(
  groups: readonly GroupedTable[],
  language: Language,
  warnings: Warnings,
): TableResult {
  const state: TableState = {
    columns: { strategy: 0, measure: 1, goals: 2, agency: 3 },
    extra: { indicators: null, targets: [] },
    language,
    warnings,
    memo: createAgencyMemo(),
    strategies: [],
    current: undefined,
    lastMeasure: undefined,
  };
  for (const { heading, table } of groups) {
    warnUnnamedColumns(table, warnings);
    state.columns = mapColumns(table);
    state.extra = mapExtraColumns(table);
    const path: GroupPath = { heading, subHeading: null };
    for (const row of table.rows) readGroupedRow(state, row, path);
  }
  return { strategies: state.strategies };
}

function checkStrategyNumbers(strategies: readonly Strategy[], warnings: Warnings): void {
  // An excerpt may start at any strategy (the English translation has only 9): check the steps.
  strategies.forEach((strategy, index) => {
    const previous = strategies[index - 1]?.number;
    if (previous !== undefined && strategy.number !== previous + 1) {
      warnings.add(
        strategy.number <= previous ? "strategy_number_repeats" : "strategy_number_skips",
        `strategy ${strategy.number} follows strategy ${previous}`,
      );
    }
  });
}

/** Strategies of 參 and of the table, matched by number; disagreements become warnings. */
function mergeStrategies(
  listed: readonly ListedStrategy[],
  fromTable: Strategy[],
  warnings: Warnings,
): Strategy[] {
  if (listed.length === 0) return fromTable;
  const merged: Strategy[] = [];
  for (const item of listed) {
    const inTable = fromTable.find((strategy) => strategy.number === item.number);
    if (!inTable) {
      warnings.add(
        "strategy_missing_from_table",
        `strategy ${item.number} is listed in 具體策略 but has no rows in the 具體作為 table`,
        item.line ? { line: item.line } : undefined,
      );
      merged.push({ number: item.number, title: item.title, measures: [] });
      continue;
    }
    if (inTable.title && compact(inTable.title) !== compact(item.title)) {
      warnings.add(
        "strategy_title_differs",
        `strategy ${item.number} reads "${item.title}" in 具體策略 but "${inTable.title}" in the table; the list's title was kept`,
        item.line ? { line: item.line } : undefined,
      );
    }
    merged.push({ ...inTable, title: item.title });
  }
  for (const strategy of fromTable) {
    if (!listed.some((item) => item.number === strategy.number)) {
      warnings.add(
        "strategy_missing_from_list",
        `strategy ${strategy.number} has rows in the table but is not listed in 具體策略`,
      );
      merged.push(strategy);
    }
  }
  return merged.sort((a, b) => a.number - b.number);
}

/** The lines before the plan's first numbered section (title, approval line). */
function preambleLines(doc: RawDocument): string[] {
  const lines: string[] = [];
  for (const block of doc.blocks) {
    if (block.kind === "table") break;
    const marker = block.kind === "heading" ? readMarker(block.text) : null;
    if (marker && (marker.kind === "capital" || marker.kind === "roman")) break;
    lines.push(block.text);
  }
  return lines;
}

const REVISION_LABEL = /[（(]([^（()）]*本)[)）]\s*$/u;

/**
 * The 具體作為 section's tables other than the one (or, in the 2012 layout, the ones) read: a PDF
 * holding the plan and then another document, or an annex, has more. Left out, and said so.
 */
function warnTablesNotRead(
  actions: PlanSection | undefined,
  read: ReadonlyArray<RawTable | null>,
  warnings: Warnings,
): void {
  for (const block of actions?.blocks ?? []) {
    if (block.kind !== "table" || block.rows.length === 0 || read.includes(block)) continue;
    const pages =
      block.pageStart === undefined
        ? ""
        : block.pageEnd !== undefined && block.pageEnd !== block.pageStart
          ? ` (pages ${block.pageStart}–${block.pageEnd})`
          : ` (page ${block.pageStart})`;
    const at =
      block.pageStart !== undefined
        ? { page: block.pageStart }
        : block.lineStart
          ? { line: block.lineStart }
          : undefined;
    warnings.add(
      "table_not_read",
      `a table of ${block.rows.length} rows${pages} after the 具體作為 table is not part of it and was not read`,
      at,
    );
  }
}

/**
 * Parses the National Integrity Building Action Plan (國家廉政建設行動方案, or its English
 * translation) from its raw layout, whichever reader made it: 依據 → `basis`, 目標 → `goals`
 * (with their short titles 不願貪 …), 具體策略 and the 具體作為 table → `strategies` with their
 * measures, performance goals as numbered items and agency roles, the other sections' text →
 * `sections`. Problems in the data (a measure number that skips or repeats, a strategy missing on
 * one side, an empty cell, a goal scope that names no goal) are returned as warnings.
 *
 * Throws `ParseError` `unknown_kind` when the document has neither a strategy list nor a table.
 *
 * @example
 * const plan = parseActionPlan(readText(text), { source });
 * plan.strategies[8]?.measures[0]?.id // "9.1"
 */
export function parseActionPlan(doc: RawDocument, options: ParseActionPlanOptions): ActionPlan {
  const warnings = new Warnings();
  const language = options.language ?? detectLanguage(doc);
  const { title, sections } = splitSections(doc);
  const byRole = (role: PlanSection["role"]): PlanSection | undefined =>
    sections.find((section) => section.role === role);

  const groups = groupTables(byRole("actions")?.blocks ?? []);
  const table = groups ? null : findActionsTable(doc, sections);
  const { listed, intro } = parseStrategyList(byRole("strategies"));
  const { directions, intro: directionsIntro } = parseDirections(byRole("directions")?.blocks ?? []);
  if (!table && !groups && listed.length === 0) {
    throw new ParseError(
      "unknown_kind",
      "no 具體作為 table (具體策略 / 執行措施 / 績效目標 / 辦理機關) and no 具體策略 list was found: this does not read as the action plan; check the file, or parse it as another kind",
    );
  }
  const fromTable = groups
    ? parseGroupedTables(groups, language, warnings).strategies
    : table
      ? parseTable(table, language, warnings).strategies
      : [];
  const firstTable = table ?? groups?.[0]?.table;
  if (firstTable && fromTable.every((strategy) => strategy.measures.length === 0)) {
    warnings.add(
      "no_measures",
      "the 具體作為 table has no numbered measures",
      firstTable.lineStart ? { line: firstTable.lineStart } : undefined,
    );
  }
  warnTablesNotRead(byRole("actions"), groups ? groups.map((group) => group.table) : [table], warnings);
  checkStrategyNumbers(fromTable, warnings);
  const strategies = mergeStrategies(listed, fromTable, warnings);

  const basisText = paragraphsOf(byRole("basis"))
    .map((paragraph) => paragraph.text)
    .join("\n");
  const goals = parseGoals(byRole("goals"), warnings);
  const others: Section[] = [];
  for (const section of sections) {
    if (section.role === "other") {
      others.push({
        number: section.number,
        heading: section.heading,
        text: paragraphsOf(section)
          .map((paragraph) => paragraph.text)
          .join("\n"),
      });
    } else if (section.role === "strategies" && intro.length > 0) {
      // The list became `strategies`; the words that introduce it are kept here.
      others.push({ number: section.number, heading: section.heading, text: intro.join("\n") });
    } else if (section.role === "directions" && directionsIntro.length > 0) {
      others.push({ number: section.number, heading: section.heading, text: directionsIntro.join("\n") });
    }
  }
  others.sort((a, b) => a.number - b.number);

  const planTitle = options.title ?? title ?? "";
  const plan: ActionPlan = {
    id: documentId("action-plan", language, options.source.sha256),
    kind: "action-plan",
    language,
    title: planTitle,
    source: options.source,
    warnings: [...doc.warnings, ...warnings.list],
    goals,
    strategies,
    sections: others,
  };
  const label = REVISION_LABEL.exec(planTitle)?.[1];
  const approval = readApproval(preambleLines(doc));
  if (approval) plan.revision = label ? { ...approval, label } : approval;
  else if (label) plan.revision = { label };
  if (basisText) plan.basis = basisText;
  if (directions.length > 0) plan.directions = directions;
  return plan;
}
