import { learnStarts } from "./agreed-starts.js";
import type { PageColumns } from "./grid-columns.js";
import { cutLine, type MergedCells } from "./grid-cut.js";
import {
  type Band,
  compactText,
  isHeaderLine,
  type Metric,
  type Placed,
  type RegionLine,
  sameCompactTexts,
} from "./grid-lines.js";
import { markOverfull, preferKnownLabels, resolveReadings } from "./grid-readings.js";
import { type KnownPairs, knownPairsWhenAsked } from "./known-pairs.js";
import { lineAfterPageFoot, lineBeforePageTop } from "./page-top.js";
import { returnPulledText } from "./pulled-text.js";
import { columnWidths, type Reading } from "./wrap-test.js";

// A `-layout` table's lines in bands (runs of lines between blank lines), each line cut into its
// cells, its doubtful readings settled.

/** A band of narrow CJK columns, with its columns' widths and lines: text pulled left is given back. */
interface PulledBand {
  band: Band;
  layout: PageColumns;
  placed: Placed[];
}

/** The bands of lines between blank lines, page by page, each line cut into its cells. */
export function cutBands(
  pages: readonly RegionLine[][],
  layouts: readonly PageColumns[],
  metric: Metric,
  columns: number,
): Band[] {
  const bands: Band[] = [];
  const readings = new Map<string[], { line: Placed; readings: Reading[] }>();
  // Lines read one way with no cell split off at a single space (a set made only when asked).
  const clearLines: string[][] = [];
  const merged: MergedCells = [];
  const sized: Array<{ placed: Placed; cells: string[] }> = [];
  // Bands of narrow CJK columns, with their columns' widths and lines: text pulled left is given back.
  const pulled: PulledBand[] = [];
  for (const [pageIndex, page] of pages.entries()) {
    const layout = layouts[pageIndex] ?? { starts: [], missing: 0 };
    let open: Band | null = null;
    let pageBreak = page[0]?.pageBreak === true;
    // Where the band's lines start each column's text (a row is set alike on all its lines).
    const aligned = new Map<number, number>();
    for (const entry of page) {
      if (!entry.placed) {
        open = null;
        aligned.clear();
        continue;
      }
      const line = entry.placed.index + 1;
      if (!open) {
        open = { lines: [], firstText: entry.placed.text, texts: [], first: line, last: line, pageBreak };
        bands.push(open);
        if (layout.capacity) pulled.push({ band: open, layout, placed: [] });
        pageBreak = false;
      }
      const cut = cutLine(entry.placed, metric, layout, aligned, merged);
      learnStarts(aligned, cut.starts);
      if (cut.tight) entry.placed.tight = true;
      if (cut.reachMissed) entry.placed.reachMissed = true;
      const cells = cut.readings[0]?.cells ?? [];
      if (layout.capacities && cut.readings.length === 1) sized.push({ placed: entry.placed, cells });
      if (cut.readings.length > 1) readings.set(cells, { line: entry.placed, readings: cut.readings });
      else if (!cut.tight) clearLines.push(cells);
      open.lines.push(cells);
      if (layout.capacity) pulled.at(-1)?.placed.push(entry.placed);
      open.texts.push(entry.placed.text);
      open.last = line;
    }
  }
  markOverfull(sized, columns);
  const known = tablePairs(pages);
  const clear = columns === 2 || readings.size > 0 ? new Set(clearLines) : null;
  if (clear && columns === 2) preferKnownLabels(bands, readings, clear);
  // Only lines read more than one way need the columns' widths (English set tight).
  if (clear && readings.size > 0) {
    const widths = columnWidths(
      bands.map((band) => band.lines),
      (line) => clear.has(line as string[]),
      merged,
      columns,
      layouts[0]?.capacity,
    );
    resolveReadings(bands, readings, widths, known);
  }
  // A header repeated on a later page, whatever its cut: it only marks a page break.
  const first = bands[0];
  const header = first && isHeaderLine(first.firstText) ? compactText(first.texts.join("")) : null;
  // (Bands of a few lines only: a header wraps over a line or two more or fewer, never many.)
  const few = (first?.texts.length ?? 0) + 3;
  for (const band of bands.slice(1))
    if (header !== null && band.texts.length <= few && sameCompactTexts(band.texts, header)) band.lines = [];
  returnPulled(pulled, known);
  return bands;
}

/** Per band, the text pdftotext pulled left given back (see pulled-text.ts); lines in doubt marked. */
function returnPulled(pulled: readonly PulledBand[], known: KnownPairs): void {
  const bands = pulled.map((entry) => entry.band);
  for (const [at, { band, layout, placed }] of pulled.entries()) {
    const [before, after] = [lineBeforePageTop(bands, at), lineAfterPageFoot(bands, at)];
    for (const index of returnPulledText(band.lines, layout.capacity, layout.wide, known, before, after)) {
      const line = placed[index];
      if (line) line.ambiguous = true;
    }
  }
}

/** The pairs of ideographs a table's lines set side by side (see known-pairs.ts), counted when first asked. */
const tablePairs = (pages: readonly RegionLine[][]): KnownPairs =>
  knownPairsWhenAsked(() =>
    pages.flatMap((page) => page.flatMap((entry) => (entry.placed ? [entry.placed.text] : []))),
  );
