import type { RawBlock, RawDocument } from "@lianzheng/layout";
import { readMentions } from "@lianzheng/mentions";
import {
  createWarning,
  type Item,
  type Language,
  type ReportSection,
  type Source,
  type TocEntry,
  type TripReport,
  type Warning,
} from "@lianzheng/model";
import { splitItems } from "@lianzheng/normalize";
import { type AgendaLine, isTimeCell, readAgenda, readDay, TIMED_LINE } from "./internal/agenda.js";
import { readCover } from "./internal/cover.js";
import { fold, foldedPattern } from "./internal/fold.js";
import { type HeadingMarker, isHeadingLine, readHeadingMarker } from "./internal/markers.js";

export interface ParseTripReportOptions {
  source: Source;
  /** The document id (see `documentId` in the model). */
  id: string;
  language: Language;
}

const TOC_HEADING = foldedPattern("^\\s*(?:目\\s*錄|目\\s*次|Contents|Table of Contents)\\s*$", "iu");
const TOC_LINE = /^(.*?\S)(?:\s*[.．·…‧_-]{2,}\s*|\s+)(\d{1,4})\s*$/u;
// An agenda section's heading: …會議議程, 議程表, 行程 (not 議程一：議程採認, whose marker is 議程).
const AGENDA_SECTION = foldedPattern("議程$|議程表|行程|Agenda|Programme|Program|Schedule", "iu");
const RECOMMENDATIONS = foldedPattern(
  "心得(?:與|及|暨)?建議|建議事項|^建議$|Recommendations?|Findings and Suggestions",
  "iu",
);

/** A block as the lines of text it holds (table rows as their cells joined by tabs). */
function linesOf(block: RawBlock): Array<{ text: string; line?: number }> {
  if (block.kind !== "table") {
    return [{ text: block.text, ...(block.line === undefined ? {} : { line: block.line }) }];
  }
  return block.rows.map((row) => ({
    text: row.cells
      .map((cell) => cell.text.replace(/\s+/g, " ").trim())
      .filter(Boolean)
      .join("\t"),
    ...(row.lineStart === undefined ? {} : { line: row.lineStart }),
  }));
}

/** A cover block's lines, a table's header row first (a roster's 姓名 | 服務機關 | 職稱 is one). */
function coverLinesOf(block: RawBlock): Array<{ text: string; line?: number }> {
  const header = block.kind === "table" && block.header ? [{ text: block.header.join("\t") }] : [];
  return [...header, ...linesOf(block)];
}

/** Where the cover ends: at the contents' heading or at the first numbered section heading. */
function coverEnd(blocks: readonly RawBlock[]): number {
  const index = blocks.findIndex((block) =>
    block.kind === "table"
      ? block.rows.some((row) => isTimeCell(row.cells[0]?.text ?? ""))
      : TOC_HEADING.test(fold(block.text)) ||
        (block.kind === "heading" ? readHeadingMarker(block.text) : isHeadingLine(block.text))?.style ===
          "financial",
  );
  return index < 0 ? blocks.length : index;
}

// Where one contents line ends and the next begins when a PDF's text layer joined them into one
// paragraph (摘要 3貳、第 35 次…議程 3參、…): after a page number, before a section marker.
const TOC_ENTRY_START = foldedPattern(
  "(?<=\\d)\\s*(?=(?:[壹貳參肆伍陸柒捌玖拾]+|議程[一二三四五六七八九十]+|[一二三四五六七八九十]+)[、：:])",
  "gu",
);

/** A contents block's entries: its lines, and lines joined into one split again. */
function tocLines(text: string): string[] {
  const cuts = [...fold(text).matchAll(TOC_ENTRY_START)].map((m) => m.index ?? 0);
  const bounds = [0, ...cuts, text.length];
  return text.split("\n").length > 1 || cuts.length === 0
    ? text.split("\n")
    : bounds.slice(1).map((end, i) => text.slice(bounds[i], end).trim());
}

function readToc(blocks: readonly RawBlock[], from: number): { toc: TocEntry[]; next: number } {
  const first = blocks[from];
  if (!first || first.kind === "table" || !TOC_HEADING.test(fold(first.text))) return { toc: [], next: from };
  const toc: TocEntry[] = [];
  let index = from + 1;
  for (; index < blocks.length; index++) {
    const block = blocks[index];
    if (!block || block.kind === "heading") break;
    const entries = linesOf(block)
      .flatMap(({ text }) => tocLines(text))
      .map((text) => TOC_LINE.exec(text.replace(/\t/g, " ")));
    if (entries.some((entry) => entry === null)) break;
    for (const entry of entries) {
      const text = (entry?.[1] ?? "").trim();
      const marker = readHeadingMarker(text);
      toc.push({
        number: marker?.marker ?? null,
        heading: marker?.rest || text,
        page: Number(entry?.[2]),
      });
    }
  }
  return { toc, next: index };
}

interface OpenSection extends ReportSection {
  style: string;
  body: string[];
  /** The heading names an agenda (…會議議程, 行程, Agenda): timed lines in it are agenda rows. */
  agenda: boolean;
}

/**
 * The body after the cover and contents as a section tree, and the agenda lines met on the way
 * (agenda tables, and timed lines inside an agenda section). Nesting follows the marker styles as
 * they come: a style already open closes back to its level, a new style opens one level deeper,
 * and 壹、 always starts at the top.
 */
