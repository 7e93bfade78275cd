import type { Narrative, TripReport } from "@lianzheng/model";
import { agencies, other, plan } from "@lianzheng/test-support";
import initSqlJs from "sql.js";
import { describe, expect, it } from "vitest";
import { collectAgencies } from "./agencies.js";
import { buildSqlite } from "./sqlite.js";
import { flattenDocuments, type TableName } from "./tables.js";

// A trip report and a narrative as their parsers give them (shapes of seeds 002 and 004), linked
// to the test plan's measure 9.1 and, once, to a measure the plan does not have.
const base = other as TripReport;
const trip: TripReport = {
  ...base,
  id: "trip-report.zh-hant.5555555555555555",
  planId: plan.id,
  cover: {
    category: "出席國際會議",
    title: "參加 APEC 反貪腐及透明化工作小組會議",
    agencies: [
      { name: "法務部", agencyId: "ministry-of-justice" },
      { name: "某部", agencyId: "no-such-agency" },
    ],
    travellers: [
      { name: "馮成", title: "副署長" },
      {
        name: "林彥均",
        title: "主任檢察官",
        agency: { name: "廉政署", agencyId: "agency-against-corruption" },
      },
    ],
    destination: { text: "泰國清邁", countries: [{ code: "TH", name: "泰國" }], cities: ["清邁"] },
    period: { start: "2022-08-16", end: "2022-08-19" },
    reportDate: { year: 2022, month: 9 },
    reportNumber: null,
  },
  sections: [
    {
      marker: "壹",
      number: 1,
      heading: "摘要",
      level: 1,
      text: "第 35 次會議在泰國清邁舉行。",
      sections: [],
    },
    {
      marker: "參",
      number: 3,
      heading: "2022 年 8 月 17 日會議紀要",
      level: 1,
      text: "",
      sections: [
        { marker: "議程一", number: 1, heading: "議程採認", level: 2, text: "主席介紹議程。", sections: [] },
        { marker: null, number: null, heading: "附記", level: 2, text: "無。", sections: [] },
      ],
    },
  ],
  agenda: [
    {
      day: "2022-08-17",
      start: "10:30",
      end: "10:45",
      item: null,
      zh: "茶敘時間",
      en: "Coffee Break",
      speakers: [],
      economies: [],
      break: "coffee",
    },
    {
      day: "2022-08-17",
      start: "13:30",
      end: "14:20",
      item: 6,
      zh: "議程 6",
      en: "Item 6",
      speakers: [],
      economies: [
        { code: "AU", name: "澳洲" },
        { code: "TW", name: "中華台北" },
      ],
      break: null,
    },
  ],
  mentions: [
    { kind: "agency", id: "agency-against-corruption", name: "廉政署", count: 2, evidence: "…" },
    { kind: "body", id: "apec-actwg", name: "ACTWG", count: 9, evidence: "…" },
    { kind: "country", id: "TH", name: "泰國", count: 3, evidence: "…" },
  ],
  planLinks: [
    {
      measureId: "9.1",
      strategy: 9,
      score: 0.99,
      evidence: [{ anchor: "body:apec-actwg", kind: "body", phrase: "…", weight: 0.6 }],
    },
    { measureId: "9.9", strategy: 9, score: 0.35, evidence: [] },
  ],
};
const narrative: Narrative = {
  id: "narrative.en.6666666666666666",
  kind: "narrative",
  language: "en",
  title: "Border control",
  source: { path: "in/004.txt", format: "text", sha256: "6".repeat(64), bytes: 10 },
  warnings: [],
  sections: [
    {
      heading: "Border control",
      paragraphs: ["More than 6.162 million applied."],
      quantities: [
        { value: 6162000, unit: null, kind: "count", raw: "more than 6.162 million", approximate: true },
      ],
    },
  ],
  mentions: [{ kind: "agency", id: "ministry-of-justice", name: "MOJ", count: 1, evidence: "…" }],
  planLinks: [],
};

const lookup = (id: string) => agencies.find((agency) => agency.id === id);
const documents = [plan, trip, narrative];
const flattened = flattenDocuments(documents, { agencies: collectAgencies(documents, lookup) });
const rowsOf = (name: TableName) => flattened.tables.find((table) => table.name === name)?.rows ?? [];
const ids = (name: TableName) => new Set(rowsOf(name).map((row) => row.id));

