// Documents → flat tables. CSV and SQLite are both written from these tables, so the two can never
// disagree about a column, a row or an id. Every id is derived from the document id and the
// thing's own number, so the same input always gives the same ids, and they join across files.
import {
  type ActionPlan,
  type Agency,
  type AgencyRole,
  createWarning,
  type Document,
  type ExecutionReport,
  type Item,
  type Measure,
  type Provenance,
  type Quantity,
  type Warning,
} from "@lianzheng/model";
import { id, int, measureLabel, QUANTITY_COLUMNS, quantityCells, real, ref, text } from "./columns.js";
import { flattenProse, PROSE_TABLE_COLUMNS, type ProseTableName } from "./prose.js";

export type Cell = string | number | null;
export type Row = Record<string, Cell>;

export interface Column {
  name: string;
  type: "TEXT" | "INTEGER" | "REAL";
  primaryKey?: true;
  notNull?: true;
  /** The table whose `id` this column holds (a foreign key). */
  references?: TableName;
}

export interface Table {
  name: TableName;
  columns: Column[];
  rows: Row[];
}

export type TableName =
  | "agencies"
  | "documents"
  | "strategies"
  | "measures"
  | "report_records"
  | "performance_goals"
  | "agency_roles"
  | "quantities"
  | "evaluations"
  | "editions"
  | "measure_lineage"
  | "measure_indicators"
  | "measure_targets"
  | "warnings"
  | ProseTableName;

const provenanceColumns = [int("line_from"), int("line_to"), int("page_from"), int("page_to")];

/** The columns of every table, in the order tables must be created (a table after those it references). */
export const TABLE_COLUMNS: Record<TableName, Column[]> = {
  agencies: [
    id,
    text("name_zh", { notNull: true }),
    text("name_en", { notNull: true }),
    text("kind", { notNull: true }),
    ref("parent_id", "agencies"),
    text("abbreviations"),
    text("aliases"),
  ],
  documents: [
    id,
    text("kind", { notNull: true }),
    text("language", { notNull: true }),
    text("title", { notNull: true }),
    text("source_path", { notNull: true }),
    text("source_format", { notNull: true }),
    text("sha256", { notNull: true }),
    int("bytes", { notNull: true }),
    int("pages"),
    text("revision_label"),
    text("revision_date"),
    int("year"),
    int("roc_year"),
    ref("plan_id", "documents"),
    ref("translation_of", "documents"),
    ref("copy_of", "documents"),
    int("warnings", { notNull: true }),
  ],
  strategies: [
    id,
    ref("document_id", "documents", true),
    int("number", { notNull: true }),
    text("title"),
    text("title_en"),
  ],
  measures: [
    id,
    ref("document_id", "documents", true),
    ref("strategy_id", "strategies", true),
    text("measure", { notNull: true }),
    int("strategy_number", { notNull: true }),
    int("number", { notNull: true }),
    text("text"),
    text("agency_text"),
    text("text_en"),
    text("agency_text_en"),
    ...provenanceColumns,
  ],
  report_records: [
    id,
    ref("document_id", "documents", true),
    int("seq", { notNull: true }),
    int("strategy_number"),
    text("strategy_title"),
    int("measure_number"),
    text("measure_text"),
    text("agency_text"),
    text("target_text"),
    text("achievement_text"),
    ref("plan_measure_id", "measures"),
    real("plan_match_score"),
    text("plan_match_method"),
    text("fields"),
    ...provenanceColumns,
  ],
  performance_goals: [
    id,
    ref("document_id", "documents", true),
    ref("measure_id", "measures"),
    ref("record_id", "report_records"),
    text("list", { notNull: true }),
    text("language", { notNull: true }),
    int("position", { notNull: true }),
    int("item_number"),
    text("text"),
  ],
  agency_roles: [
    id,
    ref("document_id", "documents", true),
    ref("measure_id", "measures"),
    ref("record_id", "report_records"),
    text("language", { notNull: true }),
    int("position", { notNull: true }),
    ref("agency_id", "agencies"),
    text("name", { notNull: true }),
    text("role", { notNull: true }),
    text("goals"),
  ],
  quantities: [
    id,
    ref("document_id", "documents", true),
    ref("record_id", "report_records", true),
    text("side", { notNull: true }),
    int("position", { notNull: true }),
    int("item_number"),
    ...QUANTITY_COLUMNS,
  ],
  evaluations: [
    id,
    ref("document_id", "documents", true),
    ref("record_id", "report_records", true),
    int("position", { notNull: true }),
    int("item_number"),
    ref("target_quantity_id", "quantities"),
    real("target_value"),
    text("target_unit"),
    text("target_raw"),
    ref("actual_quantity_id", "quantities"),
    real("actual_value"),
    text("actual_unit"),
    text("actual_raw"),
    real("ratio"),
    int("met", { notNull: true }),
    real("stated_ratio"),
  ],
  editions: [
    id,
    ref("document_id", "documents", true),
    text("label"),
    text("date"),
    text("roc_date"),
    text("authority"),
    text("document_number"),
    text("basis"),
    ref("derived_from", "documents"),
    int("derived_roc_year"),
  ],
  measure_lineage: [
    id,
    ref("from_edition", "editions", true),
    ref("to_edition", "editions", true),
    text("kind", { notNull: true }),
    ref("from_measure_id", "measures"),
    ref("to_measure_id", "measures"),
    real("similarity"),
    int("renumbered"),
    text("words_removed"),
    text("words_added"),
    text("agencies_added"),
    text("agencies_dropped"),
    int("goals_changed"),
  ],
  measure_indicators: [
    id,
    ref("document_id", "documents", true),
    ref("measure_id", "measures", true),
    int("position", { notNull: true }),
    int("item_number"),
    text("text"),
  ],
  measure_targets: [
    id,
    ref("document_id", "documents", true),
    ref("measure_id", "measures", true),
    int("roc_year", { notNull: true }),
    int("year", { notNull: true }),
    text("text"),
    int("items", { notNull: true }),
    text("quantities"),
  ],
  warnings: [
    id,
    ref("document_id", "documents", true),
    int("position", { notNull: true }),
    text("code", { notNull: true }),
    text("severity", { notNull: true }),
    text("message", { notNull: true }),
    int("page"),
    int("line"),
    int("seq"),
    text("measure"),
  ],
  ...PROSE_TABLE_COLUMNS,
};

