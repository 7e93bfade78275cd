import type { RawBlock, RawDocument } from "@lianzheng/layout";
import { createWarning, type DocumentKind, type Warning } from "@lianzheng/model";
import { detect, EXECUTION_REPORT_TITLE } from "./detect.js";
import { textOfLayout } from "./layout.js";

// One file can hold two documents: a plan and the year's report printed or merged into one PDF.
// Detection sees the first; the second would be read into the first's last section (a report's
// 46 records as the text of the plan's 獎懲). The second starts where a block opens with its own
// title and the text from there on is detected as that kind.

/** Titles that open a document of a kind, at the start of a heading or paragraph. */
const OPENING_TITLES: ReadonlyArray<[DocumentKind, RegExp]> = [
  ["execution-report", EXECUTION_REPORT_TITLE],
  // The title alone on its line, or with its label: 國家廉政建設行動方案（核定本）.
  [
    "action-plan",
    /^\s*(國家廉政建設行動方案|国家廉政建设行动方案|National Integrity Building Action Plan)\s*([（(][^）)]{1,12}[）)])?\s*$/iu,
  ],
];
/** A cover line standing just before a title: the approval (行政院…院臺法字第…號函核定). */
const COVER_LINE = /院[臺台]\S*字第|核定\s*$/u;
const COVER_LINES_MAX = 2;
/** How far into a block its title may start (a running head or a number before it). */
const TITLE_WITHIN = 40;
/** Blocks tried at most: each costs a detection of the text after it (a hostile text repeats titles). */
const MAX_TRIED = 5;

export interface SecondDocument {
  /** The index of the block the second document starts with. */
  index: number;
  kind: DocumentKind;
  title: string;
}

function opensAs(block: RawBlock): DocumentKind | undefined {
  if (block.kind === "table") return undefined;
  const start = block.text.slice(0, TITLE_WITHIN + 40);
  for (const [kind, title] of OPENING_TITLES) {
    const found = title.exec(start);
    if (found && found.index <= TITLE_WITHIN) return kind;
  }
  return undefined;
}

/** The block a document starts with: its title, or the cover lines just before it. */
function withCover(blocks: readonly RawBlock[], title: number): number {
  let start = title;
  while (start > 1 && title - start < COVER_LINES_MAX) {
    const before = blocks[start - 1];
    if (!before || before.kind === "table" || before.text.length > 80 || !COVER_LINE.test(before.text)) break;
    start--;
  }
  return start;
}

/**
 * Where a document of another kind than `kind` starts in `raw`, after its first block (a title
 * there would have made the whole file that kind).
 */
export function findSecondDocument(raw: RawDocument, kind: DocumentKind): SecondDocument | undefined {
  let tried = 0;
  for (const [index, block] of raw.blocks.entries()) {
    const opening = index > 0 ? opensAs(block) : undefined;
    if (!opening || opening === kind) continue;
    if (++tried > MAX_TRIED) return undefined;
    const rest = textOfLayout({ ...raw, blocks: raw.blocks.slice(index) });
    if (detect(rest).kind !== opening) continue;
    const title = (block as { text: string }).text.trim().slice(0, 80);
    return { index: withCover(raw.blocks, index), kind: opening, title };
  }
  return undefined;
}

/** The warning for a second document: where it starts, what it is, and what to do. */
export function secondDocumentWarning(raw: RawDocument, second: SecondDocument): Warning {
  const block = raw.blocks[second.index] as { page?: number; line?: number };
  const where = block.page ? `page ${block.page}` : block.line ? `line ${block.line}` : "a later part";
  const at = block.page ? { page: block.page } : block.line ? { line: block.line } : undefined;
  return createWarning(
    "second_document",
    `from ${where} on, the file holds another document, ${second.kind} ("${second.title}"): it was left out of this one; split the file and parse each part`,
    { at },
  );
}
