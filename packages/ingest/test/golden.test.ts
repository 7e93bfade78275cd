import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isSeriousWarning } from "@lianzheng/model";
import { repoRoot } from "@lianzheng/test-support";
import { describe, expect, it } from "vitest";
import { parseFile } from "../src/pipeline.js";

// Each seed's parse is compared with fixtures/golden/<seed>.json (rewritten by `pnpm golden:update`,
// read by eye before committing). Beside each comparison, invariants that a blind update cannot hide.
const root = repoRoot;
const seedNames = readdirSync(join(root, "seeds")).filter((name) => name.endsWith(".txt"));

async function parseSeed(name: string) {
  const document = await parseFile(join(root, "seeds", name));
  return { ...document, source: { ...document.source, path: `seeds/${name}` } };
}

describe("golden files", () => {
  it.each(seedNames)("%s parses to its golden file", async (name) => {
    const golden = JSON.parse(
      readFileSync(join(root, "fixtures/golden", name.replace(/\.txt$/, ".json")), "utf8"),
    );
    expect(await parseSeed(name)).toEqual(golden);
  });
});

describe("invariants of the seeds' parses", () => {
  it.each(seedNames)("%s has no serious warning: its manifest status is ok or skipped", async (name) => {
    const document = await parseSeed(name);
    expect(document.warnings.filter(isSeriousWarning)).toEqual([]);
  });

  it("001 is the Chinese plan: 9 strategies, 4 goals, no HTML or page headers anywhere", async () => {
    const plan = await parseSeed("001_6bac756fe4f12e99.txt");
    if (plan.kind !== "action-plan") throw new Error(plan.kind);
    expect(plan.strategies.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(plan.goals.map((g) => g.title)).toEqual(["不願貪", "不必貪", "不能貪", "不敢貪"]);
    const text = JSON.stringify(plan.strategies);
    expect(text).not.toMatch(/<\/?(p|ol|li|b|br)\b/);
    expect(text).not.toContain("具體策略\\t");
    expect(text).not.toMatch(/--\|--/);
  });

  it("003 is the 2018 report with records 1 … 46", async () => {
    const report = await parseSeed("003_2d62c1db8ab3e0f0.txt");
    if (report.kind !== "execution-report") throw new Error(report.kind);
    expect([report.year, report.rocYear]).toEqual([2018, 107]);
    expect(report.records.map((r) => r.seq)).toEqual(Array.from({ length: 46 }, (_, i) => i + 1));
  });
});