/** Tables written as CSV, each to `csv/<name>.csv`. */
export const TABLE_NAMES = Object.keys(TABLE_COLUMNS) as TableName[];

export interface DatasetTables {
  tables: Table[];
  /** Problems met while flattening (an agency id the registry does not know, an id used twice). */
  warnings: Warning[];
}

/** One lineage entry between two plans of the run (see `lineMeasures` in @lianzheng/action-plan). */
export interface LineageRow {
  kind: string;
  from: string[];
  to: string[];
  similarity?: number;
  renumbered?: boolean;
  changedWords?: { removed: string[]; added: string[] };
  agencies?: { added: string[]; dropped: string[] };
  goalsChanged?: boolean;
}

export interface FlattenOptions {
  /**
   * The lineage between pairs of the run's plans, computed by the caller (publishing does not
   * parse or compare): each measure pair becomes a `measure_lineage` row whose ids join to
   * `measures`.
   */
  lineage?: ReadonlyArray<{ from: string; to: string; entries: readonly LineageRow[] }>;
  /** The registry entries the run's documents refer to (see `collectAgencies`). */
  agencies: Agency[];
  /** English plan id → the Chinese plan its measures were merged into. */
  translationOf?: ReadonlyMap<string, string>;
  /**
   * Copy id → canonical document id (the same document in another form). A copy is a row of
   * `documents` with `copy_of` set; its content is in the other tables once, under the canonical.
   */
  copyOf?: ReadonlyMap<string, string>;
}

const joined = (values: readonly string[] | undefined): string | null =>
  values && values.length > 0 ? values.join("; ") : null;
const flag = (value: boolean | undefined): number | null => (value === undefined ? null : value ? 1 : 0);

function provenanceCells(provenance: Provenance | undefined): Row {
  return {
    line_from: provenance?.lines?.[0] ?? null,
    line_to: provenance?.lines?.[1] ?? null,
    page_from: provenance?.pages?.[0] ?? null,
    page_to: provenance?.pages?.[1] ?? null,
  };
}

