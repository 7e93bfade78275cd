import { type ListMarkerStyle, listMarkerStyleOf } from "@lianzheng/normalize";

// In `-layout` text a table's header repeats at the top of each page, and also under the heading
// of the next table (the 2012 edition: 一、加強肅貪防貪, its table, 二、落實陽光法令與透明課責,
// the same header, another table). Nothing but the text tells the two apart: a heading is a line
// of its own at the table's left edge, right above the repeated header; a page end between them
// is no evidence either way (a heading at a page foot, its table on the next page).

/** A line of a table region as the `-layout` reader keeps it (null: a blank line). */
export interface HeadingCandidateLine {
  placed: { text: string } | null;
  /** A page ended right before this line. */
  pageBreak: boolean;
}

// A heading wraps onto a line or two; a longer run of one-piece lines is a cell's text.
const HEADING_LINES_MAX = 3;
// How far right of the header's left edge a heading line may start (pdftotext drifts a little).
const EDGE_TOLERANCE = 3;

/** Spaces before a line's text. */
export const indentOf = (text: string): number => text.length - text.trimStart().length;
// One piece: no gap of two spaces or more (no second cell on the line).
const isOnePiece = (text: string): boolean => !/\S( {2,}|\t)\S/u.test(text.trim());

/**
 * How many lines at the end of a table region (counted from its end, blank lines included) are
 * the heading of a new table whose repeated header line comes next; 0 when the header only marks
 * a page break. The heading is the nearest run of lines above the header, each one piece at the
 * header's left edge (`headerIndent`), not the tail of a row (a line with cells right above it),
 * and either on the header's page (a header repeats mid-page only under a new table's heading),
 * or — a page end between them — numbered like the heading above the table's first header
 * (`tableHeading`: 二、 after 一、) in a style no line at the table's left edge uses (not a row).
 */
export function headingBeforeRepeatedHeader(
  region: readonly HeadingCandidateLine[],
  headerAfterBreak: boolean,
  headerIndent: number,
  tableHeading: string | null,
): number {
  let end = region.length;
  let breakBetween = headerAfterBreak;
  while (end > 0 && !region[end - 1]?.placed) {
    end--;
    if (region[end]?.pageBreak) breakBetween = true;
  }
  let start = end;
  while (start > 0 && end - start < HEADING_LINES_MAX + 1) {
    const entry = region[start - 1];
    if (!entry?.placed) break;
    start--;
    if (entry.pageBreak) break;
  }
  const band = region.slice(start, end).map((entry) => entry.placed?.text ?? "");
  // Not the tail of a row: a blank line, a page end or the region's start is above it.
  const standsAlone = region[start]?.pageBreak === true || start === 0 || !region[start - 1]?.placed;
  // (Right above the header on its page, rows back to back: see isSiblingHeading.)
  const above = region[end - 1]?.placed?.text ?? "";
  if (
    !standsAlone &&
    !breakBetween &&
    end === region.length &&
    isSiblingHeading(above, tableHeading, headerIndent)
  )
    return 1;
  if (
    band.length === 0 ||
    band.length > HEADING_LINES_MAX ||
    !standsAlone ||
    !allHeadingLines(band, headerIndent + EDGE_TOLERANCE)
  )
    return 0;
  if (!breakBetween) return region.length - start;
  const style = listMarkerStyleOf(band[0]?.trim() ?? "");
  const sibling = style !== null && style === listMarkerStyleOf(tableHeading?.trim() ?? "");
  return sibling && !leftEdgeStyles(region.slice(0, start), headerIndent).has(style)
    ? region.length - start
    : 0;
}

/**
 * A line right above the repeated header, no blank line between it and the row above (a
 * browser's PDF sets rows back to back: Chromium's), that is a heading as the table's own is:
 * one piece at the table's edge, opening with a marker of the table heading's style (二、 after 一、).
 */
function isSiblingHeading(line: string, tableHeading: string | null, headerIndent: number): boolean {
  const style = listMarkerStyleOf(line.trim());
  return (
    style !== null &&
    style === listMarkerStyleOf(tableHeading?.trim() ?? "") &&
    !/\S {2,}\S/u.test(line.trim()) &&
    allHeadingLines([line], headerIndent + EDGE_TOLERANCE)
  );
}

/** The list-marker styles lines at the table's left edge start with. */
function leftEdgeStyles(region: readonly HeadingCandidateLine[], headerIndent: number): Set<ListMarkerStyle> {
  const styles = new Set<ListMarkerStyle>();
  for (const { placed } of region) {
    if (!placed || indentOf(placed.text) > headerIndent + EDGE_TOLERANCE) continue;
    const style = listMarkerStyleOf(placed.text.trim());
    if (style) styles.add(style);
  }
  return styles;
}

/** Every line is one piece of text indented no further than `indent` (a loop: a callback made per call loses its optimized code at each full GC). */
function allHeadingLines(band: readonly string[], indent: number): boolean {
  for (const text of band) if (!isOnePiece(text) || indentOf(text) > indent) return false;
  return true;
}
