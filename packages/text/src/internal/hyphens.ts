import { displayWidth } from "./width.js";

// pdftotext without -layout joins a word hyphenated at a line end (`ARIN-` / `AP` → `ARINAP`,
// `Pre-` / `ME)` → `PreME)`), hyphens that belong to the word as well, and sets the two lines as
// one. A hyphen is given back where the text itself says it was the word's: the same text spells
// the word with it elsewhere, or the joined line shows where the break was and the word there
// joins two years (`2017-2019`) or a prefix to a capitalized word (`Pre-ME`). Every hyphen given
// back is reported, so the caller can warn: the joined spelling is what the extraction said.

/** A hyphen given back: the 1-based line, the word as pdftotext joined it, and as restored. */
export interface HyphenRepair {
  line: number;
  joined: string;
  restored: string;
  /** Why: the text spells the word so elsewhere, or the word's shape at a joined line's break. */
  reason: "spelled-elsewhere" | "year-range" | "prefix";
}

const HYPHENATED = /(?<![A-Za-z0-9-])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+(?![A-Za-z0-9-])/gu;
// A word of a few letters at least: `20172019` or `a-b` say nothing.
const WORD = /^(?=.*[A-Za-z])[A-Za-z0-9]{4,}$/u;
const BARE_WORD = /(?<![A-Za-z0-9-])[A-Za-z0-9]+(?![A-Za-z0-9-])/gu;
// A line this much wider than the text's full lines holds two: pdftotext joined them.
const JOINED_LINE = 1.3;
// Where in a joined line the first line ended: as wide as the text's full lines, less their spread.
const BREAK_FROM = 0.8;
const BREAK_TO = 1.05;
// Two years a range joins: Gregorian (2017-2019) or ROC (106-108), the second after the first.
const YEAR_RANGE =
  /^(?:(?<g1>(?:19|20)\d\d)(?<g2>(?:19|20)\d\d)|(?<r1>[89]\d|1[0-4]\d)(?<r2>[89]\d|1[0-4]\d))$/u;
const YEAR_SPAN = 30;
// A capitalized or lower-case prefix before a capital: one place where case rises (PreME, eGov).
const CASE_RISE = /^([A-Za-z]*[a-z])([A-Z][A-Za-z0-9]*)$/u;

/** The words the text spells with hyphens, by their joined spelling (one spelling only). */
function hyphenatedSpellings(lines: readonly string[]): Map<string, string> {
  const spellings = new Map<string, string>();
  for (const line of lines)
    for (const match of line.matchAll(HYPHENATED)) {
      const joined = match[0].replace(/-/gu, "");
      // Two hyphenated spellings of one word: which was lost is not known.
      const known = spellings.get(joined);
      if (WORD.test(joined)) spellings.set(joined, known === undefined || known === match[0] ? match[0] : "");
    }
  for (const [joined, spelled] of spellings) if (spelled === "") spellings.delete(joined);
  return spellings;
}

/** The word with its hyphen given back by its shape, or null when the shape says nothing. */
export function hyphenByShape(word: string): { restored: string; reason: HyphenRepair["reason"] } | null {
  const years = YEAR_RANGE.exec(word)?.groups;
  if (years) {
    const first = years.g1 ?? years.r1 ?? "";
    const second = years.g2 ?? years.r2 ?? "";
    const span = Number(second) - Number(first);
    if (first.length === second.length && span > 0 && span <= YEAR_SPAN)
      return { restored: `${first}-${second}`, reason: "year-range" };
    return null;
  }
  const rise = CASE_RISE.exec(word);
  if (rise && !/[a-z][A-Z]/u.test(rise[1] ?? "") && !/[a-z][A-Z]/u.test(rise[2] ?? ""))
    return { restored: `${rise[1]}-${rise[2]}`, reason: "prefix" };
  return null;
}

/**
 * The width of the text's full lines: most lines wrap there (the upper quartile; the last line of
 * a paragraph is short, a joined line is wide, both are few).
 */
function fullWidth(widths: readonly number[]): number {
  const sorted = widths.filter((width) => width > 0).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length * 0.75)] ?? 0;
}

/** In a line pdftotext joined, the one word at the break whose shape says where its hyphen was. */
function repairAtBreak(
  line: string,
  full: number,
): { start: number; word: string; restored: string; reason: HyphenRepair["reason"] } | null {
  const found = [];
  for (const match of line.matchAll(BARE_WORD)) {
    const start = displayWidth(line.slice(0, match.index));
    const end = start + displayWidth(match[0]);
    if (end <= full * BREAK_FROM || start >= full * BREAK_TO) continue;
    const shaped = hyphenByShape(match[0]);
    if (shaped) found.push({ start: match.index, word: match[0], ...shaped });
  }
  // Two words at the break that could each have lost it: which did is not known.
  return found.length === 1 ? (found[0] ?? null) : null;
}

/**
 * The lines with each hyphen given back that the text shows pdftotext dropped, the repairs, and
 * the 1-based lines that hold two joined lines but got no repair (`unsure`): a hyphen was dropped
 * there, and whether it was the word's is not known (`ACTNET`, or a word broken at a syllable).
 */
export function restoreHyphens(lines: readonly string[]): {
  lines: string[];
  repairs: HyphenRepair[];
  unsure: number[];
} {
  const spellings = hyphenatedSpellings(lines);
  const pattern =
    spellings.size === 0
      ? null
      : new RegExp(`(?<![A-Za-z0-9-])(?:${[...spellings.keys()].join("|")})(?![A-Za-z0-9-])`, "gu");
  const full = fullWidth(lines.map(displayWidth));
  const repairs: HyphenRepair[] = [];
  const unsure: number[] = [];
  const out = lines.map((line, index) => {
    const before = repairs.length;
    let text = pattern
      ? line.replace(pattern, (joined) => {
          const restored = spellings.get(joined) ?? joined;
          repairs.push({ line: index + 1, joined, restored, reason: "spelled-elsewhere" });
          return restored;
        })
      : line;
    // A word the text spells elsewhere keeps its hyphen now: the shapes look at bare words only.
    if (full > 0 && displayWidth(text) > full * JOINED_LINE) {
      const at = repairAtBreak(text, full);
      if (at) {
        text = text.slice(0, at.start) + at.restored + text.slice(at.start + at.word.length);
        repairs.push({ line: index + 1, joined: at.word, restored: at.restored, reason: at.reason });
      }
      if (repairs.length === before) unsure.push(index + 1);
    }
    return text;
  });
  return { lines: out, repairs, unsure };
}
