// In CJK text a list item opens a cell line, or follows a sentence's end (`措施。 2. 機關首長`) or
// a label (`主辦機關： 1.`), never an ideograph: `會 3. 法務部` is two cells, a word's last
// character and the next column's first item (`(ACT-NET) 會` | `3. 法務部(國際及`), whatever the
// widths say (the goal's line `會 3. 法務部(國際及` fills its column better than `3. 法務部(國際及`).
// None of the seeds or fixtures has such a cell line.

const ITEM_AFTER_IDEOGRAPH =
  /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff] (?:\d{1,2}[.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]) /u;

/** A cell line with a list item opening right after an ideograph and a space. */
export const opensItemAfterWord = (cell: string): boolean => ITEM_AFTER_IDEOGRAPH.test(cell);

/** The readings of a line with no such cell line, if any has none (else all). */
export function withoutItemAfterWord<T extends { cells: readonly string[] }>(readings: T[]): T[] {
  const kept = readings.filter((reading) => !reading.cells.some(opensItemAfterWord));
  return kept.length > 0 ? kept : readings;
}
