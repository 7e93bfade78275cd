// The operators the reader takes from PDF.js, apart from how it reads them (operators.ts): the
// reader's process is told their names as it starts (isolate.ts), before anything else loads.

/** The PDF.js operator codes the reader reads (`OPS` of the loaded build, passed in). */
export interface PageOps {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  clip: number;
  eoClip: number;
  setStrokeRGBColor: number;
  setFillRGBColor: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  beginText: number;
  setFont: number;
  setTextMatrix: number;
  moveText: number;
  setLeadingMoveText: number;
  setLeading: number;
  nextLine: number;
  setCharSpacing: number;
  setWordSpacing: number;
  setHScale: number;
  setTextRise: number;
  showText: number;
  beginMarkedContent: number;
  beginMarkedContentProps: number;
  endMarkedContent: number;
}

// Every key of PageOps once (the Record makes the compiler check that none is missing).
const PAGE_OP_KEYS: Record<keyof PageOps, true> = {
  save: true,
  restore: true,
  transform: true,
  constructPath: true,
  clip: true,
  eoClip: true,
  setStrokeRGBColor: true,
  setFillRGBColor: true,
  stroke: true,
  closeStroke: true,
  fill: true,
  eoFill: true,
  fillStroke: true,
  eoFillStroke: true,
  closeFillStroke: true,
  closeEOFillStroke: true,
  paintFormXObjectBegin: true,
  paintFormXObjectEnd: true,
  beginText: true,
  setFont: true,
  setTextMatrix: true,
  moveText: true,
  setLeadingMoveText: true,
  setLeading: true,
  nextLine: true,
  setCharSpacing: true,
  setWordSpacing: true,
  setHScale: true,
  setTextRise: true,
  showText: true,
  beginMarkedContent: true,
  beginMarkedContentProps: true,
  endMarkedContent: true,
};

/** The names of the operators `readOperatorList` reads: the others can be dropped before it. */
export const PAGE_OP_NAMES = Object.keys(PAGE_OP_KEYS) as (keyof PageOps)[];
