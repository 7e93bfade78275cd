import { describe, expect, it } from "vitest";
import { cjkCapacities, fits, overflows } from "./cjk-capacity.js";

describe("cjkCapacities", () => {
  const samples = (column: number, texts: string[]) => texts.map((text) => ({ column, text }));

  it("is the widest CJK line of a column that shows five or more, proportionally", () => {
    const capacities = cjkCapacities(
      [
        ...samples(0, ["主辦機關：", "法務部(法", "律事務司)", "協辦機關：", "司法院、考"]),
        // Latin says nothing of a column's width (English wraps at words, with ragged ends).
        ...samples(1, ["ACT-NET", "FATF/APG", "APEC", "ARIN-AP", "OECD"]),
        ...samples(2, ["辦理", "宣導"]),
      ],
      3,
    );
    expect(capacities[0]).toBe(5000);
    expect(capacities[1]).toBeNaN();
    expect(capacities[2]).toBeNaN();
  });

  it("counts a letter-spaced line as its characters (機 關：外 交 部 is five ems)", () => {
    expect(cjkCapacities(samples(0, Array(5).fill("機 關：外 交")), 1)).toEqual([5000]);
  });
});

describe("fits and overflows", () => {
  it("a line within half an em of the widest fits; one a character wider overflows", () => {
    expect(fits("律司） 協辦", 5000)).toBe(true);
    expect(overflows("律事務司) 次。", 5000)).toBe(true);
    expect(fits("律事務司)", 5000)).toBe(true);
  });

  it("an unknown width holds anything", () => {
    expect(fits("很長很長很長很長很長很長很長很長", Number.NaN)).toBe(true);
    expect(overflows("很長很長很長很長很長很長很長很長", undefined)).toBe(false);
  });
});
