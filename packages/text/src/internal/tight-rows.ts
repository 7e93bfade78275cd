import { type ListMarkerStyle, parseListMarker } from "@lianzheng/normalize";
import { textWidth } from "./wrap-test.js";

// Rows of a `-layout` table with no blank line between them (a browser's PDF, Chromium's: one
// glyph per text run, so pdftotext sets cells one space apart and rows back to back). A band of
// lines then holds many rows; these find where each starts, from what every record repeats: a
// key/value table's labels, a plan table's record column opening its next item.

/** A band's lines cut into cells (one text per column), as the splitters read them. */
export interface TightBand {
  lines: ReadonlyArray<readonly string[]>;
}

const SENTENCE_END = /[。；;.!?！？]$/u;
const compact = (text: string): string => text.replace(/\s+/gu, "");

/** More brackets opened than closed: a label cut inside `(1 月至 12` goes on below. */
function opensBracket(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === "(" || char === "（") depth++;
    else if ((char === ")" || char === "）") && depth > 0) depth--;
  }
  return depth > 0;
}

// A value line this near the widest (in em) was broken by the producer, not ended.
const FULL_SHARE = 0.88;

/** The width from which a value line counts as full: its column's widest lines, less a little. */
function fullWidth(bands: readonly TightBand[]): number {
  const widths = bands
    .flatMap((band) => band.lines.map((cells) => textWidth(cells[1] ?? "")))
    .filter((width) => width > 0)
    .sort((a, b) => a - b);
  // The 95th percentile: a line or two pdftotext ran together must not set the measure.
  const wide = widths[Math.floor(widths.length * 0.95)] ?? 0;
  return wide * FULL_SHARE;
}

/**
 * What one line says about its label continuing the label above (+1), starting a row (-1) or
 * nothing (0): a value going on mid-sentence from a full line above is the same cell's; a value
 * above that stopped short, or a value opening a list item after a full stop, is a new cell's.
 */
function wrapEvidence(above: string, value: string, full: number): number {
  const isFull = textWidth(above) >= full;
  if (!isFull) return -1;
  if (SENTENCE_END.test(above)) return 0;
  return parseListMarker(value)?.number != null ? 0 : 1;
}

const pairKey = (above: string, label: string): string => `${compact(above)}\u0000${compact(label)}`;

/**
 * The votes of every place one label stands right under another: the same two labels wrap (or
 * not) alike in every record, so the records where the values tell decide for the rest.
 */
function labelPairVotes(bands: readonly TightBand[], full: number): Map<string, number> {
  const votes = new Map<string, number>();
  for (const { lines } of bands)
    lines.forEach((cells, index) => {
      const above = lines[index - 1];
      const [label = "", value = ""] = cells;
      if (!label || !above?.[0] || !value) return;
      const key = pairKey(above[0], label);
      votes.set(key, (votes.get(key) ?? 0) + wrapEvidence(above[1] ?? "", value, full));
    });
  return votes;
}

/**
 * Where each row of a key/value table starts, band by band (line indices, the first always 0):
 * at every line with a label, unless that label is the wrapped tail of the one above — the label
 * above left a bracket open, the line has no value of its own, or, where the same two labels meet
 * in the other records, the values mostly run on across them.
 */
export function keyValueRowStarts(bands: readonly TightBand[]): number[][] {
  const full = fullWidth(bands);
  const votes = labelPairVotes(bands, full);
  return bands.map(({ lines }) => {
    const starts = [0];
    let label = lines[0]?.[0] ?? "";
    lines.forEach((cells, index) => {
      if (index === 0) return;
      const [text = "", value = ""] = cells;
      const above = lines[index - 1]?.[0] ?? "";
      if (!text) {
        // A value that is a number alone (`序次  44` repeated atop a page) ends its row: the
        // lines below go on with the row before it.
        if (label && /^\d+$/u.test(lines[index - 1]?.[1] ?? "")) starts.push(index);
        label = "";
        return;
      }
      const wraps =
        above !== "" && (opensBracket(label) || !value || (votes.get(pairKey(above, text)) ?? 0) > 0);
      if (wraps) label += text;
      else {
        starts.push(index);
        label = text;
      }
    });
    return starts;
  });
}

/**
 * The labels a key/value table uses, from the lines cut at gaps of two spaces or more: a line
 * whose label and value stand one space apart is cut where its label is one of them (or the head
 * of one, wrapped), the longest such.
 */
