// The warning catalog: every code a parser, reader or publisher may give, with its severity and
// what it means. Severity is decided here and nowhere else. A new code is added here first.
import type { Location, Warning, WarningSubject } from "./common.js";

/** How much a warning matters (see `WarningSeverity`). */
type Severity = "info" | "warning";

interface CatalogEntry {
  severity: Severity;
  /** One line: what the code says about the input. */
  meaning: string;
}

export const WARNING_CATALOG = {
  // --- reading: table stitching (every reader) and the PDF reader ---
  row_too_wide: {
    severity: "warning",
    meaning: "a row had more cells than the table; the extra cells were joined into the last",
  },
  row_shifted: {
    severity: "info",
    meaning: "a row that lost its leading empty cells was moved back under its columns",
  },
  row_split: {
    severity: "info",
    meaning: "a row after a page break held the end of the row above and a new record; it was split",
  },
  label_from_next_page: {
    severity: "info",
    meaning:
      "a key/value row's value began above a page break with an empty label cell, its label on the next page; the two were read as one row",
  },
  cell_from_page_before: {
    severity: "info",
    meaning:
      "a cell's text set alone at a page's foot, its row starting on the next page with that cell empty or going on with the list's next item (a row split by the producer), was read into that row",
  },
  orphan_continuation: {
    severity: "warning",
    meaning: "a table's first row continues nothing: its record cell is empty",
  },
  continuation_without_break: {
    severity: "warning",
    meaning: "a row was joined to the row above although no page break came between them",
  },
  page_without_text: {
    severity: "warning",
    meaning: "a PDF page has no text layer (scanned or blank); its content is missing",
  },
  text_off_page: {
    severity: "warning",
    meaning:
      "a PDF page draws text past its edge, where no viewer or printer shows it (a table row taller than a page, run off it); the text was read where it is",
  },
  structure_contradicts_layout: {
    severity: "warning",
    meaning:
      "a tagged PDF's structure tree (Table, TR, TD) disagrees with where the page draws the table; the page's geometry was read instead",
  },
  structure_tree_unread: {
    severity: "info",
    meaning:
      "a tagged PDF's structure tree was too large or could not be read in time; its tables were read from the page's geometry alone",
  },
  // --- the text readers (@lianzheng/text) ---
  table_columns_lost: {
    severity: "warning",
    meaning:
      "a table in text made without columns (pdftotext without -layout) could not be read; it was left out",
  },
  column_gap_ambiguous: {
    severity: "warning",
    meaning: "two cells of a text table stood one space apart and the gap could be at more than one space",
  },
  saved_text_cells_uncertain: {
    severity: "warning",
    meaning:
      "a table row of a text saved from a word processor (one cell per line, nothing between cells) could be split into its cells more than one way, or not at all; its cells may be misplaced",
  },
  saved_text_label_by_shape: {
    severity: "info",
    meaning:
      "in a key/value table of a text saved from a word processor, a line was read as a row label by its shape alone (a short phrase, no punctuation), not by the label vocabulary",
  },
  table_from_block_order: {
    severity: "warning",
    meaning:
      "a label/value table was paired in block order (pdftotext without -layout) and its shape shows a doubt (a key out of sequence, a label missing, twice or inside a value); labels and values may be misplaced",
  },
  table_from_block_order_checked: {
    severity: "info",
    meaning:
      "a label/value table was paired in block order (pdftotext without -layout) and its shape checked: keys in sequence, every record's labels in the table's order, no label inside a value",
  },
  line_end_hyphens_removed: {
    severity: "info",
    meaning:
      "hyphens a typesetter set where it broke words at line ends were removed: the document spells those words whole elsewhere",
  },
  line_end_cuts_joined: {
    severity: "info",
    meaning:
      "words a producer cut without a hyphen where they filled a line (a word wider than its column) were joined: the document spells them whole elsewhere",
  },
  centred_row_start_uncertain: {
    severity: "warning",
    meaning:
      "in a table whose cells are centred in their rows and set with no blank line between them, text atop a page beside no record item opens a new paragraph: it may end the row the page goes on with or begin the next; read as the row above's",
  },
  line_end_cut_uncertain: {
    severity: "warning",
    meaning:
      "a line filled to its cell's width ends between two Latin letters where the producer cuts words anywhere (CJK text, a word as wide as its line), and the document spells the word neither whole nor as two words elsewhere: read as one word",
  },
  line_end_hyphen_uncertain: {
    severity: "warning",
    meaning:
      "a word broken at a line end after a hyphen is spelled nowhere else in the document: the hyphen was dropped where the document hyphenates its words, kept where it does not",
  },
  hyphen_restored: {
    severity: "info",
    meaning:
      "a hyphen pdftotext dropped where it joined a word broken over two lines was given back (the text spells the word so elsewhere, or it joins two years or a prefix to a capital)",
  },
  // --- the action plan ---
  goal_without_number: { severity: "warning", meaning: "a line of the goals section has no number" },
  goal_without_title: { severity: "warning", meaning: "a goal has no title before its colon" },
  strategy_repeated: {
    severity: "warning",
    meaning: "a strategy starts a second time in the table; its rows joined the first",
  },
  strategy_without_number: {
    severity: "warning",
    meaning: "a strategy cell has no number; the next number was assumed",
  },
  row_before_strategy: { severity: "warning", meaning: "a table row comes before any strategy; left out" },
  columns_unnamed: {
    severity: "warning",
    meaning:
      "a plan table without a header row has cells past its fourth column; with no label to name them (績效衡量指標, NNN年績效目標值) they were not read",
  },
  measure_without_number: {
    severity: "warning",
    meaning: "a measure cell has no number; its text joined the measure before, or was left out",
  },
  measure_number_implied: {
    severity: "info",
    meaning: "a strategy's only measure is printed without a number; it was taken as measure 1",
  },
  measure_number_repeats: { severity: "warning", meaning: "a measure number is not above the one before" },
  measure_number_skips: { severity: "warning", meaning: "a measure number skips one: a measure is missing" },
  empty_cell: { severity: "warning", meaning: "a measure's cell (goals, agencies …) is empty" },
  items_start_late: {
    severity: "warning",
    meaning:
      "a measure's numbered items (goals, indicators, targets) start past 1, or the next measure's do: items may have been read into the wrong measure",
  },
  cell_end_unlike_column: {
    severity: "warning",
    meaning:
      "a measure's cell is empty, ends mid-sentence, leaves a bracket unbalanced or holds the agency column's role label, unlike its column's other cells: it may have been cut at the wrong column edge",
  },
  strategy_number_repeats: { severity: "warning", meaning: "a strategy number is not above the one before" },
  strategy_number_skips: {
    severity: "warning",
    meaning: "a strategy number skips one: a strategy is missing",
  },
  strategy_missing_from_table: {
    severity: "warning",
    meaning: "a strategy of the 具體策略 list has no rows in the 具體作為 table",
  },
  strategy_title_differs: {
    severity: "warning",
    meaning: "a strategy's title differs between the 具體策略 list and the table; the list's was kept",
  },
  strategy_missing_from_list: {
    severity: "warning",
    meaning: "a strategy has rows in the table but is not in the 具體策略 list",
  },
  no_measures: { severity: "warning", meaning: "the 具體作為 table has no numbered measures" },
  second_document: {
    severity: "warning",
    meaning:
      "the file goes on with another document (a report after a plan, say): only the first was parsed; split the file to parse the rest",
  },
  table_not_read: {
    severity: "warning",
    meaning:
      "a table of the 具體作為 section besides its table (another document printed after the plan, an annex) was not read",
  },
  agency_goal_scope_unknown: {
    severity: "warning",
    meaning: "an agency is scoped to a performance goal the measure does not have",
  },
  translation_goal_count_differs: {
    severity: "warning",
    meaning: "a measure has a different number of performance goals in Chinese and in English",
  },
  // --- the execution report ---
  approval_missing: { severity: "warning", meaning: "no approval line (…院臺法字第 … 號函核定) was found" },
  year_from_labels: {
    severity: "warning",
    meaning: "no 執行情形 title gave the year; it was taken from the 績效目標值 rows",
  },
  label_rejoined: {
    severity: "info",
    meaning:
      "a report's row label that a page break split into two rows (107年度(1月 / 至12月)績效目標達成情形) was read as the one label they make",
  },
  label_tail_in_value: {
    severity: "info",
    meaning:
      "a report's row label wrapped in a narrow column, its last line set one space before a line of the value (107年度(1月至12月)績效目標達 / 成情形 2. …), was read from the value back into the label it completes",
  },
  label_incomplete: {
    severity: "warning",
    meaning:
      "a report's row label is the start or the end of a known label and not the whole (107年度(1月至12月)績, 目標達成情形): the label was cut, its rest read elsewhere, and its value may belong to the known label",
  },
  label_rejoined_unproven: {
    severity: "warning",
    meaning:
      "a report's row label stood alone, its value empty, right after a page break, under a row of another label: read as that label's last line (the page break cut the row), which nothing proves (a row with an empty value reads the same)",
  },
  record_head_repeated: {
    severity: "info",
    meaning:
      "a record's first row (序次 N) came again atop a page with only the rows the record lacked, or with none, as producers repeat it: read as one record",
  },
  seq_unreadable: { severity: "warning", meaning: "a 序次 is not a number; the next number was assumed" },
  row_outside_record: { severity: "warning", meaning: "a row comes before any 序次; left out" },
  missing_seq: {
    severity: "warning",
    meaning: "a second 具體策略 row came without a 序次 row: a new record was started",
  },
  seq_out_of_order: { severity: "warning", meaning: "a 序次 is not above the one before" },
  seq_gap: { severity: "warning", meaning: "a 序次 skips numbers: records are missing" },
  duplicate_row: {
    severity: "warning",
    meaning: "a record has a second row of the same label; kept in fields",
  },
  record_unplaced: {
    severity: "warning",
    meaning: "a record has no readable 具體策略 and no record before it; left out",
  },
  strategy_missing: {
    severity: "warning",
    meaning: "a record has no readable 具體策略; the strategy of the record before was kept",
  },
  measure_number_missing: {
    severity: "warning",
    meaning: "a record's 執行措施 has no (一)-style number; the next number was assumed",
  },
  missing_measure: { severity: "info", meaning: "the source gives a record no 執行措施 row" },
  missing_performance_goals: { severity: "info", meaning: "the source gives a record no 績效目標 row" },
  missing_agencies: { severity: "info", meaning: "the source gives a record no 辦理機關 row" },
  missing_indicators: { severity: "info", meaning: "the source gives a record no 績效衡量指標 row" },
  missing_target: { severity: "info", meaning: "the source gives a record no target row for its year" },
  missing_achievement: {
    severity: "info",
    meaning: "the source gives a record no achievement row for its year",
  },
  quantity_too_large: {
    severity: "warning",
    meaning:
      "a number too large to store (hundreds of digits) was left out of the quantities; its text is kept",
  },
  stated_ratio_mismatch: {
    severity: "warning",
    meaning: "a rate the text states disagrees with achievement / target",
  },
  plan_link_weak: {
    severity: "info",
    meaning: "a report record matches no plan measure well enough to link",
  },
  plan_link_other_strategy: {
    severity: "info",
    meaning: "a report record links to a plan measure of another strategy",
  },
  // --- agency cells ---
  empty_agency_cell: { severity: "warning", meaning: "an agency cell is empty" },
  empty_agency_role: { severity: "warning", meaning: "a role label (主辦機關：) names no agency" },
  ambiguous_agency: {
    severity: "warning",
    meaning: "an agency mention names several registry agencies; kept unresolved",
  },
  unresolved_agency: {
    severity: "warning",
    meaning: "an agency mention is not in the registry; kept with agencyId null",
  },
  unbalanced_brackets: { severity: "warning", meaning: "an agency list has unbalanced brackets" },
  // --- the dataset as a whole (ingest) ---
  // Info: it loses no count, and the warnings it stands for are as serious as the ones kept.
  warnings_capped: {
    severity: "info",
    meaning:
      "one code repeated more often than a document can usefully list; the first ones are kept and the rest counted",
  },
  translation_unmatched: {
    severity: "warning",
    meaning: "an English plan has no Chinese plan of the same revision in the run",
  },
  translation_measures_unmatched: {
    severity: "warning",
    meaning: "measures of the English plan have no counterpart in the Chinese plan",
  },
  duplicate_row_id: { severity: "warning", meaning: "a table row id occurs twice; the row got a suffix" },
  unknown_agency_id: { severity: "warning", meaning: "an agency id is not in the registry; left empty" },
  // --- editions: a plan derived from a report, lineage between editions ---
  derived_measure_repeated: {
    severity: "warning",
    meaning: "two report records restate the same measure differently; the first was kept",
  },
  derived_strategy_title_differs: {
    severity: "warning",
    meaning: "report records restate one strategy under different titles; the first was kept",
  },
  unlinked_plan_measure: {
    severity: "warning",
    meaning: "a report record links to a plan measure not in the run; left empty",
  },
  // --- trip reports (出國報告) and narratives ---
  cover_title_missing: { severity: "warning", meaning: "a trip report's cover gives no title" },
  cover_field_missing: {
    severity: "warning",
    meaning:
      "a trip report's cover lacks a field of the national format (姓名職稱, 派赴國家, 出國期間, 報告日期)",
  },
  traveller_unsplit: {
    severity: "warning",
    meaning: "a 姓名職稱 entry could not be split into name and title with confidence",
  },
  country_unknown: { severity: "warning", meaning: "a destination names no country of the gazetteer" },
  date_unparsed: { severity: "warning", meaning: "a period or report date is no date the parser reads" },
  agenda_row_rejoined: {
    severity: "info",
    meaning: "an agenda row cut by a page break (start time only, its English at the next time) was joined",
  },
  no_sections: { severity: "warning", meaning: "a trip report has no numbered section after its cover" },
  mention_foreign: {
    severity: "info",
    meaning:
      "an agency name belongs to another government by its context (中國…法務部, 新加坡貪污調查局); not counted as the registry agency",
  },
  mention_context_uncertain: {
    severity: "warning",
    meaning:
      "an agency name stands in a sentence about another government (中國, 大陸, 中共); counted as the registry agency, unsure",
  },
  title_inferred: {
    severity: "info",
    meaning: "a narrative has no title line; its first sentence is the title",
  },
} as const satisfies Record<string, CatalogEntry>;

