import { isBrokenWord, joinWrapped, LINE_END_CUT, LINE_END_HYPHEN } from "@lianzheng/layout";
import { normalizeLookalikes, normalizeWidth } from "@lianzheng/normalize";
import type { TextRun } from "../types.js";

/** Runs on one baseline, left to right, as one line of text. */
export interface TextLine {
  text: string;
  x0: number;
  x1: number;
  /** Baseline, top-down. */
  y: number;
  fontSize: number;
  /** Most of the line's characters are set in a bold font. */
  bold: boolean;
}

const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u3040-\u30ff]/u;
/**
 * Gap (in font sizes) between two runs of Latin text that a space stood in. Run widths are the
 * glyphs' own advances (character spacing excluded), so letters of a word touch (kerning moves
 * them a few hundredths of an em) while a word space is 0.2–0.33 em (Calibri's is 0.226, TeX's
 * shrinks to 0.22).
 */
const SPACE_GAP = 0.15;
/** Next to a CJK character the gap must be wider: engines put 0.2 em between CJK and Latin text
 * (automatic spacing), which is no space. */
const CJK_SPACE_GAP = 0.23;
/** Baselines closer than this (in font sizes) are one line. */
const BASELINE_TOLERANCE = 0.4;

/**
 * Text of runs on one line: a space where the gap between two runs is wide, unless both sides
 * are CJK — letter-spaced CJK (one run per character) joins up, English words stay apart.
 */
function joinRuns(runs: readonly TextRun[]): string {
  let text = "";
  let previous: TextRun | undefined;
  for (const run of runs) {
    if (previous) {
      const gap = run.x - (previous.x + previous.width);
      const before = text.at(-1) ?? "";
      const after = run.text[0] ?? "";
      const spaced = before === " " || after === " ";
      const cjkBefore = CJK.test(before);
      const cjkAfter = CJK.test(after);
      const threshold = (cjkBefore || cjkAfter ? CJK_SPACE_GAP : SPACE_GAP) * run.fontSize;
      if (!spaced && gap > threshold && !(cjkBefore && cjkAfter)) text += " ";
    }
    text += run.text;
    previous = run;
  }
  return text
    .replace(/[\u00a0\u2000-\u200b\u3000\t]/gu, " ")
    .replace(/ {2,}/gu, " ")
    .trim();
}

/**
 * Groups runs into lines by baseline, top to bottom. With `splitGap`, a line is also cut where
 * two runs are further apart than that many font sizes (text in separate columns).
 */
export function groupLines(runs: readonly TextRun[], splitGap = Number.POSITIVE_INFINITY): TextLine[] {
  const sorted = [...runs].sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: TextRun[][] = [];
  for (const run of sorted) {
    const row = rows.at(-1);
    const anchor = row?.[0];
    if (
      row &&
      anchor &&
      Math.abs(run.y - anchor.y) <= BASELINE_TOLERANCE * Math.max(run.fontSize, anchor.fontSize)
    ) {
      row.push(run);
    } else rows.push([run]);
  }
  const lines: TextLine[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let piece: TextRun[] = [];
    const flush = (): void => {
      if (piece.length === 0) return;
      const first = piece[0] as TextRun;
      const last = piece.at(-1) as TextRun;
      const text = joinRuns(piece);
      if (text) {
        lines.push({
          text,
          x0: first.x,
          x1: last.x + last.width,
          y: piece.reduce((y, run) => Math.max(y, run.y), Number.NEGATIVE_INFINITY),
          fontSize: piece.reduce((size, run) => Math.max(size, run.fontSize), 0),
          bold: 2 * piece.reduce((n, run) => n + (run.bold ? run.text.length : 0), 0) > text.length,
        });
      }
      piece = [];
    };
    for (const run of row) {
      const last = piece.at(-1);
      if (last && run.x - (last.x + last.width) > splitGap * run.fontSize) flush();
      piece.push(run);
    }
    flush();
  }
  return lines;
}

