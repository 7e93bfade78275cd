// Reads the agency cells of the seed documents, for the agency golden tests. A small reader of the
// seeds' tab-separated tables, not the project's parser: it joins a measure's continuation rows
// (page breaks) the way the seeds show them and nothing more.
import { readFileSync } from "node:fs";

export interface SeedAgencyCell {
  /** 9.3 for the plans' 九、(三); the 序次 for the report. */
  measure: string;
  text: string;
  line: number;
}

const seedsDir = new URL("../../../seeds/", import.meta.url);

export function readSeed(name: string): string {
  return readFileSync(new URL(name, seedsDir), "utf8");
}

const CN: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 1–99 written in Arabic digits or Chinese numerals. */
function readNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  const [tens, ones] = text.includes("十") ? text.split("十") : ["", text];
  return (text.includes("十") ? (tens ? (CN[tens] ?? 0) : 1) * 10 : 0) + (ones ? (CN[ones] ?? 0) : 0);
}

const stripTags = (cell: string) => cell.replace(/<[^>]+>/g, "").trim();
const STRATEGY = /^(?:([一二三四五六七八九十]+)、|(\d+)\.\s)/;
const MEASURE = /^\((\d+|[一二三四五六七八九十]+)\)/;

/**
 * The measure marker a cell starts with, or that starts one of its paragraphs: 001 puts the end of
 * 六、(二) and the start of (三) in one cell (`<p>…文化。</p> <p>(三) 於…</p>`); the row's agency
 * cell then belongs to (三).
 */
function markerOf(cell: string): string | undefined {
  for (const paragraph of cell.split(/<p>/)) {
    const marker = MEASURE.exec(stripTags(paragraph))?.[1];
    if (marker !== undefined) return marker;
  }
  return undefined;
}
const HEADER = /^(具體策略|Specific Strategy)$/;

/**
 * The agency cell of every measure in a plan's four-column table (seeds 001 and 000). A row whose
 * measure column is empty or does not start with a marker continues the measure above; a row
 * shifted one column left (measure in the first column) is read by where its marker is.
 */
export function readPlanAgencyCells(name: string): SeedAgencyCell[] {
  const lines = readSeed(name).split("\n");
  const cells: SeedAgencyCell[] = [];
  let strategy = 0;
  let inTable = false;
  lines.forEach((line, index) => {
    if (/^## 伍/.test(line)) inTable = false;
    const fields = line.split("\t");
    if (fields.length < 3) return;
    const plain = fields.map(stripTags);
    if (HEADER.test(plain[0] ?? "")) {
      inTable = true;
      return;
    }
    if (!inTable || plain.every((field) => /^-*$/.test(field))) return;
    const strategyMatch = STRATEGY.exec(plain[0] ?? "");
    if (strategyMatch) strategy = readNumber(strategyMatch[1] ?? strategyMatch[2] ?? "");
    const measureColumn = fields.findIndex((field) => markerOf(field) !== undefined);
    if (measureColumn >= 0) {
      const number = readNumber(markerOf(fields[measureColumn] ?? "") ?? "");
      cells.push({
        measure: `${strategy}.${number}`,
        text: fields[measureColumn + 2] ?? "",
        line: index + 1,
      });
      return;
    }
    const continued = fields[3] ?? "";
    const last = cells.at(-1);
    if (last && stripTags(continued)) last.text += `\n${continued}`;
  });
  return cells;
}

/** The 辦理機關 row of every record of the execution report (seed 003), by 序次. */
export function readReportAgencyCells(name: string): SeedAgencyCell[] {
  const cells: SeedAgencyCell[] = [];
  let seq = "";
  readSeed(name)
    .split("\n")
    .forEach((line, index) => {
      const [label, value] = line.split("\t");
      if (label === "序次") seq = value?.trim() ?? "";
      if (label === "辦理機關") cells.push({ measure: seq, text: value ?? "", line: index + 1 });
    });
  return cells;
}
