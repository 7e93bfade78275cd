import { describe, expect, it } from "vitest";
import { at } from "./layout-lines.testing.js";
import { joinedHeaderLabels } from "./tight-header.js";

// Chromium's English plan on a landscape page (fixtures/text/producers/browser): the header's
// first two labels joined one space apart, the body's columns at 0, 19, 78 and 122.

const HEADER =
  "Specific Strategy Enforcement Measure                                          Performance Goal                            Executing Agency";
const body = (lines: number) =>
  Array.from({ length: lines }, (_, i) =>
    at([0, 19 + (i % 2), 78, 122], ["strategy text", "measure text runs on", "goal text", "agency"]),
  );

describe("joinedHeaderLabels: English labels a browser's header joins one space apart", () => {
  it("counts a space under which the lines below start a column (a column or two off)", () => {
    expect(joinedHeaderLabels(HEADER, body(10))).toBe(1);
  });
  it("counts none for a space inside a label, or with too few lines below to show a column", () => {
    expect(joinedHeaderLabels("Specific Strategy      Performance Goal", body(10))).toBe(0);
    expect(joinedHeaderLabels(HEADER, body(2))).toBe(0);
  });
  it("reads the lines below from `from` on, as if they were passed alone", () => {
    const above = Array.from({ length: 5 }, () => "prose above the table");
    expect(joinedHeaderLabels(HEADER, [...above, HEADER, ...body(10)], above.length + 1)).toBe(1);
    // Only the lines from `from` on count: two below the header show no column.
    expect(joinedHeaderLabels(HEADER, [...body(10), HEADER, ...body(2)], 11)).toBe(0);
  });
  it("counts none in a CJK header (its single spaces are told by the characters beside them)", () => {
    expect(joinedHeaderLabels("具體策略 執行措施        績效指標", body(10))).toBe(0);
  });
});
