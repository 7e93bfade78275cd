import { describe, expect, it } from "vitest";
import { opensItemAfterWord, withoutItemAfterWord } from "./item-after-word.js";

describe("an item opening right after an ideograph", () => {
  it("is no cell line's: after a sentence or a label it is", () => {
    expect(opensItemAfterWord("會 3. 法務部(國際及")).toBe(true);
    expect(opensItemAfterWord("績效衡量指標 1. 每年依據")).toBe(true);
    expect(opensItemAfterWord("針對 (一) 加強")).toBe(true);
    expect(opensItemAfterWord("當的措施。 2. 機關首長")).toBe(false);
    expect(opensItemAfterWord("主辦機關： 1. 法務部")).toBe(false);
    expect(opensItemAfterWord("3. 法務部(國際及")).toBe(false);
    // (A number, no item: `辦理宣導 36 場次`, `措施 2.1`.)
    expect(opensItemAfterWord("辦理宣導 36 場次。")).toBe(false);
    expect(opensItemAfterWord("執行措施 2.1）。")).toBe(false);
  });

  it("takes the readings without such a line, when there are any", () => {
    // Measure 9.3 at [7.5, 7, 8.5, 9, 7, 9.5] ems, grid 1.7: `(ACT-NET) 會 3. 法務部(國際及`.
    const right = { cells: ["", "(ACT-NET) 會", "3. 法務部(國際及"] };
    const wrong = { cells: ["", "(ACT-NET)", "會 3. 法務部(國際及"] };
    expect(withoutItemAfterWord([wrong, right])).toEqual([right]);
    expect(withoutItemAfterWord([wrong])).toEqual([wrong]);
  });
});
