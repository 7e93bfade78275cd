import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { repeatsRecordHead } from "./record-head.js";
import type { RawRow } from "./types.js";

const rows = (...texts: string[][]): RawRow[] =>
  texts.map((cells) => ({ cells: cells.map((text) => ({ text })) }));

describe("repeatsRecordHead", () => {
  const report = rows(
    ["序次", "11"],
    ["具體策略", "三、持續指標研究"],
    ["序次", "12"],
    ["具體策略", "三、持續指標研究"],
    ["執行措施", "(二) 辦理國際廉政評比"],
  );

  test("the first row of the record that continues on the page is a repeat", () => {
    expect(repeatsRecordHead(["序次", "12"], report)).toBe(true);
    expect(repeatsRecordHead(["序 次", " 12 "], report)).toBe(true);
  });

  test("a new record, an earlier record's head and data rows equal to earlier ones are not", () => {
    expect(repeatsRecordHead(["序次", "13"], report)).toBe(false);
    expect(repeatsRecordHead(["序次", "11"], report)).toBe(false);
    // Two records of one strategy: the second's strategy row equals the first's, and is data.
    expect(repeatsRecordHead(["具體策略", "三、持續指標研究"], report)).toBe(false);
    expect(repeatsRecordHead(["", "12"], report)).toBe(false);
  });

  test("a table's header repeated atop the page is a repeat", () => {
    const plan = rows(["具體策略", "執行措施", "績效目標"], ["一、強化", "(一) 各級機關", "1. 完成"]);
    expect(repeatsRecordHead(["具體策略", "執行措施", "績效目標"], plan)).toBe(true);
    expect(repeatsRecordHead(["具體策略", "執行措施", ""], plan)).toBe(false);
  });

  test("in any report of numbered records, only the open record's head repeats", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 999 }), { minLength: 1, maxLength: 12 }),
        fc.array(fc.constantFrom("具體策略", "執行措施", "辦理機關"), { maxLength: 4 }),
        fc.integer({ min: 1, max: 999 }),
        (seqs, labels, probe) => {
          const table = seqs.flatMap((seq) =>
            rows(["序次", String(seq)], ...labels.map((label) => [label, "x"])),
          );
          const open = seqs.at(-1) as number;
          expect(repeatsRecordHead(["序次", String(probe)], table)).toBe(probe === open);
        },
      ),
    );
  });
});
