import { decodeHtmlEntities, stripHtmlTags } from "./internal/html.js";
import { RADICAL_SUPPLEMENT } from "./internal/lookalikes.js";
import { UNIT, unitClassTest } from "./internal/units.js";
import { startsMarkedLine } from "./markers.js";

export { decodeHtmlEntities } from "./internal/html.js";

/**
 * Plain text from an HTML fragment: the boundaries of `<p>`, `<li>`, `<br>`, `<div>`, `<tr>` …
 * become paragraph breaks (a blank line), `<td>` a space, other tags disappear, entities are
 * decoded (`&nbsp;` → U+00A0). Runs until nothing changes, so doubly escaped input
 * (`&amp;lt;p&amp;gt;`) ends as text too.
 *
 * @example htmlToText("<p>一、目標</p><ol><li>1. 甲</li></ol>") // "\n\n一、目標\n\n1. 甲\n\n"
 */
export function htmlToText(html: string): string {
  let text = html;
  for (let pass = 0; pass < 8; pass++) {
    const next = decodeHtmlEntities(stripHtmlTags(text));
    if (next === text) break;
    text = next;
  }
  return text;
}

const KANGXI_OR_COMPATIBILITY = /[\u2f00-\u2fdf\uf900-\ufaff\u{2f800}-\u{2fa1f}]/gu;
const RADICAL_SUPPLEMENT_CHAR = /[\u2e80-\u2eff]/gu;

// A ligature that a PDF's ToUnicode gives as its letters each shifted up a byte (Ghostscript and
// some Word exports): ﬁ as U+6600 U+6900 "昀椀" (Speci昀椀c), ﬂ as "昀氀". Undone only inside a
// Latin word and only for the ligatures fonts have: 林昀 stays.
const SHIFTED_LETTERS = "\\u5400\\u6300\\u6600\\u6800\\u6900\\u6c00\\u7300\\u7400"; // T c f h i l s t
// Ghostscript writes a three-letter ligature as its first letter shifted and the other two shifted
// and added up: ﬃ as U+6600 U+CF00 (0x66, then 0x66 + 0x69: "O昀케ce"); ﬄ, by the same sum, as
// U+6600 U+D200.
const SUMMED = "\u6600[\ucf00\ud200]";
const SHIFTED_LIGATURE = new RegExp(
  `(?<=[A-Za-z])(?:${SUMMED}|[${SHIFTED_LETTERS}]{2,3})|(?:${SUMMED}|[${SHIFTED_LETTERS}]{2,3})(?=[A-Za-z])`,
  "gu",
);
// Any character one of the three rewrites below may change (a summed ligature opens with U+6600).
const MAY_BE_LOOKALIKE = new RegExp(
  `[\\u2e80-\\u2fdf\\uf900-\\ufaff\\u{2f800}-\\u{2fa1f}${SHIFTED_LETTERS}]`,
  "u",
);
const SUMMED_LIGATURES: ReadonlyMap<string, string> = new Map([
  ["\u6600\ucf00", "ffi"],
  ["\u6600\ud200", "ffl"],
]);
const LIGATURES = new Set(["ff", "fi", "fl", "ffi", "ffl", "ft", "st", "ct", "Th"]);
const SHIFTED_LETTER = new RegExp(`^[${SHIFTED_LETTERS}]+$`, "u");
const unshifted = (run: string): string => {
  const summed = SUMMED_LIGATURES.get(run);
  if (summed !== undefined) return summed;
  const letters = String.fromCharCode(...Array.from(run, (char) => (char.codePointAt(0) ?? 0) >> 8));
  return LIGATURES.has(letters) ? letters : run;
};

/**
 * The letters of one glyph whose ToUnicode gives a Latin ligature shifted up a byte (see above),
 * or its text unchanged: for a reader that knows the text is one glyph's, which tells a ligature
 * without the word around it ("昀椀elds" at a line's start, before the lines are joined).
 */
