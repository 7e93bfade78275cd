import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { holdsMisplacedOpener, withoutMisplacedOpeners } from "./english-cells.js";

// Cells of seed 000 (the English plan) and the cuts Chromium's -layout text leaves in doubt.

describe("holdsMisplacedOpener: a sentence's opener where no sentence opens", () => {
  it("finds `The` after a word mid-sentence, or before a preposition", () => {
    expect(holdsMisplacedOpener("Regularly compile statistics The")).toBe(true);
    expect(holdsMisplacedOpener("statistics The Ministry of Justice")).toBe(true);
    expect(holdsMisplacedOpener("progress every year. 2. The of")).toBe(true);
  });
  it("finds an item's number after a word mid-sentence, or before a word in lower case", () => {
    expect(holdsMisplacedOpener("enhance our 1. The Ministry of Justice")).toBe(true);
    expect(holdsMisplacedOpener("training exchanges, etc. 2. and")).toBe(true);
  });
  it("finds a word broken by a hyphen with a word after it (the hyphen ends a line)", () => {
    expect(holdsMisplacedOpener("participate in anti- Prosecutorial Affairs, Agency")).toBe(true);
    expect(holdsMisplacedOpener("anti- cooperation with other countries")).toBe(true);
    expect(holdsMisplacedOpener("foreign countries, plan and conduct international anti-")).toBe(false);
    expect(holdsMisplacedOpener("for pre- and post-trial reviews")).toBe(false);
  });
  it("leaves the seed's own cells alone: `The` after a stop, a quote or an item's number", () => {
    for (const text of [
      "The Ministry of Justice (Agency Against Corruption)",
      "progress every year. 2. The Ministry of Justice",
      'supervision according to "The Communication Security and Surveillance Act"',
      "attend meetings abroad. The goal is to compile key materials;",
      "Service Crew of A Transportation Vehicle,",
      "in training exchanges, etc. 2. The Ministry",
      "Regularly compile statistics",
    ])
      expect(holdsMisplacedOpener(text), text).toBe(false);
  });
});

describe("withoutMisplacedOpeners: the readings a line keeps", () => {
  const reading = (...cells: string[]) => ({ cells, cuts: [0] });
  it("drops a reading whose cell holds a misplaced opener where another does not", () => {
    const wrong = reading("Regularly compile statistics The", "Ministry of Justice");
    const right = reading("Regularly compile statistics", "The Ministry of Justice");
    expect(withoutMisplacedOpeners([wrong, right])).toEqual([right]);
  });
  it("keeps every reading where all or none hold one (the words say nothing then)", () => {
    const cells = fc.array(fc.constantFrom("a The b", "The a", "a", "a. The b", "c 1. d"), {
      minLength: 1,
      maxLength: 3,
    });
    fc.assert(
      fc.property(fc.array(cells, { minLength: 1, maxLength: 5 }), (lines) => {
        const readings = lines.map((cells) => ({ cells, cuts: [] }));
        const kept = withoutMisplacedOpeners(readings);
        const bad = readings.filter((r) => r.cells.some(holdsMisplacedOpener)).length;
        expect(kept.length).toBe(
          bad === 0 || bad === readings.length ? readings.length : readings.length - bad,
        );
        expect(kept.every((r) => readings.includes(r))).toBe(true);
      }),
    );
  });
});
