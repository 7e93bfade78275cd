import type { Around, Reading } from "./wrap-test.js";

// Words come back in a document: its agency names (外交部, 監察院), its labels (協辦機關：), its
// phrases. Where the wrap test cannot tell which of two cells a character at a one-space gap
// belongs to (both lines fit, both breaks are at a full line), the document's own text can: a
// reading that puts the character beside the characters it stands beside elsewhere in the table
// (`務部(廉政署) 協` / `辦機關：`) is told from one that makes pairs of ideographs found nowhere
// else (`或` / `協修正之法規數。`).

// The ideographs counted: CJK Extension A, the unified block, the compatibility block.
const EXTENSION_A = 0x4dbf - 0x3400 + 1;
const UNIFIED = 0x9fff - 0x4e00 + 1;
const HAN_COUNT = EXTENSION_A + UNIFIED + (0xfaff - 0xf900 + 1);

/** An ideograph's place among the ideographs counted, or -1 for any other unit. */
function hanIndex(unit: number): number {
  if (unit >= 0x4e00 && unit <= 0x9fff) return unit - 0x4e00 + EXTENSION_A;
  if (unit >= 0x3400 && unit <= 0x4dbf) return unit - 0x3400;
  if (unit >= 0xf900 && unit <= 0xfaff) return unit - 0xf900 + EXTENSION_A + UNIFIED;
  return -1;
}

/**
 * A pair of ideographs as one number, or -1 where either unit is none. (Below 2^30: a small
 * integer to V8, which a map hashes without making a heap number per pair of a whole table.)
 */
export function pairKey(first: number, second: number): number {
  const [a, b] = [hanIndex(first), hanIndex(second)];
  return a < 0 || b < 0 ? -1 : a * HAN_COUNT + b;
}

/** How often a pair must come back to be a word of the text (seen once or twice, it may be chance). */
const SEEN = 3;

/** Pairs of ideographs (by `pairKey`) a table shows: a set, or one found when first asked. */
export type KnownPairs = Pick<ReadonlySet<number>, "has">;

/** The pairs of ideographs set side by side in the texts SEEN times or more (by `pairKey`). */
export function knownPairs(texts: Iterable<string>): Set<number> {
  const counts = new Map<number, number>();
  for (const text of texts) {
    let previous = text.length > 0 ? hanIndex(text.charCodeAt(0)) : -1;
    for (let i = 1; i < text.length; i++) {
      const current = hanIndex(text.charCodeAt(i));
      if (previous >= 0 && current >= 0) {
        const pair = previous * HAN_COUNT + current;
        counts.set(pair, (counts.get(pair) ?? 0) + 1);
      }
      previous = current;
    }
  }
  const known = new Set<number>();
  for (const [pair, count] of counts) if (count >= SEEN) known.add(pair);
  return known;
}

/**
 * The table's known pairs, counted only when first asked for: most tables never ask (no line
 * read more than one way, no pulled text in doubt), and counting them reads every line.
 */
export function knownPairsWhenAsked(texts: () => Iterable<string>): KnownPairs {
  let known: Set<number> | undefined;
  return {
    has: (pair) => {
      known ??= knownPairs(texts());
      return known.has(pair);
    },
  };
}

/** The text's last unit and the next text's first make a pair of ideographs the table shows. */
export function joinsKnown(text: string, next: string, known: KnownPairs): boolean {
  const pair = pairKey(text.charCodeAt(text.length - 1), next.charCodeAt(0));
  return pair >= 0 && known.has(pair);
}

/**
 * The pairs of ideographs a reading of a line makes, its cells joined to the lines above and
 * below in their columns (spaces left out: a line's break and its column gap join nothing): how
 * many the table shows side by side elsewhere, and how many it shows nowhere.
 */
export function pairsOf(
  reading: Reading,
  around: Around,
  known: KnownPairs,
): { known: number; unknown: number } {
  const counts = { known: 0, unknown: 0 };
  reading.cells.forEach((cell, column) => {
    const text = `${around.above?.[column] ?? ""}${cell}${around.below?.[column] ?? ""}`.replaceAll(" ", "");
    for (let i = 1; i < text.length; i++) {
      const pair = pairKey(text.charCodeAt(i - 1), text.charCodeAt(i));
      if (pair >= 0) counts[known.has(pair) ? "known" : "unknown"]++;
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
  known: KnownPairs,
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
