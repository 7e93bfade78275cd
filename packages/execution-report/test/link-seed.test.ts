import { lineMeasures, parseActionPlan } from "@lianzheng/action-plan";
import { readText } from "@lianzheng/text";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_LINK_THRESHOLD,
  derivePlanFromReport,
  linkReportToPlan,
  parseExecutionReport,
} from "../src/index.js";
import { renderLinkTable } from "./link-table.js";
import { readRepoFile, SEED_003, sourceOf } from "./seed.js";

const SEED_001 = "seeds/001_6bac756fe4f12e99.txt";
const reportText = readRepoFile(SEED_003);
const planText = readRepoFile(SEED_001);
const report = parseExecutionReport(readText(reportText), { source: sourceOf(SEED_003, reportText) });
const plan = parseActionPlan(readText(planText), { source: sourceOf(SEED_001, planText) });
const linked = linkReportToPlan(report, plan);

describe("seed 003 linked to seed 001", () => {
  it("links the rows checked by eye against both texts", () => {
    const idOf = (seq: number) => linked.records.find((r) => r.seq === seq)?.planMeasureId;
    // Same text, renumbered: 2018 一、(三) 稽核清查 is 2023 一、(二); 2018 八、(三) 檢舉獎金 is 2023 八、(二).
    expect([idOf(3), idOf(4), idOf(32), idOf(39)]).toEqual(["1.2", "1.3", "8.2", "8.9"]);
    // Reworded: 2018 一、(一) keeps its goals in 2023 一、(一); 政治獻金 二、(三) is 二、(二) and 揭弊者保護法 八、(二) is 八、(一).
    expect([idOf(1), idOf(7), idOf(31)]).toEqual(["1.1", "2.2", "8.1"]);
    // Rewritten, but 2023 八、(八) keeps 2018 八、(九)'s only goal, 每年統計政風機構受理檢舉件數…, word for word.
    expect(idOf(38)).toBe("8.8");
    // Gone in 2023 (no 內部控制聲明書, 公務人員基準法, 公糧業者, 外國法院委託事件協助法 measure; the 2018 law amendments are done).
    expect([idOf(2), idOf(6), idOf(16), idOf(29), idOf(40)]).toEqual([null, null, null, null, null]);
  });

  it("warns for every unlinked record and links the rest within their strategy", () => {
    const unlinked = linked.records.filter((r) => r.planMeasureId === null).map((r) => r.seq);
    expect(linked.warnings.filter((w) => w.code === "plan_link_weak").map((w) => w.at?.seq)).toEqual(
      unlinked,
    );
    for (const record of linked.records) {
      if (record.planMeasureId)
        expect(record.planMeasureId.split(".")[0]).toBe(String(record.strategy.number));
      if (record.planMeasureId) expect(record.planMatchScore).toBeGreaterThanOrEqual(DEFAULT_LINK_THRESHOLD);
    }
    expect(new Set(linked.records.map((r) => r.planMeasureId).filter(Boolean)).size).toBe(
      linked.records.length - unlinked.length,
    );
  });

  it("is the table printed in the package README", () => {
    // Compared cell by cell: a Markdown formatter may pad the columns.
    const cells = (table: string) =>
      table
        .split("\n")
        .filter((line) => /^\|\s*\d+\s*\|/u.test(line))
        .map((line) => line.split("|").map((cell) => cell.trim()));
    expect(cells(readRepoFile("packages/execution-report/README.md"))).toEqual(
      cells(renderLinkTable(linked)),
    );
  });
});

// The report follows the 2018 edition: rebuilt from the report itself and followed into the 2023
// plan, its lineage links what it can, similarity the rest. Expected values from the hand-checked
// lineage (packages/action-plan/test/lineage.test.ts) and the links above.
describe("seed 003 linked to seed 001 through the derived 2018 edition's lineage", () => {
  const lineage = lineMeasures(derivePlanFromReport(report), plan);
  const viaLineage = linkReportToPlan(report, plan, { lineage });
  const of = (seq: number) => viaLineage.records.find((r) => r.seq === seq);

  it("links kept, renumbered and reworded measures by the lineage", () => {
    // 2.1 kept, 1.3 → 1.2 renumbered, 2.3 → 2.2 and 8.2 → 8.1 reworded, 8.10 → 8.9 renumbered.
    for (const [seq, id] of [
      [5, "2.1"],
      [3, "1.2"],
      [7, "2.2"],
      [31, "8.1"],
      [39, "8.9"],
    ] as const)
      expect(of(seq)).toMatchObject({ planMeasureId: id, planMatchMethod: "lineage" });
  });

  it("finds by similarity what the lineage calls removed but whose goals live on (1.1, 8.9 → 8.8)", () => {
    expect(of(1)).toMatchObject({ planMeasureId: "1.1", planMatchMethod: "similarity" });
    expect(of(38)).toMatchObject({ planMeasureId: "8.8", planMatchMethod: "similarity" });
  });

  it("gives every record the measure of the hand-checked links, and leaves the gone ones unlinked", () => {
    expect(viaLineage.records.map((r) => r.planMeasureId)).toEqual(
      linked.records.map((r) => r.planMeasureId),
    );
    for (const seq of [2, 6, 16, 29, 40]) expect(of(seq)?.planMatchMethod).toBeUndefined();
    const methods = viaLineage.records.map((r) => r.planMatchMethod ?? "none");
    // 46 records: 9 measures the lineage calls removed, 2 of them found by similarity, 7 gone.
    expect(methods.filter((m) => m === "lineage")).toHaveLength(37);
    expect(methods.filter((m) => m === "similarity")).toHaveLength(2);
  });
});
