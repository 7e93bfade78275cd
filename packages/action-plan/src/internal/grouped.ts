import type { RawBlock, RawTable } from "@lianzheng/layout";
import type { Direction } from "@lianzheng/model";
import { readMarker } from "./numbering.js";
import { textOf } from "./sections.js";

// The 2012 edition groups its 具體作為: sections (一、加強肅貪防貪), each with a table whose rows
// carry sub-headings ((一)肅貪：) above strategies numbered 1. 2. and measures numbered 1. 2.

/** A table of 具體作為 with the section heading above it (null before any). */
export interface GroupedTable {
  heading: string | null;
  table: RawTable;
}

/**
 * The tables of the 具體作為 section with the section heading (一、…) each falls under, or null
 * when no heading of that kind comes before a table: the edition does not group its tables.
 */
export function groupTables(blocks: readonly RawBlock[]): GroupedTable[] | null {
  const tables: GroupedTable[] = [];
  let heading: string | null = null;
  let grouped = false;
  for (const block of blocks) {
    if (block.kind === "table") {
      if (block.rows.length > 0) tables.push({ heading, table: block });
      continue;
    }
    const marker = readMarker(block.text);
    if (marker?.kind === "cjk-comma" && marker.rest && marker.rest.length <= 30) {
      heading = headingText(block.text);
      grouped = true;
    }
  }
  return grouped ? tables : null;
}

/** A heading as printed, without the colon some editions end it with: "(一)肅貪：" → "(一)肅貪". */
function headingText(text: string): string {
  return text
    .replace(/\s+/gu, "")
    .replace(/[：:]$/u, "")
    .trim();
}

// A sub-heading is short (肅貪, 陽光法令 …): a longer text after (一) is a measure, not a title.
const SUB_HEADING_LENGTH = 12;

/**
 * The sub-heading a strategy cell starts with ("(一)肅貪：", maybe followed in the same cell by the
 * first strategy "1. …"), or null. Only a short title counts, ended by a colon or by the cell.
 */
export function readSubHeading(cell: string): { heading: string; rest: string } | null {
  const marker = readMarker(cell);
  if (marker?.kind !== "paren" || !marker.rest) return null;
  const colon = /[：:]/u.exec(marker.rest);
  const title = colon ? marker.rest.slice(0, colon.index) : marker.rest;
  const rest = colon ? marker.rest.slice(colon.index + 1).trim() : "";
  if (title.trim().length === 0 || title.length > SUB_HEADING_LENGTH || /[。，,；;]/u.test(title))
    return null;
  const head = cell.trimStart();
  const printed = head.slice(0, head.indexOf(marker.rest));
  return { heading: headingText(`${printed}${title}`), rest };
}

/**
 * 參 政策方向: numbered directions, each a short title and its text, written "一、型塑倫理" with
 * the text on the lines after it, or "一、型塑倫理：倡議廉正誠信…" on one line. Lines before the
 * first direction introduce the list.
 */
export function parseDirections(blocks: readonly RawBlock[]): { directions: Direction[]; intro: string[] } {
  const directions: Direction[] = [];
  const intro: string[] = [];
  for (const block of blocks) {
    const text = textOf(block).trim();
    if (!text) continue;
    const marker = readMarker(text);
    if (marker && (marker.kind === "cjk-comma" || marker.kind === "dot") && marker.rest) {
      const split = /[：:\s]/u.exec(marker.rest);
      directions.push({
        number: marker.number,
        title: split ? marker.rest.slice(0, split.index).trim() : marker.rest,
        text: split ? marker.rest.slice(split.index + 1).trim() : "",
      });
      continue;
    }
    const last = directions.at(-1);
    if (last) last.text = last.text ? `${last.text}\n${text}` : text;
    else intro.push(text);
  }
  return { directions, intro };
}
