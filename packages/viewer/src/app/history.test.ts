import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { LineageLink } from "../site-data.js";
import { measureHistory } from "./history.js";

function link(from: string, fromMeasure: string | null, to: string, toMeasure: string | null, kind = "kept") {
  return {
    from,
    to,
    kind,
    fromMeasure,
    toMeasure,
    similarity: null,
    renumbered: null,
    wordsRemoved: [],
    wordsAdded: [],
    agenciesAdded: [],
    agenciesDropped: [],
    goalsChanged: null,
  } satisfies LineageLink;
}

// Three editions as the dataset's measure_lineage gives them: 2018 1.4 renumbered to 2023 1.3
// (seed 003 → the six-column 2023 edition), 2023 1.3 split into 2030 1.3 and 1.4, and rows that
// belong to other measures (2018 1.1 removed, 2023 1.9 added).
const LINEAGE = [
  link("p2018", "1.1", "p2023", null, "removed"),
  link("p2018", "1.4", "p2023", "1.3", "renumbered"),
  link("p2023", null, "p2030", "1.9", "added"),
  link("p2023", "1.3", "p2030", "1.3", "split"),
  link("p2023", "1.3", "p2030", "1.4", "split"),
  link("p2023", "1.2", "p2030", "1.2", "kept"),
];

describe("measureHistory", () => {
  it("follows a measure back and forward through every edition, and no other measure", () => {
    const history = measureHistory(LINEAGE, { planId: "p2023", measureId: "1.3" });
    expect(history.measures).toEqual([
      { planId: "p2023", measureId: "1.3" },
      { planId: "p2018", measureId: "1.4" },
      { planId: "p2030", measureId: "1.3" },
      { planId: "p2030", measureId: "1.4" },
    ]);
    expect(history.links.map((l) => l.kind)).toEqual(["renumbered", "split", "split"]);
  });

  it("reaches the same measures from any member, and keeps a removed measure's own row", () => {
    const fromSplit = measureHistory(LINEAGE, { planId: "p2030", measureId: "1.4" });
    expect(new Set(fromSplit.measures.map((m) => `${m.planId} ${m.measureId}`))).toEqual(
      new Set(["p2018 1.4", "p2023 1.3", "p2030 1.3", "p2030 1.4"]),
    );
    const removed = measureHistory(LINEAGE, { planId: "p2018", measureId: "1.1" });
    expect(removed.measures).toEqual([{ planId: "p2018", measureId: "1.1" }]);
    expect(removed.links.map((l) => l.kind)).toEqual(["removed"]);
  });

  it("names editions by their canonical document, so a copy's id finds the lineage", () => {
    const canonical = (id: string) => (id === "p2023-pdf" ? "p2023" : id);
    const history = measureHistory(LINEAGE, { planId: "p2023-pdf", measureId: "1.2" }, canonical);
    expect(history.measures).toEqual([
      { planId: "p2023", measureId: "1.2" },
      { planId: "p2030", measureId: "1.2" },
    ]);
  });

  it("is a closed set: from any measure it reaches, the history is the same set", () => {
    const id = fc.constantFrom("1.1", "1.2", "1.3");
    const edition = fc.constantFrom("a", "b", "c", "d");
    const row = fc
      .tuple(edition, fc.option(id), edition, fc.option(id))
      .map(([from, fm, to, tm]) => link(from, fm, to, tm));
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), edition, id, (lineage, planId, measureId) => {
        const history = measureHistory(lineage, { planId, measureId });
        const names = (h: typeof history) => new Set(h.measures.map((m) => `${m.planId} ${m.measureId}`));
        for (const member of history.measures)
          expect(names(measureHistory(lineage, member))).toEqual(names(history));
        // Every link of the history names one of its measures; no measure appears twice.
        expect(names(history).size).toBe(history.measures.length);
        for (const l of history.links)
          expect(
            names(history).has(`${l.from} ${l.fromMeasure}`) || names(history).has(`${l.to} ${l.toMeasure}`),
          ).toBe(true);
      }),
    );
  });
});
