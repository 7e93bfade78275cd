import { type ListMarkerStyle, parseListMarker } from "@lianzheng/normalize";
import { endsWithMarker } from "./cut-marker.js";
import { moveSpanningText } from "./grid-lines.js";
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
// Punctuation a CJK line may not open with (line-start prohibition, kinsoku).
const NO_LINE_START = /[，。、；：！？」』）〕】]/u;
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

// A band with this many value lines or more measures its own lines full (see fullWidth).
const OWN_MEASURE_LINES = 8;

/**
 * The width from which a value line counts as full: its column's widest lines, less a little —
 * the band's own where it has lines enough (a Word document sets each record as a table of its
 * own, a record with a long label its value column narrower), else the whole table's.
 */
function fullWidth(bands: readonly TightBand[]): (band: TightBand) => number {
  const all = widestValue(bands.flatMap((band) => valueWidths(band)));
  return (band) => {
    const own = valueWidths(band);
    return (own.length >= OWN_MEASURE_LINES ? widestValue(own) : all) * FULL_SHARE;
  };
}

const valueWidths = (band: TightBand): number[] =>
  band.lines.map((cells) => textWidth(cells[1] ?? "")).filter((width) => width > 0);

/** The 95th percentile of the widths: a line or two pdftotext ran together must not set the measure. */
function widestValue(widths: number[]): number {
  widths.sort((a, b) => a - b);
  return widths[Math.floor(widths.length * 0.95)] ?? 0;
}

/**
 * What one line says about its label continuing the label above (+1), starting a row (-1) or
 * nothing (0): a value going on mid-sentence from a full line above is the same cell's; a value
 * above that stopped short, or a value opening a list item after a full stop, is a new cell's.
 */
function wrapEvidence(above: string, value: string, full: number): number {
  // (A list marker with nothing after it yet, `… 2.`, is no full stop: the item goes on below.)
  const ended = SENTENCE_END.test(above) && !endsWithMarker(above);
  const opens = parseListMarker(value)?.number != null;
  // An item after a full stop: a list going on in its cell as well as a new cell.
  if (ended && opens) return 0;
  // (A line may stop short where the next may not open with its punctuation: the producer
  // carries the character before it down with it, `…之核駁` / `率，107 年`, so the line above had
  // no room for the two.)
  const carried = NO_LINE_START.test(value.charAt(1)) ? textWidth(value.slice(0, 2)) : 0;
  if (textWidth(above) + carried < full) return -1;
  return ended || opens ? 0 : 1;
}

// A word no label opens or ends with (and, of, or): the label goes on across the line break
// (`106 年及 107 年績效目標「達成率」` / `及執行成果比較`, or `…「達成率」及` / `執行成果比較`).
const MID_PHRASE_START = /^[及之或的與]/u;
const MID_PHRASE_END = /[及之或的與]$/u;

/**
 * A label wraps (strongly) where it left a bracket open or its line holds no value, or where it
 * stops mid-phrase or the next line's label text opens mid-phrase.
 */
const surelyWraps = (label: string, value: string, next = ""): boolean =>
  opensBracket(label) ||
  !value ||
  MID_PHRASE_END.test(label.trimEnd()) ||
  MID_PHRASE_START.test(next.trimStart());

const pairKey = (above: string, label: string): string => `${compact(above)}\u0000${compact(label)}`;

/**
 * The votes of every place one label stands right under another: the same two labels wrap (or
 * not) alike in every record, so the records where the values tell decide for the rest.
 */
function labelPairVotes(
  bands: readonly TightBand[],
  fullOf: (band: TightBand) => number,
): Map<string, number> {
  const votes = new Map<string, number>();
  for (const band of bands) {
    const { lines } = band;
    const full = fullOf(band);
    lines.forEach((cells, index) => {
      const above = lines[index - 1];
      const [label = "", value = ""] = cells;
      if (!label || !above?.[0]) return;
      const key = pairKey(above[0], label);
      const evidence = surelyWraps(above[0], value, label) ? 2 : wrapEvidence(above[1] ?? "", value, full);
      votes.set(key, (votes.get(key) ?? 0) + evidence);
    });
  }
  return votes;
}

