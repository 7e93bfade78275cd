import { agencies, other, plan, report, translation } from "@lianzheng/test-support";
import { describe, expect, it } from "vitest";
import { collectAgencies } from "./agencies.js";
import { flattenDocuments, TABLE_COLUMNS, TABLE_NAMES, type TableName } from "./tables.js";

const lookup = (id: string) => agencies.find((agency) => agency.id === id);
const flatten = () =>
  flattenDocuments([report, other, translation, plan], {
    agencies: collectAgencies([plan, report], lookup),
    translationOf: new Map([[translation.id, plan.id]]),
  });
const rowsOf = (name: TableName) => flatten().tables.find((table) => table.name === name)?.rows ?? [];

describe("collectAgencies", () => {
  it("lists the agencies the documents name, with their parents, once each, sorted by id", () => {
    expect(collectAgencies([plan, report], lookup).map((agency) => agency.id)).toEqual([
      "agency-against-corruption",
      "ministry-of-foreign-affairs",
      "ministry-of-justice",
    ]);
  });

  it("follows the parent even when only the child is named", () => {
    expect(collectAgencies([report], lookup).map((agency) => agency.id)).toEqual([
      "agency-against-corruption",
      "ministry-of-justice",
    ]);
  });
});

describe("flattenDocuments", () => {
  it("gives every table exactly the columns it declares", () => {
    for (const table of flatten().tables) {
      for (const row of table.rows)
        expect(Object.keys(row).sort()).toEqual(TABLE_COLUMNS[table.name].map((c) => c.name).sort());
    }
    expect(flatten().tables.map((table) => table.name)).toEqual(TABLE_NAMES);
  });

  it("writes one row per measure, with its translation beside it", () => {
    expect(rowsOf("measures")).toEqual([
      expect.objectContaining({
        id: `${plan.id}/9.1`,
        strategy_id: `${plan.id}/9`,
        measure: "M9.1",
        strategy_number: 9,
        number: 1,
        text_en: 'Encourage "mutual legal assistance" treaties',
        line_from: 131,
        line_to: 133,
      }),
      expect.objectContaining({
        id: `${plan.id}/9.2`,
        text: "加速修正引渡法\n第二行",
        text_en: null,
        line_from: null,
      }),
    ]);
    expect(rowsOf("strategies")).toEqual([
      {
        id: `${plan.id}/9`,
        document_id: plan.id,
        number: 9,
        title: "推動國際合作與資產追繳",
        title_en: "Promote international cooperation",
      },
    ]);
  });

  it("keeps goals and agencies of both languages and of reports apart", () => {
    const goals = rowsOf("performance_goals").map((row) => [
      row.id,
      row.list,
      row.language,
      row.item_number,
      row.text,
    ]);
    expect(goals).toEqual([
      [`${plan.id}/9.1/g1`, "goal", "zh-Hant", null, "洽簽刑事司法互助條約, 或備忘錄"],
      [`${plan.id}/9.1/en/g1`, "goal", "en", 1, "Sign treaties"],
      [`${plan.id}/9.2/g1`, "goal", "zh-Hant", 1, "每年提報執行情形"],
      [`${plan.id}/9.2/g2`, "goal", "zh-Hant", 2, "完成修法"],
      [`${report.id}/1/g1`, "goal", "zh-Hant", 1, "洽簽條約"],
      [`${report.id}/1/i1`, "indicator", "zh-Hant", 1, "簽署件數"],
    ]);
    const roles = rowsOf("agency_roles").map((row) => [
      row.measure_id ?? row.record_id,
      row.agency_id,
      row.role,
      row.goals,
    ]);
    expect(roles).toEqual([
      [`${plan.id}/9.1`, "agency-against-corruption", "lead", null],
      [`${plan.id}/9.1`, "ministry-of-foreign-affairs", "assisting", "1;2"],
      [`${plan.id}/9.1`, "ministry-of-justice", "executing", null],
      [`${plan.id}/9.2`, null, "executing", null],
      [`${report.id}/1`, "agency-against-corruption", "executing", null],
    ]);
  });

  it("joins report records to plan measures and evaluations to the quantities they compare", () => {
    const [linked, unlinked] = rowsOf("report_records");
    expect(linked).toMatchObject({ plan_measure_id: `${plan.id}/9.1`, plan_match_score: 0.8 });
    expect(JSON.parse(linked?.fields as string)).toEqual([{ label: "108年績效目標值", text: "簽署 2 件" }]);
    expect(unlinked).toMatchObject({ plan_measure_id: null, fields: null });
    expect(
      rowsOf("quantities").map((row) => [row.id, row.side, row.value, row.currency, row.approximate]),
    ).toEqual([
      [`${report.id}/1/t1`, "target", 2, null, null],
      [`${report.id}/1/t2`, "target", 1000, "TWD", null],
      [`${report.id}/1/a1`, "achievement", 3, null, 1],
    ]);
    expect(rowsOf("evaluations")).toEqual([
      expect.objectContaining({
        target_quantity_id: `${report.id}/1/t1`,
        actual_quantity_id: `${report.id}/1/a1`,
        ratio: 1.5,
        met: 1,
        stated_ratio: null,
      }),
    ]);
  });

  it("lists documents sorted by id with the links between them", () => {
    const documents = rowsOf("documents");
    expect(documents.map((row) => row.id)).toEqual([translation.id, plan.id, report.id, other.id]);
    expect(documents[0]).toMatchObject({ translation_of: plan.id, language: "en" });
    expect(documents[2]).toMatchObject({ plan_id: plan.id, year: 2018, roc_year: 107, warnings: 1 });
  });

  it("warns instead of writing a broken link: an unknown agency id, a plan not in the run", () => {
    const { tables, warnings } = flattenDocuments([report], { agencies: [] });
    const rows = tables.find((table) => table.name === "report_records")?.rows ?? [];
    expect(rows[0]?.plan_measure_id).toBeNull();
    expect(warnings.map((warning) => warning.code).sort()).toEqual([
      "unknown_agency_id",
      "unlinked_plan_measure",
    ]);
  });

  it("keeps both rows when a parser numbers two measures alike, and says so", () => {
    const strategy = plan.strategies[0];
    if (!strategy) throw new Error("sample plan has a strategy");
    const twice = {
      ...plan,
      strategies: [
        {
          ...strategy,
          measures: [strategy.measures[1], strategy.measures[1]].filter((m) => m !== undefined),
        },
      ],
    };
    const { tables, warnings } = flattenDocuments([twice], { agencies });
    expect(tables.find((table) => table.name === "measures")?.rows.map((row) => row.id)).toEqual([
      `${plan.id}/9.2`,
      `${plan.id}/9.2~2`,
    ]);
    expect(warnings.map((warning) => warning.code)).toEqual(["duplicate_row_id"]);
  });

  it("writes a copy as a documents row with copy_of and none of its content again", () => {
    const copy = {
      ...plan,
      id: "action-plan.zh-hant.c0c0c0c0c0c0c0c0",
      source: { ...plan.source, format: "pdf" as const, path: "plan.pdf" },
      warnings: [{ code: "page_without_text" as const, message: "page 3 has no text", at: { page: 3 } }],
    };
    const { tables } = flattenDocuments([plan, copy], { agencies, copyOf: new Map([[copy.id, plan.id]]) });
    const rows = (name: TableName) => tables.find((table) => table.name === name)?.rows ?? [];
    expect(rows("documents").map((row) => [row.id, row.copy_of])).toEqual([
      [plan.id, null],
      [copy.id, plan.id],
    ]);
    for (const table of ["strategies", "measures", "performance_goals", "agency_roles"] as const) {
      expect(rows(table).length, table).toBeGreaterThan(0);
      expect(
        rows(table).filter((row) => row.document_id === copy.id),
        table,
      ).toEqual([]);
    }
    // Its warnings stay readable: they say how that form was read.
    expect(rows("warnings").filter((row) => row.document_id === copy.id)).toEqual([
      expect.objectContaining({ code: "page_without_text", severity: "warning", page: 3, line: null }),
    ]);
  });
});