export function preferKnownLabel(labels: ReadonlySet<string>, candidates: readonly string[]): number[] {
  const exact = candidates.flatMap((label, index) => (labels.has(compact(label)) ? [index] : []));
  if (exact.length > 0) return exact;
  let best: number[] = [];
  let bestLength = 0;
  candidates.forEach((label, index) => {
    const head = compact(label);
    if (!head) return;
    const known = [...labels].some((known) => known.length > head.length && known.startsWith(head));
    if (!known || head.length < bestLength) return;
    best = head.length > bestLength ? [index] : [...best, index];
    bestLength = head.length;
  });
  if (best.length > 0) return best;
  // A label of its own (`分組主辦機關列管說`): no wider than the widest label the table uses.
  const widest = Math.max(0, ...[...labels].map((label) => textWidth(label)));
  return candidates.flatMap((label, index) => (textWidth(compact(label)) <= widest ? [index] : []));
}

/**
 * A line cut as a label alone whose text is a known label, one space, and more (`107 年績效目標值
 * 35 件。`: a value too short to reach its column): the label and its value.
 */
export function splitKnownLabel(labels: ReadonlySet<string>, cells: string[]): void {
  const [text = "", value] = cells;
  if (value || cells.length !== 2) return;
  const spaces = [...text.matchAll(/ /gu)].map((match) => match.index ?? 0).reverse();
  const at = spaces.find((space) => labels.has(compact(text.slice(0, space))));
  if (at === undefined) return;
  cells[0] = text.slice(0, at).trim();
  cells[1] = text.slice(at + 1).trim();
}

/** The first column a record's own item opens; the columns left of it span several records. */
function recordColumn(lines: ReadonlyArray<readonly string[]>, columns: number): number {
  const opens = (cells: readonly string[], column: number): boolean =>
    parseListMarker(cells[column] ?? "")?.number != null;
  for (let column = 0; column < columns - 1; column++) {
    const opening = lines.filter((cells) => opens(cells, column));
    // A spanning column opens an item only where the next column opens one too.
    if (opening.length === 0 || !opening.every((cells) => opens(cells, column + 1))) return column;
  }
  return columns - 1;
}

interface RecordState {
  style: ListMarkerStyle | null;
  expected: number | null;
}

/**
 * Where each row of a multi-column table starts, band by band: at a line whose record column
 * opens its next item (`(二)` after `(一)`), or opens a first item where a spanning column opens
 * a new group beside it (`二、` and `(一)`), the record column's line above having ended a
 * sentence or being empty. Numbers run on across bands and pages.
 */
export function recordRowStarts(
  bands: readonly TightBand[],
  columns: number,
): { column: number; starts: number[][] } {
  const column = recordColumn(
    bands.flatMap((band) => band.lines),
    columns,
  );
  const state: RecordState = { style: null, expected: null };
  const rowStarts = bands.map(({ lines }) => {
    const starts = [0];
    lines.forEach((cells, index) => {
      const marker = parseListMarker(cells[column] ?? "");
      if (!marker || marker.number === null) return;
      const above = lines[index - 1]?.[column] ?? "";
      if (above && !SENTENCE_END.test(above)) return;
      const group = cells.slice(0, column).some((text) => parseListMarker(text)?.number != null);
      const next = state.style === null || (marker.style === state.style && marker.number === state.expected);
      if (!next && !(group && marker.number === 1 && marker.style === state.style)) return;
      state.style = marker.style;
      state.expected = marker.number + 1;
      if (index > 0) starts.push(index);
    });
    return starts;
  });
  return { column, starts: rowStarts };
}

/**
 * The text of the columns left of the record column (a strategy spanning its measures) that runs
 * on beside later rows, moved to the row that opened it (the last whose spanning cell opens an
 * item): rows are the bands, in order, their lines written in place.
 */
export function gatherSpanningText(rows: ReadonlyArray<{ lines: string[][] }>, column: number): void {
  if (column === 0) return;
  let head: { lines: string[][] } | null = null;
  for (const row of rows) {
    const first = row.lines[0];
    if (!first) continue;
    if (first.slice(0, column).some((text) => parseListMarker(text)?.number != null)) {
      head = row;
      continue;
    }
    if (!head) continue;
    const owner = head;
    row.lines = row.lines.map((cells) => {
      const spanning = cells.slice(0, column);
      if (spanning.some(Boolean)) owner.lines.push([...spanning, ...cells.slice(column).map(() => "")]);
      return [...spanning.map(() => ""), ...cells.slice(column)];
    });
  }
}