export function unshiftLigatureGlyph(text: string): string {
  if (text.length < 2 || text.length > 3) return text;
  return SUMMED_LIGATURES.has(text) || SHIFTED_LETTER.test(text) ? unshifted(text) : text;
}

/**
 * Replaces look-alike characters some PDF fonts emit with the ideographs they stand for:
 * Kangxi radicals (⼀ U+2F00 → 一, ⾏ → 行) and CJK compatibility ideographs through NFKC, and
 * CJK Radicals Supplement characters (⻑ → 長) through a table; and a Latin ligature given as
 * ideographs (Speci昀椀c → Specific, see above). Nothing else changes.
 */
export function normalizeLookalikes(text: string): string {
  // Most text holds none of them: one scan instead of three rewrites.
  if (!mayHoldLookalike(text)) return text;
  return text
    .replace(KANGXI_OR_COMPATIBILITY, (char) => char.normalize("NFKC"))
    .replace(RADICAL_SUPPLEMENT_CHAR, (char) => RADICAL_SUPPLEMENT[char] ?? char)
    .replace(SHIFTED_LIGATURE, unshifted);
}

// The full-width and half-width forms that change: all of U+FF01–FF5E and U+FF61–FF64 but the
// full-width punctuation the documents use as CJK punctuation, kept as written: ！（），：；？
const WIDTH_CHANGES_SOURCE =
  "[\\uff02-\\uff07\\uff0a\\uff0b\\uff0d-\\uff19\\uff1c-\\uff1e\\uff20-\\uff5e\\uff61-\\uff64]";
const WIDTH_CHANGES = new RegExp(WIDTH_CHANGES_SOURCE);
const WIDTH_CHANGES_ALL = new RegExp(WIDTH_CHANGES_SOURCE, "g");
const HALF_WIDTH_CJK: Readonly<Record<string, string>> = { "｡": "。", "｢": "「", "｣": "」", "､": "、" };

/**
 * Full-width ASCII (１２３, ＡＢＣ, ％, ．, ／) becomes ASCII; the CJK punctuation the documents
 * write full width (，：；！？（）) stays, and half-width CJK punctuation (｡｢｣､) becomes full width.
 */
export function normalizeWidth(text: string): string {
  // Most CJK text holds only the kept forms (，：（）): one test, no rewrite.
  if (!(hasUnitIn(text, UNIT.lookalike) && WIDTH_CHANGES.test(text))) return text;
  return text.replace(
    WIDTH_CHANGES_ALL,
    (char) => HALF_WIDTH_CJK[char] ?? String.fromCharCode(char.charCodeAt(0) - 0xfee0),
  );
}

/** Han characters, CJK punctuation and full-width forms: text that is never spaced inside words. */
const CJK = /[\p{Script=Han}\u3001-\u303f\uff01-\uff65\u2e80-\u2fdf]/u;
// Asked of the characters around every space and line break: each code unit's answer is kept
// once found (0 not asked yet, 1 no, 2 yes).
const CJK_UNITS = new Uint8Array(0x10000);

/** True for a CJK code point; a code unit alone (half a surrogate pair) is none. */
function isCjkCodePoint(codePoint: number): boolean {
  if (codePoint > 0xffff) return CJK.test(String.fromCodePoint(codePoint));
  if (CJK_UNITS[codePoint] === 0) CJK_UNITS[codePoint] = CJK.test(String.fromCharCode(codePoint)) ? 2 : 1;
  return CJK_UNITS[codePoint] === 2;
}

/** The text's first character (a code point) is CJK. */
const startsCjk = (text: string): boolean => text.length > 0 && isCjkCodePoint(text.codePointAt(0) ?? 0);
/** The text's last code unit is CJK (a text ending in a surrogate pair ends in none). */
const endsCjk = (text: string): boolean =>
  text.length > 0 && isCjkCodePoint(text.charCodeAt(text.length - 1));

// Brackets set close to the character they hold: `(十` in `(十 四)` is one spread character.
const OPENING_BRACKETS = /^[(（「『[]{1,2}/u;
const CLOSING_BRACKETS = /[)）」』\]]{1,2}$/u;
const isOneCodePoint = (text: string): boolean =>
  text.length === 1 || (text.length === 2 && (text.codePointAt(0) ?? 0) > 0xffff);
