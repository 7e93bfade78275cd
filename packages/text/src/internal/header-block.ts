import { isHeaderLike } from "@lianzheng/layout";
import { compactText, segments } from "./grid-lines.js";

// A table's header again under the heading of the next table (see table-heading.ts) is told by its
// text. A narrow column wraps its label (`辦理機` / `關`), and the next table, its columns sized by
// its own cells, may not (`辦理機關`): the two are the same header when their labels hold the same
// characters, each header line taken with the lines of wrapped labels right below it.

// How many lines below a header line its labels wrap onto (A5 at 8 pt: two).
const WRAPPED_MAX = 2;

/** A line of header label ends only: every piece could be a header cell (`關`, `策略  標  目標值`). */
function isLabelTail(line: string): boolean {
  const pieces = segments(line);
  // (isHeaderLike asks two cells or more: each piece is asked as a pair with itself.)
  return pieces.length > 0 && pieces.every((piece) => isHeaderLike([piece, piece]));
}

/** The characters of the header line at `at` and of its wrapped label lines below, sorted. */
export function headerBlockKey(lines: readonly string[], at: number): string {
  let text = compactText(lines[at] ?? "");
  for (let below = at + 1; below <= at + WRAPPED_MAX; below++) {
    const line = lines[below] ?? "";
    if (!isLabelTail(line)) break;
    text += compactText(line);
  }
  return [...text].sort().join("");
}
