import { createWarning, type Warning } from "@lianzheng/model";
import { anyTextHolds, CUT_BEFORE, type TextSlot, textsOf, vocabulary } from "./line-end-texts.js";
import type { RawDocument } from "./types.js";

// A Latin word cut at a line end with no hyphen (a producer cuts a word wider than its room), or
// two words wrapped there: the reader marks the place while joining a cell's lines, and once the
// whole document is read its own spellings decide.

/**
 * Where a line that is one word reaching the line's end goes on with a lower-case letter, the
 * producer may have cut the word for want of room (a word wider than its column, no hyphen: Word,
 * LibreOffice) or wrapped between two words. The join marks the place with this character (a
 * word joiner) until the whole document can tell: it spells the two parts as one word elsewhere,
 * or not (`resolveLineEndHyphens`). Not proven one word, the place is a wrap.
 */
export const LINE_END_CUT = "\u2060";

/**
 * A place marked as LINE_END_CUT is, where the reader knows a cut to be as likely there as a
 * wrap (a producer that cuts anywhere in CJK text, or a word that fills its whole line): the
 * document must prove a wrap as well as a cut, and a place it proves neither way is read as one
 * word and warned (`line_end_cut_uncertain`).
 */
export const LINE_END_CUT_DOUBTFUL = "\u2063";

/**
 * The lines of one cell (each trimmed) with every place where the producer may have cut a word
 * with no hyphen joined and marked by LINE_END_CUT: a line ending in a Latin letter that `isFull`
 * says fills its column, the next opening with a lower-case letter, or with a capital after a
 * capital (`treaties/agreeme` / `nts`, `參加 FATF/AP` / `G 評鑑員`: LibreOffice cuts a word
 * wider than the room left, also inside CJK text). `resolveLineEndHyphens` decides each by the
 * document's own words. `isFull` (given the cell's lines, and the line after) is asked only of
 * such lines; a reader may also count the place where the line after is the cut word's rest and
 * fills the column itself (pandoc cuts a word too long for its column from the right: `trea` /
 * `ties/agreements`). Where `isDoubtful` (asked only of places so marked) says a cut is as likely
 * as a wrap, the mark is LINE_END_CUT_DOUBTFUL.
 */
export function markCutWords(
  lines: readonly string[],
  isFull: (line: string, lines: readonly string[], next: string) => boolean,
  isDoubtful: (line: string, lines: readonly string[], next: string) => boolean = () => false,
): readonly string[] {
  let out: string[] | undefined;
  for (let i = 1; i < lines.length; i++) {
    // (The line as set, not as joined so far: a joined line is no measure of a full one.)
    const left = lines[i - 1] as string;
    const right = lines[i] as string;
    if (mayBeCut(left, right) && isFull(left, lines, right)) {
      const mark = isDoubtful(left, lines, right) ? LINE_END_CUT_DOUBTFUL : LINE_END_CUT;
      out ??= lines.slice(0, i);
      out[out.length - 1] = `${out.at(-1)}${mark}${right}`;
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

/**
 * Decides each word cut at a line end with no hyphen (marked by the joins): one word where the
 * document spells the two parts as one elsewhere (`agreeme` / `nts`), two words otherwise
 * (`international` / `cooperation`, a wrap). A doubtful place (LINE_END_CUT_DOUBTFUL) is two words
 * only where the document spells both parts as words of their own; where it proves neither, it
 * is one word, warned with its line (`lines`: the text input's lines, to find it in its cell).
 */
export function resolveCuts(doc: RawDocument, lines?: readonly string[]): RawDocument {
  if (!anyTextHolds(doc.blocks, LINE_END_CUT) && !anyTextHolds(doc.blocks, LINE_END_CUT_DOUBTFUL)) return doc;
  const texts = [...textsOf(doc.blocks)];
  const { latinWords } = vocabulary(texts.map((slot) => slot.text));
  const known = (word: string): boolean => latinWords.has(word.toLowerCase());
  // (A letter alone is no evidence of a word: a cut leaves one often, `A` / `dministration`.)
  const isWord = (part: string): boolean => part.length > 1 && known(part);
  let joined = 0;
  const uncertain: Warning[] = [];
  const marked = texts.filter((s) => s.text.includes(LINE_END_CUT) || s.text.includes(LINE_END_CUT_DOUBTFUL));
  for (const slot of marked) {
    const text = slot.text.replace(CUT_BEFORE, (_, left: string, mark: string, right: string) => {
      if (known(left + right)) {
        joined++;
        return left;
      }
      if (mark === LINE_END_CUT || (isWord(left) && isWord(right))) return `${left} `;
      // (A part the document uses as a word of its own makes the wrap likelier; neither, the cut.)
      const oneWord = !isWord(left) && !isWord(right);
      uncertain.push(uncertainCut(slot, left, right, oneWord, lines));
      return oneWord ? left : `${left} `;
    });
    // A mark not between two words (none the joins make) is a space, as a wrap is.
    slot.set(text.replaceAll(LINE_END_CUT, " ").replaceAll(LINE_END_CUT_DOUBTFUL, " "));
  }
  const warnings = [...doc.warnings];
  if (joined > 0)
    warnings.push(
      createWarning(
        "line_end_cuts_joined",
        `${joined} word(s) cut at a line end with no hyphen were joined: the document spells them whole elsewhere`,
      ),
    );
  warnings.push(...uncertain);
  return warnings.length > doc.warnings.length ? { ...doc, warnings } : doc;
}

/** The warning for a doubtful place the document proves neither way, at the line it ends. */
function uncertainCut(
  slot: TextSlot,
  left: string,
  right: string,
  oneWord: boolean,
  lines?: readonly string[],
): Warning {
  const line = cutLine(slot, left, right, lines);
  return createWarning(
    "line_end_cut_uncertain",
    `${line === undefined ? "" : `line ${line}: `}"${left}" at a full line's end and "${right}" opening the next ` +
      "may be one word the producer cut or two words it wrapped, and the document spells them neither way elsewhere: " +
      `read as ${oneWord ? `one word, "${left}${right}"` : `two words, "${left} ${right}"`}`,
    line === undefined ? {} : { at: { line } },
  );
}

/**
 * The line of the text input where a cell's word was cut: the first of the cell's lines holding
 * `left` at a cell's end (before spaces, a rule or the line's end) with `right` on a line after.
 */
function cutLine(slot: TextSlot, left: string, right: string, lines?: readonly string[]): number | undefined {
  const { lineStart, lineEnd } = slot;
  if (lineStart === undefined || !lines) return lineStart;
  const last = Math.min(lineEnd ?? lineStart, lines.length);
  const endsThere = new RegExp(`(?<![\\p{Script=Latin}\\p{N}])${left}(?=[\\s│┃║|]|$)`, "u");
  for (let line = lineStart; line < last; line++) {
    if (!endsThere.test(lines[line - 1] as string)) continue;
    for (let next = line + 1; next <= last; next++)
      if ((lines[next - 1] as string).includes(right)) return line;
  }
  return lineStart;
}