/**
 * Where each row of a key/value table starts, band by band (line indices, the first always 0):
 * at every line with a label, unless that label is the wrapped tail of the one above — the label
 * above left a bracket open, the line has no value of its own, or, where the same two labels meet
 * in the other records, the values mostly run on across them.
 */
export function keyValueRowStarts(bands: readonly TightBand[]): number[][] {
  const votes = labelPairVotes(bands, fullWidth(bands));
  // The label every record opens with (序次): the table's first.
  const head = compact(bands.find(({ lines }) => lines[0]?.[0])?.lines[0]?.[0] ?? "");
  const decided = (above: string, text: string): number => votes.get(pairKey(above, text)) ?? 0;
  const first = bands.map(({ lines }) => labelRows(lines, (above, text) => decided(above, text) > 0, head));
  // Where the votes say nothing (the two labels meet once), the whole label the other records
  // use decides: `107 年績` / `效目標值` is `107年績效目標值`, a label the table has.
  const labels = new Set(first.flatMap((rows) => rows.map((row) => row.label)));
  return bands.map(({ lines }) =>
    labelRows(
      lines,
      (above, text, label) => {
        const vote = decided(above, text);
        if (vote !== 0) return vote > 0;
        const joined = compact(label + text);
        return [...labels].some((known) => known.length > joined.length - 1 && known.startsWith(joined));
      },
      head,
    ).map((row) => row.start),
  );
}

/** A record's first row (`序次  9`): the table's first label, a number alone beside it. */
export const isRecordHead = (cells: readonly string[] | undefined, head: string): boolean =>
  head !== "" && compact(cells?.[0] ?? "") === head && /^\d{1,4}$/u.test((cells?.[1] ?? "").trim());

/** Rows of one band of a key/value table: where each starts and its label, whole. */
function labelRows(
  lines: ReadonlyArray<readonly string[]>,
  continues: (above: string, text: string, label: string) => boolean,
  head: string,
): Array<{ start: number; label: string }> {
  const rows = [{ start: 0, label: compact(lines[0]?.[0] ?? "") }];
  let label = lines[0]?.[0] ?? "";
  lines.forEach((cells, index) => {
    if (index === 0) return;
    const [text = "", value = ""] = cells;
    const above = lines[index - 1]?.[0] ?? "";
    if (!text) {
      // A value that is a number alone (`序次  44` repeated atop a page) ends its row: the
      // lines below go on with the row before it.
      if (label && /^\d+$/u.test(lines[index - 1]?.[1] ?? "")) rows.push({ start: index, label: "" });
      label = "";
      return;
    }
    // A record head repeated atop a page (`序次  9`, its value a number alone) is a row of its
    // own: the label below it is the tail of the label cut by the page end (`績效目標達` /
    // `成情形`, its value all on the page before), not the head's second line.
    const afterHead = isRecordHead(lines[index - 1], head);
    if (!afterHead && above !== "" && (surelyWraps(label, value, text) || continues(above, text, label))) {
      label += text;
      const last = rows.at(-1);
      if (last) last.label = compact(label);
    } else {
      rows.push({ start: index, label: compact(text) });
      label = text;
    }
  });
  return rows;
}

/**
 * The labels a key/value table uses, from the lines cut at gaps of two spaces or more: a line
 * whose label and value stand one space apart is cut where its label is one of them (or the head
 * of one, wrapped), the longest such.
 */
