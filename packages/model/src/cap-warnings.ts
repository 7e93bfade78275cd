import type { Location, Warning } from "./common.js";
import { createWarning } from "./warnings.js";

/**
 * How many warnings of one code a document lists. Real documents stay far below it (seed 003, 46
 * records, gives at most 46 of a code); a hostile one (150,000 empty records, nine warnings each)
 * would otherwise carry over a million warnings through every step after parsing.
 */
export const MAX_WARNINGS_PER_CODE = 1000;

/**
 * The warnings with at most `perCode` of each code, in their order; for each code over the limit,
 * one `warnings_capped` warning at the end says how many were left out and where they ran from and
 * to, so the count of every code is still known. Warnings already capped are kept as they are
 * (capping twice changes nothing). Pure.
 *
 * @example capWarnings(warnings, 2) // [a1, a2, b1, {code: "warnings_capped", message: "3 more …"}]
 */
export function capWarnings(warnings: readonly Warning[], perCode = MAX_WARNINGS_PER_CODE): Warning[] {
  const seen = new Map<string, number>();
  const elided = new Map<
    string,
    { count: number; first: Location | undefined; last: Location | undefined }
  >();
  const kept: Warning[] = [];
  for (const warning of warnings) {
    const count = (seen.get(warning.code) ?? 0) + 1;
    seen.set(warning.code, count);
    if (count <= perCode || warning.code === "warnings_capped") {
      kept.push(warning);
      continue;
    }
    const entry = elided.get(warning.code) ?? { count: 0, first: warning.at, last: undefined };
    entry.count += 1;
    entry.last = warning.at;
    elided.set(warning.code, entry);
  }
  for (const [code, { count, first, last }] of elided) {
    const span = spanOf(first, last);
    kept.push(
      createWarning(
        "warnings_capped",
        `${count} more "${code}" warnings left out${span}; the first ${perCode} are listed`,
        first === undefined ? {} : { at: first },
      ),
    );
  }
  return kept;
}

/** " (序次 1001–20046)", " (pages 3–9)", " (lines 10–400)", or "" when the warnings name no place. */
function spanOf(first: Location | undefined, last: Location | undefined): string {
  for (const [key, label] of [
    ["seq", "序次"],
    ["page", "pages"],
    ["line", "lines"],
  ] as const) {
    const from = first?.[key];
    const to = last?.[key] ?? from;
    if (from !== undefined) return from === to ? ` (${label} ${from})` : ` (${label} ${from}–${to})`;
  }
  return "";
}