/** The rows of every table as they are added, the ids met, and the problems found. */
class TableBuilder {
  readonly rows = Object.fromEntries(TABLE_NAMES.map((name) => [name, [] as Row[]])) as Record<
    TableName,
    Row[]
  >;
  readonly seen = Object.fromEntries(TABLE_NAMES.map((name) => [name, new Set<string>()])) as Record<
    TableName,
    Set<string>
  >;
  readonly warnings: Warning[] = [];

  constructor(
    /** The ids of the registry entries in the dataset. */
    readonly knownAgencies: ReadonlySet<string>,
  ) {}

  /** Add a row; an id met twice (a parser numbering two things alike) gets a suffix and a warning. */
  add(table: TableName, row: Row): string {
    let rowId = row.id as string;
    if (this.seen[table].has(rowId)) {
      let n = 2;
      while (this.seen[table].has(`${rowId}~${n}`)) n++;
      this.warnings.push(
        createWarning(
          "duplicate_row_id",
          `${table}: the id ${rowId} occurs more than once; this row is stored as ${rowId}~${n}`,
        ),
      );
      rowId = `${rowId}~${n}`;
    }
    this.seen[table].add(rowId);
    this.rows[table].push({ ...row, id: rowId });
    return rowId;
  }
}

/** The foreign keys every row of a performance goal, agency role … carries. */
type Owner = Row & { document_id: string; measure_id: string | null; record_id: string | null };

function addItems(
  tables: TableBuilder,
  owner: Owner,
  ownerId: string,
  list: "goal" | "indicator",
  language: string,
  items: Item[],
): void {
  const prefix = `${ownerId}/${language === "en" ? "en/" : ""}${list === "goal" ? "g" : "i"}`;
  items.forEach((item, index) => {
    tables.add("performance_goals", {
      id: `${prefix}${index + 1}`,
      ...owner,
      list,
      language,
      position: index + 1,
      item_number: item.number,
      text: item.text,
    });
  });
}

function addRoles(
  tables: TableBuilder,
  owner: Owner,
  ownerId: string,
  language: string,
  roles: AgencyRole[],
): void {
  roles.forEach((role, index) => {
    let agencyId = role.agencyId;
    if (agencyId !== null && !tables.knownAgencies.has(agencyId)) {
      tables.warnings.push(
        createWarning(
          "unknown_agency_id",
          `agency_roles: ${ownerId} names agency id "${agencyId}" (${role.name}), which the registry does not list; agency_id left empty`,
        ),
      );
      agencyId = null;
    }
    tables.add("agency_roles", {
      id: `${ownerId}/${language === "en" ? "en/" : ""}a${index + 1}`,
      ...owner,
      language,
      position: index + 1,
      agency_id: agencyId,
      name: role.name,
      role: role.role,
      goals: role.goals && role.goals.length > 0 ? role.goals.join(";") : null,
    });
  });
}

function addAgencies(tables: TableBuilder, agencies: readonly Agency[]): void {
  for (const agency of [...agencies].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    tables.add("agencies", {
      id: agency.id,
      name_zh: agency.name.zh,
      name_en: agency.name.en,
      kind: agency.kind,
      parent_id:
        agency.parentId !== null && tables.knownAgencies.has(agency.parentId) ? agency.parentId : null,
      abbreviations: joined(agency.abbreviations),
      aliases: joined(agency.aliases),
    });
  }
}

/** The `documents` row: a link to a plan or an original only when that document is in the run. */
function addDocument(
  tables: TableBuilder,
  document: Document,
  documentIds: ReadonlySet<string>,
  translationOf: string | null,
  copyOf: string | null,
): void {
  tables.add("documents", {
    id: document.id,
    kind: document.kind,
    language: document.language,
    title: document.title,
    source_path: document.source.path,
    source_format: document.source.format,
    sha256: document.source.sha256,
    bytes: document.source.bytes,
    pages: document.source.pages ?? null,
    revision_label: document.kind === "action-plan" ? (document.revision?.label ?? null) : null,
    revision_date: document.kind === "action-plan" ? (document.revision?.date ?? null) : null,
    year: document.kind === "execution-report" ? document.year : null,
    roc_year: document.kind === "execution-report" ? document.rocYear : null,
    plan_id:
      (document.kind === "execution-report" ||
        document.kind === "trip-report" ||
        document.kind === "narrative") &&
      document.planId !== undefined &&
      documentIds.has(document.planId)
        ? document.planId
        : null,
    translation_of: translationOf !== null && documentIds.has(translationOf) ? translationOf : null,
    copy_of: copyOf !== null && documentIds.has(copyOf) ? copyOf : null,
    warnings: document.warnings.length,
  });
  addWarnings(tables, document);
}

