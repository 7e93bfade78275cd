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