export function preferKnownLabel(
  labels: ReadonlySet<string>,
  candidates: readonly string[],
): { kept: number[]; guessed: boolean } {
  const exact = candidates.flatMap((label, index) => (labels.has(compact(label)) ? [index] : []));
  if (exact.length > 0) return { kept: exact, guessed: false };
  // A label of its own (`分組主辦機關列管說`): no wider than the widest label the table uses
  // (within a character: the labels seen may all stop short of the column's width), and as
  // long as that allows (a label line is filled before it wraps), a value's list marker left to
  // the value. Where that leaves a choice, it is a guess (the caller warns).
  // (Latin in a label is measured in a proxy face: a tenth more for its error.)
  const widest = Math.max(0, ...[...labels].map((label) => textWidth(label) + latinWidth(label) / 10)) + 1000;
  const fitting = candidates.flatMap((label, index) =>
    textWidth(compact(label)) <= widest && !endsWithMarker(label.trim()) ? [index] : [],
  );
  const longest = Math.max(0, ...fitting.map((index) => compact(candidates[index] ?? "").length));
  const kept = fitting.filter((index) => compact(candidates[index] ?? "").length === longest);
  // The head of a label the table uses (`107 年度(1 月至 12`, wrapped) agrees with that, or the
  // cut is a guess.
  const heads = knownHeads(labels, candidates);
  if (heads.length > 0) return { kept: heads, guessed: !heads.some((index) => kept.includes(index)) };
  return { kept, guessed: fitting.length > 1 };
}

/** The readings whose label is the longest head of a label the table uses. */
function knownHeads(labels: ReadonlySet<string>, candidates: readonly string[]): number[] {
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
  return best;
}

/** The width of a text's Latin letters and digits (measured in a proxy face). */
const latinWidth = (text: string): number => textWidth(text.replace(/[^\x21-\x7e]/gu, ""));

/**
 * A line cut as a label alone whose text is a known label, one space, and more (`107 年績效目標值
 * 35 件。`: a value too short to reach its column): the label and its value. Without a known
 * label, a line too wide to be a label (`績效衡量指標 1. 每年依據…`: a label filling its column,
 * the value pulled left beside it) is cut at the last space that leaves a label-like text (no
 * sentence punctuation, no list marker at its end) no wider than the table's labels.
 */
export function splitKnownLabel(labels: ReadonlySet<string>, cells: string[]): void {
  const [text = "", value] = cells;
  if (value || cells.length !== 2) return;
  const spaces = [...text.matchAll(/ /gu)].map((match) => match.index ?? 0).reverse();
  const known = spaces.find((space) => labels.has(compact(text.slice(0, space))));
  // (Two characters over the widest label seen: labels seen whole may all be short ones.)
  const widest = Math.max(0, ...[...labels].map((label) => textWidth(label))) + 2000;
  const labelLike = (head: string): boolean =>
    !/[。，,；;：:]/u.test(head) && !endsWithMarker(head) && textWidth(compact(head)) <= widest;
  const at =
    known ??
    (labels.size > 0 && textWidth(compact(text)) > widest
      ? spaces.find((space) => labelLike(text.slice(0, space).trim()))
      : undefined);
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
    // A spanning column opens an item only where the next column opens one too (a page where
    // it opens none, a strategy running on, says nothing against it).
    if (!opening.every((cells) => opens(cells, column + 1))) return column;
    if (opening.length === 0 && !lines.some((cells) => opens(cells, column + 1))) return column;
  }
  return columns - 1;
}

interface RecordState {
  style: ListMarkerStyle | null;
  expected: number | null;
}

/**
 * A record's next item in the column right of the record column set as a row of its own (the
 * 2012 edition's measures `1.` / `2.` under one strategy, each with its own goal and agency): the
 * record column empty, the item the next in its column's numbering, the line above in it ended or
 * empty, every column right of it holding text beside it, one at least where the line above had
 * ended. (A cell that lists items, goals `1.` / `2.` beside one measure, seldom has every column
 * beside them written, and a new text starting in one.) The record column may hold its cell's
 * last lines beside the item (a strategy longer than its first measure's row: `識。` beside `2.`)
 * where the item column was empty above: a cell's own list runs on line after line. (Where the
 * item above ended a sentence, `動。` then `2.` beside `貪意識。`, it is left: taken, it split rows of
 * the six-column edition at a goal list's next item.)
 */