const isSingle = (word: string, bracket: RegExp): boolean =>
  word.length <= 4 && (isOneCodePoint(word) || isOneCodePoint(word.replace(bracket, "")));

/** The words of a line and the runs of spaces between them, as `line.split(/( +)/)` has them. */
function splitAtSpaces(line: string): string[] {
  // (By hand: a split at a capturing pattern takes V8's slow path, and every cell line goes here.)
  const parts: string[] = [];
  let from = 0;
  for (let space = line.indexOf(" "); space !== -1; space = line.indexOf(" ", from)) {
    let end = space;
    while (line.charCodeAt(end) === 0x20) end++;
    parts.push(line.slice(from, space), line.slice(space, end));
    from = end;
  }
  parts.push(line.slice(from));
  return parts;
}

/**
 * Undoes PDF letter-spacing (`研 議 強 化` → `研議強化`, `(十 四)` → `(十四)`): a space between two
 * CJK characters goes when the word on either side is a single CJK character (with its brackets).
 * Spaces between longer words (`法務部 監察院`) and around Latin letters and digits (`APEC 會議`,
 * `108 年`) stay.
 */
export function removeCjkLetterSpacing(line: string): string {
  if (!line.includes(" ")) return line;
  const parts = splitAtSpaces(line);
  if (parts.length < 3) return line;
  let out = parts[0] ?? "";
  for (let i = 1; i < parts.length; i += 2) {
    const before = parts[i - 1] ?? "";
    const after = parts[i + 1] ?? "";
    const letterSpaced = isSingle(before, OPENING_BRACKETS) || isSingle(after, CLOSING_BRACKETS);
    out += (letterSpaced && endsCjk(before) && startsCjk(after) ? "" : (parts[i] ?? "")) + after;
  }
  return out;
}

