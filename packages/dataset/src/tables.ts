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
  type Provenance,
  type Quantity,
  type Warning,
} from "@lianzheng/model";

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
  | "measure_lineage";

const text = (name: string, extra: Partial<Column> = {}): Column => ({ name, type: "TEXT", ...extra });
const int = (name: string, extra: Partial<Column> = {}): Column => ({ name, type: "INTEGER", ...extra });
const real = (name: string): Column => ({ name, type: "REAL" });
const id: Column = { name: "id", type: "TEXT", primaryKey: true, notNull: true };
const ref = (name: string, table: TableName, notNull = false): Column =>
  notNull
    ? { name, type: "TEXT", references: table, notNull: true }
    : { name, type: "TEXT", references: table };
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
    real("value"),
    text("unit"),
    text("kind", { notNull: true }),
    text("currency"),
    int("approximate"),
    text("raw"),
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

/**
 * Flatten documents into the dataset's tables. Documents are taken in id order and their parts in
 * document order, so the rows (and the CSV and SQLite files) are the same on every run.
 */
export function flattenDocuments(documents: readonly Document[], options: FlattenOptions): DatasetTables {
  const rows = Object.fromEntries(TABLE_NAMES.map((name) => [name, [] as Row[]])) as Record<TableName, Row[]>;
  const warnings: Warning[] = [];
  const seen = Object.fromEntries(TABLE_NAMES.map((name) => [name, new Set<string>()])) as Record<
    TableName,
    Set<string>
  >;
  const knownAgencies = new Set(options.agencies.map((agency) => agency.id));
  const sorted = [...documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const documentIds = new Set(sorted.map((document) => document.id));

  /** Add a row; an id met twice (a parser numbering two things alike) gets a suffix and a warning. */
  function add(table: TableName, row: Row): string {
    let rowId = row.id as string;
    if (seen[table].has(rowId)) {
      let n = 2;
      while (seen[table].has(`${rowId}~${n}`)) n++;
      warnings.push(
        createWarning(
          "duplicate_row_id",
          `${table}: the id ${rowId} occurs more than once; this row is stored as ${rowId}~${n}`,
        ),
      );
      rowId = `${rowId}~${n}`;
    }
    seen[table].add(rowId);
    rows[table].push({ ...row, id: rowId });
    return rowId;
  }

  const addItems = (
    owner: Row,
    ownerId: string,
    list: "goal" | "indicator",
    language: string,
    items: Item[],
  ) => {
    const prefix = `${ownerId}/${language === "en" ? "en/" : ""}${list === "goal" ? "g" : "i"}`;
    items.forEach((item, index) => {
      add("performance_goals", {
        id: `${prefix}${index + 1}`,
        ...owner,
        list,
        language,
        position: index + 1,
        item_number: item.number,
        text: item.text,
      });
    });
  };

  const addRoles = (owner: Row, ownerId: string, language: string, roles: AgencyRole[]) => {
    roles.forEach((role, index) => {
      let agencyId = role.agencyId;
      if (agencyId !== null && !knownAgencies.has(agencyId)) {
        warnings.push(
          createWarning(
            "unknown_agency_id",
            `agency_roles: ${ownerId} names agency id "${agencyId}" (${role.name}), which the registry does not list; agency_id left empty`,
          ),
        );
        agencyId = null;
      }
      add("agency_roles", {
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
  };

  for (const agency of [...options.agencies].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    add("agencies", {
      id: agency.id,
      name_zh: agency.name.zh,
      name_en: agency.name.en,
      kind: agency.kind,
      parent_id: agency.parentId !== null && knownAgencies.has(agency.parentId) ? agency.parentId : null,
      abbreviations: joined(agency.abbreviations),
      aliases: joined(agency.aliases),
    });
  }

  for (const document of sorted) {
    const translationOf = options.translationOf?.get(document.id) ?? null;
    add("documents", {
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
        document.kind === "execution-report" &&
        document.planId !== undefined &&
        documentIds.has(document.planId)
          ? document.planId
          : null,
      translation_of: translationOf !== null && documentIds.has(translationOf) ? translationOf : null,
      warnings: document.warnings.length,
    });
    if (document.kind === "action-plan") flattenPlan(document);
    if (document.kind === "execution-report") flattenReport(document);
  }

  function flattenPlan(plan: ActionPlan): void {
    add("editions", {
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
    for (const strategy of plan.strategies) {
      const strategyId = add("strategies", {
        id: `${plan.id}/${strategy.number}`,
        document_id: plan.id,
        number: strategy.number,
        title: strategy.title,
        title_en: strategy.translations?.en?.title ?? null,
      });
      for (const measure of strategy.measures) {
        const en = measure.translations?.en;
        const measureId = add("measures", {
          id: `${plan.id}/${measure.id}`,
          document_id: plan.id,
          strategy_id: strategyId,
          measure: measure.id,
          strategy_number: measure.strategy,
          number: measure.number,
          text: measure.text,
          agency_text: measure.agencyText,
          text_en: en?.text ?? null,
          agency_text_en: en?.agencyText ?? null,
          ...provenanceCells(measure.provenance),
        });
        const owner = { document_id: plan.id, measure_id: measureId, record_id: null };
        addItems(owner, measureId, "goal", plan.language, measure.performanceGoals);
        addRoles(owner, measureId, plan.language, measure.agencies);
        if (en) {
          addItems(owner, measureId, "goal", "en", en.performanceGoals);
          addRoles(owner, measureId, "en", en.agencies ?? []);
        }
      }
    }
  }

  function flattenReport(report: ExecutionReport): void {
    const planMeasures = new Set<string>();
    for (const record of report.records) {
      const planMeasureId =
        report.planId !== undefined && record.planMeasureId
          ? `${report.planId}/${record.planMeasureId}`
          : null;
      if (planMeasureId) planMeasures.add(planMeasureId);
      const recordId = add("report_records", {
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
        fields: record.fields.length > 0 ? JSON.stringify(record.fields) : null,
        ...provenanceCells(record.provenance),
      });
      const owner = { document_id: report.id, measure_id: null, record_id: recordId };
      addItems(owner, recordId, "goal", report.language, record.performanceGoals);
      addItems(owner, recordId, "indicator", report.language, record.indicators);
      addRoles(owner, recordId, report.language, record.agencies);
      const quantityIds = new Map<string, string>();
      for (const side of ["target", "achievement"] as const) {
        record[side].quantities.forEach((quantity, index) => {
          const quantityId = add("quantities", {
            id: `${recordId}/${side === "target" ? "t" : "a"}${index + 1}`,
            document_id: report.id,
            record_id: recordId,
            side,
            position: index + 1,
            ...quantityCells(quantity),
          });
          const key = `${side}:${quantityKey(quantity)}`;
          if (!quantityIds.has(key)) quantityIds.set(key, quantityId);
        });
      }
      record.evaluations.forEach((evaluation, index) => {
        add("evaluations", {
          id: `${recordId}/e${index + 1}`,
          document_id: report.id,
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
  }

  // One row per measure pair: a split or merge gives a row for each measure on its many side.
  for (const pair of options.lineage ?? []) {
    if (!seen.editions.has(pair.from) || !seen.editions.has(pair.to)) continue;
    pair.entries.forEach((entry, index) => {
      const froms = entry.from.length > 0 ? entry.from : [null];
      const tos = entry.to.length > 0 ? entry.to : [null];
      for (const fromMeasure of froms) {
        for (const toMeasure of tos) {
          add("measure_lineage", {
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

  // A record linked to a plan measure that is not in the run (or not parsed) keeps its text but
  // no foreign key, and says so.
  for (const record of rows.report_records) {
    const target = record.plan_measure_id as string | null;
    if (target !== null && !seen.measures.has(target)) {
      warnings.push(
        createWarning(
          "unlinked_plan_measure",
          `report_records: ${record.id} is linked to plan measure ${target}, which is not in this run; plan_measure_id left empty`,
        ),
      );
      record.plan_measure_id = null;
    }
  }

  return {
    tables: TABLE_NAMES.map((name) => ({ name, columns: TABLE_COLUMNS[name], rows: rows[name] })),
    warnings,
  };
}

function quantityCells(quantity: Quantity): Row {
  return {
    item_number: quantity.itemNumber ?? null,
    value: Number.isFinite(quantity.value) ? quantity.value : null,
    unit: quantity.unit,
    kind: quantity.kind,
    currency: quantity.currency ?? null,
    approximate: flag(quantity.approximate),
    raw: quantity.raw,
  };
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
