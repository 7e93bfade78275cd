import { columnCapacities, overfills } from "./capacity.js";
import { withoutDanglingMarkers } from "./dangling-marker.js";
import { type Band, compactText, type Placed } from "./grid-lines.js";
import { type KnownPairs, likeliestByPairs } from "./known-pairs.js";
import { preferKnownLabel, splitKnownLabel } from "./tight-rows.js";
import { type Around, type ColumnWidth, chooseReading, firstWord, type Reading } from "./wrap-test.js";

// The readings of a `-layout` table's doubtful lines settled: known labels, the wrap test, the
// table's own pairs of ideographs; what stays in doubt is marked on the line.

/**
 * Lines of a table read by its columns' widths whose cells are wider than their columns, as the
 * cut lines show them (most of its lines are full): a cut was missed there.
 */
export function markOverfull(
  sized: ReadonlyArray<{ placed: Placed; cells: string[] }>,
  columns: number,
): void {
  if (sized.length === 0) return;
  const capacities = columnCapacities(
    sized.flatMap(({ cells }) => cells.map((text, column) => ({ column, text }))),
    columns,
  );
  for (const { placed, cells } of sized) if (overfills(cells, capacities, columns)) placed.overfull = true;
}

/**
 * A key/value table's lines read more than one way keep the readings whose label is one the
 * table's clearly cut lines use (or the head of one that wraps): labels repeat every record.
 */
export function preferKnownLabels(
  bands: readonly Band[],
  readings: Map<string[], { line: Placed; readings: Reading[] }>,
  clear: ReadonlySet<string[]>,
): void {
  // (A line with no value beside its text says nothing of the labels: it may be one piece uncut.)
  const labels = new Set(
    [...clear].flatMap((cells) => (cells[0] && cells[1] ? [compactText(cells[0])] : [])),
  );
  for (const band of bands)
    for (const cells of band.lines) if (!readings.has(cells)) splitKnownLabel(labels, cells);
  for (const [cells, choice] of readings) {
    const { kept, guessed } = preferKnownLabel(
      labels,
      choice.readings.map((reading) => reading.cells[0] ?? ""),
    );
    // No reading's label is one the table uses, nor fits its labels' width: only the wrap test
    // is left, and a key/value table's value column moves from record to record (Chromium's),
    // so its widths say little. A guess.
    if (guessed || kept.length === 0) choice.line.ambiguous = true;
    if (kept.length === 0 || kept.length === choice.readings.length) continue;
    const narrowed = kept.flatMap((index) => choice.readings[index] ?? []);
    if (kept.length === 1) readings.delete(cells);
    else readings.set(cells, { ...choice, readings: narrowed });
    // The first reading is the line's cells as the band holds them.
    cells.splice(0, cells.length, ...(narrowed[0]?.cells ?? cells));
  }
}

// A word in lower case: on a row's first line no cell opens with one (`to The Ministry`), as
// cells open with a capital, a number or a marker.
const LOWER_START = /^\p{Ll}/u;

/**
 * Whether a reading of a row's first line opens a cell cut from the one before it mid-sentence,
 * where another reading opens every cut cell as a cell opens: the wrap test's choice is then
 * doubted (a cell may open in lower case: it is not ruled out, only not taken as sure).
 */
function opensMidSentence(chosen: Reading, readings: readonly Reading[]): boolean {
  const lower = (reading: Reading): boolean =>
    reading.cuts.some((column) => LOWER_START.test(reading.cells[column + 1] ?? ""));
  return lower(chosen) && readings.some((reading) => reading !== chosen && !lower(reading));
}

/**
 * Lines read more than one way (two cells of words one space apart) take the reading the wrap
 * test finds least at odds with the lines above and below in their row; a line it cannot decide
 * keeps its first reading and is warned.
 */
export function resolveReadings(
  bands: readonly Band[],
  readings: ReadonlyMap<string[], { line: Placed; readings: Reading[] }>,
  widths: ReadonlyArray<readonly ColumnWidth[]>,
  known: KnownPairs,
): void {
  for (const band of bands) {
    const earlier: boolean[] = [];
    band.lines.forEach((cells, index) => {
      band.lines[index - 2]?.forEach((text, column) => {
        if (text) earlier[column] = true;
      });
      const choice = readings.get(cells);
      if (!choice) return;
      const below = band.lines[index + 1];
      choice.readings = withoutDanglingMarkers(
        choice.readings,
        below && !readings.has(below) ? below : undefined,
      );
      const around = { above: band.lines[index - 1], below, earlier };
      const picked = chooseReading(choice.readings, around, widths);
      // (Where widths cannot tell, the table's own words can: never against the wrap test; where
      // the two disagree, the line is in doubt: `2. 法務部(檢察司)明 室`, `室` of 辦公室.)
      const byPairs = likeliestByPairs(choice.readings, around, known);
      const sure = byPairs === null ? picked.sure : byPairs === picked.index;
      const chosen = choice.readings[picked.index];
      band.lines[index] = chosen?.cells ?? cells;
      const rowStart = index === 0 && !band.pageBreak;
      if (
        !sure ||
        (rowStart && chosen && opensMidSentence(chosen, choice.readings)) ||
        (chosen && choice.line.reachMissed && !beatsWordMovedLeft(chosen, around, widths))
      )
        choice.line.ambiguous = true;
    });
  }
}

/**
 * Whether a reading surely beats the same reading with each cut cell's first word moved to the
 * cell on its left (the cut findSplits left untried past its reach: `requests | for other` against
 * `requests for | other`), by the wrap test.
 */
function beatsWordMovedLeft(
  chosen: Reading,
  around: Around,
  widths: ReadonlyArray<readonly ColumnWidth[]>,
): boolean {
  const moved = chosen.cuts.map((column) => {
    const cells = [...chosen.cells];
    const text = cells[column + 1] ?? "";
    const word = firstWord(text);
    if (!word || word === text) return null;
    cells[column] = `${cells[column] ?? ""} ${word}`.trim();
    cells[column + 1] = text.slice(word.length).trim();
    return { cells, cuts: chosen.cuts };
  });
  return moved.every((reading) => {
    if (reading === null) return true;
    const picked = chooseReading([chosen, reading], around, widths);
    return picked.index === 0 && picked.sure;
  });
}
