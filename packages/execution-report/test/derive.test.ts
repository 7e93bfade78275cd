import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ActionPlan, type ExecutionReport } from "@lianzheng/model";
import { readText } from "@lianzheng/text";
import { describe, expect, it } from "vitest";
import { derivePlanFromReport, parseExecutionReport } from "../src/index.js";
import { readRepoFile, SEED_003, sourceOf } from "./seed.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const text = readRepoFile(SEED_003);
const report: ExecutionReport = parseExecutionReport(readText(text), { source: sourceOf(SEED_003, text) });
const plan = ActionPlan.parse(derivePlanFromReport(report));
const measure = (id: string) => plan.strategies.flatMap((s) => s.measures).find((m) => m.id === id);

// Counts and cells read off seed 003 by hand: 46 records, strategies 一 … 九 with 4, 4, 4, 4, 2, 3,
// 8, 10, 7 measures, each numbered (一) upwards inside its strategy.
describe("derivePlanFromReport on seed 003 (the 2018 edition restated by the 107 report)", () => {
  it("parses to its gold file", () => {
    const path = `${root}fixtures/editions/2018-derived-from-003.json`;
    if (process.env.UPDATE_GOLD === "1") writeFileSync(path, `${JSON.stringify(plan, null, 2)}\n`);
    expect(plan).toEqual(JSON.parse(readFileSync(path, "utf8")));
  });

  it("has every record as one measure, strategy by strategy", () => {
    expect(plan.strategies.map((s) => s.measures.length)).toEqual([4, 4, 4, 4, 2, 3, 8, 10, 7]);
    expect(plan.strategies[8]?.title).toBe("推動國際合作與資產追繳，建構國家間互惠機制。");
    expect(plan.warnings).toEqual([]);
  });

  it("keeps each record's cells on its measure, with the year's indicators and targets", () => {
    const m14 = measure("1.4");
    expect(m14?.text).toBe(
      "辦理政府採購稽核及公共工程施工品質查核，促使機關確實依法辦理採購或施工案件，建構公平、公開之採購環境，並確保公共工程施工品質。",
    );
    expect(m14?.agencyText).toBe("各機關、行政院公共工程委員會");
    expect(m14?.indicators).toEqual([{ number: null, text: "每年提報稽核及查核案件數及成果。" }]);
    expect(m14?.targets?.map((t) => [t.rocYear, t.year, t.quantities.map((q) => q.value)])).toEqual([
      [107, 2018, [280, 110]],
    ]);
    // Record 45 also gives 108年績效目標值: a second target, for 108.
    const m96 = measure("9.6");
    expect(m96?.targets?.map((t) => t.rocYear)).toEqual([107, 108]);
    expect(m96?.targets?.[1]?.text).toContain("108年績效目標值為72%");
  });

  it("is marked as derived from the report, with no edition it cannot know", () => {
    expect(plan.derivedFrom).toMatchObject({ kind: "execution-report", documentId: report.id, rocYear: 107 });
    expect(plan.revision).toBeUndefined();
    expect(plan.goals).toEqual([]);
  });

  it("warns when two records restate one measure differently, and keeps the first", () => {
    const first = report.records[0];
    if (!first) throw new Error("no record");
    const twice = { ...report, records: [first, { ...first, seq: 47, agencyText: "內政部" }] };
    const derived = derivePlanFromReport(twice);
    expect(derived.strategies[0]?.measures).toHaveLength(1);
    expect(derived.strategies[0]?.measures[0]?.agencyText).toBe(first.agencyText);
    expect(derived.warnings.map((w) => w.code)).toEqual(["derived_measure_repeated"]);
  });
});
