import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { knownPairs, knownPairsWhenAsked, likeliestByPairs, pairKey, pairsOf } from "./known-pairs.js";

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
    expect(known.has(pairKey("協".charCodeAt(0), "辦".charCodeAt(0)))).toBe(true);
    // (或修 twice only, 協修 never.)
    expect(known.has(pairKey("或".charCodeAt(0), "修".charCodeAt(0)))).toBe(false);
    expect(known.has(pairKey("協".charCodeAt(0), "修".charCodeAt(0)))).toBe(false);
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

// The counting as it was first written (a pair keyed by its two units, any ideograph of the three
// blocks): the small-integer keys must know exactly the same pairs.
const isHan = (unit: number): boolean =>
  (unit >= 0x3400 && unit <= 0x4dbf) ||
  (unit >= 0x4e00 && unit <= 0x9fff) ||
  (unit >= 0xf900 && unit <= 0xfaff);
function referencePairs(texts: readonly string[]): Set<number> {
  const counts = new Map<number, number>();
  for (const text of texts)
    for (let i = 1; i < text.length; i++) {
      const [first, second] = [text.charCodeAt(i - 1), text.charCodeAt(i)];
      if (isHan(first) && isHan(second))
        counts.set(first * 0x10000 + second, (counts.get(first * 0x10000 + second) ?? 0) + 1);
    }
  return new Set([...counts].flatMap(([pair, count]) => (count >= 3 ? [pair] : [])));
}
// Units at and around each block's edges, a few ideographs, Latin, kana, punctuation, a surrogate.
const UNITS = [
  0x33ff, 0x3400, 0x3401, 0x4dbf, 0x4dc0, 0x4dff, 0x4e00, 0x4e01, 0x6cd5, 0x90e8, 0x9fff, 0xa000, 0xf8ff,
  0xf900, 0xf901, 0xfaff, 0xfb00, 0x41, 0x20, 0x3002, 0x30a2, 0xd840, 0xff08,
];
const unitText = fc
  .array(fc.constantFrom(...UNITS), { maxLength: 30 })
  .map((units) => String.fromCharCode(...units));

describe("pair keys", () => {
  it("are one per pair of ideographs, -1 where either unit is none, and small integers", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...UNITS),
        fc.constantFrom(...UNITS),
        fc.constantFrom(...UNITS),
        fc.constantFrom(...UNITS),
        (a, b, c, d) => {
          expect(pairKey(a, b) >= 0).toBe(isHan(a) && isHan(b));
          if (pairKey(a, b) >= 0 && (a !== c || b !== d)) expect(pairKey(a, b)).not.toBe(pairKey(c, d));
        },
      ),
    );
    expect(pairKey(0xfaff, 0xfaff)).toBeLessThan(2 ** 30);
  });

  it("know the same pairs as the counting first written", () => {
    fc.assert(
      fc.property(fc.array(unitText, { maxLength: 12 }), (texts) => {
        const tripled = [...texts, ...texts.slice(0, 4), ...texts.slice(0, 2)];
        const [known, reference] = [knownPairs(tripled), referencePairs(tripled)];
        for (const a of UNITS)
          for (const b of UNITS)
            if (isHan(a) && isHan(b)) expect(known.has(pairKey(a, b))).toBe(reference.has(a * 0x10000 + b));
        expect(known.size).toBe(reference.size);
      }),
    );
  });

  it("are counted when first asked for, once", () => {
    let read = 0;
    const known = knownPairsWhenAsked(() => {
      read++;
      return Array(3).fill("協辦機關");
    });
    expect(read).toBe(0);
    expect(known.has(pairKey("協".charCodeAt(0), "辦".charCodeAt(0)))).toBe(true);
    expect(known.has(pairKey("辦".charCodeAt(0), "協".charCodeAt(0)))).toBe(false);
    expect(read).toBe(1);
  });
});
