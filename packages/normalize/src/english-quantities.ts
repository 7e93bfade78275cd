import type { Quantity, QuantityKind } from "@lianzheng/model";

// English quantities: number words (`ten important sites`, `twenty-five percent`) and the noun a
// number counts (`63 countries`, `112 members`). Chinese units are read in quantities.ts.

const SMALL: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
};

const WORD = `(?:${Object.keys(SMALL).join("|")}|${Object.keys(SCALES).join("|")})`;
/** `ten`, `twenty-five`, `one hundred and five`, `three thousand two hundred`. */
export const NUMBER_WORDS = `${WORD}(?:(?:[\\s-]+|\\s+and\\s+)${WORD})*`;

/**
 * The value of English number words, or null: `ten` → 10, `twenty-five` → 25, `one hundred and
 * five` → 105, `three million` → 3000000. Case-insensitive; nothing else may be in the text.
 */
export function parseNumberWords(text: string): number | null {
  const words = text
    .trim()
    .toLowerCase()
    .split(/(?:\s+and\s+|[\s-]+)/);
  let total = 0;
  let group = 0;
  let any = false;
  for (const word of words) {
    const small = SMALL[word];
    const scale = SCALES[word];
    if (small !== undefined) {
      // "twenty five" adds; "five twenty" is no number.
      if (group % 10 !== 0 || (group % 100 !== 0 && small >= 10)) return null;
      group += small;
    } else if (scale === 100) {
      if (group === 0 || group >= 100) return null;
      group *= 100;
    } else if (scale !== undefined) {
      if (group === 0) return null;
      total += group * scale;
      group = 0;
    } else return null;
    any = true;
  }
  return any ? total + group : null;
}

const PEOPLE_NOUNS = new Set(
  "people persons participants officers officials delegates members experts applicants visitors victims students staff judges prosecutors representatives trainees speakers".split(
    " ",
  ),
);
const TIME_NOUNS = new Set(
  "years months weeks days hours minutes mins year month week day hour minute".split(" "),
);
// Plural-looking words that are no nouns a number counts.
const NOT_NOUNS = new Set("is was has this its as us plus thus less unless across whereas was".split(" "));

/** The kind of a count by its noun: people, a duration (kind other), or things. */
export function kindOfNoun(noun: string): QuantityKind {
  const lower = noun.toLowerCase();
  if (PEOPLE_NOUNS.has(lower)) return "people";
  if (TIME_NOUNS.has(lower)) return "other";
  return "count";
}

/**
 * The noun an English number counts, from the words after it: up to two adjectives, then a
 * lower-case plural noun (`important sites`, `countries`), or `percent`. Null when none follows.
 */
export function readEnglishNoun(after: string, singular: boolean): { noun: string; length: number } | null {
  const words = /^(\s+[a-z][a-z-]*)(\s+[a-z][a-z-]*)?(\s+[a-z][a-z-]*)?\b/.exec(after);
  if (!words) return null;
  let length = 0;
  for (const [index, part] of words.slice(1).entries()) {
    if (part === undefined) return null;
    length += part.length;
    const word = part.trim();
    if (FUNCTION_WORDS.has(word) || NOT_NOUNS.has(word)) return null;
    const plural =
      (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("ous")) || PEOPLE_NOUNS.has(word);
    // The first word may be the noun itself (a singular one after "one"); later ones must be plural.
    if (plural || (singular && index === 0 && !/ly$/.test(word) && !ADJECTIVE_END.test(word)))
      return { noun: word, length };
  }
  return null;
}

// Words after which nothing is counted ("10 of the sites", "ten and more").
const FUNCTION_WORDS = new Set(
  "and or of to the a an in on at by for with from than is was were are be been that which who".split(" "),
);
const ADJECTIVE_END = /(?:al|ive|ic|ful|ant|ent|ed)$/;

// Anchored on the number word itself (no optional group in front), so the engine can skip ahead
// fast; the approximation word before it is read from the text behind the match.
const WORD_QUANTITY = new RegExp(
  `\\b(?<words>${NUMBER_WORDS})(?![A-Za-z-])(?<percent>\\s*(?:percent|per cent)\\b)?`,
  "gi",
);
const APPROX_BEFORE = /(?:more than|over|about|approximately|around|nearly|almost|some)\s+$/i;

/**
 * Quantities written in English number words: `ten important sites` → 10 sites (count), `twenty
 * percent` → 20 (percent), `three million people` → 3000000 people. A number word counts only
 * with a noun or `percent` after it (so "one of the" and "no one" are no quantities). `raw` runs
 * from the approximation word (more than …) to the noun.
 */
export function scanNumberWords(text: string): Array<Quantity & { index: number }> {
  const out: Array<Quantity & { index: number }> = [];
  for (const match of text.matchAll(WORD_QUANTITY)) {
    const groups = match.groups ?? {};
    if ((match.index ?? 0) > 0 && text[(match.index ?? 0) - 1] === "-") continue;
    const value = parseNumberWords(groups.words ?? "");
    if (value === null) continue;
    const approx = APPROX_BEFORE.exec(text.slice(Math.max(0, (match.index ?? 0) - 20), match.index));
    const start = (match.index ?? 0) - (approx?.[0].length ?? 0);
    let end = (match.index ?? 0) + match[0].length;
    let unit: string | null;
    let kind: QuantityKind;
    if (groups.percent !== undefined) {
      unit = "%";
      kind = "percent";
    } else {
      const noun = readEnglishNoun(text.slice(end, end + 60), value === 1);
      if (noun === null) continue;
      unit = noun.noun;
      kind = kindOfNoun(noun.noun);
      end += noun.length;
    }
    const quantity: Quantity & { index: number } = {
      value,
      unit,
      kind,
      raw: text.slice(start, end),
      index: start,
    };
    if (approx) quantity.approximate = true;
    out.push(quantity);
  }
  return out;
}
