import { cleanText } from "@lianzheng/normalize";

// Markdown emphasis the text form wraps around some headings and phrases (**議程十：…**).
const MARKDOWN_BOLD = /\*\*(.+?)\*\*/gu;

/**
 * The clean text of a cell, paragraph or heading of the text form: normalize's `cleanText` (tags,
 * entities, look-alikes, widths, broken lines), markdown emphasis removed, and paragraphs on
 * single lines (`RawCell` keeps one `\n` between paragraphs and list items, no blank lines).
 */
export function cleanFragment(raw: string): string {
  const cleaned = cleanText(raw.includes("**") ? raw.replace(MARKDOWN_BOLD, "$1") : raw);
  return cleaned.includes("\n\n") ? cleaned.replace(BLANK_LINES, "\n").trim() : cleaned.trim();
}

const BLANK_LINES = /\n{2,}/gu;