function opensItemRow(
  lines: ReadonlyArray<readonly string[]>,
  index: number,
  column: number,
  items: RecordState,
): boolean {
  const cells = lines[index] ?? [];
  const marker = parseListMarker(cells[column] ?? "");
  if (!marker || marker.number === null) return false;
  const besideTail = !(lines[index - 1]?.[column] ?? "").trim();
  if (cells.slice(0, column).some((cell, at) => cell.trim() && !(besideTail && goesOn(lines, index, at))))
    return false;
  const next =
    items.style === null
      ? marker.number === 1
      : marker.style === items.style && marker.number === items.expected;
  if (items.style === null || next) {
    items.style = marker.style;
    items.expected = marker.number + 1;
  }
  if (!next || index === 0 || marker.number === 1) return false;
  const above = lines[index - 1] ?? [];
  const ended = (at: number): boolean =>
    !(above[at] ?? "").trim() || SENTENCE_END.test((above[at] ?? "").trim());
  const right = cells.slice(column + 1);
  const beside = right.every((cell) => cell.trim()) && right.some((_, at) => ended(column + 1 + at));
  return beside && ended(column);
}

/** A cell's text on a line goes on from the line above in its column (which ends no sentence). */
function goesOn(lines: ReadonlyArray<readonly string[]>, index: number, column: number): boolean {
  const above = (lines[index - 1]?.[column] ?? "").trim();
  const text = (lines[index]?.[column] ?? "").trim();
  return above !== "" && !SENTENCE_END.test(above) && parseListMarker(text)?.number == null;
}

/**
 * Rows cut inside one band whose record column goes on from the row above (an item row beside
 * its record's last lines, see opensItemRow): that text moved back to the row above, whose cell
 * it ends. Rows in order, their lines written in place.
 */
export function recordTailsBack(rows: ReadonlyArray<{ lines: string[][] }>, column: number): void {
  for (let index = 1; index < rows.length; index++) {
    const first = rows[index]?.lines[0];
    const text = (first?.[column] ?? "").trim();
    if (!first || !text || parseListMarker(text)?.number != null) continue;
    moveSpanningText(
      rows[index] as { lines: string[][] },
      rows[index - 1] as { lines: string[][] },
      column + 1,
    );
  }
}

/** A line with text in the record column only, a marker opening it and a colon ending it. */
function isGroupHeading(cells: readonly string[], column: number): boolean {
  const text = (cells[column] ?? "").trim();
  return /[：:]$/u.test(text) && cells.every((cell, at) => at === column || !cell.trim());
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
  const items: RecordState = { style: null, expected: null };
  const rowStarts = bands.map(({ lines }) => {
    const starts = [0];
    lines.forEach((cells, index) => {
      const marker = parseListMarker(cells[column] ?? "");
      if (!marker || marker.number === null) {
        if (opensItemRow(lines, index, column + 1, items) && index > 0) starts.push(index);
        return;
      }
      // (A record's first line may open its first item: `2. 推動…` beside `1. 研修…`.)
      const item = parseListMarker(cells[column + 1] ?? "");
      items.style = item?.number != null ? item.style : null;
      items.expected = item?.number != null ? item.number + 1 : null;
      const above = lines[index - 1]?.[column] ?? "";
      if (above && !SENTENCE_END.test(above) && !isGroupHeading(lines[index - 1] ?? [], column)) return;
      // A group's heading row (`(二)防貪：` alone across the table): a row of its own, after
      // which the records number from 1 again.
      if (isGroupHeading(cells, column)) {
        state.style = null;
        state.expected = null;
        if (index > 0) starts.push(index);
        return;
      }
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
    moveSpanningText(row, head, column);
  }
}
