import type { RawDocument } from "@lianzheng/layout";
import { readMentions } from "@lianzheng/mentions";
import {
  createWarning,
  type Language,
  type Narrative,
  type NarrativeSection,
  type Source,
  type Warning,
} from "@lianzheng/model";
import { extractQuantities } from "@lianzheng/normalize";

export interface ParseNarrativeOptions {
  source: Source;
  /** The document id (see `documentId` in the model). */
  id: string;
  language: Language;
}

const FINAL_PUNCTUATION = /[.。!?！？;；:：,，、"”’)）]$/u;
const HAN = /\p{Script=Han}/u;
/** Longest heading: a line longer than this is prose even without final punctuation. */
const HEADING_MAX = { zh: 40, en: 140 } as const;

/**
 * A heading is a short line without final punctuation: at most 40 characters of Chinese or 140
 * of English, not ending in . 。 ! ? ; : , or a closing quote or bracket.
 */
export function isNarrativeHeading(line: string): boolean {
  const text = line.trim();
  if (!text) return false;
  const max = HAN.test(text) ? HEADING_MAX.zh : HEADING_MAX.en;
  return text.length <= max && !FINAL_PUNCTUATION.test(text);
}

/** The first sentence of a text, for a title when the document has no title line. */
function firstSentence(text: string): string {
  const match = /^(.+?[.。!?！？])(?:\s|$)/u.exec(text.trim());
  const sentence = (match?.[1] ?? text).trim();
  return sentence.length > 200 ? `${sentence.slice(0, 199)}…` : sentence;
}

/**
 * Parses a prose report (Chinese or English, no table) into its title, sections (a heading and its
 * paragraphs; text before the first heading is a section with heading null), the quantities of each
 * section (`6.162 million`, `ten important sites`, 72.69%), and the agencies, international bodies
 * and countries it names. Plan links are made later, against a plan (`linkToPlan`), so
 * `planLinks` is empty here. Pure; tables, where there are any, are read as lines of text.
 */
export function parseNarrative(raw: RawDocument, options: ParseNarrativeOptions): Narrative {
  const warnings: Warning[] = [...raw.warnings];
  const lines: Array<{ text: string; heading: boolean }> = [];
  for (const block of raw.blocks) {
    if (block.kind === "table") {
      for (const row of block.rows)
        lines.push({ text: row.cells.map((cell) => cell.text).join("\t"), heading: false });
      continue;
    }
    lines.push({ text: block.text, heading: block.kind === "heading" });
  }

  const sections: NarrativeSection[] = [];
  let current: NarrativeSection | undefined;
  let title = "";
  lines.forEach(({ text, heading: marked }, index) => {
    // A heading needs prose after it: a short last line is a paragraph of its own.
    const heading = marked || (isNarrativeHeading(text) && index < lines.length - 1);
    if (heading && index === 0 && !title) {
      title = text.trim();
      return;
    }
    if (heading) {
      current = { heading: text.trim(), paragraphs: [], quantities: [] };
      sections.push(current);
      return;
    }
    if (!current) {
      current = { heading: null, paragraphs: [], quantities: [] };
      sections.push(current);
    }
    current.paragraphs.push(text.trim());
    current.quantities.push(...extractQuantities(text));
  });
  if (!title) {
    title = firstSentence(sections[0]?.paragraphs[0] ?? "");
    warnings.push(
      createWarning("title_inferred", "the text has no title line: the title is its first sentence"),
    );
  }
  const text = lines.map((line) => line.text).join("\n");
  const mentions = readMentions(text);
  warnings.push(...mentions.warnings);
  return {
    id: options.id,
    kind: "narrative",
    language: options.language,
    title,
    source: options.source,
    warnings,
    sections,
    mentions: mentions.mentions,
    planLinks: [],
  };
}
