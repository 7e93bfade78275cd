import { readSeed003GoldQuantities } from "@lianzheng/test-support";
import { describe, expect, it } from "vitest";
import { extractItemQuantities, extractQuantities, splitItems } from "../src/index.js";
import { readSeed003Texts } from "./seed-003.js";

// fixtures/quantities/seed-003.tsv lists, by hand from seed 003, every amount, count, people count
// and percentage of each record's 107 target (績效目標值) and achievement (績效目標達成情形) text, in
// order. Dates, ordinals (第3季), document numbers and bare numbers are not in it.
const COUNTED_KINDS = new Set(["money", "count", "people", "percent"]);
const gold = readSeed003GoldQuantities().filter((row) => COUNTED_KINDS.has(row.kind));
const texts = readSeed003Texts();
const squeeze = (text: string) => text.replace(/\s+/gu, "");

describe("extractQuantities on seed 003's targets and achievements", () => {
  it("reads every target and achievement text of the 46 records", () => {
    expect(texts).toHaveLength(90);
    expect(new Set(texts.map((t) => t.seq)).size).toBe(46);
    expect(gold.length).toBe(304);
  });

  it("has a gold list whose every span is written, in order, in its record's text in the seed", () => {
    for (const t of texts) {
      let from = 0;
      const text = squeeze(t.text);
      for (const row of readSeed003GoldQuantities().filter((r) => r.seq === t.seq && r.field === t.field)) {
        const at = text.indexOf(squeeze(row.raw), from);
        expect(at, `序次 ${t.seq} ${t.field} ${row.raw}`).toBeGreaterThanOrEqual(from);
        from = at + 1;
      }
    }
  });

  it.each(texts.map((t) => [`${t.seq} ${t.field}`, t] as const))(
    "finds exactly the gold quantities in %s",
    (_name, t) => {
      const expected = gold
        .filter((row) => row.seq === t.seq && row.field === t.field)
        .map(({ raw, value, kind }) => ({ raw, value, kind }));
      const found = extractQuantities(t.text)
        .filter((q) => COUNTED_KINDS.has(q.kind))
        .map(({ raw, value, kind }) => ({ raw, value, kind }));
      expect(found).toEqual(expected);
    },
  );

  it("reads items split once as each item's text on its own, tagged with the item's number", () => {
    for (const t of texts) {
      const items = splitItems(t.text);
      const perItem = items.flatMap((item) =>
        extractQuantities(item.text).map((quantity) => ({ ...quantity, itemNumber: item.number })),
      );
      expect(extractItemQuantities(items), `${t.seq} ${t.field}`).toEqual(perItem);
    }
  });

  it("marks the approximate amounts of record 43 and reads their currencies", () => {
    const record = texts.find((t) => t.seq === 43 && t.field === "achievement");
    const money = extractQuantities(record?.text ?? "").filter((q) => q.kind === "money");
    expect(money.map((q) => [q.currency, q.approximate ?? false])).toEqual([
      ["TWD", false],
      ["USD", false],
      ["USD", false],
      ["USD", true],
      ["USD", true],
      ["EUR", true],
      ["USD", true],
      ["TWD", true],
      ["EUR", true],
    ]);
  });
});
