import type { Around, Reading } from "./wrap-test.js";

// Words come back in a document: its agency names (外交部, 監察院), its labels (協辦機關：), its
// phrases. Where the wrap test cannot tell which of two cells a character at a one-space gap
// belongs to (both lines fit, both breaks are at a full line), the document's own text can: a
// reading that puts the character beside the characters it stands beside elsewhere in the table
// (`務部(廉政署) 協` / `辦機關：`) is told from one that makes pairs of ideographs found nowhere
// else (`或` / `協修正之法規數。`).

const isHan = (unit: number): boolean =>
  (unit >= 0x3400 && unit <= 0x4dbf) ||
  (unit >= 0x4e00 && unit <= 0x9fff) ||
  (unit >= 0xf900 && unit <= 0xfaff);

/** How often a pair must come back to be a word of the text (seen once or twice, it may be chance). */
const SEEN = 3;

/** The pairs of ideographs set side by side in the texts SEEN times or more (one number per pair). */
export function knownPairs(texts: Iterable<string>): Set<number> {
  const counts = new Map<number, number>();
  for (const text of texts)
    for (let i = 1; i < text.length; i++) {
      const [first, second] = [text.charCodeAt(i - 1), text.charCodeAt(i)];
      if (isHan(first) && isHan(second)) {
        const pair = first * 0x10000 + second;
        counts.set(pair, (counts.get(pair) ?? 0) + 1);
      }
    }
  return new Set([...counts].flatMap(([pair, count]) => (count >= SEEN ? [pair] : [])));
}

/**
 * The pairs of ideographs a reading of a line makes, its cells joined to the lines above and
 * below in their columns (spaces left out: a line's break and its column gap join nothing): how
 * many the table shows side by side elsewhere, and how many it shows nowhere.
 */
export function pairsOf(
  reading: Reading,
  around: Around,
  known: ReadonlySet<number>,
): { known: number; unknown: number } {
  const counts = { known: 0, unknown: 0 };
  reading.cells.forEach((cell, column) => {
    const text = `${around.above?.[column] ?? ""}${cell}${around.below?.[column] ?? ""}`.replaceAll(" ", "");
    for (let i = 1; i < text.length; i++) {
      const [first, second] = [text.charCodeAt(i - 1), text.charCodeAt(i)];
      if (isHan(first) && isHan(second)) counts[known.has(first * 0x10000 + second) ? "known" : "unknown"]++;
    }
  });
  return counts;
}

/**
 * Of readings the wrap test could not tell apart, the one the table's own text bears out: more
 * of its pairs known and fewer unknown than every other reading's (a character set beside Latin
 * or punctuation makes no pair: no evidence either way). Null where no reading is so.
 */
export function likeliestByPairs(
  readings: readonly Reading[],
  around: Around,
  known: ReadonlySet<number>,
): number | null {
  // (Only a character moved from cell to cell is judged so: Latin or punctuation moved changes
  // which ideographs meet across a line, and says nothing of the words.)
  if (!readings.every((reading) => movesIdeographs(readings[0] as Reading, reading))) return null;
  const counts = readings.map((reading) => pairsOf(reading, around, known));
  const at = counts.findIndex((mine, index) =>
    counts.every((other, i) => i === index || (mine.known > other.known && mine.unknown < other.unknown)),
  );
  return at === -1 ? null : at;
}

const IDEOGRAPHS = /^\p{Script=Han}+$/u;

/** Two readings of a line differ by ideographs only, moved from one cell to the next (or not at all). */
function movesIdeographs(first: Reading, second: Reading): boolean {
  for (let column = 0; column < first.cells.length; column++) {
    const [a, b] = [first.cells[column] ?? "", second.cells[column] ?? ""];
    if (a === b) continue;
    const [long, short] = a.length > b.length ? [a, b] : [b, a];
    const moved = long.startsWith(short)
      ? long.slice(short.length)
      : long.endsWith(short)
        ? long.slice(0, long.length - short.length)
        : "";
    return IDEOGRAPHS.test(moved.trim());
  }
  return true;
}