const LATIN_OR_DIGIT = /[A-Za-z0-9]/u;
/** Width of a space, in font sizes. */
const SPACE_ADVANCE = 0.25;
/** How much wider than the line's average a word may be (m and w are wide). */
const WORD_WIDTH_MARGIN = 1.15;
// The first unbreakable unit of a line: opening marks, one CJK character or a Latin word,
// closing marks, and a Latin word glued to them (組、APEC).
const FIRST_UNIT =
  /^[「『（《〈【‘“(]*(?:\p{Script=Han}|[^\s\p{Script=Han}、。，．：；！？）」』》〉】’”]+)[、。，．：；！？）」』》〉】’”,.;:!?)]*(?:[A-Za-z0-9][^\s\p{Script=Han}]*)?/u;

/** Width the first unit of a line (a CJK character, or a word) needed on the line above. */
function firstUnitWidth(line: TextLine): number {
  const unit = FIRST_UNIT.exec(line.text)?.[0] ?? line.text.slice(0, 1);
  const chars = [...line.text];
  const wide = (char: string): boolean => CJK.test(char);
  // Latin glyph widths from the line itself: its width less its CJK characters, per Latin character.
  const cjkCount = chars.filter(wide).length;
  const latinCount = chars.length - cjkCount;
  const latinAdvance =
    latinCount > 0
      ? Math.max(0, line.x1 - line.x0 - cjkCount * line.fontSize) / latinCount
      : 0.5 * line.fontSize;
  return [...unit].reduce(
    (sum, char) => sum + (wide(char) ? line.fontSize : latinAdvance * WORD_WIDTH_MARGIN),
    0,
  );
}

/**
 * How a line follows the line above it in the same block of text; `split`: perhaps inside a word
 * that alone filled the line above (no space to wrap at), which the whole document decides
 * (`LINE_END_CUT`).
 */
export type LineJoin = "wrap" | "break" | "split";

const ONE_LATIN_WORD = /^[^\s\p{Script=Han}]*\p{L}$/u;
const CJK_THEN_LATIN_END = /\p{Script=Han}.*\p{Script=Latin}$/u;
const LOWER_FIRST = /^\p{Ll}/u;
const UPPER_FIRST = /^\p{Lu}/u;
const UPPER_LAST = /\p{Lu}$/u;

/** A line that is one Latin word reaching the right edge, a lower-case letter below: the word may
 * go on there, cut where the line was full (Word and LibreOffice cut a word wider than its column
 * so, with no hyphen), or the next word did not fit beside it. So may a CJK line ending in a Latin
 * word, a letter below (a capital after a capital: `參加 FATF/AP` / `G 評鑑員`): LibreOffice cuts a
 * Latin word inside CJK text where the line is full. */
const isCutWord = (previous: TextLine, line: TextLine, right: number): boolean =>
  previous.x1 >= right - 0.5 * line.fontSize &&
  ((ONE_LATIN_WORD.test(previous.text) && LOWER_FIRST.test(line.text)) ||
    (CJK_THEN_LATIN_END.test(previous.text) &&
      (LOWER_FIRST.test(line.text) || (UPPER_LAST.test(previous.text) && UPPER_FIRST.test(line.text)))));

/**
 * Why `line` starts a new line after `previous` (whose text may go up to `right`): its first
 * unit (with the space before it, between words) did not fit — `wrap`, one sentence — or it
 * would have fitted — `break`, a new paragraph or list item.
 */
export function classifyLineJoin(previous: TextLine, line: TextLine, right: number): LineJoin {
  // A word broken after its hyphen (Cross-|Strait) was broken because it did not fit whole.
  if (/\p{L}[-\u00ad]$/u.test(previous.text) && /^\p{L}/u.test(line.text)) return "wrap";
  if (isCutWord(previous, line, right)) return "split";
  const latin = LATIN_OR_DIGIT.test(previous.text.at(-1) ?? "") || LATIN_OR_DIGIT.test(line.text[0] ?? "");
  const limit = right - 0.3 * line.fontSize;
  const end = previous.x1 + firstUnitWidth(line) + (latin ? SPACE_ADVANCE * line.fontSize : 0);
  return end > limit ? "wrap" : "break";
}

