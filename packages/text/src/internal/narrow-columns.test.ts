import { describe, expect, it } from "vitest";
import { place } from "./grid-lines.js";
import { at } from "./layout-lines.testing.js";
import { narrowColumnPeaks, type Peak } from "./narrow-columns.js";

const SEARCH = { wanted: 1, minimum: 2, tolerance: 3, separation: 6 };

/** The peaks found beside `chosen` in lines whose cells start at `starts`. */
function peaksOf(rows: string[][], starts: number[], chosen: Peak[]): number[] {
  const lines = rows.map((cells, index) => place(at(starts, cells), index));
  const counts = new Int32Array(80);
  for (const line of lines)
    for (const { index } of line.text.matchAll(/(?<=^| {2})\S/gu)) counts[index] = (counts[index] ?? 0) + 1;
  return narrowColumnPeaks(lines, "code-point", counts, chosen, SEARCH).map((peak) => peak.at);
}

describe("narrowColumnPeaks", () => {
  const chosen = [
    { at: 17, count: 6 },
    { at: 36, count: 4 },
  ];

  it("finds a column of words five grid columns left of the next, its gutter blank on every line", () => {
    const rows = [
      ["強化", "建構整體有系統", "每年辦理"],
      ["機關", "性的政府機關", "風險評估"],
      ["廉政", "風險評估及管理", ""],
      ["", "結合各機關廉政", "每年提報"],
    ];
    expect(peaksOf(rows, [12, 17, 36], chosen)).toEqual([12]);
  });

  it("takes no hanging indent's markers for one (`(一)  建構…` over lines set under 建構)", () => {
    const rows = [
      ["(一)", "建構整體有系統", "每年辦理"],
      ["", "性的政府機關", "風險評估"],
      ["(二)", "結合各機關廉政", "每年提報"],
      ["", "風險評估結果", ""],
    ];
    expect(peaksOf(rows, [12, 17, 36], chosen)).toEqual([]);
  });

  it("takes no column whose text runs into the next one's gutter", () => {
    const rows = [
      ["強化機關廉政", "", "每年辦理"],
      ["機關", "性的政府機關", "風險評估"],
      ["廉政", "風險評估及管理", ""],
    ];
    expect(peaksOf(rows, [12, 17, 36], chosen)).toEqual([]);
  });
});