/** A document's warnings as rows, so they can be read from CSV and SQLite, not only counted. */
function addWarnings(tables: TableBuilder, document: Document): void {
  document.warnings.forEach((warning, index) => {
    tables.add("warnings", {
      id: `${document.id}/w${index + 1}`,
      document_id: document.id,
      position: index + 1,
      code: warning.code,
      severity: warning.severity ?? "warning",
      message: warning.message,
      page: warning.at?.page ?? null,
      line: warning.at?.line ?? null,
      seq: warning.at?.seq ?? null,
      measure: warning.at?.measureId === undefined ? null : measureLabel(warning.at.measureId),
    });
  });
}

/** The `editions` row of a plan: its revision metadata and, when rebuilt, what from. */
function addEdition(tables: TableBuilder, plan: ActionPlan, documentIds: ReadonlySet<string>): void {
  tables.add("editions", {
    id: plan.id,
    document_id: plan.id,
    label: plan.revision?.label ?? null,
    date: plan.revision?.date ?? null,
    roc_date: plan.revision?.rocDate ?? null,
    authority: plan.revision?.authority ?? null,
    document_number: plan.revision?.documentNumber ?? null,
    basis: plan.basis ?? null,
    derived_from:
      plan.derivedFrom && documentIds.has(plan.derivedFrom.documentId) ? plan.derivedFrom.documentId : null,
    derived_roc_year: plan.derivedFrom?.rocYear ?? null,
  });
}

function flattenPlan(tables: TableBuilder, plan: ActionPlan, documentIds: ReadonlySet<string>): void {
  addEdition(tables, plan, documentIds);
  for (const strategy of plan.strategies) {
    const strategyId = tables.add("strategies", {
      id: `${plan.id}/${strategy.number}`,
      document_id: plan.id,
      number: strategy.number,
      title: strategy.title,
      title_en: strategy.translations?.en?.title ?? null,
    });
    for (const measure of strategy.measures) {
      const en = measure.translations?.en;
      const measureId = tables.add("measures", {
        id: `${plan.id}/${measure.id}`,
        document_id: plan.id,
        strategy_id: strategyId,
        measure: measureLabel(measure.id),
        strategy_number: measure.strategy,
        number: measure.number,
        text: measure.text,
        agency_text: measure.agencyText,
        text_en: en?.text ?? null,
        agency_text_en: en?.agencyText ?? null,
        ...provenanceCells(measure.provenance),
      });
      const owner: Owner = { document_id: plan.id, measure_id: measureId, record_id: null };
      addItems(tables, owner, measureId, "goal", plan.language, measure.performanceGoals);
      addRoles(tables, owner, measureId, plan.language, measure.agencies);
      addIndicatorsAndTargets(tables, plan.id, measureId, measure);
      if (en) {
        addItems(tables, owner, measureId, "goal", "en", en.performanceGoals);
        addRoles(tables, owner, measureId, "en", en.agencies ?? []);
      }
    }
  }
}

/**
 * The six-column edition's 績效衡量指標 (one row per item) and NNN年績效目標值 (one row per year,
 * its quantities as JSON) of a measure, both joining `measures` by `measure_id`.
 */
function addIndicatorsAndTargets(
  tables: TableBuilder,
  documentId: string,
  measureId: string,
  measure: Measure,
): void {
  (measure.indicators ?? []).forEach((item, index) => {
    tables.add("measure_indicators", {
      id: `${measureId}/i${index + 1}`,
      document_id: documentId,
      measure_id: measureId,
      position: index + 1,
      item_number: item.number,
      text: item.text,
    });
  });
  for (const target of measure.targets ?? []) {
    tables.add("measure_targets", {
      id: `${measureId}/t${target.rocYear}`,
      document_id: documentId,
      measure_id: measureId,
      roc_year: target.rocYear,
      year: target.year,
      text: target.text,
      items: target.items.length,
      quantities:
        target.quantities.length > 0
          ? JSON.stringify(target.quantities.map((quantity) => quantityCells(quantity)))
          : null,
    });
  }
}

