import type { Warning } from "@lianzheng/model";

/**
 * The raw layout of a document, as every reader (text, PDF) produces it and every parser takes
 * it: headings, paragraphs and tables in reading order. Parsers never know which reader ran.
 *
 * Cell text conventions (all readers):
 * - HTML is gone: `<p>` and `<li>` boundaries and hard line breaks become `\n`, entities decoded.
 * - Lines wrapped inside a sentence are rejoined; paragraphs and list items stay on their own line.
 * - Look-alike code points (Kangxi radicals) are mapped back; full-width/half-width as in cleanText.
 * - Repeated header rows and page-break scars (`--|--`) are removed; rows cut by a page break
 *   are rejoined with their continuation (see `stitchRows`).
 */
export interface RawCell {
  text: string;
  /** 1-based line of the text input where the cell starts / ends. */
  lineStart?: number;
  lineEnd?: number;
  /** 1-based page of a PDF input where the cell starts / ends. */
  pageStart?: number;
  pageEnd?: number;
  /**
   * A merged cell (a ruled table's cell drawn across several rows or columns) covers this many
   * rows / columns from here down / right; absent means 1. Its text is in this cell only; the
   * cells it covers are there, empty, so that every row keeps the table's width. Only the PDF
   * reader knows spans (the text forms do not show them).
   */
  rowSpan?: number;
  colSpan?: number;
}

export interface RawRow {
  cells: RawCell[];
  /**
   * The row is the first after a page break (text input: after a blank line, a `--|--` scar or a
   * repeated header row; PDF input: first row of a page). Only such rows may continue the row
   * above without saying so; `stitchRows` reads this flag and clears it on the rows it returns.
   */
  breakBefore?: boolean;
  /**
   * What the reader knows for sure: `true` when the row continues the one above (a PDF row with
   * no top border at the top of a page), `false` when it does not. Absent: `stitchRows` decides.
   */
  continuesPrevious?: boolean;
  lineStart?: number;
  lineEnd?: number;
  pageStart?: number;
  pageEnd?: number;
}

export interface RawTable {
  kind: "table";
  /**
   * The header row's cell texts, when the table had one (it is not among `rows`). With a header
   * of two or more rows (a PDF's group label spanning sub-columns), the first of them; cells a
   * merged label covers are `""`.
   */
  header: string[] | null;
  /**
   * Every header row, top down, with the spans of its merged cells (`RawCell.rowSpan`,
   * `colSpan`), when the header has more than one row; none of them is among `rows`. A whole
   * table as it shows is `headerRows ?? [header]` followed by `rows`.
   */
  headerRows?: RawRow[];
  rows: RawRow[];
  lineStart?: number;
  lineEnd?: number;
  pageStart?: number;
  pageEnd?: number;
}

export interface RawHeading {
  kind: "heading";
  /** 1 for `#`, 2 for `##` …; 0 when the heading was recognised from its text (肆、具體作為). */
  level: number;
  text: string;
  line?: number;
  page?: number;
}

export interface RawParagraph {
  kind: "paragraph";
  text: string;
  line?: number;
  page?: number;
}

export type RawBlock = RawHeading | RawParagraph | RawTable;

export interface RawDocument {
  format: "text" | "pdf";
  blocks: RawBlock[];
  /** Number of pages of a PDF input. */
  pages?: number;
  /** Problems the reader met (a row it could not place, a cell it had to guess). */
  warnings: Warning[];
}
