// Public API of @lianzheng/layout. Named exports only.

/** joinWrapped, joinCellContinuation, joinParagraph, startsNewItem: how broken text is rejoined. */
export { joinCellContinuation, joinParagraph, joinWrapped, startsNewItem } from "./join.js";
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
