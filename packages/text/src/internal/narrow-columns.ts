import { parseListMarker } from "@lianzheng/normalize";
import { type Metric, type Placed, pieces } from "./grid-lines.js";

// Columns closer together than the column search's separation: a narrow CJK column (two
// characters and a two-space gutter, `具體` / `策略` beside `執行措施`, as browsers size a
// column by its longest word) starts four or five grid columns left of the next. The search's
// separation keeps a hanging indent (`(一) 建構…` over lines set under `建構`) from passing for a
// column; the two differ in their gutter: no line's text runs from a narrow column into the next,
// and a narrow column holds words, not only the list markers an indent hangs from.

/** A peak of column starts: where, and how many pieces start within its window. */
export interface Peak {
  at: number;
  count: number;
}

/**
 * The peaks a page still needs (up to `wanted`), each closer than `separation` to a peak
 * `chosen` already and set off from it by a gutter no line crosses. `counts` are the pieces'
 * starts per grid column; `tolerance` the window a column's starts drift in.
 */
export function narrowColumnPeaks(
  lines: readonly Placed[],
  metric: Metric,
  counts: Int32Array,
  chosen: readonly Peak[],
  { wanted, minimum, tolerance, separation }: NarrowSearch,
): Peak[] {
  const taken = [...chosen];
  const found: Peak[] = [];
  for (const candidate of candidatePeaks(counts, chosen, minimum, tolerance)) {
    if (found.length >= wanted) break;
    if (taken.some((peak) => Math.abs(peak.at - candidate.at) <= tolerance)) continue;
    const near = taken.filter((peak) => Math.abs(peak.at - candidate.at) < separation);
    // (A peak far from every other one would have been found by the search itself.)
    if (near.length !== 1) continue;
    const other = near[0] as Peak;
    const [left, right] = other.at < candidate.at ? [other, candidate] : [candidate, other];
    if (!isWalled(lines, metric, left.at, right.at)) continue;
    taken.push(candidate);
    found.push(candidate);
  }
  return found;
}

export interface NarrowSearch {
  wanted: number;
  minimum: number;
  tolerance: number;
  separation: number;
}

/** Every start's window count (at least `minimum`), away from the chosen peaks, strongest first. */
function candidatePeaks(
  counts: Int32Array,
  chosen: readonly Peak[],
  minimum: number,
  tolerance: number,
): Peak[] {
  const candidates: Peak[] = [];
  for (let at = 0; at < counts.length; at++) {
    if (counts[at] === 0 || chosen.some((peak) => Math.abs(peak.at - at) <= tolerance)) continue;
    let count = 0;
    // (Starts nearer a chosen peak than this one are that peak's.)
    for (let x = Math.max(0, at - tolerance); x <= at + tolerance && x < counts.length; x++)
      if (!chosen.some((peak) => Math.abs(peak.at - x) < Math.abs(at - x))) count += counts[x] ?? 0;
    if (count >= minimum) candidates.push({ at, count });
  }
  // (Stable: ties stay left to right.)
  return candidates.sort((a, b) => b.count - a.count);
}

/**
 * Two columns `left` and `right` (grid columns where they start): the text that starts nearer
 * `left` ends before `right`'s gutter on every line, and is words more often than bare list markers.
 */
function isWalled(lines: readonly Placed[], metric: Metric, left: number, right: number): boolean {
  let words = 0;
  let markers = 0;
  for (const line of lines)
    for (const piece of pieces(line, metric)) {
      if (piece.start * 2 >= left + right || piece.start < left - (right - left)) continue;
      // (The grid column right before `right` is the gutter: blank on every line.)
      if (piece.end > right - 1) return false;
      if (parseListMarker(piece.text)?.raw.trim() === piece.text.trim()) markers++;
      else words++;
    }
  return words > markers;
}
