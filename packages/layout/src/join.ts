import { parseListMarker } from "@lianzheng/normalize";

// Han, CJK punctuation, full-width forms, kana, corner brackets: never a space next to them.
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u30a0-\u30ff\u3040-\u309f]/u;
// Asked at every line joined: each code unit's answer is kept once found (0 not asked yet, 1 no, 2 yes).
const CJK_UNITS = new Uint8Array(0x10000);

function isCjk(codePoint: number): boolean {
  if (codePoint > 0xffff) return CJK.test(String.fromCodePoint(codePoint));
  if (CJK_UNITS[codePoint] === 0) CJK_UNITS[codePoint] = CJK.test(String.fromCharCode(codePoint)) ? 2 : 1;
  return CJK_UNITS[codePoint] === 2;
}

/** The last character of a non-empty text (a surrogate pair as one code point, as /u reads it). */
function lastCodePoint(text: string): number {
  const last = text.charCodeAt(text.length - 1);
  const high = text.length > 1 ? text.charCodeAt(text.length - 2) : 0;
  const paired = last >= 0xdc00 && last <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  return paired ? (high - 0xd800) * 0x400 + (last - 0xdc00) + 0x10000 : last;
}
// Text that hugs what comes before it.
const CLOSING_START = /^[,.;:!?)\]}%、，。；：！？）]/u;
const OPENING_END = /[([{/-]$/u;
// A line that ends like this ends its paragraph (Chinese and English sentence ends, colons).
const PARAGRAPH_END = /[。！？；：:;!?.]$/u;
// The end-anchored patterns are tested on the last two code units only (a surrogate pair at
// most): tested on the whole text, each join would rescan the paragraph built so far, and a long
// document would join in quadratic time.
const end = (text: string): string => text.slice(-2);
const VISIBLE = /\S/u;
// Most texts start with a visible character (ASCII, or CJK past the ideographic space): told
// without the pattern.
const hasText = (text: string): boolean => {
  const first = text.charCodeAt(0);
  return (first > 0x20 && first < 0x7f) || (first > 0x3000 && first !== 0xfeff) || VISIBLE.test(text);
};

/**
 * Joins a line to the line it was wrapped from: no space between CJK characters (or next to
 * CJK punctuation), one space between words, none before closing punctuation.
 *
 * @example joinWrapped("政治獻金會", "計報告書") // "政治獻金會計報告書"
 * @example joinWrapped("The Ministry of", "Justice") // "The Ministry of Justice"
 */
export function joinWrapped(before: string, after: string): string {
  const left = before.trimEnd();
  const right = after.trimStart();
  if (!left) return right;
  if (!right) return left;
  return hugs(end(left), right) ? left + right : `${left} ${right}`;
}

/** Text wrapped onto a line after one ending in `leftEnd` (its last two code units) joins it with no space. */
function hugs(leftEnd: string, right: string): boolean {
  return (
    isCjk(lastCodePoint(leftEnd)) ||
    isCjk(right.codePointAt(0) ?? 0) ||
    CLOSING_START.test(right) ||
    OPENING_END.test(leftEnd)
  );
}

/** True when a text starts a new list item or bullet (`1.`, `(二)`, `一、`, `- `, `●` …). */
export function startsNewItem(text: string): boolean {
  return parseListMarker(text) !== null;
}

/**
 * Joins the rest of a table cell that a page break cut off: on a new line when the rest starts a
 * new list item, else as a wrapped line (the break fell inside a sentence or a word).
 */
export function joinCellContinuation(before: string, after: string): string {
  if (!hasText(before)) return after.trim();
  if (!hasText(after)) return before.trim();
  return startsNewItem(after) ? `${before.trimEnd()}\n${after.trim()}` : joinWrapped(before, after);
}

/**
 * Joins a paragraph that stands on its own line to the text above it: on a new line when the
 * text above ends a sentence (or a heading-like colon) or the paragraph starts a list item, else
 * as a wrapped line (an extraction broke a sentence across lines).
 */
export function joinParagraph(before: string, after: string): string {
  if (!hasText(before)) return after.trim();
  if (!hasText(after)) return before.trim();
  const left = before.trimEnd();
  // (The end first: a look at two units, where a list marker is looked for by patterns.)
  if (PARAGRAPH_END.test(end(left)) || startsNewItem(after)) return `${left}\n${after.trim()}`;
  return joinWrapped(before, after);
}

/** Non-empty and without white space at either end (as `trim()` sees it). */
const isTrimmed = (text: string): boolean => text.length > 0 && text.trim() === text;

/**
 * The texts joined in turn as `joinParagraph` joins two (`texts.reduce(joinParagraph, "")`),
 * built once: a text grown join by join is read at both ends at every join, and a string made of
 * joins is copied whole each time it is read so. Texts already trimmed (a column's cell lines)
 * are joined by their ends alone; any other list goes join by join.
 *
 * @example joinParagraphs(["政治獻金會", "計報告書。", "2. 每年提報"]) // "政治獻金會計報告書。\n2. 每年提報"
 */
export function joinParagraphs(texts: readonly string[]): string {
  // (Most cells are one line: joined to nothing, it is itself, trimmed.)
  if (texts.length === 1) return (texts[0] ?? "").trim();
  if (!texts.every(isTrimmed)) return texts.reduce(joinParagraph, "");
  const parts: string[] = [];
  // The joined text's last two code units: all a join looks at before the next text.
  let tail = "";
  for (const text of texts) {
    if (parts.length > 0) {
      const glue = PARAGRAPH_END.test(tail) || startsNewItem(text) ? "\n" : hugs(tail, text) ? "" : " ";
      if (glue) parts.push(glue);
      tail = text.length >= 2 ? text.slice(-2) : (tail + glue + text).slice(-2);
    } else tail = text.slice(-2);
    parts.push(text);
  }
  return parts.join("");
}