/** Every warning code, as a union of literals. */
export type WarningCode = keyof typeof WARNING_CATALOG;

/** Every warning code, in catalog order. */
export const WARNING_CODES = Object.keys(WARNING_CATALOG) as WarningCode[];

/** True when `code` is in the catalog. */
export function isWarningCode(code: string): code is WarningCode {
  return Object.hasOwn(WARNING_CATALOG, code);
}

/** The severity of a code, as the catalog decides it. */
export function severityOf(code: WarningCode): Severity {
  return WARNING_CATALOG[code].severity;
}

/** Where and about what a warning is, for {@link createWarning}. */
export interface WarningOptions {
  at?: Location | undefined;
  subject?: WarningSubject | undefined;
}

/**
 * A warning with the catalog's severity. `severity` is written only for `info` (absent means
 * `warning`), and `at` and `subject` only when given, so the JSON stays as small as before.
 *
 * @example createWarning("row_split", "a row after a page break …", { at: { page: 3 } })
 * // { code: "row_split", message: "a row after a page break …", severity: "info", at: { page: 3 } }
 */
export function createWarning(code: WarningCode, message: string, options: WarningOptions = {}): Warning {
  const warning: Warning = { code, message };
  if (severityOf(code) === "info") warning.severity = "info";
  if (options.at !== undefined) warning.at = options.at;
  if (options.subject !== undefined) warning.subject = options.subject;
  return warning;
}