/**
 * Joins a line to the text above it as `classifyLineJoin` decided: a break stays a line break;
 * a wrap joins as `joinWrapped` does (no space in CJK, one between words), and a token cut after
 * a hyphen or at a slash stays one token (Cross-Strait, FATF/APG).
 */
export function joinLine(text: string, line: string, join: LineJoin): string {
  if (join === "break") return `${text}\n${line}`;
  if (join === "split") return `${text.trimEnd()}${LINE_END_CUT}${line.trimStart()}`;
  if (isBrokenWord(text.trimEnd(), line.trimStart()))
    return `${text.trimEnd().slice(0, -1)}${LINE_END_HYPHEN}${line.trimStart()}`;
  // Only the text's last character is looked at: the text is a paragraph that grows line by line.
  if (/^[/]/u.test(line) || /[-/]$/u.test(text.slice(-1))) return `${text.trimEnd()}${line.trimStart()}`;
  return joinWrapped(text, line);
}

/**
 * Appends `line` to a text kept as pieces (`parts.join("")` is the text), joined as `joinLine`
 * joins it. Only the last piece, one line, is looked at: joining to a string that grows line by
 * line would rescan (flatten) it at every line, and a long document would take quadratic time.
 */
export function joinLineInto(parts: string[], line: string, join: LineJoin): void {
  while (parts.length > 0 && !/\S/u.test(parts.at(-1) as string)) parts.pop();
  const last = parts.pop();
  if (last === undefined) {
    parts.push(join === "break" ? `\n${line}` : line.trimStart());
    return;
  }
  if (join === "break") {
    parts.push(last, "\n", line);
    return;
  }
  const left = last.trimEnd();
  const right = line.trimStart();
  if (join === "split") parts.push(left, LINE_END_CUT, right);
  else if (isBrokenWord(left, right)) parts.push(left.slice(0, -1), LINE_END_HYPHEN, right);
  else if (/^[/]/u.test(line) || /[-/]$/u.test(last.slice(-1))) parts.push(left, right);
  else if (!right) parts.push(left);
  else parts.push(left, joinWrapped(left, right).length === left.length + right.length ? "" : " ", right);
}

/**
 * Text of lines inside one cell or column: wrapped lines rejoin into their sentence (no space in
 * CJK), a paragraph's end and a list item's start stay line breaks. Look-alike code points
 * (Kangxi radicals) are mapped back to the ideographs they stand for.
 */
export function joinLines(lines: readonly TextLine[], right: number): string {
  const parts: string[] = [];
  let previous: TextLine | undefined;
  for (const line of lines) {
    if (previous) joinLineInto(parts, line.text, classifyLineJoin(previous, line, right));
    else parts.push(line.text);
    previous = line;
  }
  return cleanLine(parts.join(""));
}

// Latin ligatures some fonts map their glyphs to (ﬁ ﬂ ﬀ …).
const LIGATURES = /[\ufb00-\ufb06]/gu;

// CJK fonts draw the em dash and the horizontal bar with one glyph, and a subset's ToUnicode
// names only one of them (Chromium's: U+2015): the PDF cannot tell them apart, so the dash is read
// as the em dash the text forms use.
const HORIZONTAL_BAR = /\u2015/gu;

/**
 * The same clean-up for every text the reader emits, as the raw-document contract wants it: NFC,
 * look-alikes and ligatures mapped, full-width ASCII made ASCII (CJK punctuation kept).
 */
export function cleanLine(text: string): string {
  return normalizeWidth(normalizeLookalikes(text.normalize("NFC")))
    .replace(LIGATURES, (ligature) => ligature.normalize("NFKC"))
    .replace(HORIZONTAL_BAR, "\u2014")
    .split("\n")
    .map((line) => line.replace(/ {2,}/gu, " ").trim())
    .filter(Boolean)
    .join("\n");
}
