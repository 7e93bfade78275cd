// A list marker ends a CJK cell line only where its item goes on below (`措施。 2.` / `機關首長…`):
// a reading that leaves a marker at the end of a cell whose next line, in the same row, has
// nothing in that column gave the marker to the wrong cell (`項目之比率。 2.` | `召開研商會議 4
// 次`, the item being the next column's: `2. 召開研商會議 4 次`). The wrap test could not see it
// where a column's Latin lines hid its width (the target column shown 8 of its 9 ems). (After
// Latin text a number and a stop end sentences too, `Article 2.`: left alone.)

const CJK_THEN_MARKER =
  /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uff60] ?(?:\d{1,2}[.．]|[(（][一二三四五六七八九十\d]{1,3}[)）])$/u;

/**
 * The readings of a line with no cell ending in a list marker (after CJK text) over an empty
 * cell of the line below, if any (else all). `below`: the next line of the row, read one way
 * (undefined: not known, every reading kept; a row may go on past a page end).
 */
export function withoutDanglingMarkers<T extends { cells: readonly string[] }>(
  readings: T[],
  below: readonly string[] | undefined,
): T[] {
  if (!below) return readings;
  const kept = readings.filter(
    (reading) => !reading.cells.some((cell, column) => !below[column] && CJK_THEN_MARKER.test(cell)),
  );
  return kept.length > 0 ? kept : readings;
}
