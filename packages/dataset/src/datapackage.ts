// The dataset's description for data teams and their tools: a Frictionless Data Package
// (datapackage.json beside the CSVs, https://specs.frictionlessdata.io/data-package/) whose Table
// Schemas give every column's type, meaning and unit, the primary and foreign keys, the licence
// and the sources. Written from the same column list as the CSV and SQLite, so it cannot drift.
import { type Column, TABLE_COLUMNS, TABLE_NAMES, type TableName } from "./tables.js";

type Described = { description: string; unit?: string };

const documentIdOf = "the document this row belongs to (documents.id)";
const position = "its place in its list, from 1";
const lines = {
  line_from: { description: "first line of the text input this comes from (text inputs)" },
  line_to: { description: "last line of the text input this comes from (text inputs)" },
  page_from: { description: "first page of the PDF this comes from (PDF inputs)" },
  page_to: { description: "last page of the PDF this comes from (PDF inputs)" },
};

/** What each column of each table holds; a test checks that every column has its entry. */
export const COLUMN_DESCRIPTIONS: Record<TableName, Record<string, Described>> = {
  agencies: {
    id: { description: "stable registry id of the agency, e.g. moj-aac" },
    name_zh: { description: "official name in Traditional Chinese" },
    name_en: { description: "official English name" },
    kind: { description: "what kind of body: ministry, agency, council, local government, …" },
    parent_id: { description: "the agency it belongs to (agencies.id), if any" },
    abbreviations: { description: "short names, separated by '; '" },
    aliases: { description: "other names it goes by (earlier names included), separated by '; '" },
  },
  documents: {
    id: { description: "stable document id: kind, language and a hash of the source bytes" },
    kind: { description: "action-plan, execution-report, trip-report or other" },
    language: { description: "zh-Hant, zh-Hans or en" },
    title: { description: "the document's title, its first line" },
    source_path: { description: "the input file, as given to lianzheng ingest" },
    source_format: { description: "pdf or text" },
    sha256: { description: "SHA-256 of the input file's bytes, hexadecimal" },
    bytes: { description: "size of the input file", unit: "byte" },
    pages: { description: "pages of the PDF (PDF inputs)", unit: "page" },
    revision_label: { description: "the plan's revision as printed, e.g. 核定本 (plans)" },
    revision_date: { description: "the plan's revision date, ISO 8601 (plans)" },
    year: { description: "the year the report covers, Gregorian (reports)", unit: "year" },
    roc_year: { description: "the same year in the ROC calendar (reports)", unit: "year" },
    plan_id: { description: "the plan the report was linked to (documents.id)" },
    translation_of: { description: "for an English plan: the Chinese plan it translates (documents.id)" },
    copy_of: {
      description:
        "for a copy (the same document in another form): the canonical document (documents.id); a copy has no rows in the other tables",
    },
    warnings: { description: "how many warnings the parser gave (see warnings.csv)", unit: "warning" },
  },
  strategies: {
    id: { description: "<document id>/<strategy number>" },
    document_id: { description: documentIdOf },
    number: { description: "the strategy's number (一 = 1)" },
    title: { description: "the strategy (具體策略) as written" },
    title_en: { description: "its English translation, when an English plan was merged" },
  },
  measures: {
    id: { description: "<document id>/<strategy>.<measure>" },
    document_id: { description: documentIdOf },
    strategy_id: { description: "the strategy it belongs to (strategies.id)" },
    measure: {
      description:
        'the measure\'s label "M<strategy>.<measure>" (九、(三) is "M9.3"): the M keeps spreadsheets from reading "8.10" as 8.1',
    },
    strategy_number: { description: "the strategy's number" },
    number: { description: "the measure's number within its strategy ((三) = 3)" },
    text: { description: "the measure (執行措施) as written" },
    agency_text: { description: "the 辦理機關 cell as written" },
    text_en: { description: "English translation of the measure, when merged" },
    agency_text_en: { description: "English translation of the agency cell, when merged" },
    ...lines,
  },
  report_records: {
    id: { description: "<document id>/<序次>" },
    document_id: { description: documentIdOf },
    seq: { description: "the record's 序次" },
    strategy_number: { description: "the strategy the record reports on" },
    strategy_title: { description: "the strategy as the report writes it" },
    measure_number: { description: "the measure's number within its strategy" },
    measure_text: { description: "the measure as the report writes it" },
    agency_text: { description: "the 辦理機關 cell as written" },
    target_text: { description: "the year's target (年度目標) as written" },
    achievement_text: { description: "what was achieved (執行情形) as written" },
    plan_measure_id: { description: "the plan measure this record reports on (measures.id)" },
    plan_match_score: { description: "how well the record's text matched that measure, 0 to 1", unit: "1" },
    plan_match_method: {
      description:
        "how that measure was found: lineage (the edition the report follows, carried into the plan) or similarity",
    },
    fields: { description: "the record's other rows, as a JSON array of {label, text}" },
    ...lines,
  },
  performance_goals: {
    id: { description: "<measure or record id>/[en/]g<n> (goal) or i<n> (indicator)" },
    document_id: { description: documentIdOf },
    measure_id: { description: "the measure it belongs to (measures.id), for a plan" },
    record_id: { description: "the record it belongs to (report_records.id), for a report" },
    list: { description: "goal (績效目標) or indicator (績效衡量指標)" },
    language: { description: "the language of the text: the document's, or en for a merged translation" },
    position: { description: position },
    item_number: { description: "the item's own number as written (1. = 1), if any" },
    text: { description: "the goal or indicator as written" },
  },
  agency_roles: {
    id: { description: "<measure or record id>/[en/]a<n>" },
    document_id: { description: documentIdOf },
    measure_id: { description: "the measure (measures.id), for a plan" },
    record_id: { description: "the record (report_records.id), for a report" },
    language: { description: "the language of the cell it was read from" },
    position: { description: position },
    agency_id: { description: "the registry agency (agencies.id); empty when the name did not resolve" },
    name: { description: "the agency's name as written" },
    role: { description: "lead (主辦), assisting (協辦) or executing (執行)" },
    goals: { description: "the performance goals the role covers, numbers separated by ';'" },
  },
  quantities: {
    id: { description: "<record id>/t<n> (target) or a<n> (achievement)" },
    document_id: { description: documentIdOf },
    record_id: { description: "the record (report_records.id)" },
    side: { description: "target or achievement" },
    position: { description: position },
    item_number: { description: "the numbered item of the cell it is in, if any" },
    value: { description: "the number, in the unit of the unit column", unit: "see unit" },
    unit: { description: "the unit as written: 元, 件, 場, 人, %, …" },
    kind: { description: "count, money, percent, people, date or other" },
    currency: { description: "ISO 4217 currency of money (TWD)" },
    approximate: { description: "1 when written as approximate (約, 逾, 餘), 0 otherwise" },
    raw: { description: "the text the number was read from" },
  },
  evaluations: {
    id: { description: "<record id>/e<n>" },
    document_id: { description: documentIdOf },
    record_id: { description: "the record (report_records.id)" },
    position: { description: position },
    item_number: { description: "the numbered item both quantities belong to, if any" },
    target_quantity_id: { description: "the target (quantities.id)" },
    target_value: { description: "the target's number", unit: "see target_unit" },
    target_unit: { description: "the target's unit as written" },
    target_raw: { description: "the text the target was read from" },
    actual_quantity_id: { description: "the achievement (quantities.id)" },
    actual_value: { description: "the achievement's number", unit: "see actual_unit" },
    actual_unit: { description: "the achievement's unit as written" },
    actual_raw: { description: "the text the achievement was read from" },
    ratio: { description: "actual_value / target_value", unit: "1" },
    met: { description: "1 when the achievement reaches the target, 0 otherwise" },
    stated_ratio: { description: "the ratio the report itself states, if it does", unit: "1" },
  },
  editions: {
    id: { description: "the plan's document id (documents.id)" },
    document_id: { description: documentIdOf },
    label: { description: "the edition's label as printed, e.g. 核定本 or 修正" },
    date: { description: "the approval date, ISO 8601" },
    roc_date: { description: 'the approval date as written, in ROC years, e.g. "112-08-18"' },
    authority: { description: "the approving authority, where the text gives it" },
    document_number: { description: "the issuing document number (院臺法字第…號), where the text gives it" },
    basis: { description: "the plan's legal basis (依據) as written" },
    derived_from: {
      description: "for a plan rebuilt from an execution report: that report (documents.id)",
    },
    derived_roc_year: { description: "the year of that report in the ROC calendar", unit: "year" },
  },
  measure_lineage: {
    id: { description: "<from edition>><to edition>/<n>/<from measure>><to measure>" },
    from_edition: { description: "the earlier edition (editions.id)" },
    to_edition: { description: "the later edition (editions.id)" },
    kind: {
      description:
        "how the measure carries over: kept, renumbered, reworded, split, merged, added or removed",
    },
    from_measure_id: { description: "the measure in the earlier edition (measures.id); empty when added" },
    to_measure_id: { description: "the measure in the later edition (measures.id); empty when removed" },
    similarity: { description: "how alike the two measures' texts are, 0 to 1", unit: "1" },
    renumbered: { description: "1 when the measure's number changed, 0 otherwise" },
    words_removed: { description: "words of the earlier text not in the later, separated by '; '" },
    words_added: { description: "words of the later text not in the earlier, separated by '; '" },
    agencies_added: { description: "agencies the later edition adds, separated by '; '" },
    agencies_dropped: { description: "agencies the later edition drops, separated by '; '" },
    goals_changed: { description: "1 when the performance goals changed, 0 otherwise" },
  },
  measure_indicators: {
    id: { description: "<measure id>/i<position>" },
    document_id: { description: documentIdOf },
    measure_id: { description: "the measure the indicator belongs to (measures.id)" },
    position: { description: position },
    item_number: { description: "the number printed before the item (1. …), if any" },
    text: { description: "the performance indicator (績效衡量指標) as written" },
  },
  measure_targets: {
    id: { description: "<measure id>/t<ROC year>" },
    document_id: { description: documentIdOf },
    measure_id: { description: "the measure the target belongs to (measures.id)" },
    roc_year: { description: "the target's year in the ROC calendar, from its column header", unit: "year" },
    year: { description: "the same year, Gregorian", unit: "year" },
    text: { description: "the target cell (NNN年績效目標值) as written" },
    items: { description: "how many numbered items the cell has" },
    quantities: {
      description:
        "every quantity in the cell as JSON: [{ item_number, value, unit, kind, currency, approximate, raw }]",
    },
  },
  warnings: {
    id: { description: "<document id>/w<n>" },
    document_id: { description: documentIdOf },
    position: { description: position },
    code: { description: "stable snake_case code of the warning, e.g. unresolved_agency" },
    severity: {
      description: "info (a repair that lost nothing) or warning (content may be missing or uncertain)",
    },
    message: { description: "what is wrong, for a person" },
    page: { description: "the PDF page it is about, if known" },
    line: { description: "the text line it is about, if known" },
    seq: { description: "the report record (序次) it is about, if known" },
    measure: { description: 'the plan measure it is about ("M9.3"), if known' },
  },
  trips: {
    id: { description: "the trip report's document id" },
    document_id: { description: documentIdOf },
    category: { description: "出國類別 as printed on the cover (e.g. 其他, 開會)" },
    title: { description: "the report's title" },
    destination: { description: "派赴國家/地區 as printed" },
    countries: { description: "ISO 3166-1 alpha-2 codes of the countries visited, separated by '; '" },
    cities: { description: "cities visited, separated by '; '" },
    period_start: { description: "first day of the trip (出國期間), ISO 8601" },
    period_end: { description: "last day of the trip, ISO 8601" },
    report_year: { description: "year of the report date (報告日期), Gregorian" },
    report_month: { description: "month of the report date, 1–12" },
    report_number: { description: "the report's number where the cover gives one" },
  },
  trip_agencies: {
    id: { description: "row id: the trip's id and the agency's place" },
    document_id: { description: documentIdOf },
    trip_id: { description: "the trip (trips.id)" },
    position: { description: position },
    agency_id: { description: "the registry agency (agencies.id), if the name resolved" },
    name: { description: "服務機關 as printed" },
  },
  travellers: {
    id: { description: "row id: the trip's id and the traveller's place" },
    document_id: { description: documentIdOf },
    trip_id: { description: "the trip (trips.id)" },
    position: { description: position },
    name: { description: "the traveller's name" },
    title: { description: "the traveller's job title (職稱)" },
    agency_id: { description: "the traveller's agency (agencies.id), if known and resolved" },
  },
  trip_sections: {
    id: { description: "row id: the trip's id and the section's path" },
    document_id: { description: documentIdOf },
    trip_id: { description: "the trip (trips.id)" },
    position: { description: "the section's place in reading order, 1 for the first" },
    parent_id: { description: "the enclosing section (trip_sections.id), empty for a top-level one" },
    path: {
      description:
        'the place among siblings at each depth: "3.2" is the second subsection of the third section',
    },
    level: { description: "the depth: 1 for 壹、, 2 for 一、 or 議程一, 3 for (一)" },
    marker: { description: "the section's marker as printed (壹, 議程十一, (一)), if any" },
    number: { description: "the marker's ordinal (壹 → 1, 議程十一 → 11), if any" },
    heading: { description: "the section's heading" },
    text: { description: "the section's own text, without its subsections" },
  },
  agenda_rows: {
    id: { description: "row id: the trip's id and the row's place" },
    document_id: { description: documentIdOf },
    trip_id: { description: "the trip (trips.id)" },
    position: { description: position },
    day: { description: "the day of the agenda row, ISO 8601 where the agenda gives a date" },
    start_time: { description: "start time, HH:MM" },
    end_time: { description: "end time, HH:MM" },
    item: { description: "the agenda item's number, if it has one" },
    text_zh: { description: "the item in Chinese" },
    text_en: { description: "the item in English" },
    speakers: { description: "speakers named, separated by '; '" },
    economies: { description: "economies or countries named, separated by '; '" },
    break: { description: "coffee break or meal (the kind), empty for a working session" },
  },
  narrative_sections: {
    id: { description: "row id: the document's id and the section's place" },
    document_id: { description: documentIdOf },
    position: { description: position },
    heading: { description: "the section's heading, empty for text before the first heading" },
    text: { description: "the section's paragraphs" },
  },
  section_quantities: {
    id: { description: "row id: the section's id and the quantity's place" },
    document_id: { description: documentIdOf },
    section_id: { description: "the section (narrative_sections.id)" },
    position: { description: position },
    value: { description: "the number, in the unit of `unit`" },
    unit: { description: "the unit as written or implied (件, 人, %, TWD …)" },
    kind: { description: "count, money, percent, people, date or other" },
    currency: { description: "ISO 4217 code for money (TWD, USD …)" },
    approximate: { description: "1 when the text says about, more than or so (約, 餘, over)" },
    raw: { description: "the quantity as written" },
  },
  mentions: {
    id: { description: "row id: the document's id and the mention's place" },
    document_id: { description: documentIdOf },
    position: { description: position },
    kind: { description: "agency, international body or country" },
    agency_id: { description: "the registry agency (agencies.id), for agency mentions that resolved" },
    body_id: { description: "the international body's id in the mentions registry" },
    country_code: { description: "ISO 3166-1 alpha-2 code, for country mentions" },
    name: { description: "the name as first written in the document" },
    count: { description: "how many times the document names it" },
    evidence: { description: "a phrase of the document around the first mention" },
  },
  plan_links: {
    id: { description: "row id: the document's id and the link's place" },
    document_id: { description: documentIdOf },
    position: { description: position },
    plan_id: { description: "the plan of the run the measure belongs to (documents.id), if in the run" },
    measure_id: { description: "the plan measure served (measures.id), if in the run" },
    measure: { description: 'the plan measure served, as a label ("M9.3")' },
    strategy_number: { description: "its strategy's number" },
    score: { description: "how strongly the document serves the measure, 0–1 (see the mentions package)" },
    evidence: { description: "the shared terms that decided the link, as JSON" },
  },
};

