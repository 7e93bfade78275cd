import { describe, expect, it } from "vitest";
import { chooseReading, columnWidths, type Reading } from "./wrap-test.js";

// Two narrow CJK columns of the six-column edition (績效衡量指標 | 112年績效目標值, 8 and 10
// ems) in a tight grid: every full line of the right column is set one space before the next
// column's text (never a clear line), so its clear lines show it far narrower than it is. The
// line `措施。 2. 機關首 達 80%。 2. 全年機關` splits at `首 達` (fixtures/editions/
// 2023-six-columns.txt, measure 1.1): `達` starts the target cell's line.
const rows: string[][][] = [
  [
    ["1. 每年依據廉政", "1. 各機關提出"],
    ["風險評估採取適當", "評估並採取適當"],
    ["長親自主持廉政會", "首長親自主持廉"],
    ["議，列管評估廉政", "政會報比率達"],
    ["舉措之有效性。", "85%。 3. 公布"],
  ],
];
const clear = new Set(rows.flat());
const read = (cells: string[]): Reading => ({ cells, cuts: [0] });
const around = {
  above: ["險評估採取適當的", "評估並採取適當的措施"],
  below: ["長親自主持廉政會", "首長親自主持廉政會報"],
};
const wrong = read(["措施。 2. 機關首達", "80%。 2. 全年機關"]);
const right = read(["措施。 2. 機關首", "達 80%。 2. 全年機關"]);

describe("columnWidths: what a CJK column holds (`holds`)", () => {
  it("a column is as wide as its widest CJK line standing alone, clear lines or not", () => {
    const widths = columnWidths(rows, (line) => clear.has(line as string[]), [], 2, [8000, 10000]);
    for (const face of widths) {
      expect(face[0]?.lower).toBe(8000);
      expect(face[1]?.lower).toBe(10000);
    }
  });

  it("a line is cut by the width the column holds, not by its clear lines alone", () => {
    // Without `holds`, the right column is known only by its clear lines (seven ems and a half):
    // `達 80%。 2. 全年機關` overflows that, and the wrong cut is taken as sure.
    const known = columnWidths(rows, (line) => clear.has(line as string[]), [], 2, [8000, 10000]);
    expect(chooseReading([wrong, right], around, known).index).toBe(1);
    const unknown = columnWidths(rows, (line) => clear.has(line as string[]), [], 2);
    expect(chooseReading([wrong, right], around, unknown)).toEqual({ index: 0, sure: true });
  });
});
