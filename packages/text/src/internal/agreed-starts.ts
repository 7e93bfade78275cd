/**
 * Where a line starts each page column's text, in every reading of it alike (-1: not known).
 *
 * pdftotext sets a row's cells off the page's columns alike on each of its lines, so a band's
 * lines teach the next where a column's text starts. A line cut more than one way teaches only
 * what all its readings agree on: its first reading is not yet the chosen one (the wrap test
 * chooses later), and a start learnt from it put the next line's text in the wrong column
 * (`）。 協辦機關 2. 召開研商會議` / `：各機關     次數。`: read as agency | indicator |
 * target, `次數。` went to the target column, then the wrap test took the other cut).
 */
export function agreedStarts(readings: ReadonlyArray<{ readonly at: readonly number[] }>): number[] {
  const first = readings[0]?.at;
  if (!first) return [];
  if (readings.length === 1) return first as number[];
  return first.map((x, column) => (readings.every((reading) => reading.at[column] === x) ? x : -1));
}

// A cut line's starts vary by a grid column or two with the text before them (`理委員會 導活動場`
// at 33 under `金融監督管 1. 辦理宣` at 34): those are the row's own.
const ROW_JITTER = 2;

/**
 * A line's starts learnt into `aligned` (grid column → page column), in place. A column's start
 * learnt replaces that column's starts further away: a browser's table sets no blank line between
 * rows, so a band holds many rows, and a start an earlier row set (its target's `95%。` at 43, its
 * row pulled left) put the next row's indicator text at 43 (`政民意調查`) in the target column.
 */
export function learnStarts(aligned: Map<number, number>, starts: readonly number[]): void {
  for (let column = 0; column < starts.length; column++) {
    const x = starts[column] ?? -1;
    if (x < 0) continue;
    for (const [seen, of] of aligned)
      if (of === column && Math.abs(seen - x) > ROW_JITTER) aligned.delete(seen);
    aligned.set(x, column);
  }
}
