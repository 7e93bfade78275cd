import { createWarning, type Warning } from "@lianzheng/model";
import type { RawBlock, RawDocument, RawRow } from "./types.js";

// A word broken at a line end after a hyphen, in every reader (PDF lines, pdftotext -layout cells):
// the reader marks the place while joining lines, and once the whole document is read its own
// spellings decide whether the hyphen was the typesetter's or the word's.

/**
 * Where a line ending in a hyphen after a letter wraps onto a lower-case letter (or an
 * upper-case one after a capital: an acronym), the word was broken there: by the typesetter (TeX
 * hyphenates: `Strat-` / `egy`), or at its own hyphen (`anti-` / `corruption`). The join marks the
 * place with this character (a soft hyphen, which a text layer also gives for a typesetter's
 * break) until the whole document can tell which (`resolveLineEndHyphens`).
 */
export const LINE_END_HYPHEN = "\u00ad";

/**
 * Where a line that is one word reaching the line's end goes on with a lower-case letter, the
 * producer may have cut the word for want of room (a word wider than its column, no hyphen: Word,
 * LibreOffice) or wrapped between two words. The join marks the place with this character (a
 * word joiner) until the whole document can tell: it spells the two parts as one word elsewhere,
 * or not (`resolveLineEndHyphens`).
 */
export const LINE_END_CUT = "\u2060";

/** True when `left` (a line, trimmed at its end) ends in a word broken after a hyphen that `right` goes on with. */
export const isBrokenWord = (left: string, right: string): boolean =>
  (/\p{L}[-\u00ad]$/u.test(left.slice(-2)) && /^\p{Ll}/u.test(right)) ||
  // An acronym hyphenated (UN-|CAC), not a compound of words (Cross-|Strait).
  (/\p{Lu}[-\u00ad]$/u.test(left.slice(-2)) && /^\p{Lu}/u.test(right));

/**
 * The lines of one cell or paragraph (each trimmed) with every word broken after a hyphen across
 * two of them joined into one line, the place marked by LINE_END_HYPHEN: `["dis-", "posal."]` →
 * `["dis\u00adposal."]`. The lines are the input itself when none is broken.
 */
export function markBrokenWords(lines: readonly string[]): readonly string[] {
  let out: string[] | undefined;
  for (let i = 1; i < lines.length; i++) {
    const left = (out ? out.at(-1) : lines[i - 1]) as string;
    const right = lines[i] as string;
    // (Most lines end otherwise: told by one character before the patterns.)
    const end = left.charCodeAt(left.length - 1);
    if ((end === 0x2d || end === 0xad) && isBrokenWord(left, right)) {
      out ??= lines.slice(0, i);
      out[out.length - 1] = `${left.slice(0, -1)}${LINE_END_HYPHEN}${right}`;
    } else out?.push(right);
  }
  return out ?? lines;
}

/**
 * The lines of one cell (each trimmed) with every place where the producer may have cut a word
 * with no hyphen joined and marked by LINE_END_CUT: a line ending in a Latin letter that `isFull`
 * says fills its column, the next opening with a lower-case letter, or with a capital after a
 * capital (`treaties/agreeme` / `nts`, `參加 FATF/AP` / `G 評鑑員`: LibreOffice cuts a word
 * wider than the room left, also inside CJK text). `resolveLineEndHyphens` decides each by the
 * document's own words. `isFull` (given the cell's lines, and the line after) is asked only of
 * such lines; a reader may also count the place where the line after is the cut word's rest and
 * fills the column itself (pandoc cuts a word too long for its column from the right: `trea` /
 * `ties/agreements`).
 */
export function markCutWords(
  lines: readonly string[],
  isFull: (line: string, lines: readonly string[], next: string) => boolean,
): readonly string[] {
  let out: string[] | undefined;
  for (let i = 1; i < lines.length; i++) {
    // (The line as set, not as joined so far: a joined line is no measure of a full one.)
    const left = lines[i - 1] as string;
    const right = lines[i] as string;
    if (mayBeCut(left, right) && isFull(left, lines, right)) {
      out ??= lines.slice(0, i);
      out[out.length - 1] = `${out.at(-1)}${LINE_END_CUT}${right}`;
    } else out?.push(right);
  }
  return out ?? lines;
}

const LATIN_LETTER = /\p{Script=Latin}/u;
const LOWER = /^\p{Ll}/u;
const UPPER = /^\p{Lu}/u;

