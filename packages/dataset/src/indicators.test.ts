import type { ActionPlan } from "@lianzheng/model";
import { agencies, plan } from "@lianzheng/test-support";
import initSqlJs from "sql.js";
import { describe, expect, it } from "vitest";
import { formatCsv } from "./csv.js";
import { buildDataPackage } from "./datapackage.js";
import { buildSqlite } from "./sqlite.js";
import { flattenDocuments, type TableName } from "./tables.js";

// The fixture plan as a six-column edition: measure 9.1 with two indicators and a 112 target
// holding two quantities; 9.2 with an indicator and no target.
const six: ActionPlan = {
  ...plan,
  strategies: plan.strategies.map((strategy) => ({
    ...strategy,
    measures: strategy.measures.map((measure) =>
      measure.id === "9.1"
        ? {
            ...measure,
            indicators: [
              { number: 1, text: "洽簽司法互助協定件數。" },
              { number: 2, text: "資產追繳案件數。" },
            ],
            targets: [
              {
                rocYear: 112,
                year: 2023,
                text: "1. 洽簽 2 件。 2. 追繳 3 案。",
                items: [
                  { number: 1, text: "洽簽 2 件。" },
                  { number: 2, text: "追繳 3 案。" },
                ],
                quantities: [
                  { value: 2, unit: "件", kind: "count", raw: "2 件", itemNumber: 1 },
                  { value: 3, unit: "案", kind: "count", raw: "3 案", itemNumber: 2 },
                ],
              },
            ],
          }
        : { ...measure, indicators: [{ number: null, text: "每年提報執行情形。" }] },
    ),
  })),
};
const { tables } = flattenDocuments([six], { agencies });
const tableOf = (name: TableName) => {
  const table = tables.find((t) => t.name === name);
  if (!table) throw new Error(`no table ${name}`);
  return table;
};

describe("measure_indicators and measure_targets", () => {
  it("give one row per indicator and per measure-year, with ids joining measures", () => {
    const measures = new Set(tableOf("measures").rows.map((row) => row.id));
    const indicators = tableOf("measure_indicators").rows;
    expect(indicators.map((row) => [row.measure_id, row.position, row.item_number, row.text])).toEqual([
      [`${plan.id}/9.1`, 1, 1, "洽簽司法互助協定件數。"],
      [`${plan.id}/9.1`, 2, 2, "資產追繳案件數。"],
      [`${plan.id}/9.2`, 1, null, "每年提報執行情形。"],
    ]);
    const targets = tableOf("measure_targets").rows;
    expect(targets).toHaveLength(1);
    expect(targets[0]).toMatchObject({
      id: `${plan.id}/9.1/t112`,
      measure_id: `${plan.id}/9.1`,
      roc_year: 112,
      year: 2023,
      items: 2,
    });
    expect(JSON.parse(targets[0]?.quantities as string).map((q: { value: number }) => q.value)).toEqual([
      2, 3,
    ]);
    for (const row of [...indicators, ...targets]) expect(measures.has(row.measure_id as string)).toBe(true);
  });

  it("are empty for a plan without those columns", () => {
    const plain = flattenDocuments([plan], { agencies }).tables;
    for (const name of ["measure_indicators", "measure_targets"])
      expect(plain.find((t) => t.name === name)?.rows).toEqual([]);
  });

  it("are written as CSV, described in datapackage.json, and join in SQLite", async () => {
    expect(formatCsv(tableOf("measure_targets")).split("\r\n")[0]).toContain(
      "id,document_id,measure_id,roc_year,year,text,items,quantities",
    );
    const described = buildDataPackage({ version: "0", sources: [] }).resources.map(
      (resource: { name: string }) => resource.name,
    );
    expect(described).toEqual(expect.arrayContaining(["measure-indicators", "measure-targets"]));
    const SQL = await initSqlJs();
    const db = new SQL.Database(await buildSqlite(tables, [{ id: six.id, json: JSON.stringify(six) }]));
    expect(db.exec("PRAGMA foreign_key_check")).toEqual([]);
    const joined = db.exec(
      "SELECT m.measure, t.roc_year, count(i.id) FROM measure_targets t JOIN measures m ON m.id = t.measure_id JOIN measure_indicators i ON i.measure_id = m.id GROUP BY t.id",
    );
    expect(joined[0]?.values).toEqual([["M9.1", 112, 2]]);
  });
});
