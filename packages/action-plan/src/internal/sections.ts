import type { RawBlock, RawDocument, RawTable } from "@lianzheng/layout";
import { readMarker } from "./numbering.js";

/** What a section of the plan holds, recognised from its heading in either script or English. */
export type SectionRole = "basis" | "goals" | "strategies" | "directions" | "actions" | "other";

export interface PlanSection {
  number: number;
  heading: string;
  role: SectionRole;
  blocks: RawBlock[];
  line?: number;
}

const ROLES: ReadonlyArray<readonly [SectionRole, RegExp]> = [
  ["basis", /^(依據|依据|basis|legal basis)$/iu],
  ["goals", /^(目標|目标|goals?|objectives?)$/iu],
  ["strategies", /^(具體策略|具体策略|specific strateg(y|ies)|strateg(y|ies))$/iu],
  // The 2012 edition lists policy directions (型塑倫理 …) where later ones list strategies.
  ["directions", /^(政策方向|policy directions?)$/iu],
  ["actions", /^(具體作為|具体作为|specific actions?)$/iu],
];

function roleOf(heading: string): SectionRole {
  const name = heading.replace(/\s+/gu, " ").trim();
  return ROLES.find(([, pattern]) => pattern.test(name))?.[0] ?? "other";
}

/** The document's title (its first heading before any section) and its numbered sections. */
export function splitSections(doc: RawDocument): { title: string | null; sections: PlanSection[] } {
  let title: string | null = null;
  const sections: PlanSection[] = [];
  for (const block of doc.blocks) {
    if (block.kind === "heading") {
      const marker = readMarker(block.text);
      if (marker && (marker.kind === "capital" || marker.kind === "roman") && marker.rest) {
        const section: PlanSection = {
          number: marker.number,
          heading: marker.rest,
          role: roleOf(marker.rest),
          blocks: [],
        };
        if (block.line !== undefined) section.line = block.line;
        sections.push(section);
        continue;
      }
      if (sections.length === 0 && title === null) {
        title = block.text;
        continue;
      }
    }
    sections.at(-1)?.blocks.push(block);
  }
  return { title, sections };
}

/** The 具體作為 table: the first table of that section, else the first table of the document. */
export function findActionsTable(doc: RawDocument, sections: readonly PlanSection[]): RawTable | null {
  for (const section of sections) {
    if (section.role !== "actions") continue;
    const table = section.blocks.find((block): block is RawTable => block.kind === "table");
    if (table) return table;
  }
  return (
    doc.blocks.find((block): block is RawTable => block.kind === "table" && block.rows.length > 0) ?? null
  );
}

/**
 * A block's text, as one string (tables row by row, cells tab-separated). With `atLeast`, a
 * table's text may stop after a row once it is that long: a prefix of the whole (a sample of a
 * long table is not worth the whole table's text).
 */
export function textOf(block: RawBlock, atLeast = Number.POSITIVE_INFINITY): string {
  if (block.kind !== "table") return block.text;
  const lines: string[] = block.header ? [block.header.join("\t")] : [];
  // The length of the lines so far, joined.
  let length = lines.length > 0 ? (lines[0] as string).length : -1;
  for (const row of block.rows) {
    if (length >= atLeast) break;
    const line = row.cells.map((cell) => cell.text.replace(/\n/gu, " ")).join("\t");
    lines.push(line);
    length += line.length + 1;
  }
  return lines.join("\n");
}
