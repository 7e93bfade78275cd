import { rejoinBrokenLines } from "./normalize.js";

// A Markdown bullet some renderings put before list lines (`- (1) …`, ` - ⑤7月…`).
const BULLET = /^[ \t]*[-*•][ \t]+(?=\S)/gmu;

/**
 * The text of a value made of a cell and its continuations. The reader cleaned each piece (the
 * raw-document contract: no HTML, widths and look-alikes normalized, lines rejoined inside a
 * piece); here only what joining adds: bullets dropped, and a sentence a page break cut between
 * two pieces joined back.
 */
export function joinValue(parts: readonly string[]): string {
  const lines = parts.map((part) => part.replace(BULLET, "")).join("\n");
  // Blank lines carry nothing here: paragraphs and items are one per line, whichever reader ran.
  return rejoinBrokenLines(lines)
    .replace(/\n{2,}/gu, "\n")
    .trim();
}