const TABLE_DESCRIPTIONS: Record<TableName, string> = {
  agencies: "registry agencies named in the documents, and their parents",
  documents: "one row per document (copies included, marked copy_of)",
  strategies: "具體策略 of the plans",
  measures: "執行措施 of the plans",
  report_records: "序次 of the execution reports",
  performance_goals: "numbered goals of measures and records, and indicators of records",
  agency_roles: "agencies named in a 辦理機關 cell, with their role",
  quantities: "numbers read from a record's target and achievement",
  evaluations: "a target paired with its achievement",
  editions: "one row per plan edition: its revision, approval and what it was rebuilt from",
  measure_lineage: "how each measure carries from one dated edition of a language to the next",
  measure_indicators: "績效衡量指標 of the measures, in editions whose table has that column",
  measure_targets:
    "NNN年績效目標值 of the measures, one row per measure and year, in editions that have them",
  warnings: "every warning of every document: what the parser was unsure of, and where",
  trips: "trip reports (出國報告): the cover of each",
  trip_agencies: "the agencies (服務機關) on a trip report's cover",
  travellers: "the members of a delegation",
  trip_sections: "the sections of trip reports as a tree (parent_id), with their headings and text",
  agenda_rows: "the agenda of the meeting a trip report covers",
  narrative_sections: "sections of narrative reports",
  section_quantities: "numbers read from narrative sections",
  mentions: "agencies, international bodies and countries named in trip reports and narratives",
  plan_links: "plan measures a trip report or narrative serves, with evidence and a score",
};

