import type { Item, Quantity, QuantityKind } from "@lianzheng/model";
import { normalizeWidth } from "./clean.js";
import { kindOfNoun, readEnglishNoun, scanNumberWords } from "./english-quantities.js";
import { readNumeralValue } from "./internal/numeral.js";
import { CN_BIG_UNITS, CN_DIGITS, CN_SMALL_UNITS } from "./internal/patterns.js";
import { splitItems } from "./items.js";
import { foldToSimplified } from "./script.js";

interface UnitInfo {
  kind: QuantityKind;
  currency?: string;
  /** Only after Arabic digits: after Chinese numerals these characters are usually words (十分). */
  arabicOnly?: boolean;
}

// Words are written here in Traditional Chinese; each list also takes their Simplified forms
// (場 → 场, 約 → 约, 萬人次 → 万人次), so a Simplified text yields the same quantities.
function withSimplified(words: readonly string[]): string[] {
  return [...new Set(words.flatMap((word) => [word, foldToSimplified(word)]))];
}
function withSimplifiedKeys<T>(table: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  const out: Record<string, T> = { ...table };
  for (const [key, value] of Object.entries(table)) out[foldToSimplified(key)] ??= value;
  return out;
}
/** `(?:a|b|…)` of the words and their Simplified forms. */
const anyOf = (words: readonly string[]): string => `(?:${withSimplified(words).join("|")})`;

const MONEY = (currency: string): UnitInfo => ({ kind: "money", currency });
const COUNT: UnitInfo = { kind: "count" };
const COUNT_ARABIC: UnitInfo = { kind: "count", arabicOnly: true };
const PEOPLE: UnitInfo = { kind: "people" };
const MEASURE: UnitInfo = { kind: "other" };
const MEASURE_ARABIC: UnitInfo = { kind: "other", arabicOnly: true };

/** Units that may follow a numeral, and what they make it. Longest first when matched. */
const UNITS: Readonly<Record<string, UnitInfo>> = withSimplifiedKeys({
  元: MONEY("TWD"),
  新臺幣: MONEY("TWD"),
  新台幣: MONEY("TWD"),
  臺幣: MONEY("TWD"),
  台幣: MONEY("TWD"),
  美元: MONEY("USD"),
  美金: MONEY("USD"),
  澳元: MONEY("AUD"),
  澳幣: MONEY("AUD"),
  歐元: MONEY("EUR"),
  日圓: MONEY("JPY"),
  日元: MONEY("JPY"),
  日幣: MONEY("JPY"),
  英鎊: MONEY("GBP"),
  港幣: MONEY("HKD"),
  港元: MONEY("HKD"),
  人民幣: MONEY("CNY"),
  瑞士法郎: MONEY("CHF"),
  新加坡幣: MONEY("SGD"),
  USD: MONEY("USD"),
  TWD: MONEY("TWD"),
  NTD: MONEY("TWD"),
  EUR: MONEY("EUR"),
  "%": { kind: "percent" },
  個百分點: { kind: "percent" },
  百分點: { kind: "percent" },
  percent: { kind: "percent" },
  "per cent": { kind: "percent" },
  人次: PEOPLE,
  人: PEOPLE,
  名: PEOPLE,
  位: PEOPLE,
  // Military and civil-service counts (學生 1,165 員); after a Chinese numeral it is a word (一員).
  員: { kind: "people", arabicOnly: true },
  people: PEOPLE,
  persons: PEOPLE,
  件: COUNT,
  案: COUNT,
  場次: COUNT,
  場: COUNT,
  梯次: COUNT,
  次: COUNT,
  項: COUNT,
  個: COUNT,
  家: COUNT,
  種: COUNT,
  戶: COUNT,
  所: COUNT,
  筆: COUNT,
  倍: MEASURE,
  線: COUNT_ARABIC,
  處: COUNT_ARABIC,
  則: COUNT_ARABIC,
  篇: COUNT_ARABIC,
  份: COUNT_ARABIC,
  本: COUNT_ARABIC,
  堂: COUNT_ARABIC,
  班: COUNT_ARABIC,
  題: COUNT_ARABIC,
  張: COUNT_ARABIC,
  部: COUNT_ARABIC,
  間: COUNT_ARABIC,
  組: COUNT_ARABIC,
  隊: COUNT_ARABIC,
  國: COUNT,
  校: COUNT_ARABIC,
  門: COUNT_ARABIC,
  條: COUNT_ARABIC,
  頁: COUNT_ARABIC,
  艘: COUNT_ARABIC,
  輛: COUNT_ARABIC,
  批: COUNT_ARABIC,
  單位: COUNT_ARABIC,
  cases: COUNT_ARABIC,
  公斤: MEASURE,
  公噸: MEASURE,
  公克: MEASURE,
  公里: MEASURE,
  小時: MEASURE,
  分鐘: MEASURE,
  個月: MEASURE,
  天: MEASURE,
  週: MEASURE,
  歲: MEASURE,
  分: MEASURE_ARABIC,
});
const UNIT_NAMES = Object.keys(UNITS).sort((a, b) => b.length - a.length);

