import { readFileSync } from "node:fs";
import type { ActionPlan, AgendaRow, ReportSection, TripReport } from "@lianzheng/model";
import { readText } from "@lianzheng/text";
import { parseTripReport } from "../src/index.js";

const root = new URL("../../../", import.meta.url);
export const seed002 = readFileSync(new URL("seeds/002_9a82e845d717d122.txt", root), "utf8");
export const gold002 = JSON.parse(
  readFileSync(new URL("fixtures/trip-report/seed-002.expected.json", root), "utf8"),
);
/** The 2023 plan (seed 001) as the CLI parses it, from the golden file. */
export const plan2023 = JSON.parse(
  readFileSync(new URL("fixtures/golden/001_6bac756fe4f12e99.json", root), "utf8"),
) as ActionPlan;

const source = { path: "seed.txt", format: "text", sha256: "0".repeat(64), bytes: 1 } as const;

export function parse(text: string, language: TripReport["language"] = "zh-Hant"): TripReport {
  return parseTripReport(readText(text), { id: "trip-report.zh-hant.0", language, source });
}

/** The section tree without its text: what the gold file lists. */
export function outline(sections: readonly ReportSection[]): unknown[] {
  return sections.map((s) => ({
    marker: s.marker,
    number: s.number,
    heading: s.heading,
    sections: outline(s.sections),
  }));
}

/** An agenda row as the gold file lists it: the first line of each language, economies as codes. */
export function agendaOutline(rows: readonly AgendaRow[]): unknown[] {
  return rows.map((row) => ({
    day: row.day,
    start: row.start,
    end: row.end,
    item: row.item,
    zh: row.zh.split("\n")[0],
    en: row.en.split("\n")[0],
    break: row.break,
    economies: row.economies.map((e) => e.code),
    speakers: row.speakers,
  }));
}
