import { cleanText } from "./normalize.js";

// A Markdown bullet some renderings put before list lines (`- (1) …`, ` - ⑤7月…`).
const BULLET = /^[ \t]*[-*•][ \t]+(?=\S)/gmu;

/**
 * The clean text of a value made of a cell and its continuations: bullets dropped, HTML gone,
 * widths and look-alikes normalized, and a sentence cut by a page break joined back (cleanText
 * rejoins a line that does not end a sentence with the next one).
 */
export function joinValue(parts: readonly string[]): string {
  const lines = parts.map((part) => cleanText(part).replace(BULLET, "")).join("\n");
  // Blank lines carry nothing here: paragraphs and items are one per line, whichever reader ran.
  return cleanText(lines).replace(/\n{2,}/gu, "\n");
}