/** Currency words written before the number (新臺幣 5,709 萬 664 元, NT$ 500). */
const CURRENCY_PREFIXES: Readonly<Record<string, string>> = withSimplifiedKeys({
  新臺幣: "TWD",
  新台幣: "TWD",
  臺幣: "TWD",
  台幣: "TWD",
  NT$: "TWD",
  NT: "TWD",
  美金: "USD",
  US$: "USD",
  USD: "USD",
  TWD: "TWD",
  美元: "USD",
  歐元: "EUR",
  人民幣: "CNY",
  港幣: "HKD",
});

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const CN = `${CN_DIGITS}${CN_SMALL_UNITS}${CN_BIG_UNITS}`;
const ARABIC = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const PART = `(?:(?:${ARABIC})\\s*)?[${CN}]+`;
const SCALE = String.raw`\s+(?:thousand|million|billion|trillion)\b`;
const SCALE_AT_END = new RegExp(`${SCALE}$`, "i");
const LATIN_WORD = /[a-z]{3}/i;
/** A numeral: parts like `1 億`, `1,129 萬`, `一千`, then optionally a last Arabic run. */
const NUMERAL = `(?:(?:${PART}\\s*)*(?:${PART}|${ARABIC})|${ARABIC})(?:${SCALE})?`;

const APPROX_BEFORE = withSimplified(
  "約|逾|近|將近|超過|大約|more than|over|about|approximately|around|nearly|almost".split("|"),
).join("|");
const APPROX_BETWEEN = withSimplified(["餘", "多"]).join("|");
const APPROX_AFTER = withSimplified(["以上", "左右", "許"]).join("|");
const CURRENCY_BEFORE = Object.keys(CURRENCY_PREFIXES)
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join("|");

// One scan pattern: optional approximation word and currency prefix, the numeral (or 百分之 +
// numeral), optional 餘/多, optional unit, optional 以上/左右. Named groups keep it readable.
const QUANTITY = new RegExp(
  [
    `(?<approxBefore>(?:${APPROX_BEFORE})\\s*)?`,
    `(?<currencyBefore>(?:${CURRENCY_BEFORE})\\s*)?`,
    `(?:(?<percentOf>百分之)\\s*)?`,
    `(?<numeral>${NUMERAL})`,
    `(?:\\s*(?<approxBetween>${APPROX_BETWEEN}))?`,
    `(?:\\s*(?<unit>${UNIT_NAMES.map(escapeRegExp).join("|")}))?`,
    `(?:\\s*(?<approxAfter>${APPROX_AFTER}))?`,
  ].join(""),
  "gi",
);

