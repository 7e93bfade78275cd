import { joinWrapped, startsNewItem } from "@lianzheng/layout";
import { normalizeLookalikes } from "@lianzheng/normalize";
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
// Closing punctuation a line may not start with: the layout engine pulls the character before it
// down too, so such a line's first unit is two characters wide.
const NO_LINE_START = /^.[、。，．：；！？）」』》〉】’”,.;:!?)]/u;
// Opening punctuation a line may not end with: it moves down with the character after it.
const NO_LINE_END = /^[「『（《〈【‘“(]/u;

/** Gap (in font sizes) between two runs that a space stood in: a space glyph is ~0.25 em, the
 * automatic spacing engines put between CJK and Latin text (which is no space) 0.2 em. */
const SPACE_GAP = 0.23;
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
      if (!spaced && gap > SPACE_GAP * run.fontSize && !(CJK.test(before) && CJK.test(after))) text += " ";
    }
    text += run.text;
    previous = run;
  }
  return text.replace(/[\u00a0\u2000-\u200b\u3000\t]/gu, " ").replace(/ {2,}/gu, " ").trim();
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
    if (row && anchor && Math.abs(run.y - anchor.y) <= BASELINE_TOLERANCE * Math.max(run.fontSize, anchor.fontSize)) {
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
          y: Math.max(...piece.map((run) => run.y)),
          fontSize: Math.max(...piece.map((run) => run.fontSize)),
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

/** Width the first unit of a line (a CJK character, or a word) needs on the line above. */
function firstUnitWidth(line: TextLine): number {
  const chars = [...line.text];
  const average = (line.x1 - line.x0) / Math.max(1, chars.length);
  if (CJK.test(chars[0] ?? "")) {
    const units = 1 + (NO_LINE_START.test(line.text) ? 1 : 0) + (NO_LINE_END.test(line.text) ? 1 : 0);
    return units * line.fontSize;
  }
  const word = /^\S+/u.exec(line.text)?.[0] ?? "";
  return ([...word].length + 1) * average;
}

/**
 * True when `line` was wrapped onto its own line only because its first unit did not fit at the
 * end of `previous` (whose text may go up to `right`): the two are one paragraph.
 */
export function isWrap(previous: TextLine, line: TextLine, right: number): boolean {
  if (startsNewItem(line.text)) return false;
  return previous.x1 + firstUnitWidth(line) > right - 0.3 * line.fontSize;
}

/**
 * Text of lines inside one cell or column: wrapped lines rejoin into their sentence (no space in
 * CJK), a paragraph's end and a list item's start stay line breaks. Look-alike code points
 * (Kangxi radicals) are mapped back to the ideographs they stand for.
 */
export function joinLines(lines: readonly TextLine[], right: number): string {
  let text = "";
  let previous: TextLine | undefined;
  for (const line of lines) {
    if (!previous) text = line.text;
    else text = isWrap(previous, line, right) ? joinWrapped(text, line.text) : `${text}\n${line.text}`;
    previous = line;
  }
  return cleanLine(text);
}

/** The same clean-up for every text the reader emits. */
export function cleanLine(text: string): string {
  return normalizeLookalikes(text.normalize("NFC"))
    .split("\n")
    .map((line) => line.replace(/ {2,}/gu, " ").trim())
    .filter(Boolean)
    .join("\n");
}
