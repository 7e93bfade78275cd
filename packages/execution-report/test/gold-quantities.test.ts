import type { Quantity } from "@lianzheng/model";
import { readSeed003GoldQuantities } from "@lianzheng/test-support";
import { readText } from "@lianzheng/text";
import { describe, expect, it } from "vitest";
import { parseExecutionReport } from "../src/index.js";
import { readRepoFile, SEED_003, sourceOf } from "./seed.js";

// fixtures/quantities/seed-003.tsv: quantities read by hand from the seed text; the rows listed
// with their item, unit and approximation are checked here.
interface Fact {
  seq: number;
  which: "target" | "achievement";
  item: number | null;
  raw: string;
  value: number;
  unit: string;
  kind: Quantity["kind"];
  approximate: boolean;
}

const facts: Fact[] = readSeed003GoldQuantities().flatMap((row) =>
  row.detail
    ? [
        {
          seq: row.seq,
          which: row.field,
          item: row.detail.item,
          raw: row.raw,
          value: row.value,
          unit: row.detail.unit,
          kind: row.kind,
          approximate: row.detail.approximate,
        },
      ]
    : [],
);

const text = readRepoFile(SEED_003);
const report = parseExecutionReport(readText(text), { source: sourceOf(SEED_003, text) });
const squeeze = (s: string) => s.replace(/\s+/gu, "");

function matches(fact: Fact, q: Quantity): boolean {
  const unit = fact.kind === "money" ? (q.currency ?? q.unit) : q.unit;
  const [a, b] = [squeeze(fact.raw), squeeze(q.raw)];
  return (
    q.value === fact.value &&
    q.kind === fact.kind &&
    unit === fact.unit &&
    (q.itemNumber ?? null) === fact.item &&
    (a.includes(b) || b.includes(a)) &&
    (!fact.approximate || q.approximate === true)
  );
}

describe("the gold quantities of seed 003", () => {
  it("is a list of at least 80 facts from at least 30 records, each written in its record", () => {
    expect(facts.length).toBeGreaterThanOrEqual(80);
    expect(new Set(facts.map((f) => f.seq)).size).toBeGreaterThanOrEqual(30);
    for (const fact of facts) {
      const record = report.records.find((r) => r.seq === fact.seq);
      expect(
        squeeze(record?.[fact.which].text ?? ""),
        `序次 ${fact.seq} ${fact.which} ${fact.raw}`,
      ).toContain(squeeze(fact.raw));
    }
  });

  it("is found by the parser: value, unit, kind and item", () => {
    const missed: string[] = [];
    const used = new Set<Quantity>();
    for (const fact of facts) {
      const record = report.records.find((r) => r.seq === fact.seq);
      const found = record?.[fact.which].quantities.find((q) => !used.has(q) && matches(fact, q));
      if (found) used.add(found);
      else {
        const near = record?.[fact.which].quantities.filter((q) => q.value === fact.value) ?? [];
        missed.push(
          `序次 ${fact.seq} ${fact.which} item ${fact.item} ${fact.raw}: got ${JSON.stringify(near)}`,
        );
      }
    }
    expect(missed).toEqual([]);
  });
});
