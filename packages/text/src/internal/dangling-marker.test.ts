import { describe, expect, it } from "vitest";
import { withoutDanglingMarkers } from "./dangling-marker.js";

describe("withoutDanglingMarkers", () => {
  // Measure 2.3 at [8.5, 9.5, 6.5, 8.5, 7, 9] ems, grid 1.3, Times: `項目之比率。 2. 召開研商會議 4 次`
  // over `。` in the target column only: `2.` opens the target's item, not a dangling marker.
  const wrong = { cells: ["項目之比率。 2.", "召開研商會議 4 次"] };
  const right = { cells: ["項目之比率。", "2. 召開研商會議 4 次"] };

  it("drops a reading that ends a CJK cell with a marker whose item never comes", () => {
    expect(withoutDanglingMarkers([wrong, right], ["", "。"])).toEqual([right]);
  });

  it("keeps it where the item goes on below, or the line below is not known", () => {
    expect(withoutDanglingMarkers([wrong, right], ["機關首長", "。"])).toEqual([wrong, right]);
    expect(withoutDanglingMarkers([wrong, right], undefined)).toEqual([wrong, right]);
  });

  it("leaves Latin text, whose sentences end in numbers too, and a line read one way", () => {
    const latin = { cells: ["as in Article 2.", "the"] };
    expect(withoutDanglingMarkers([latin, right], ["", "x"])).toEqual([latin, right]);
    expect(withoutDanglingMarkers([wrong], ["", "。"])).toEqual([wrong]);
  });
});
