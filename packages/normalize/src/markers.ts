import { normalizeWidth } from "./clean.js";
import { CIRCLED_NUMBERS, PARENTHESIZED_IDEOGRAPHS, PARENTHESIZED_NUMBERS } from "./internal/patterns.js";
import { parseNumber } from "./numbers.js";

/**
 * The marker styles of the documents, outermost first as the plan nests them:
 * 壹、 > 一、 > (一) > 1. > (1) > ①; `roman` is the English edition's IV., `bullet` is - • ●.
 */
export const LIST_MARKER_STYLES = [
  "financial",
  "chinese",
  "chinese-parenthesized",
  "arabic",
  "arabic-parenthesized",
  "circled",
  "roman",
  "bullet",
] as const;
export type ListMarkerStyle = (typeof LIST_MARKER_STYLES)[number];

/** A list marker at the start of a text: its style, its number (null for bullets), its exact text. */
export interface ListMarker {
  style: ListMarkerStyle;
  number: number | null;
  /** The marker as written, with the space after it: `"(十二) "`, `"1. "`, `"①"`. */
  raw: string;
}

const ROMAN: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
function parseRoman(text: string): number | null {
  const upper = text.toUpperCase();
  if (!/^(?:X{0,3})(?:IX|IV|V?I{0,3})$/.test(upper) || upper === "") return null;
  let total = 0;
  for (let i = 0; i < upper.length; i++) {
    const value = ROMAN[upper[i] ?? ""] ?? 0;
    const next = ROMAN[upper[i + 1] ?? ""] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

const CN_NUMERALS = "〇零一二兩三四五六七八九十百";
const CN_NUMBER = `[${CN_NUMERALS}]+`;
// Financial numerals as section markers, Simplified forms too (贰、目标 in a Simplified copy).
const FINANCIAL_NUMERALS = "壹貳贰參叁参肆伍陸陆柒捌玖拾";
const FINANCIAL_NUMBER = `[${FINANCIAL_NUMERALS}]+`;
const BULLETS = "•●○■□◆◇▪‧・";
// Each pattern is anchored at the start; the lookaheads keep 1.5, 1,000 and 107年 out. `opens`:
// the characters it can start with (a text starting otherwise is not tried on it).
const BRACKETS = "(（";
const DIGITS = "0123456789";
const MARKER_PATTERNS: ReadonlyArray<{ style: ListMarkerStyle; opens: string; pattern: RegExp }> = [
  { style: "financial", opens: FINANCIAL_NUMERALS, pattern: new RegExp(`^(${FINANCIAL_NUMBER})、\\s*`, "u") },
  // 一、 and, in some reports, 一. / 一．
  {
    style: "chinese",
    opens: CN_NUMERALS,
    pattern: new RegExp(`^(${CN_NUMBER})\\s*(?:、|[.．](?!\\d))\\s*`, "u"),
  },
  {
    style: "chinese-parenthesized",
    opens: BRACKETS,
    pattern: new RegExp(`^[(（]\\s*(${CN_NUMBER})\\s*[)）]\\s*`, "u"),
  },
  {
    style: "chinese-parenthesized",
    opens: PARENTHESIZED_IDEOGRAPHS,
    pattern: new RegExp(`^([${PARENTHESIZED_IDEOGRAPHS}])\\s*`, "u"),
  },
  { style: "arabic-parenthesized", opens: BRACKETS, pattern: /^[(（]\s?(\d{1,3})\s?[)）]\s*/u },
  {
    style: "arabic-parenthesized",
    opens: PARENTHESIZED_NUMBERS,
    pattern: new RegExp(`^([${PARENTHESIZED_NUMBERS}])\\s*`, "u"),
  },
  {
    style: "arabic",
    opens: DIGITS,
    pattern: /^(\d{1,3})(?:[.．](?!\d)|[.．](?=\d{2,3}\s*年)|、|\)(?!\d))\s*/u,
  },
  { style: "circled", opens: CIRCLED_NUMBERS, pattern: new RegExp(`^([${CIRCLED_NUMBERS}])\\s*`, "u") },
  { style: "roman", opens: "IVX", pattern: /^([IVX]{1,6})\.\s+/u },
  // A hyphen or an asterisk is a bullet only before a space (Markdown); the others also without.
  { style: "bullet", opens: `${BULLETS}-*`, pattern: new RegExp(`^([${BULLETS}])\\s*|^([-*])\\s+`, "u") },
];

// The characters a marker opens with (after normalizeWidth): a text that opens with none of them
// is no list item, told without running the patterns (most lines of a document are asked).
const MARKER_FIRST = new Set(MARKER_PATTERNS.flatMap(({ opens }) => [...opens]));
// Per character a marker opens with (all in the BMP: one code unit), the patterns it can open, in
// MARKER_PATTERNS' order: a text is tried on those alone.
const PATTERNS_OPENED_BY = new Map<number, typeof MARKER_PATTERNS>(
  [...MARKER_FIRST].map((char) => [
    char.charCodeAt(0),
    MARKER_PATTERNS.filter(({ opens }) => opens.includes(char)),
  ]),
);
const NO_PATTERNS: typeof MARKER_PATTERNS = [];

// Asked of nearly every line: each code unit's answer is kept once found (0 not asked yet, 1 no, 2 yes).
const OPENS_MARKER = new Uint8Array(0x10000);

function opensMarker(unit: number): boolean {
  if (OPENS_MARKER[unit] === 0)
    OPENS_MARKER[unit] = MARKER_FIRST.has(normalizeWidth(String.fromCharCode(unit))) ? 2 : 1;
  return OPENS_MARKER[unit] === 2;
}

// A document's markers are few (一 … 二十, 1 … 99), and numerals are read with exact decimals
// (slow beside a look-up): each style and token read once. Bounded, against hostile input.
// Per style, per token (no key string made per look-up).
const MARKER_NUMBERS = new Map<ListMarkerStyle, Map<string, number | null>>();
const MARKER_NUMBERS_MAX = 4096;
let markerNumbersSize = 0;

function knownMarkerNumber(style: ListMarkerStyle, token: string): number | null {
  let byToken = MARKER_NUMBERS.get(style);
  if (!byToken) {
    byToken = new Map();
    MARKER_NUMBERS.set(style, byToken);
  }
  const known = byToken.get(token);
  if (known !== undefined) return known;
  const number = markerNumber(style, token);
  if (markerNumbersSize < MARKER_NUMBERS_MAX) {
    byToken.set(token, number);
    markerNumbersSize++;
  }
  return number;
}

function markerNumber(style: ListMarkerStyle, token: string): number | null {
  switch (style) {
    case "circled":
      return [...CIRCLED_NUMBERS].indexOf(token) + 1;
    case "arabic-parenthesized":
      return PARENTHESIZED_NUMBERS.includes(token)
        ? [...PARENTHESIZED_NUMBERS].indexOf(token) + 1
        : Number(token);
    case "chinese-parenthesized":
      return PARENTHESIZED_IDEOGRAPHS.includes(token)
        ? [...PARENTHESIZED_IDEOGRAPHS].indexOf(token) + 1
        : parseNumber(token);
    case "roman":
      return parseRoman(token);
    case "bullet":
      return null;
    default:
      return parseNumber(token);
  }
}

/**
 * The list marker a text starts with (after leading spaces), or null: 壹、 一、 (一) （十二） 1. 1、
 * (1) ① ⑴ IV. and bullets (● ■ …, `- ` and `* `). Decimals (1.5), dates (107年1月) and 第四條
 * are not markers. This module is the one place list markers are recognised.
 *
 * @example parseListMarker("(十二) 研議強化") // { style: "chinese-parenthesized", number: 12, raw: "(十二) " }
 */
export function parseListMarker(text: string): ListMarker | null {
  const leading = leadingWhiteSpace(text);
  if (leading === text.length || !opensMarker(text.charCodeAt(leading))) return null;
  return parenthesizedNumeral(text, leading) ?? matchListMarker(text, leading);
}

const CN_NUMERAL_UNITS = new Set([...CN_NUMERALS].map((char) => char.charCodeAt(0)));
// Per code unit: normalizeWidth makes it white space (0 not asked yet, 1 no, 2 yes).
const WHITE_WHEN_NORMALIZED = new Uint8Array(0x10000);

function whiteWhenNormalized(unit: number): boolean {
  if (WHITE_WHEN_NORMALIZED[unit] === 0)
    WHITE_WHEN_NORMALIZED[unit] = WHITE_SPACE.test(normalizeWidth(String.fromCharCode(unit))) ? 2 : 1;
  return WHITE_WHEN_NORMALIZED[unit] === 2;
}

/**
 * The marker `(一)` / `（十二）` read by hand on the raw text, as the chinese-parenthesized
 * pattern reads it: most markers of the documents are such, and are told without a head
 * normalized and patterns run. Every unit it reads is one normalizeWidth keeps (or turns into
 * another the pattern takes alike). Anything else (white space inside the brackets or other than
 * " " after them, a token with no number) is left to the patterns: undefined.
 */
function parenthesizedNumeral(text: string, leading: number): ListMarker | undefined {
  const open = text.charCodeAt(leading);
  if (open !== 0x28 && open !== 0xff08) return undefined;
  let at = leading + 1;
  while (at < text.length && CN_NUMERAL_UNITS.has(text.charCodeAt(at))) at++;
  const close = text.charCodeAt(at);
  if (at === leading + 1 || (close !== 0x29 && close !== 0xff09)) return undefined;
  const token = text.slice(leading + 1, at);
  at++;
  while (at < text.length && text.charCodeAt(at) === 0x20) at++;
  if (at < text.length && whiteWhenNormalized(text.charCodeAt(at))) return undefined;
  const number = knownMarkerNumber("chinese-parenthesized", token);
  return number === null
    ? undefined
    : { style: "chinese-parenthesized", number, raw: text.slice(leading, at) };
}

// What trimStart drops (white space and line terminators): what \s matches. Each code unit past
// ASCII asked of the pattern once (0 not asked yet, 1 no, 2 yes).
const WHITE_SPACE = /\s/u;
const WHITE_UNITS = new Uint8Array(0x10000);

/**
 * How many code units of white space a text opens with (`text.length - text.trimStart().length`,
 * counted in place: nearly every cell and line is asked, most with none, and trimStart made a copy).
 */
function leadingWhiteSpace(text: string): number {
  let at = 0;
  for (; at < text.length; at++) {
    const unit = text.charCodeAt(at);
    if (unit === 0x20 || (unit >= 9 && unit <= 13)) continue;
    if (unit < 0xa0) break;
    if (WHITE_UNITS[unit] === 0) WHITE_UNITS[unit] = WHITE_SPACE.test(String.fromCharCode(unit)) ? 2 : 1;
    if (WHITE_UNITS[unit] !== 2) break;
  }
  return at;
}

// What the patterns read past a marker's first character: numerals, digits, brackets, the
// punctuation after a number, Roman numerals and white space (all in the BMP), then one character
// more (the one that ends the run: `年` of `108.12 年`, the text after `1. `).
const MARKER_RUN_UNIT = new RegExp(`^[\\s\\d${CN_NUMERALS}${FINANCIAL_NUMERALS}IVX()（）、.．]$`, "u");
// Each code unit's answer kept once found (0 not asked yet, 1 no, 2 yes): asked of every head.
const IN_MARKER_RUN = new Uint8Array(0x10000);
// Characters of a text's head normalized for the patterns: a marker is short (`(十二) `; a longer
// run reads the whole text, see markerHead).
const HEAD = 16;

function inMarkerRun(unit: number): boolean {
  if (IN_MARKER_RUN[unit] === 0)
    IN_MARKER_RUN[unit] = MARKER_RUN_UNIT.test(String.fromCharCode(unit)) ? 2 : 1;
  return IN_MARKER_RUN[unit] === 2;
}

const isLineTerminator = (unit: number): boolean =>
  unit === 0x0a || unit === 0x0d || unit === 0x2028 || unit === 0x2029;

/**
 * How far the head's first character (any but a line break: a surrogate pair is one) and the
 * marker run after it reach, in code units; 0 for an empty head or one opening with a line break.
 */
function markerRunLength(head: string): number {
  const first = head.charCodeAt(0);
  if (Number.isNaN(first) || isLineTerminator(first)) return 0;
  const pair = first >= 0xd800 && first <= 0xdbff && (head.charCodeAt(1) & 0xfc00) === 0xdc00;
  let at = pair ? 2 : 1;
  while (at < head.length && inMarkerRun(head.charCodeAt(at))) at++;
  return at;
}

/**
 * The text from `leading` on, normalized as the patterns read it (`normalizeWidth`, which maps
 * each character to one). Only its head where the patterns cannot read past that (every
 * character they take is in the marker run, and the run ends well inside the head): a cell's
 * whole text is asked, and most are long.
 */
function markerHead(text: string, leading: number): string {
  if (text.length - leading <= HEAD) return normalizeWidth(text.slice(leading));
  const head = normalizeWidth(text.slice(leading, leading + HEAD));
  return markerRunLength(head) + 2 < head.length ? head : normalizeWidth(text.slice(leading));
}

/**
 * The marker at `leading` (past the leading spaces) by the patterns, tried in order: those the
 * text's first character can open, on the text's head (see markerHead), or `every` one on the
 * whole text (the plain way, for tests to check against).
 */
export function matchListMarker(text: string, leading: number, every = false): ListMarker | null {
  const body = every ? normalizeWidth(text.slice(leading)) : markerHead(text, leading);
  const tried = every ? MARKER_PATTERNS : (PATTERNS_OPENED_BY.get(body.charCodeAt(0)) ?? NO_PATTERNS);
  for (const { style, pattern } of tried) {
    const match = pattern.exec(body);
    const token = match?.[1] ?? match?.[2];
    if (match === null || token === undefined) continue;
    const number = knownMarkerNumber(style, token);
    if (style !== "bullet" && number === null) continue;
    return { style, number, raw: text.slice(leading, leading + match[0].length) };
  }
  return null;
}

/** The style of the marker a text starts with, or null when it starts no list item. */
export function listMarkerStyleOf(text: string): ListMarkerStyle | null {
  return parseListMarker(text)?.style ?? null;
}

/** The marker style most of the texts start with (ties: the first met), or null for none. */
export function dominantListMarkerStyle(texts: readonly string[]): ListMarkerStyle | null {
  const counts = new Map<ListMarkerStyle, number>();
  for (const text of texts) {
    const style = listMarkerStyleOf(text);
    if (style) counts.set(style, (counts.get(style) ?? 0) + 1);
  }
  let best: ListMarkerStyle | null = null;
  let bestCount = 0;
  for (const [style, count] of counts) {
    if (count > bestCount) {
      best = style;
      bestCount = count;
    }
  }
  return best;
}

// Line starts that keep a line break besides list markers: lower-case Roman numerals (iv. ) and
// Markdown headings.
const OTHER_LINE_START = /^(?:[ivx]{1,6}\.\s|#{1,6} )/u;

/**
 * True when a line starts a list item or a heading, so a break before it is a real break (used by
 * `rejoinBrokenLines`): any list marker, a lower-case Roman numeral, a Markdown heading.
 */
export function startsMarkedLine(line: string): boolean {
  return listMarkerStyleOf(line) !== null || OTHER_LINE_START.test(line);
}
