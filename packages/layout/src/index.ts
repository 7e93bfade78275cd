export type {
  RawBlock,
  RawCell,
  RawDocument,
  RawHeading,
  RawParagraph,
  RawRow,
  RawTable,
} from "./types.js";