/** A line ending in a Latin letter and the next opening with a letter the word may go on with. */
function mayBeCut(left: string, right: string): boolean {
  // (Most lines end otherwise: told by the last code unit before the patterns.)
  const end = left.charCodeAt(left.length - 1);
  if (end < 0x41 || (end > 0x5a && end < 0x61) || (end > 0x7a && end < 0xc0) || end > 0x24f) return false;
  const last = left.at(-1) as string;
  if (!LATIN_LETTER.test(last)) return false;
  return LOWER.test(right) || (UPPER.test(last) && UPPER.test(right));
}

// A word the joins marked as broken at a line end after a hyphen (see LINE_END_HYPHEN): its part
// before the break and after it, letters and digits only. The part after is looked at, not taken:
// it may be broken again at the next line's end (`anti-` / `corruption-` / `related` in a narrow
// column), where it is the part before.
const BROKEN = /([\p{L}\p{N}]+)\u00ad(?=([\p{L}\p{N}]+))/gu;
// A word the joins marked as cut at a line end with no hyphen (see LINE_END_CUT): Latin letters
// and digits (a Latin word inside CJK text runs into the ideographs beside it: `參加FATF/AP` / `G評鑑員`).
const CUT = /([\p{Script=Latin}\p{N}]+)\u2060(?=([\p{Script=Latin}\p{N}]+))/gu;
// Words broken or cut at line ends, all their parts: no word of the document's own spelling.
const BROKEN_WORDS = /[\p{L}\p{N}]+(?:\u00ad[\p{L}\p{N}]+)+/gu;
const CUT_WORDS = /[\p{Script=Latin}\p{N}]+(?:\u2060[\p{Script=Latin}\p{N}]+)+/gu;
const WORD = /[\p{L}\p{N}]+/gu;
const LATIN_WORD = /[\p{Script=Latin}\p{N}]+/gu;
const COMPOUND = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu;
// Words shown in a warning's message, at most.
const SHOWN = 8;

/** What the rest of the document says of one broken word. */
type Evidence = "joined" | "hyphenated" | "none";

/** Every text of a raw document, in order, with a way to set it. */
function* textsOf(blocks: RawBlock[]): Generator<{ text: string; set(text: string): void }> {
  const cells = function* (rows: RawRow[] | undefined) {
    for (const row of rows ?? [])
      for (const cell of row.cells)
        yield {
          text: cell.text,
          set: (text: string) => {
            cell.text = text;
          },
        };
  };
  for (const block of blocks) {
    if (block.kind !== "table") {
      yield {
        text: block.text,
        set: (text) => {
          block.text = text;
        },
      };
      continue;
    }
    const header = block.header;
    if (header)
      for (const [i, text] of header.entries())
        yield {
          text,
          set: (next) => {
            header[i] = next;
          },
        };
    yield* cells(block.headerRows);
    yield* cells(block.rows);
  }
}

/** Some text of the blocks (those `textsOf` gives) holds `mark`. */
function anyTextHolds(blocks: readonly RawBlock[], mark: string): boolean {
  for (const block of blocks) {
    if (block.kind !== "table") {
      if (block.text.includes(mark)) return true;
      continue;
    }
    for (const text of block.header ?? []) if (text.includes(mark)) return true;
    if (anyCellHolds(block.headerRows, mark) || anyCellHolds(block.rows, mark)) return true;
  }
  return false;
}

function anyCellHolds(rows: readonly RawRow[] | undefined, mark: string): boolean {
  for (const row of rows ?? []) for (const cell of row.cells) if (cell.text.includes(mark)) return true;
  return false;
}

/** The document's words (lower case) and its hyphenated pairs (`anti-corruption`), broken words left out. */
function vocabulary(texts: readonly string[]): {
  words: Set<string>;
  latinWords: Set<string>;
  pairs: Set<string>;
} {
  const words = new Set<string>();
  const latinWords = new Set<string>();
  const pairs = new Set<string>();
  for (const text of texts) {
    const whole = text.replace(BROKEN_WORDS, " ").replace(CUT_WORDS, " ").toLowerCase();
    for (const [word] of whole.matchAll(WORD)) words.add(word);
    for (const [word] of whole.matchAll(LATIN_WORD)) latinWords.add(word);
    for (const [compound] of whole.matchAll(COMPOUND)) {
      const parts = compound.split("-");
      for (let i = 0; i + 1 < parts.length; i++) pairs.add(`${parts[i]}-${parts[i + 1]}`);
    }
  }
  return { words, latinWords, pairs };
}

