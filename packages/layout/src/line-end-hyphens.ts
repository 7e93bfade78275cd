import { createWarning, type Warning } from "@lianzheng/model";
import { resolveCuts } from "./line-end-cuts.js";
import { anyTextHolds, BROKEN, textsOf, vocabulary } from "./line-end-texts.js";
import type { RawDocument } from "./types.js";

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

// Words shown in a warning's message, at most.
const SHOWN = 8;

/** What the rest of the document says of one broken word. */
type Evidence = "joined" | "hyphenated" | "none";

/**
 * Decides each word broken at a line end after a hyphen (marked by the joins): the typesetter's
 * hyphen goes (`Strat-egy` → `Strategy`), the word's own stays (`anti-corruption`). The rest of
 * the document decides where it spells the word one way only; where it does not, the document's
 * own habit does: one whose evidence says it hyphenates words at line ends (TeX, Word with
 * automatic hyphenation) loses the hyphen, any other keeps it. Where the document hyphenates
 * some words, a warning names those so decided; where it hyphenates none, every such hyphen is
 * the word's own (Chromium, LibreOffice and WeasyPrint break only at a word's own hyphen).
 * Words cut with no hyphen are decided first (`resolveCuts`; `lines`, a text input's lines, place
 * its warnings on the line of the cut).
 */
export function resolveLineEndHyphens(doc: RawDocument, lines?: readonly string[]): RawDocument {
  return resolveHyphens(resolveCuts(doc, lines));
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