// A line ending like this ends a sentence or introduces a list: the break after it is real.
const SENTENCE_END = /[。！？；：!?;:]$/;
// (Tested on the last character only: a pattern anchored at the end is tried at every position.)
const endsSentence = (line: string): boolean => SENTENCE_END.test(line.slice(-1));
const SPACES = /[\t\v\f \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;
// Where SPACES would change a line: another space than " ", or two in a row (most lines: neither).
const SPACES_TO_FOLD = /[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]| {2}/;
// What htmlToText, normalizeLookalikes or normalizeWidth may change: without it, they change nothing.
const MAY_REWRITE = new RegExp(
  `[<&\\u2e80-\\u2fdf\\uf900-\\ufaff\\u{2f800}-\\u{2fa1f}${SHIFTED_LETTERS}]|${WIDTH_CHANGES_SOURCE}`,
  "u",
);
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
// Latin ligatures as their own code points (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ): pdftotext passes them through where
// pdf.js gives the letters (XeLaTeX's `Oﬀice`).
const LATIN_LIGATURE = /[\ufb00-\ufb06]/gu;
// What `rewrite` may change: without it, it changes nothing.
const MAY_CHANGE = new RegExp(
  `[\\r\\u2028\\u2029\\u0085\\u200b-\\u200d\\u2060\\ufeff\\u00ad\\ufb00-\\ufb06]|${MAY_REWRITE.source}`,
  "u",
);
const BLANK_LINES = /\n{3,}/g;
// (Odd spaces: SPACES but " " and the ASCII controls.)
const ODD_SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/u;
const hasUnitIn = unitClassTest([
  [UNIT.clean, MAY_CHANGE],
  [UNIT.space, SPACES_TO_FOLD],
  [UNIT.lookalike, MAY_BE_LOOKALIKE],
  [UNIT.lookalike, WIDTH_CHANGES],
  [UNIT.oddSpace, ODD_SPACE],
]);

const mayHoldLookalike = (text: string): boolean =>
  hasUnitIn(text, UNIT.lookalike) && MAY_BE_LOOKALIKE.test(text);

/** Where SPACES would change a line (a table of code units first: most lines hold neither). */
const mayFoldSpaces = (line: string, plain: boolean): boolean =>
  (line.includes("  ") || (!plain && hasUnitIn(line, UNIT.space))) && SPACES_TO_FOLD.test(line);

/**
 * True when `normalizeLookalikes` or `normalizeWidth` may change the text, or it holds an odd
 * space (no-break, ideographic, thin …): false for most text, told by one scan of its code units.
 */
export function mayFoldCharacters(text: string): boolean {
  return hasUnitIn(text, UNIT.lookalike | UNIT.oddSpace);
}

/**
 * Joins lines broken inside a sentence: a line break stays after sentence-final or introducing
 * punctuation (。！？；：), before a list marker (一、 (一) 1. ① …) and around blank lines; other
 * breaks go, with no space between CJK characters and one space otherwise.
 */
export function rejoinBrokenLines(text: string): string {
  return rejoinLines(text.split("\n"));
}

function rejoinLines(lines: readonly string[]): string {
  let out = "";
  let previous: string | undefined;
  for (const line of lines) {
    if (previous === undefined) out = line;
    else if (line === "" || previous === "" || endsSentence(previous) || startsMarkedLine(line)) {
      out += `\n${line}`;
    } else {
      const glue = endsCjk(previous) && startsCjk(line) ? "" : " ";
      out += glue + line;
    }
    // What decides the next break is the end of the joined line, which is this line's end.
    previous = line;
  }
  return out;
}

/**
 * Cleans text extracted from a PDF or an HTML-ish table cell for parsing and matching: strips tags
 * and decodes entities, maps look-alike radicals to ideographs, normalizes full-width ASCII (keeping
 * CJK punctuation), turns tabs and odd spaces into one space, undoes CJK letter-spacing, rejoins
 * lines broken inside sentences, keeps at most one blank line, and trims. Idempotent. Meant for a
 * cell or a paragraph: tabs between table cells do not survive.
 *
 * @example cleanText("<p>研 議 強 化</p><p>跨國行賄&nbsp;執法</p>") // "研議強化\n\n跨國行賄 執法"
 */
export function cleanText(text: string): string {
  // Line-end variants, markup, entities, look-alikes, widths, invisible characters and spaces
  // other than " " are rare: one scan tells most cells, which skip their passes and have no line
  // to ask again; a cell of one line has no lines to rejoin.
  const plain = !hasUnitIn(text, UNIT.clean | UNIT.space);
  const cleaned = !plain && hasUnitIn(text, UNIT.clean) && MAY_CHANGE.test(text) ? rewrite(text) : text;
  if (!cleaned.includes("\n")) return cleanLine(cleaned, plain).trim();
  const lines = cleaned.split("\n");
  for (let index = 0; index < lines.length; index++) lines[index] = cleanLine(lines[index] ?? "", plain);
  const joined = rejoinLines(lines);
  return (joined.includes("\n\n\n") ? joined.replace(BLANK_LINES, "\n\n") : joined).trim();
}

/**
 * Line ends as `\n`, markup, entities, look-alikes and widths rewritten, invisible characters gone,
 * Latin ligatures given as their letters.
 */
function rewrite(text: string): string {
  let cleaned = text.replace(/\r\n?|[\u2028\u2029\u0085]/g, "\n");
  for (let pass = 0; pass < 8 && MAY_REWRITE.test(cleaned); pass++) {
    const next = normalizeWidth(normalizeLookalikes(htmlToText(cleaned)));
    if (next === cleaned) break;
    cleaned = next;
  }
  return cleaned.replace(INVISIBLE, "").replace(LATIN_LIGATURE, (char) => char.normalize("NFKC"));
}

/** A line's spaces folded, the line trimmed, its CJK letter-spacing undone (`plain`: its text has no space but " "). */
const cleanLine = (line: string, plain: boolean): string =>
  removeCjkLetterSpacing((mayFoldSpaces(line, plain) ? line.replace(SPACES, " ") : line).trim());
