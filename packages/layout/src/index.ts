// Public API of @lianzheng/layout. Named exports only.

/** joinWrapped, joinCellContinuation, joinParagraph(s), startsNewItem: how broken text is rejoined. */
export { joinCellContinuation, joinParagraph, joinParagraphs, joinWrapped, startsNewItem } from "./join.js";
/** Words broken at a line end (after a hyphen, or cut with none): marked while joining lines, decided by the whole document. */
export { LINE_END_CUT, LINE_END_CUT_DOUBTFUL, markCutWords } from "./line-end-cuts.js";
export { isBrokenWord, LINE_END_HYPHEN, markBrokenWords, resolveLineEndHyphens } from "./line-end-hyphens.js";
/** A record's first row repeated atop the page the record runs onto (序次 | 12), text and PDF alike. */
export { repeatsRecordHead } from "./record-head.js";
/** An execution report's record labels (序次 … 107年績效目標值), for its readers and its parser. */
export { classifyLabel, type LabelKind, type LabelMatch, normalizeLabel } from "./report-labels.js";
/** The table-stitching rules every reader shares (text and PDF). */
export {
  type ColumnProfile,
  headerRowCount,
  isHeaderLike,
  isHeaderRow,
  profileColumns,
  type StitchOptions,
  type StitchResult,
  stitchRows,
} from "./stitch.js";
export type {
  RawBlock,
  RawCell,
  RawDocument,
  RawHeading,
  RawParagraph,
  RawRow,
  RawTable,
} from "./types.js";
