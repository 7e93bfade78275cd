import type { ActionPlan } from "@lianzheng/model";
import { agencies, plan } from "@lianzheng/test-support";
import { describe, expect, it } from "vitest";
import { collectAgencies } from "./agencies.js";
import { flattenDocuments, type TableName } from "./tables.js";

const lookup = (id: string) => agencies.find((agency) => agency.id === id);
// A later edition of the fixture plan: 9.1 kept, 9.2 renumbered to 9.3, a new 9.2.
const later: ActionPlan = {
  ...plan,
  id: "action-plan.zh-hant.5555555555555555",
  revision: { label: "修正", date: "2023-08-18", rocDate: "112-08-18", authority: "行政院" },
  strategies: plan.strategies.map((strategy) => ({
    ...strategy,
    measures: [
      ...strategy.measures.filter((m) => m.id === "9.1"),
      ...strategy.measures
        .filter((m) => m.id === "9.1")
        .map((m) => ({ ...m, id: "9.2", number: 2, text: "新措施" })),
      ...strategy.measures.filter((m) => m.id === "9.2").map((m) => ({ ...m, id: "9.3", number: 3 })),
    ],
  })),
};
const tables = flattenDocuments([plan, later], {
  agencies: collectAgencies([plan], lookup),
  lineage: [
    {
      from: plan.id,
      to: later.id,
      entries: [
        { kind: "kept", from: ["9.1"], to: ["9.1"], similarity: 1, goalsChanged: false },
        {
          kind: "renumbered",
          from: ["9.2"],
          to: ["9.3"],
          similarity: 1,
          agencies: { added: ["x"], dropped: [] },
        },
        { kind: "added", from: [], to: ["9.2"] },
      ],
    },
  ],
});
const rowsOf = (name: TableName) => tables.tables.find((table) => table.name === name)?.rows ?? [];

describe("editions and measure_lineage tables", () => {
  it("gives every plan an editions row with its revision", () => {
    expect(rowsOf("editions").find((row) => row.id === later.id)).toMatchObject({
      document_id: later.id,
      label: "修正",
      date: "2023-08-18",
      roc_date: "112-08-18",
      authority: "行政院",
      document_number: null,
      derived_from: null,
    });
  });

  it("writes one lineage row per measure pair whose ids join to measures (a missing side is null)", () => {
    const measures = new Set(rowsOf("measures").map((row) => row.id));
    const lineage = rowsOf("measure_lineage");
    expect(lineage.map((row) => [row.kind, row.from_measure_id, row.to_measure_id])).toEqual([
      ["kept", `${plan.id}/9.1`, `${later.id}/9.1`],
      ["renumbered", `${plan.id}/9.2`, `${later.id}/9.3`],
      ["added", null, `${later.id}/9.2`],
    ]);
    for (const row of lineage) {
      for (const key of ["from_measure_id", "to_measure_id"] as const) {
        if (row[key] !== null) expect(measures.has(row[key] as string)).toBe(true);
      }
    }
    expect(lineage[1]).toMatchObject({ agencies_added: "x", renumbered: null, goals_changed: null });
  });
});
