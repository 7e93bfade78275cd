import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanText, rejoinBrokenLines, removeCjkLetterSpacing } from "./clean.js";
import { startsMarkedLine } from "./markers.js";

// The plain versions of the line rules, as they were before they were made fast (a split at a
// capturing pattern, characters spread into arrays, a pattern test per character): the oracles.
const CJK = /[\p{Script=Han}\u3001-\u303f\uff01-\uff65\u2e80-\u2fdf]/u;
const isCjk = (char: string | undefined): boolean => char !== undefined && CJK.test(char);
const isSingle = (word: string, bracket: RegExp): boolean =>
  word.length <= 4 && ([...word].length === 1 || [...word.replace(bracket, "")].length === 1);

function plainRemoveCjkLetterSpacing(line: string): string {
  const parts = line.split(/( +)/);
  let out = parts[0] ?? "";
  for (let i = 1; i < parts.length; i += 2) {
    const before = parts[i - 1] ?? "";
    const after = parts[i + 1] ?? "";
    const letterSpaced = isSingle(before, /^[(（「『[]{1,2}/u) || isSingle(after, /[)）」』\]]{1,2}$/u);
    const bothCjk = isCjk(before.at(-1)) && isCjk([...after][0]);
    out += (letterSpaced && bothCjk ? "" : (parts[i] ?? "")) + after;
  }
  return out;
}

function plainRejoinBrokenLines(text: string): string {
  let out = "";
  let previous: string | undefined;
  for (const line of text.split("\n")) {
    if (previous === undefined) out = line;
    else if (line === "" || previous === "" || /[。！？；：!?;:]$/.test(previous) || startsMarkedLine(line))
      out += `\n${line}`;
    else out += (isCjk(previous.at(-1)) && isCjk([...line][0]) ? "" : " ") + line;
    previous = line;
  }
  return out;
}

// Lines of CJK, brackets, Latin words, digits, odd spaces and astral or lone surrogates.
const piece = fc.oneof(
  fc.constantFrom(
    "研",
    "議",
    "(十",
    "四)",
    "「甲",
    "乙」",
    "法務部",
    "APEC",
    "108",
    "年",
    "。",
    "：",
    "𠀀",
    "\ud840",
  ),
  fc.constantFrom(" ", "  ", "   ", "\u3000", "\t", "\u00a0", "\n", "\n\n", "1. ", "(一) "),
  fc.string({ unit: "binary", maxLength: 3 }),
);
const text = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(""));

describe("the line rules, made fast, answer as their plain versions", () => {
  it("removeCjkLetterSpacing", () => {
    fc.assert(
      fc.property(text, (line) => {
        expect(removeCjkLetterSpacing(line)).toBe(plainRemoveCjkLetterSpacing(line));
      }),
      { numRuns: 3000 },
    );
  });

  it("rejoinBrokenLines", () => {
    fc.assert(
      fc.property(text, (lines) => {
        expect(rejoinBrokenLines(lines)).toBe(plainRejoinBrokenLines(lines));
      }),
      { numRuns: 3000 },
    );
  });

  it("cleanText folds a line's spaces whether or not it has any to fold", () => {
    // Spaces folded line by line, then the rules as above: the plain composition.
    const SPACES = /[\t\v\f \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;
    const plain = (raw: string) =>
      plainRejoinBrokenLines(
        raw
          .split("\n")
          .map((line) => plainRemoveCjkLetterSpacing(line.replace(SPACES, " ").trim()))
          .join("\n"),
      )
        .replace(/\n{3,}/g, "\n\n")
        .trim();
    // (Left out: what cleanText rewrites by rules of its own, tested in clean.test.ts and not in
    // the plain composition: markup, odd line breaks, invisibles, look-alikes, and the Latin
    // ligatures ﬀ–ﬆ, given as their letters.)
    const noMarkup = text.filter(
      (raw) =>
        !/[<&\r\u2028\u2029\u0085\u200b-\u200d\u2060\ufeff\u00ad\u2e80-\u2fdf\uf900-\ufaff\ufb00-\ufb06\uff02-\uff64]|[\ud800-\udfff]/.test(
          raw,
        ),
    );
    fc.assert(
      fc.property(noMarkup, (raw) => {
        expect(cleanText(raw)).toBe(plain(raw));
      }),
      { numRuns: 3000 },
    );
  });
});
