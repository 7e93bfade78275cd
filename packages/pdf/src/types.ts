/**
 * One piece of text as the PDF draws it, in top-down page coordinates (points, origin at the top
 * left of the page): `x` is the left edge, `y` the baseline, `width` the glyphs' own advances
 * (character spacing after the last glyph not included), `fontSize` the glyph height. `text` is as the PDF's text layer gives it (look-alike code points included).
 */
export interface TextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
  /** The font's PostScript name without the subset prefix (`NotoSerifCJKtc-Bold`). */
  fontName: string;
  /** The font is bold (or heavier), by its name. */
  bold: boolean;
  /** In a tagged PDF, the marked-content id the run is drawn in (what the structure tree points at). */
  mcid?: number;
}

/** A horizontal (`y0 === y1`) or vertical (`x0 === x1`) line drawn on the page, top-down points. */
export interface Ruling {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * What one page holds: its size, text runs and ruling lines, as the page is shown (its /Rotate
 * applied; a page whose text mostly runs sideways turned so that it reads left to right).
 */
export interface PdfPage {
  /** 1-based page number. */
  page: number;
  width: number;
  height: number;
  runs: TextRun[];
  rulings: Ruling[];
  /**
   * Where a clipping path cut vertical rulings apart, as lines joining them (not among
   * `rulings`, which are drawn): the producer drew a table on past the page's text area and
   * clipped it there, so a cell whose edge this is (and no drawn line) runs on from, or onto,
   * another page (wkhtmltopdf draws cut rows so).
   */
  cutEdges?: Ruling[];
  /**
   * A tagged PDF's tables on this page, from its structure tree (Table → TR → TH/TD), or what
   * kept the tree from being read (`too_large`, `unreadable`). Absent: the page has no tree.
   */
  tagged?: TaggedTable[] | "too_large" | "unreadable";
}

/**
 * A table of a tagged PDF as its structure tree gives it, seen from one page: the rows that have
 * text on the page, each with its cells' marked-content ids on the page.
 */
export interface TaggedTable {
  /** Cells in the table's widest row (TH and TD, the whole table, all pages). */
  columns: number;
  /** Rows in the whole table (all pages). */
  rowCount: number;
  rows: TaggedRow[];
}

export interface TaggedRow {
  /** The row's place in the whole table (0-based): the same row on two pages has the same index. */
  index: number;
  /** Every cell of the row, those without text on this page included. */
  cells: TaggedCell[];
}

export interface TaggedCell {
  /** A TH, not a TD. */
  header: boolean;
  /** Marked-content ids of the cell's content on this page. */
  mcids: number[];
}

/** Limits and context for reading one PDF. Every limit has a default; pass `Infinity` to lift it. */
export interface ReadPdfOptions {
  /** Refuse documents with more pages than this. Default 2000. */
  maxPages?: number;
  /** Refuse inputs larger than this many bytes. Default 200 MB. */
  maxBytes?: number;
  /**
   * Give up on a document after this many milliseconds. Default 120 000. Kept even while PDF.js
   * is busy inside one content stream: it reads in a child process, which is killed at the limit.
   */
  timeoutMs?: number;
  /**
   * Refuse documents whose reading needs a larger heap than this many MB (a content stream that
   * expands enormously, form XObjects drawing each other over and over). Default 1024.
   */
  maxHeapMb?: number;
  /**
   * Refuse documents whose reading takes more resident memory than this many MB in all: the
   * heap, and the buffers PDF.js decodes streams into, which the heap limit does not cover.
   * Default 1536.
   */
  maxRssMb?: number;
  /**
   * Refuse a document with a stream that decodes (inflates) to more than this many bytes: a
   * compression bomb. Default 100 MiB (a full-page 300 dpi colour scan is about 26 MB).
   */
  maxStreamBytes?: number;
  /** Refuse a document whose streams decode to more than this many bytes in all. Default 512 MiB. */
  maxDecodedBytes?: number;
  /**
   * Refuse a page with more text or drawing operations than this (a printed page has a few
   * thousand; the page's layout runs on the caller's thread, so its input is bounded). Default
   * 200 000.
   */
  maxOpsPerPage?: number;
  /** The file name as the user gave it, for error messages. */
  file?: string;
}