function flattenReport(tables: TableBuilder, report: ExecutionReport): void {
  for (const record of report.records) {
    const planMeasureId =
      report.planId !== undefined && record.planMeasureId ? `${report.planId}/${record.planMeasureId}` : null;
    const recordId = tables.add("report_records", {
      id: `${report.id}/${record.seq}`,
      document_id: report.id,
      seq: record.seq,
      strategy_number: record.strategy.number,
      strategy_title: record.strategy.title,
      measure_number: record.measure.number,
      measure_text: record.measure.text,
      agency_text: record.agencyText,
      target_text: record.target.text,
      achievement_text: record.achievement.text,
      // Resolved once all measures are known (the plan may sort after the report).
      plan_measure_id: planMeasureId,
      plan_match_score: record.planMatchScore ?? null,
      plan_match_method: record.planMatchMethod ?? null,
      fields: record.fields.length > 0 ? JSON.stringify(record.fields) : null,
      ...provenanceCells(record.provenance),
    });
    const owner: Owner = { document_id: report.id, measure_id: null, record_id: recordId };
    addItems(tables, owner, recordId, "goal", report.language, record.performanceGoals);
    addItems(tables, owner, recordId, "indicator", report.language, record.indicators);
    addRoles(tables, owner, recordId, report.language, record.agencies);
    const quantityIds = addQuantities(tables, report.id, recordId, record);
    addEvaluations(tables, report.id, recordId, record, quantityIds);
  }
}

/**
 * The `measure_lineage` rows, one per measure pair: a split or merge gives a row for each measure
 * on its many side. Pairs whose editions are not in the tables are left out.
 */
function addLineage(tables: TableBuilder, lineage: FlattenOptions["lineage"]): void {
  for (const pair of lineage ?? []) {
    if (!tables.seen.editions.has(pair.from) || !tables.seen.editions.has(pair.to)) continue;
    pair.entries.forEach((entry, index) => {
      const froms = entry.from.length > 0 ? entry.from : [null];
      const tos = entry.to.length > 0 ? entry.to : [null];
      for (const fromMeasure of froms) {
        for (const toMeasure of tos) {
          tables.add("measure_lineage", {
            id: `${pair.from}>${pair.to}/${index + 1}/${fromMeasure ?? "-"}>${toMeasure ?? "-"}`,
            from_edition: pair.from,
            to_edition: pair.to,
            kind: entry.kind,
            from_measure_id: fromMeasure === null ? null : `${pair.from}/${fromMeasure}`,
            to_measure_id: toMeasure === null ? null : `${pair.to}/${toMeasure}`,
            similarity: entry.similarity ?? null,
            renumbered: flag(entry.renumbered),
            words_removed: joined(entry.changedWords?.removed),
            words_added: joined(entry.changedWords?.added),
            agencies_added: joined(entry.agencies?.added),
            agencies_dropped: joined(entry.agencies?.dropped),
            goals_changed: flag(entry.goalsChanged),
          });
        }
      }
    });
  }
}

/** The quantity rows of a record; returns the id of each `side:quantity` first met. */
function addQuantities(
  tables: TableBuilder,
  documentId: string,
  recordId: string,
  record: ExecutionReport["records"][number],
): Map<string, string> {
  const quantityIds = new Map<string, string>();
  for (const side of ["target", "achievement"] as const) {
    record[side].quantities.forEach((quantity, index) => {
      const quantityId = tables.add("quantities", {
        id: `${recordId}/${side === "target" ? "t" : "a"}${index + 1}`,
        document_id: documentId,
        record_id: recordId,
        side,
        position: index + 1,
        ...itemQuantityCells(quantity),
      });
      const key = `${side}:${quantityKey(quantity)}`;
      if (!quantityIds.has(key)) quantityIds.set(key, quantityId);
    });
  }
  return quantityIds;
}

function addEvaluations(
  tables: TableBuilder,
  documentId: string,
  recordId: string,
  record: ExecutionReport["records"][number],
  quantityIds: ReadonlyMap<string, string>,
): void {
  record.evaluations.forEach((evaluation, index) => {
    tables.add("evaluations", {
      id: `${recordId}/e${index + 1}`,
      document_id: documentId,
      record_id: recordId,
      position: index + 1,
      item_number: evaluation.itemNumber,
      target_quantity_id: quantityIds.get(`target:${quantityKey(evaluation.target)}`) ?? null,
      target_value: evaluation.target.value,
      target_unit: evaluation.target.unit,
      target_raw: evaluation.target.raw,
      actual_quantity_id: quantityIds.get(`achievement:${quantityKey(evaluation.actual)}`) ?? null,
      actual_value: evaluation.actual.value,
      actual_unit: evaluation.actual.unit,
      actual_raw: evaluation.actual.raw,
      ratio: Number.isFinite(evaluation.ratio) ? evaluation.ratio : null,
      met: evaluation.met ? 1 : 0,
      stated_ratio: evaluation.statedRatio ?? null,
    });
  });
}