const FIELD_TYPES = { TEXT: "string", INTEGER: "integer", REAL: "number" } as const;

// 1/0 columns are integers in CSV and SQLite; the description says what 1 means.
function fieldOf(table: TableName, column: Column) {
  const described = COLUMN_DESCRIPTIONS[table][column.name];
  return {
    name: column.name,
    type: FIELD_TYPES[column.type],
    description: described?.description ?? "",
    ...(described?.unit ? { unit: described.unit } : {}),
    ...(column.notNull
      ? { constraints: { required: true, ...(column.primaryKey ? { unique: true } : {}) } }
      : {}),
  };
}

/** A source document of the dataset, for the package's `sources`. */
export interface DataPackageSource {
  title: string;
  path: string;
}

/**
 * The Data Package descriptor of a dataset folder: one tabular resource per CSV, with its Table
 * Schema (types, descriptions, units, primary and foreign keys), the licence and the sources.
 */
export function buildDataPackage(options: { version: string; sources: DataPackageSource[] }) {
  return {
    profile: "tabular-data-package",
    name: "lianzheng",
    title: "National Integrity Building Action Plan and execution reports (國家廉政建設行動方案及執行情形)",
    description:
      "Taiwan's National Integrity Building Action Plan and its yearly execution reports as tables, written by the lianzheng CLI. CSV: UTF-8 with BOM, CRLF; a text cell starting with = + - @ tab or CR carries a leading ' (CSV injection guard).",
    version: options.version,
    licenses: [
      {
        name: "OGDL-Taiwan-1.0",
        title: "Open Government Data License, version 1.0 (政府資料開放授權條款－第1版)",
        path: "https://data.gov.tw/license",
      },
    ],
    sources: options.sources,
    resources: TABLE_NAMES.map((table) => ({
      profile: "tabular-data-resource",
      name: table.replaceAll("_", "-"),
      path: `csv/${table}.csv`,
      description: TABLE_DESCRIPTIONS[table],
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      dialect: { delimiter: ",", lineTerminator: "\r\n", header: true },
      schema: {
        fields: TABLE_COLUMNS[table].map((column) => fieldOf(table, column)),
        primaryKey: "id",
        missingValues: [""],
        foreignKeys: TABLE_COLUMNS[table]
          .filter((column) => column.references !== undefined)
          .map((column) => ({
            fields: column.name,
            reference: {
              resource: column.references === table ? "" : (column.references as string).replaceAll("_", "-"),
              fields: "id",
            },
          })),
      },
    })),
  };
}
