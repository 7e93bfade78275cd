import { describe, expect, it } from "vitest";
import { knownPairs, likeliestByPairs, pairsOf } from "./known-pairs.js";

// Lines of the six-column edition as pdftotext -layout sets it at other widths (the ingest test's
// six-column settings), cut as the grid reader cuts them: the goal, agency and indicator columns
// of measure 4.1 at [7, 8, 9, 7, 8.5, 6.5] ems, grid 1.4, Times. What each cell holds is read off
// the gold (fixtures/editions/2023-six-columns.txt): `協` opens the agency's 協辦機關.

const table = [
  "主辦機關：法務部(廉政署) 協辦機關：外交部",
  "協辦機關：行政院人事行政總處",
  "主辦機關：法務部(調查局)協辦機關：經濟部",
  "每年完成研議或修正之法規數。",
  "完成研議或修正",
];
const around = {
  above: ["法務部(廉政署)推動", "主辦機關：法", "1. 每年完成研議或"],
  below: ["養知能。", "辦機關：行政", "召開研商會議次數"],
};
const agencyHasIt = { cells: ["組訓工作，充實學", "務部(廉政署) 協", "修正之法規數。 2."], cuts: [1] };
const indicatorHasIt = { cells: ["組訓工作，充實學", "務部(廉政署)", "協修正之法規數。 2."], cuts: [1] };

describe("pairs of ideographs the table shows", () => {
  it("knows a pair set side by side three times or more", () => {
    const known = knownPairs(table);
    expect(known.has(("協".charCodeAt(0) << 16) + "辦".charCodeAt(0))).toBe(true);
    // (或修 twice only, 協修 never.)
    expect(known.has(("或".charCodeAt(0) << 16) + "修".charCodeAt(0))).toBe(false);
    expect(known.has(("協".charCodeAt(0) << 16) + "修".charCodeAt(0))).toBe(false);
  });

  it("takes the reading whose pairs the table shows: `協` before `辦機關：`, not before `修正`", () => {
    const known = knownPairs([...table, "研議或修正"]);
    const [agency, indicator] = [agencyHasIt, indicatorHasIt].map((reading) =>
      pairsOf(reading, around, known),
    );
    expect(agency?.known).toBeGreaterThan(indicator?.known ?? 0);
    expect(agency?.unknown).toBeLessThan(indicator?.unknown ?? 0);
    expect(likeliestByPairs([agencyHasIt, indicatorHasIt], around, known)).toBe(0);
    expect(likeliestByPairs([indicatorHasIt, agencyHasIt], around, known)).toBe(1);
  });

  it("says nothing where no reading is better on both counts, or Latin or punctuation moves", () => {
    // A table that never sets 協辦 side by side: neither reading is borne out.
    expect(likeliestByPairs([agencyHasIt, indicatorHasIt], around, knownPairs(["研議或修正"]))).toBeNull();
    // `績效目標 1 至 5` / `主辦機關：`: the 5 moved changes which ideographs meet, says nothing.
    const five = [
      { cells: ["就機關整體業 5", "主辦機關："], cuts: [0] },
      { cells: ["就機關整體業", "5 主辦機關："], cuts: [0] },
    ];
    const fiveAround = { above: ["1. 各機關每年", "績效目標 1 至"], below: ["務狀況，定期", "各機關、法務"] };
    expect(likeliestByPairs(five, fiveAround, knownPairs(Array(3).fill("機關整體業務狀況")))).toBeNull();
  });
});