describe("trip and narrative tables", () => {
  it("collect the agencies the covers, travellers and mentions name", () => {
    expect(collectAgencies([trip], lookup).map((a) => a.id)).toEqual([
      "agency-against-corruption",
      "ministry-of-justice",
    ]);
  });

  it("write a trip with its destination, period and report date", () => {
    expect(rowsOf("trips")).toEqual([
      expect.objectContaining({
        id: trip.id,
        document_id: trip.id,
        countries: "TH",
        cities: "清邁",
        period_start: "2022-08-16",
        period_end: "2022-08-19",
        report_year: 2022,
        report_month: 9,
      }),
    ]);
    expect(rowsOf("documents").find((row) => row.id === trip.id)?.plan_id).toBe(plan.id);
  });

  it("give travellers, cover agencies and agenda rows ids that join to trips and agencies", () => {
    const trips = ids("trips");
    const agencyIds = ids("agencies");
    for (const name of ["travellers", "trip_agencies", "agenda_rows"] as const) {
      for (const row of rowsOf(name)) expect(trips.has(row.trip_id), `${name} ${row.id}`).toBe(true);
    }
    expect(rowsOf("travellers").map((row) => [row.name, row.title, row.agency_id])).toEqual([
      ["馮成", "副署長", null],
      ["林彥均", "主任檢察官", "agency-against-corruption"],
    ]);
    for (const row of [...rowsOf("trip_agencies"), ...rowsOf("mentions")])
      if (row.agency_id !== null) expect(agencyIds.has(row.agency_id), String(row.id)).toBe(true);
    expect(rowsOf("agenda_rows").map((row) => [row.start_time, row.break, row.economies])).toEqual([
      ["10:30", "coffee", null],
      ["13:30", null, "AU; TW"],
    ]);
  });

  it("leave an unknown agency and a measure the plan lacks without a foreign key, and say so", () => {
    expect(rowsOf("trip_agencies").map((row) => row.agency_id)).toEqual(["ministry-of-justice", null]);
    expect(rowsOf("plan_links").map((row) => [row.measure, row.measure_id])).toEqual([
      ["M9.1", `${plan.id}/9.1`],
      ["M9.9", null],
    ]);
    expect(flattened.warnings.map((w) => w.code).sort()).toEqual([
      "unknown_agency_id",
      "unlinked_plan_measure",
    ]);
  });

  it("write a trip's sections as a tree: path by place, parent, marker as printed", () => {
    const prefix = `${trip.id}/s`;
    expect(
      rowsOf("trip_sections").map((row) => [
        row.id,
        row.position,
        row.parent_id,
        row.path,
        row.marker,
        row.heading,
      ]),
    ).toEqual([
      [`${prefix}1`, 1, null, "1", "壹", "摘要"],
      [`${prefix}2`, 2, null, "2", "參", "2022 年 8 月 17 日會議紀要"],
      [`${prefix}2.1`, 3, `${prefix}2`, "2.1", "議程一", "議程採認"],
      [`${prefix}2.2`, 4, `${prefix}2`, "2.2", null, "附記"],
    ]);
    expect(rowsOf("trip_sections").every((row) => row.trip_id === trip.id)).toBe(true);
    expect(rowsOf("trip_sections")[2]).toMatchObject({ level: 2, number: 1, text: "主席介紹議程。" });
  });

  it("write narrative sections and their quantities", () => {
    expect(rowsOf("narrative_sections").map((row) => [row.id, row.heading])).toEqual([
      [`${narrative.id}/s1`, "Border control"],
    ]);
    expect(
      rowsOf("section_quantities").map((row) => [row.section_id, row.value, row.kind, row.approximate]),
    ).toEqual([[`${narrative.id}/s1`, 6162000, "count", 1]]);
  });

  it("hold in SQLite with every foreign key satisfied", async () => {
    const bytes = await buildSqlite(
      flattened.tables,
      documents.map((d) => ({ id: d.id, json: JSON.stringify(d) })),
    );
    const SQL = await initSqlJs();
    const db = new SQL.Database(bytes);
    expect(db.exec("PRAGMA foreign_key_check")).toEqual([]);
    const joined = db.exec(
      "SELECT t.name, p.measure FROM travellers t JOIN trips r ON r.id = t.trip_id JOIN plan_links p ON p.document_id = r.document_id JOIN measures m ON m.id = p.measure_id",
    );
    expect(joined[0]?.values).toEqual([
      ["馮成", "M9.1"],
      ["林彥均", "M9.1"],
    ]);
    const sections = db.exec(
      "SELECT p.heading, s.heading FROM trip_sections s JOIN trip_sections p ON p.id = s.parent_id JOIN trips t ON t.id = s.trip_id ORDER BY s.position",
    );
    expect(sections[0]?.values).toEqual([
      ["2022 年 8 月 17 日會議紀要", "議程採認"],
      ["2022 年 8 月 17 日會議紀要", "附記"],
    ]);
  });
});
