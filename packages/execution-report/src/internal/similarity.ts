// Text similarity for linking report records to plan measures: the Dice coefficient over character
// bigrams of the text's letters and digits. Chinese has no word boundaries, and bigrams of Han
// characters are the usual unit for its fuzzy matching; small, explainable and order-insensitive
// enough to survive a reworded or reordered measure.

const NOT_WORD = /[^\p{Script=Han}\p{L}\p{N}]+/gu;
// A leading list marker ((一)、一、1.) is numbering, not content.
const LEADING_MARKER =
  /^\s*(?:[(（]\s*[一二三四五六七八九十\d]+\s*[)）]|[一二三四五六七八九十]+\s*、|\d+\s*[.、])\s*/u;

/** The characters compared: markers, punctuation and spaces dropped, width and case folded. */
export function comparableText(text: string): string {
  return text.normalize("NFKC").replace(LEADING_MARKER, "").replace(NOT_WORD, "").toLowerCase();
}

// Linking compares each record with many measures: a measure's bigrams are counted once, not once
// per record. Bounded, so a long run does not keep every text it ever compared.
const counted = new Map<string, Map<string, number>>();
const COUNTED_MAX = 20_000;

function bigrams(text: string): Map<string, number> {
  const known = counted.get(text);
  if (known) return known;
  const counts = countBigrams(text);
  if (counted.size >= COUNTED_MAX) counted.clear();
  counted.set(text, counts);
  return counts;
}

/** The distinct character bigrams of a text, as compared by {@link bigramDice}. */
export function bigramsOf(text: string): Iterable<string> {
  return bigrams(text).keys();
}

function countBigrams(text: string): Map<string, number> {
  const chars = [...comparableText(text)];
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const gram = `${chars[i]}${chars[i + 1]}`;
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** Dice similarity of two texts' character bigrams (multiset), from 0 (nothing shared) to 1. */
export function bigramDice(a: string, b: string): number {
  const left = bigrams(a);
  const right = bigrams(b);
  let sizeLeft = 0;
  let sizeRight = 0;
  let shared = 0;
  for (const count of left.values()) sizeLeft += count;
  for (const [gram, count] of right) {
    sizeRight += count;
    shared += Math.min(count, left.get(gram) ?? 0);
  }
  return sizeLeft + sizeRight === 0 ? 0 : (2 * shared) / (sizeLeft + sizeRight);
}
