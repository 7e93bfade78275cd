import { readFileSync } from "node:fs";
import type { AgendaRow, ReportSection, Source, TripReport } from "@lianzheng/model";
import { readPdf } from "@lianzheng/pdf";
import { readText } from "@lianzheng/text";
import { parseTripReport } from "@lianzheng/trip-report";
import { describe, expect, it } from "vitest";

// Seed 002 printed to PDF by headless Chromium (fixtures/trip-report, made by
// scripts/make-trip-pdf-fixtures.mjs), as is and with its cover rearranged, must parse to the
// fields the seed's text gives and its hand-written gold file lists. One allowance, about what a
// PDF's text layer cannot carry: Chromium's font maps the en dash (–) to the figure dash (‒), so
// dashes compare as one.

const root = new URL("../../../", import.meta.url);
const fixture = (name: string) => readFileSync(new URL(`fixtures/trip-report/${name}`, root));
const gold = JSON.parse(fixture("seed-002.expected.json").toString("utf8"));
const seedText = readFileSync(new URL("seeds/002_9a82e845d717d122.txt", root), "utf8");
const source: Source = { path: "document", format: "text", sha256: "0".repeat(64), bytes: 1 };
const parse = (raw: Parameters<typeof parseTripReport>[0]): TripReport =>
  parseTripReport(raw, { id: "trip-report.zh-hant.0", language: "zh-Hant", source });

const dashes = (text: string) => text.replace(/[\u2010-\u2015]/gu, "-");
const outline = (sections: readonly ReportSection[]): unknown[] =>
  sections.map((s) => ({
    marker: s.marker,
    number: s.number,
    heading: s.heading,
    sections: outline(s.sections),
  }));
const agendaOutline = (rows: readonly AgendaRow[]) =>
  rows.map((row) => ({
    day: row.day,
    start: row.start,
    end: row.end,
    item: row.item,
    zh: row.zh.split("\n")[0],
    en: dashes(row.en.split("\n")[0] ?? ""),
    break: row.break,
    economies: row.economies.map((e) => e.code),
    speakers: row.speakers,
  }));
// Counts may differ: the agenda's caption lines are section text in one form and table rows in the other.
const mentionIds = (report: TripReport) => report.mentions.map((m) => [m.kind, m.id]);

const fromText = parse(readText(seedText));

describe.each(["seed-002-chromium.pdf", "seed-002-variant-chromium.pdf"])("%s", (name) => {
  it("parses to the seed's fields: cover, contents, section tree, agenda, recommendations", async () => {
    const report = parse(await readPdf(fixture(name), { file: name }));
    expect(report.cover).toEqual(gold.cover);
    expect(report.toc).toEqual(gold.toc);
    expect(outline(report.sections)).toEqual(gold.sections);
    expect(report.agenda).toHaveLength(22);
    expect(agendaOutline(report.agenda)).toEqual(
      gold.agenda.map((row: { en: string }) => ({ ...row, en: dashes(row.en) })),
    );
    expect(report.recommendations.map(({ number, heading }) => ({ number, heading }))).toEqual(
      gold.recommendations,
    );
    // The same mentions as the text, and the same warnings (the row cut by a page break in the
    // seed is cut the same way in the PDF's agenda; China's 法務部 and Singapore's 調查局 left out).
    expect(mentionIds(report)).toEqual(mentionIds(fromText));
    expect(report.warnings.map((w) => w.code)).toEqual(fromText.warnings.map((w) => w.code));
  });
});