function readBody(blocks: readonly RawBlock[]): { sections: ReportSection[]; agenda: AgendaLine[] } {
  const roots: OpenSection[] = [];
  const stack: OpenSection[] = [];
  const agenda: AgendaLine[] = [];
  let inTimedAgenda = false;

  const open = (marker: HeadingMarker | null, heading: string, style: string): void => {
    if (style === "financial") stack.length = 0;
    else {
      const same = stack.findIndex((section) => section.style === style);
      if (same >= 0) stack.length = same;
    }
    const section: OpenSection = {
      marker: marker?.marker ?? null,
      number: marker?.number ?? null,
      heading,
      level: stack.length + 1,
      text: "",
      sections: [],
      style,
      body: [],
      agenda: AGENDA_SECTION.test(fold(heading)),
    };
    (stack.at(-1)?.sections ?? roots).push(section);
    stack.push(section);
    inTimedAgenda = false;
  };
  const inAgendaSection = (): boolean => stack.some((section) => section.agenda);

  for (const block of blocks) {
    if (block.kind === "table") {
      const timed = block.rows.filter((row) => isTimeCell(row.cells[0]?.text ?? "")).length;
      if (timed >= 2) {
        for (const row of block.rows) {
          agenda.push({
            time: row.cells[0]?.text ?? "",
            content: row.cells
              .slice(1)
              .map((cell) => cell.text)
              .join("\n"),
            ...(row.lineStart === undefined ? {} : { line: row.lineStart }),
          });
        }
        continue;
      }
      stack.at(-1)?.body.push(...linesOf(block).map((l) => l.text));
      continue;
    }
    const marker = block.kind === "heading" ? readHeadingMarker(block.text) : isHeadingLine(block.text);
    if (marker?.rest) {
      open(marker, marker.rest, marker.style);
      continue;
    }
    if (block.kind === "heading") {
      open(null, block.text, `heading-${block.level}`);
      continue;
    }
    // Plain lines of an agenda: timed lines, day lines and the lines that continue them.
    if (inAgendaSection()) {
      const timed = TIMED_LINE.exec(block.text);
      if (timed?.[1] && timed[6]) {
        agenda.push({ time: timed[1], content: timed[6], ...(block.line ? { line: block.line } : {}) });
        inTimedAgenda = true;
        continue;
      }
      if (readDay(block.text, 2000) !== null) {
        agenda.push({ time: block.text, content: "", ...(block.line ? { line: block.line } : {}) });
        inTimedAgenda = true;
        continue;
      }
      if (inTimedAgenda) {
        agenda.push({ time: "", content: block.text });
        continue;
      }
    }
    stack.at(-1)?.body.push(block.text);
  }
  return { sections: roots.map(close), agenda };
}

function close(section: OpenSection): ReportSection {
  return {
    marker: section.marker,
    number: section.number,
    heading: section.heading,
    level: section.level,
    text: section.body.join("\n"),
    sections: section.sections.map((child) => close(child as OpenSection)),
  };
}

function findSection(sections: readonly ReportSection[], test: RegExp): ReportSection | undefined {
  for (const section of sections) {
    if (test.test(fold(section.heading))) return section;
    const inner = findSection(section.sections, test);
    if (inner) return inner;
  }
  return undefined;
}

/** 心得與建議: each subsection an item (heading and text), or the numbered items of its text. */
function readRecommendations(sections: readonly ReportSection[]): TripReport["recommendations"] {
  const section = findSection(sections, RECOMMENDATIONS);
  if (!section) return [];
  if (section.sections.length > 0) {
    return section.sections.map((sub) => ({
      number: sub.number,
      heading: sub.heading,
      text: [sub.text, ...sub.sections.map((s) => `${s.heading}\n${s.text}`)].filter(Boolean).join("\n"),
    }));
  }
  return splitItems(section.text).map((item: Item) => ({ ...item, heading: null }));
}

function allText(sections: readonly ReportSection[]): string {
  return sections.map((s) => [s.heading, s.text, allText(s.sections)].join("\n")).join("\n");
}

/**
 * Parses a trip report (出國報告) in the national format from its raw layout: the cover (category,
 * title, agencies resolved, travellers with name and title, destination with ISO country codes,
 * period, report date, report number), the contents, the sections as a tree, the agenda, the
 * recommendations (心得與建議) and the agencies, international bodies and countries it names.
 * Plan links are made later, against a plan (see `linkToPlan` in `@lianzheng/mentions`), so
 * `planLinks` is empty here. Pure; problems are warnings, never thrown.
 */
export function parseTripReport(raw: RawDocument, options: ParseTripReportOptions): TripReport {
  const blocks = raw.blocks;
  const end = coverEnd(blocks);
  const { cover, warnings: coverWarnings } = readCover(blocks.slice(0, end).flatMap(coverLinesOf));
  const { toc, next } = readToc(blocks, end);
  const { sections, agenda: agendaLines } = readBody(blocks.slice(next));
  const year = cover.period ? Number(cover.period.start.slice(0, 4)) : (cover.reportDate?.year ?? null);
  const { rows: agenda, warnings: agendaWarnings } = readAgenda(agendaLines, year);
  const warnings: Warning[] = [...raw.warnings, ...coverWarnings, ...agendaWarnings];
  if (sections.length === 0) {
    warnings.push(createWarning("no_sections", "no numbered section (壹、 …) after the cover"));
  }
  const text = [cover.title, allText(sections), ...agenda.flatMap((row) => [row.zh, row.en])].join("\n");
  const coverText = blocks
    .slice(0, end)
    .flatMap(linesOf)
    .map((l) => l.text)
    .join("\n");
  const mentions = readMentions([coverText, text].join("\n"));
  warnings.push(...mentions.warnings);
  return {
    id: options.id,
    kind: "trip-report",
    language: options.language,
    title: cover.title,
    source: options.source,
    warnings,
    cover,
    toc,
    sections,
    agenda,
    recommendations: readRecommendations(sections),
    mentions: mentions.mentions,
    planLinks: [],
  };
}