/**
 * A record linked to a plan measure that is not in the run (or not parsed) keeps its text but no
 * foreign key, and says so.
 */
/** An agency id the run's registry subset has, else null with a warning naming the row. */
function knownAgencyId(
  tables: TableBuilder,
  agencyId: string | null,
  rowId: string,
  name: string,
): string | null {
  if (agencyId === null || tables.knownAgencies.has(agencyId)) return agencyId;
  tables.warnings.push(
    createWarning(
      "unknown_agency_id",
      `${rowId} names agency id "${agencyId}" (${name}), which the registry does not list; agency_id left empty`,
    ),
  );
  return null;
}

/** Links to plan measures not in this run are left empty, with a warning: the foreign keys hold. */
function unlinkMissingPlanMeasures(tables: TableBuilder, documentIds: ReadonlySet<string>): void {
  for (const record of tables.rows.report_records) {
    const target = record.plan_measure_id as string | null;
    if (target !== null && !tables.seen.measures.has(target)) {
      tables.warnings.push(
        createWarning(
          "unlinked_plan_measure",
          `report_records: ${record.id} is linked to plan measure ${target}, which is not in this run; plan_measure_id left empty`,
        ),
      );
      record.plan_measure_id = null;
    }
  }
  // Plan links of trip reports and narratives to a plan not in the run (or a measure it lacks).
  for (const link of tables.rows.plan_links) {
    const target = link.measure_id as string | null;
    if (target !== null && !tables.seen.measures.has(target)) {
      tables.warnings.push(
        createWarning(
          "unlinked_plan_measure",
          `plan_links: ${link.id} is linked to plan measure ${target}, which is not in this run; measure_id left empty`,
        ),
      );
      link.measure_id = null;
      if (link.plan_id !== null && !documentIds.has(link.plan_id as string)) link.plan_id = null;
    }
  }
}

/**
 * Flatten documents into the dataset's tables. Documents are taken in id order and their parts in
 * document order, so the rows (and the CSV and SQLite files) are the same on every run.
 */
export function flattenDocuments(documents: readonly Document[], options: FlattenOptions): DatasetTables {
  const tables = new TableBuilder(new Set(options.agencies.map((agency) => agency.id)));
  const sorted = [...documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const documentIds = new Set(sorted.map((document) => document.id));
  addAgencies(tables, options.agencies);
  for (const document of sorted) {
    const copyOf = options.copyOf?.get(document.id) ?? null;
    addDocument(tables, document, documentIds, options.translationOf?.get(document.id) ?? null, copyOf);
    // A copy's content is in the tables once, under its canonical document.
    if (copyOf !== null) continue;
    if (document.kind === "action-plan") flattenPlan(tables, document, documentIds);
    if (document.kind === "execution-report") flattenReport(tables, document);
    if (document.kind === "trip-report" || document.kind === "narrative") {
      flattenProse(document, {
        add: (table, row) => tables.add(table, row),
        agencyId: (agencyId, rowId, name) => knownAgencyId(tables, agencyId, rowId, name),
      });
    }
  }
  addLineage(tables, options.lineage);
  unlinkMissingPlanMeasures(tables, documentIds);
  return {
    tables: TABLE_NAMES.map((name) => ({ name, columns: TABLE_COLUMNS[name], rows: tables.rows[name] })),
    warnings: tables.warnings,
  };
}

function itemQuantityCells(quantity: Quantity): Row {
  return { item_number: quantity.itemNumber ?? null, ...quantityCells(quantity) };
}

/** Evaluations carry copies of their quantities; this finds the row each copy came from. */
function quantityKey(quantity: Quantity): string {
  return JSON.stringify([
    quantity.value,
    quantity.unit,
    quantity.kind,
    quantity.raw,
    quantity.itemNumber ?? null,
  ]);
}

export { measureLabel };
