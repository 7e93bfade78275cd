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

// Linking compares every record of every report with every measure of every plan in a run: the
// same texts again and again. Their bigrams are kept (up to a bound, then the cache starts over),
// which took linking from about a quarter of a many-document ingest's main-thread time to little.
const BIGRAM_CACHE_LIMIT = 20_000;
const bigramCache = new Map<string, Map<string, number>>();

function bigrams(text: string): Map<string, number> {
  const cached = bigramCache.get(text);
  if (cached) return cached;
  const chars = [...comparableText(text)];
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const gram = `${chars[i]}${chars[i + 1]}`;
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  if (bigramCache.size >= BIGRAM_CACHE_LIMIT) bigramCache.clear();
  bigramCache.set(text, counts);
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