/**
 * Decides each word broken at a line end after a hyphen (marked by the joins): the typesetter's
 * hyphen goes (`Strat-egy` → `Strategy`), the word's own stays (`anti-corruption`). The rest of
 * the document decides where it spells the word one way only; where it does not, the document's
 * own habit does: one whose evidence says it hyphenates words at line ends (TeX, Word with
 * automatic hyphenation) loses the hyphen, any other keeps it. Where the document hyphenates
 * some words, a warning names those so decided; where it hyphenates none, every such hyphen is
 * the word's own (Chromium, LibreOffice and WeasyPrint break only at a word's own hyphen).
 */
export function resolveLineEndHyphens(doc: RawDocument): RawDocument {
  return resolveHyphens(resolveCuts(doc));
}

/**
 * Decides each word cut at a line end with no hyphen (marked by the joins): one word where the
 * document spells the two parts as one elsewhere (`agreeme` / `nts`), two words otherwise
 * (`international` / `cooperation`, a wrap).
 */
function resolveCuts(doc: RawDocument): RawDocument {
  if (!anyTextHolds(doc.blocks, LINE_END_CUT)) return doc;
  const texts = [...textsOf(doc.blocks)];
  const { latinWords } = vocabulary(texts.map((slot) => slot.text));
  let joined = 0;
  for (const slot of texts.filter((s) => s.text.includes(LINE_END_CUT))) {
    const text = slot.text.replace(CUT, (_, left: string, right: string) => {
      const whole = latinWords.has((left + right).toLowerCase());
      if (whole) joined++;
      return whole ? left : `${left} `;
    });
    // A mark not between two words (none the joins make) is a space, as a wrap is.
    slot.set(text.replaceAll(LINE_END_CUT, " "));
  }
  const warning = createWarning(
    "line_end_cuts_joined",
    `${joined} word(s) cut at a line end with no hyphen were joined: the document spells them whole elsewhere`,
  );
  return joined > 0 ? { ...doc, warnings: [...doc.warnings, warning] } : doc;
}

function resolveHyphens(doc: RawDocument): RawDocument {
  // (Most documents have no such word: told by a look at their texts, no slot made for each.)
  if (!anyTextHolds(doc.blocks, LINE_END_HYPHEN)) return doc;
  const texts = [...textsOf(doc.blocks)];
  const slots = texts.filter((slot) => slot.text.includes(LINE_END_HYPHEN));
  if (slots.length === 0) return doc;
  const { words, pairs } = vocabulary(texts.map((slot) => slot.text));
  const evidenceOf = (left: string, right: string): Evidence => {
    const [l, r] = [left.toLowerCase(), right.toLowerCase()];
    const joined = words.has(l + r);
    const hyphenated = pairs.has(`${l}-${r}`);
    return joined === hyphenated ? "none" : joined ? "joined" : "hyphenated";
  };
  const tally = { joined: 0, hyphenated: 0, none: 0 };
  for (const slot of slots)
    for (const [, left, right] of slot.text.matchAll(BROKEN))
      tally[evidenceOf(left as string, right as string)]++;
  const hyphenates = tally.joined > tally.hyphenated;
  const undecided: string[] = [];
  for (const slot of slots) {
    slot.set(
      slot.text
        .replace(BROKEN, (_, left: string, right: string) => {
          const evidence = evidenceOf(left, right);
          // With no word of the document hyphenated by its typesetter, a hyphen at a line end is the
          // word's own: kept, and nothing to doubt.
          if (evidence === "none" && tally.joined > 0) undecided.push(`${left}-${right}`);
          const drop = evidence === "joined" || (evidence === "none" && hyphenates);
          return drop ? left : `${left}-`;
        })
        // A soft hyphen anywhere else (a text layer's own, not at a word's break) shows nothing.
        .replaceAll(LINE_END_HYPHEN, ""),
    );
  }
  const warnings: Warning[] = [];
  if (tally.joined > 0)
    warnings.push(
      createWarning(
        "line_end_hyphens_removed",
        `${tally.joined} word(s) broken at a line end after a hyphen were joined: the document spells them so elsewhere`,
      ),
    );
  if (undecided.length > 0)
    warnings.push(
      createWarning(
        "line_end_hyphen_uncertain",
        `${undecided.length} word(s) broken at a line end after a hyphen are nowhere else in the document; ` +
          `${hyphenates ? "joined, as the document hyphenates its words" : "the hyphen kept, as the document does not hyphenate its words"}: ` +
          `${undecided.slice(0, SHOWN).join(", ")}${undecided.length > SHOWN ? ", …" : ""}`,
      ),
    );
  return { ...doc, warnings: [...doc.warnings, ...warnings] };
}