/** Is the text before a number the end of a position where an item marker can start? */
const MARKER_BEFORE = /[\s。；;：:，,、!?！？>「(（]$/;
/** Can an item marker start where `before` (a window ending at the number) ends? */
const isMarkerPosition = (before: string, windowStart: number): boolean =>
  (windowStart === 0 && before === "") || MARKER_BEFORE.test(before);
const DURATION_BEFORE = new RegExp(
  `${anyOf(["逾", "近", "約", "滿", "長達", "歷時", "為期", "每", "超過", "將近", "已", "達"])}\\s*$`,
);
const AFTER_NUMERAL = new RegExp(`^\\s*(${anyOf(["餘", "多"])})?\\s*(年度?|月|日|天)?`);
const DURATION_AFTER = new RegExp(`^${anyOf(["來", "以上", "之久", "內", "内", "多"])}`);
const RANGE_OF_DATES = /^\s*[-~～至到]\s*\d+\s*[年月日]/;
const RANK_BEFORE = new RegExp(`${anyOf(["下降", "上升", "進步", "退步", "排名", "名次"])}\\s*$`);

interface Reading {
  kind: QuantityKind;
  unit: string | null;
  currency?: string;
  /** Characters after the regex match that belong to the quantity (the 年 of 逾 50 年). */
  extra: number;
}

/**
 * What a numeral with no unit is, from the words around it: a duration (逾 50 年, 十餘年 → kind
 * other, unit 年), a date part (107年, 5月, 2日, 2022 年, 2-3月: null), or a bare number.
 */
function readUnitless(numeral: string, before: string, after: string, chinese: boolean): Reading | null {
  const positional =
    chinese && ![...numeral].some((c) => CN_SMALL_UNITS.includes(c) || CN_BIG_UNITS.includes(c));
  const [matched = "", approx, dateWord] = AFTER_NUMERAL.exec(after) ?? [];
  if (RANGE_OF_DATES.test(after) || /^\s*(?:學年|学年)/.test(after)) return null;
  if (dateWord?.startsWith("年")) {
    const rest = after.slice(matched.length);
    const duration =
      dateWord === "年" &&
      ((chinese && !positional) ||
        approx !== undefined ||
        DURATION_BEFORE.test(before) ||
        DURATION_AFTER.test(rest));
    return duration ? { kind: "other", unit: "年", extra: matched.length } : null;
  }
  if (dateWord === "日" && /^[內内]/.test(after.slice(matched.length))) {
    return { kind: "other", unit: "日", extra: matched.length };
  }
  if (dateWord === "天") return { kind: "other", unit: "天", extra: matched.length };
  if (dateWord !== undefined || chinese) return null;
  if (/^(?:19|20)\d\d$/.test(numeral)) return null; // a bare year
  return { kind: "other", unit: null, extra: 0 };
}

/**
 * Every quantity in a free text, in order, each with its exact `raw` span: money (`1 億 1,129 萬
 * 5,690 元` → 111295690 TWD, `938萬美元` → 9380000 USD), counts (`476 件`, `三人`), people
 * (`48 人次`, `748萬人次`), percentages (`72.69%`, `百分之七十`; `value` is the number as written,
 * 72.69 for 72.69%), measures (`42,428 餘公斤`, `逾 50 年`, `63分`: kind `other`) and bare Arabic
 * numbers (kind `other`, unit null). `approximate` is set for 約/逾/近/超過/餘/多/以上/左右 and
 * "more than".
 *
 * Not reported: the parts of dates (107年5月2日, 2022 年, 2-3月, bare years 1900–2100: use
 * {@link parseRocDate}), ordinals and document numbers (第十職等, 第 35 次, 第 1080029452 號: use
 * `parseOrdinal`), list markers (1. (1) 一、), and Chinese numerals without a unit (一般, 統一).
 * When the text has numbered items (see `splitItems`), `itemNumber` is the top-level item a
 * quantity sits in (null before the first item).
 */
export function extractQuantities(text: string): Quantity[] {
  const found = scanQuantities(text);
  // Number words only in English text (most texts are Chinese: no second scan for them).
  if (!LATIN_WORD.test(text)) return attachItemNumbers(text, found);
  found.push(...scanNumberWords(normalizeWidth(text)));
  return attachItemNumbers(
    text,
    found.sort((a, b) => a.index - b.index),
  );
}

/**
 * The quantities of items already split (by {@link splitItems}), each tagged with the number of
 * its item: what {@link extractQuantities} finds in each item's text, without splitting again.
 *
 * @example extractItemQuantities(splitItems("1. 宣導 530 場。 2. 審核 580 件。")).map((q) => [q.value, q.itemNumber])
 * // [[530, 1], [580, 2]]
 */
export function extractItemQuantities(items: readonly Item[]): Quantity[] {
  return items.flatMap((item) =>
    scanQuantities(item.text).map(({ index: _index, ...quantity }) => ({
      ...quantity,
      itemNumber: item.number,
    })),
  );
}

/** A number the quantity pattern matched, with the words around it. */
interface NumeralSite {
  groups: Record<string, string | undefined>;
  numeral: string;
  /** Where the match starts and ends (prefixes and unit included). */
  start: number;
  matchEnd: number;
  numeralStart: number;
  numeralEnd: number;
  /** Start of the `before` window. */
  windowStart: number;
  before: string;
  after: string;
  /** Written in Chinese numerals (no digits). */
  chinese: boolean;
  unitName: string | undefined;
  unit: UnitInfo | undefined;
  /** Preceded by 百分之 or a currency. */
  prefixed: boolean;
}

function siteOf(match: RegExpExecArray, scan: string): NumeralSite {
  const groups = match.groups ?? {};
  const numeral = groups.numeral ?? "";
  const start = match.index;
  const prefixLength = (groups.approxBefore ?? "").length + (groups.currencyBefore ?? "").length;
  const percentOfLength =
    groups.percentOf === undefined ? 0 : (/^百分之\s*/.exec(match[0].slice(prefixLength))?.[0].length ?? 0);
  const numeralStart = start + prefixLength + percentOfLength;
  const numeralEnd = numeralStart + numeral.length;
  // Only the words next to a number decide what it is; bounded so long texts stay linear.
  const windowStart = Math.max(0, numeralStart - 12);
  const unitName = groups.unit;
  return {
    groups,
    numeral,
    start,
    matchEnd: start + match[0].length,
    numeralStart,
    numeralEnd,
    windowStart,
    before: scan.slice(windowStart, numeralStart),
    after: scan.slice(numeralEnd, numeralEnd + 12),
    chinese: !/\d/.test(numeral),
    unitName,
    unit: unitName === undefined ? undefined : (UNITS[unitName] ?? UNITS[unitName.toLowerCase()]),
    prefixed: groups.percentOf !== undefined || groups.currencyBefore !== undefined,
  };
}

/**
 * Numbers that are no quantity: true to skip one, or where to scan on from (a marker glued to a
 * year, `1.107年度`, is marker 1 and then the year 107); false for a quantity.
 */
function notQuantity(site: NumeralSite): boolean | number {
  const { numeral, before, after, chinese, groups, windowStart } = site;
  // Ordinals, document numbers and law articles: 第十職等, 第 1080029452 號, 第四條, 35th.
  if (/第\s*$/.test(before) || /^(?:st|nd|rd|th)\b/i.test(after)) return true;
  // Digits glued to Latin letters are names, not numbers: 4P, SOM1, COVID-19, G20.
  if (
    !chinese &&
    groups.currencyBefore === undefined &&
    (/[A-Za-z]-?$/.test(before) || /^[A-Za-z]/.test(after))
  )
    return true;
  // Item markers: `1. `, `2、`, `(1)`; `1.107年度` is marker 1 before the year 107.
  if (
    !chinese &&
    /^\d{1,2}\.\d{2,3}$/.test(numeral) &&
    isMarkerPosition(before, windowStart) &&
    /^\s*年/.test(after)
  ) {
    return site.numeralStart + numeral.indexOf(".") + 1;
  }
  if (site.prefixed || site.unit !== undefined) return false;
  if (
    !chinese &&
    isMarkerPosition(before, windowStart) &&
    /^\d{1,3}$/.test(numeral) &&
    /^\s*[.、](?!\d)/.test(after)
  )
    return true;
  return /[(（]\s*$/.test(before) && /^\s*[)）]/.test(after);
}

/** What a number is, from its unit, its prefix or the words around it; null for no quantity. */
function readingOf(site: NumeralSite, scan: string): Reading | null {
  const { groups, unit, unitName, chinese } = site;
  let reading: Reading | null;
  if (groups.percentOf !== undefined) reading = { kind: "percent", unit: "%", extra: 0 };
  else if (unit !== undefined && !(chinese && unit.arabicOnly)) {
    reading = { kind: unit.kind, unit: unitName ?? null, extra: 0 };
    if (unit.currency !== undefined) reading.currency = unit.currency;
    if (unitName === "名" && RANK_BEFORE.test(site.before)) reading.kind = "other";
  } else if (groups.currencyBefore !== undefined) {
    reading = { kind: "money", unit: groups.currencyBefore.trim(), extra: 0 };
  } else {
    reading = readUnitless(site.numeral, site.before, site.after, chinese);
    // English: the noun a number counts (63 countries, 112 members, 3 new cases).
    if (!chinese && reading !== null && reading.unit === null)
      reading = readEnglishUnit(reading, site.numeral, scan.slice(site.numeralEnd, site.numeralEnd + 40));
  }
  if (reading === null) return null;
  if (groups.currencyBefore !== undefined) {
    const prefix = groups.currencyBefore.trim();
    reading.kind = "money";
    const currency = CURRENCY_PREFIXES[prefix] ?? CURRENCY_PREFIXES[prefix.toUpperCase()];
    if (currency !== undefined) reading.currency = currency;
  }
  return reading;
}

function scanQuantities(text: string): Array<Quantity & { index: number }> {
  const scan = normalizeWidth(text); // same length as `text`, so spans map back one to one
  const quantities: Array<Quantity & { index: number }> = [];
  QUANTITY.lastIndex = 0;
  for (let match = QUANTITY.exec(scan); match !== null; match = QUANTITY.exec(scan)) {
    const site = siteOf(match, scan);
    const skip = notQuantity(site);
    if (typeof skip === "number") QUANTITY.lastIndex = skip;
    if (skip !== false) continue;
    const reading = readingOf(site, scan);
    if (reading === null) continue;
    const number = readNumeralValue(site.numeral);
    if (number === null) continue;
    // A number too large for a double (400 digits) is no quantity that can be stored or compared;
    // readers of a whole document warn about it (execution-report: quantity_too_large).
    if (!Number.isFinite(number)) continue;

    // Without a unit, the regex's trailing 餘/以上 may belong to a duration; recompute the end.
    const unitless = site.unit === undefined && !site.prefixed;
    const end = unitless ? site.numeralEnd + reading.extra : site.matchEnd;
    if (unitless) QUANTITY.lastIndex = Math.max(end, site.numeralEnd);
    const approximate =
      site.groups.approxBefore !== undefined ||
      /^\s*(?:餘|余|多)/.test(scan.slice(site.numeralEnd, end)) ||
      (!unitless && site.groups.approxAfter !== undefined);
    const quantity: Quantity & { index: number } = {
      value: number,
      unit: reading.unit,
      kind: reading.kind,
      raw: text.slice(site.start, end),
      index: site.start,
    };
    if (reading.currency !== undefined) quantity.currency = reading.currency;
    if (approximate) quantity.approximate = true;
    quantities.push(quantity);
  }
  return quantities;
}

/**
 * English: the noun an Arabic number counts (63 countries, 112 members, 3 new cases); "6.162
 * million" with no noun is a count (money would have a currency).
 */
function readEnglishUnit(reading: Reading, numeral: string, after: string): Reading {
  const noun = readEnglishNoun(after, numeral === "1");
  if (noun !== null) return { kind: kindOfNoun(noun.noun), unit: noun.noun, extra: noun.length };
  return SCALE_AT_END.test(numeral) ? { ...reading, kind: "count" } : reading;
}

function attachItemNumbers(text: string, found: Array<Quantity & { index: number }>): Quantity[] {
  const items = splitItems(text);
  const numbered = items.some((item) => item.number !== null);
  const starts: Array<{ at: number; number: number | null }> = [];
  if (numbered) {
    let cursor = 0;
    for (const item of items) {
      const at = text.indexOf(item.text, cursor);
      starts.push({ at: at < 0 ? cursor : at, number: item.number });
      cursor = at < 0 ? cursor : at;
    }
  }
  return found.map(({ index, ...quantity }) => {
    if (!numbered) return quantity;
    let itemNumber: number | null = null;
    for (const start of starts) if (start.at <= index) itemNumber = start.number;
    return { ...quantity, itemNumber };
  });
}

/**
 * The quantity a short text states, or null when it states none or several: `1 億 1,129 萬 5,690 元`
 * → `{ value: 111295690, unit: "元", kind: "money", currency: "TWD", raw }`.
 */
export function parseAmount(text: string): Quantity | null {
  const found = scanQuantities(text);
  if (LATIN_WORD.test(text)) found.push(...scanNumberWords(normalizeWidth(text)));
  if (found.length !== 1 || found[0] === undefined) return null;
  const { index: _index, ...quantity } = found[0];
  return quantity;
}
