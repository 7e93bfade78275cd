import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blockOrderDoubts, type PairedRow } from "./block-order-check.js";

// Records shaped like seed 003's: 序次, then the same labels in the same order; records 29 and 30
// of the seed give a 108年績效目標值 row where the others give the achievement row.
const LABELS = ["具體策略", "執行措施", "績效目標", "辦理機關", "107年績效目標值", "107年度績效目標達成情形"];

let nextLine = 1;
const row = (label: string, value: string, pageEnd = true): PairedRow => ({
  label,
  value,
  valueBlocks: [{ line: nextLine + 1, lines: [value], pageEnd }],
  line: nextLine++,
});
const record = (seq: number, labels: readonly string[] = LABELS): PairedRow[] => [
  row("序次", String(seq)),
  ...labels.map((label) => row(label, `${label}的內容，第${seq}筆。`)),
];
const table = (count: number): PairedRow[] => Array.from({ length: count }, (_, i) => record(i + 1)).flat();

describe("blockOrderDoubts: a block-order label/value table checked by its own shape", () => {
  it("finds nothing in records that all carry the table's labels in its order, keys 1, 2, 3 …", () => {
    expect(blockOrderDoubts(table(6), "序次")).toEqual([]);
  });

  it("takes a label standing in the place of one the record lacks (108年績效目標值 for the achievement)", () => {
    const rows = [...table(4), ...record(5, [...LABELS.slice(0, 5), "108年績效目標值"]), ...record(6)];
    expect(blockOrderDoubts(rows, "序次")).toEqual([]);
    // Spacing and width differences in a label are no other label.
    const spaced = table(4).map((one) =>
      one.label === "107年績效目標值" ? { ...one, label: "107 年績效目標值" } : one,
    );
    expect(blockOrderDoubts(spaced, "序次")).toEqual([]);
  });

  it("names a record that lacks a label with nothing in its place (its label block lost)", () => {
    const rows = [
      ...table(3),
      ...record(
        4,
        LABELS.filter((label) => label !== "績效目標"),
      ),
      ...record(5),
    ];
    expect(blockOrderDoubts(rows, "序次")).toEqual([
      expect.stringMatching(/序次 4\) lacks the label 績效目標, and no other stands in its place/u),
    ]);
  });

  it("names two records run together (a key lost): a label twice and the keys out of sequence", () => {
    const rows = [...table(3), ...record(4), ...record(5).slice(1), ...record(6)];
    const doubts = blockOrderDoubts(rows, "序次");
    expect(doubts).toContainEqual(expect.stringMatching(/序次 6 follows 4/u));
    expect(doubts).toContainEqual(expect.stringMatching(/序次 4\) has the label 具體策略 twice/u));
  });

  it("names labels out of the table's order, a label inside a value, an empty value, a join within a page", () => {
    const swapped = record(3, [LABELS[0], LABELS[2], LABELS[1], ...LABELS.slice(3)] as string[]);
    expect(blockOrderDoubts([...table(2), ...swapped, ...record(4)], "序次")).toEqual([
      expect.stringMatching(/has its labels out of the table's order/u),
    ]);
    const rows = table(4);
    const goal = rows.findIndex((one) => one.label === "績效目標");
    const agency = rows.findIndex((one) => one.label === "辦理機關");
    const target = rows.findIndex((one) => one.label === "107年績效目標值");
    const atGoal = rows[goal] as PairedRow;
    rows[goal] = { ...atGoal, valueBlocks: [{ line: 1, lines: ["每年提報。", "辦理機關"], pageEnd: true }] };
    rows[agency] = { ...(rows[agency] as PairedRow), value: " " };
    const atTarget = rows[target] as PairedRow;
    rows[target] = {
      ...atTarget,
      valueBlocks: [...atTarget.valueBlocks, { line: 99, lines: ["其餘。"], pageEnd: false }],
    };
    const doubts = blockOrderDoubts(rows, "序次");
    expect(doubts).toHaveLength(3);
    expect(doubts).toContainEqual(expect.stringMatching(/value of 績效目標 holds a label/u));
    expect(doubts).toContainEqual(expect.stringMatching(/value of 辦理機關 is empty/u));
    expect(doubts).toContainEqual(expect.stringMatching(/goes on at line 99 with no page end before it/u));
  });

  it("names a key number opening a value block (a key printed again atop a page, its label lost)", () => {
    const rows = table(3);
    const at = rows.findIndex((one) => one.label === "執行措施" && one.value.includes("第2筆"));
    const measure = rows[at] as PairedRow;
    rows[at] = { ...measure, valueBlocks: [{ line: 5, lines: ["2", measure.value], pageEnd: true }] };
    expect(blockOrderDoubts(rows, "序次")).toEqual([expect.stringMatching(/holds a bare number at line 5/u)]);
  });

  it("names a table that does not start at 1, and a hyphen dropped where its word is not known", () => {
    expect(blockOrderDoubts(table(3).slice(LABELS.length + 1), "序次")).toEqual([
      expect.stringMatching(/序次 2 follows 0/u),
    ]);
    expect(blockOrderDoubts(table(3), "序次", [17])).toEqual([
      expect.stringMatching(/line 17: pdftotext dropped a hyphen/u),
    ]);
  });

  // Any one label lost, or any one key lost, in any record of any table: never checked.
  it("never passes a table with one label block or one key lost", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 12 }),
        fc.nat(),
        fc.integer({ min: 0, max: LABELS.length }),
        (count, pick, drop) => {
          const seq = (pick % count) + 1;
          const records = Array.from({ length: count }, (_, i) => record(i + 1));
          const damaged = records.flatMap((one, i) =>
            i + 1 === seq ? one.filter((_, at) => at !== drop) : one,
          );
          expect(blockOrderDoubts(damaged, "序次")).not.toEqual([]);
        },
      ),
    );
  });
});
