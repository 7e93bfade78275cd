import { parse } from "csv-parse/sync";
import { ViewerError } from "./errors.js";
import type { LineageLink } from "./site-data.js";

// The columns of the dataset's `measure_lineage` table this site reads (see @lianzheng/dataset).
const COLUMNS = [
  "from_edition",
  "to_edition",
  "kind",
  "from_measure_id",
  "to_measure_id",
  "similarity",
  "renumbered",
  "words_removed",
  "words_added",
  "agencies_added",
  "agencies_dropped",
  "goals_changed",
] as const;
type Row = Record<(typeof COLUMNS)[number], string>;

// The dataset's CSV guards text a spreadsheet would run as a formula with a leading `'`.
const GUARDED = /^'(?=[=+\-@\t\r])/;
const cell = (text: string): string => text.replace(GUARDED, "");
const list = (text: string): string[] => (text === "" ? [] : cell(text).split("; "));
const flag = (text: string): boolean | null => (text === "" ? null : text === "1");

/** `<edition id>/<measure id>` (a `measures.id`) → the measure id within its edition. */
function measureOf(value: string, edition: string, path: string, line: number): string | null {
  if (value === "") return null;
  if (!value.startsWith(`${edition}/`))
    throw new ViewerError("bad_file", `${path}:${line}: measure ${value} is not in edition ${edition}`);
  return value.slice(edition.length + 1);
}

function toLink(row: Row, path: string, line: number): LineageLink {
  const similarity = row.similarity === "" ? null : Number(row.similarity);
  return {
    from: row.from_edition,
    to: row.to_edition,
    kind: cell(row.kind),
    fromMeasure: measureOf(row.from_measure_id, row.from_edition, path, line),
    toMeasure: measureOf(row.to_measure_id, row.to_edition, path, line),
    similarity: similarity === null || Number.isNaN(similarity) ? null : similarity,
    renumbered: flag(row.renumbered),
    wordsRemoved: list(row.words_removed),
    wordsAdded: list(row.words_added),
    agenciesAdded: list(row.agencies_added),
    agenciesDropped: list(row.agencies_dropped),
    goalsChanged: flag(row.goals_changed),
  };
}

/**
 * The dataset's `csv/measure_lineage.csv` (one row per measure pair between consecutive dated
 * editions) as the site's lineage links. `path` names the file in errors.
 */
export function parseLineageCsv(text: string, path: string): LineageLink[] {
  let rows: Row[];
  try {
    rows = parse(text, { bom: true, columns: true, skip_empty_lines: true, relax_column_count: false });
  } catch (error) {
    throw new ViewerError("bad_file", `${path}: not CSV (${(error as Error).message})`, { cause: error });
  }
  const missing = COLUMNS.filter((column) => rows[0] !== undefined && !(column in rows[0]));
  if (missing.length > 0)
    throw new ViewerError("bad_file", `${path}: no column ${missing.join(", ")} (a measure_lineage table?)`);
  // Line numbers as an editor shows them: the header is line 1.
  return rows.map((row, index) => toLink(row, path, index + 2));
}
