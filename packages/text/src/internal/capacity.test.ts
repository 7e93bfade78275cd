import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  cjkAndWideCapacities,
  cjkCapacities,
  cjkWidth,
  columnCapacities,
  fits,
  fullLineGap,
  hasCjk,
  overfills,
  overflows,
  wideCapacities,
} from "./capacity.js";

// Lines of plan-2023-zh-chromium.layout.txt (Chromium's PDF through pdftotext -layout); where
// each cell ends is read off seed 001.

const gaps = (text: string) => [...text.matchAll(/ /gu)].map((match) => ({ offset: (match.index ?? 0) + 1 }));
const cutAt = (text: string, capacity: number): string[] => {
  const gap = fullLineGap(text, gaps(text), capacity);
  return gap ? [text.slice(0, gap.offset - 1), text.slice(gap.offset)] : [text];
};

describe("columnCapacities: a column's width from its full CJK lines", () => {
  it("takes the common width of the wide lines, not one line of compressed punctuation", () => {
    const pieces = [
      "況，定期辦理廉政風險評估",
      "整體性檢視更新、滾動修正機關",
      "政風險人員及事件，並簽報機關",
      "行廉政風險評估，並進行成果發",
      "營手冊》，手冊教材以電子書方式",
      "驗。",
      "Every year report",
    ].map((text) => ({ column: 0, text }));
    expect(columnCapacities(pieces, 2)).toEqual([14000, 0]);
  });
});

describe("columnCapacities: lines whose last character was carried down with a closing mark", () => {
  // The indicator column of the six-column edition printed by Chromium on B5 landscape: six
  // characters wide, but Chromium's kinsoku carries a line's last character down with a `。`
  // (`取適當的措` / `施。`), so most full lines show five.
  const line = (text: string, carried = false) => ({ column: 0, text, carried });
  const plain = ["政風險評估採", "長親自主持廉", "政會報或相關", "年完成研議或", "規數。 2. 召"].map((t) =>
    line(t),
  );
  const carried = Array.from({ length: 8 }, () => line("取適當的措", true));

  it("takes the column a character wider than lines that are all carried down at their width", () => {
    expect(columnCapacities([...plain, ...carried], 1)).toEqual([6000]);
  });

  it("keeps a width that lines also stop at with nothing carried (a carried line there was full)", () => {
    // Legal at 12 pt: five-character lines stop both ways: the column is five wide.
    const stop = Array.from({ length: 6 }, () => line("每年提報辦"));
    expect(columnCapacities([...stop, ...carried.slice(0, 4), line("政風險評估採")], 1)).toEqual([5000]);
  });

  it("never takes a width wider than the column's widest line", () => {
    expect(columnCapacities(carried, 1)).toEqual([5000]);
  });
});

describe("fullLineGap: where a full line of the column ends", () => {
  it("finds the cell end however far left the grid pulled the next cell", () => {
    // The agency column's text began 10 grid columns left of its start.
    expect(cutAt("具代表性人士選任反貪腐大使為 法務部(檢察司)、外", 15000)).toEqual([
      "具代表性人士選任反貪腐大使為",
      "法務部(檢察司)、外",
    ]);
  });

  it("cuts before a list item that opens the next column, after one that ends a full line", () => {
    expect(cutAt("(三) 積極參與國家或區域、多邊組織 1. 法務部(國際及兩岸法律司、檢察", 16000)[0]).toBe(
      "(三) 積極參與國家或區域、多邊組織",
    );
    expect(cutAt("訓練課程，提升打擊貪腐能力。 3. 機關：外交部、經濟", 15000)).toEqual([
      "訓練課程，提升打擊貪腐能力。 3.",
      "機關：外交部、經濟",
    ]);
  });

  it("cuts before a quantity that opens the next column's line, not between its number and unit", () => {
    // The six-column edition printed by Chromium (fixtures/editions/producers/browser): the
    // indicator column five characters wide, the target's `3 案。` one space after it. Cut after
    // the `3`, the count went to the indicator (`之比3率。`) and the target lost it (`完成研議案。`).
    expect(cutAt("作項目之比 3 案。 2. 召", 5000)).toEqual(["作項目之比", "3 案。 2. 召"]);
  });

  it("cuts before a percentage that opens the next column's line", () => {
    // The same print (A4): measure 4.3's target `完成率達` / `85%。` one space after the indicator's
    // full line; `85%。` read into the indicator (`研議或修正85%。`), unwarned.
    expect(cutAt("研議或修正 85%。", 5000)).toEqual(["研議或修正", "85%。"]);
    expect(cutAt("研議或修正 85％。", 5000)).toEqual(["研議或修正", "85％。"]);
  });

  it("leaves a line that fits its column, and a space a full line does not end at", () => {
    expect(cutAt("貪腐有關單位和執法機構網絡 (ACT-", 16000)).toEqual(["貪腐有關單位和執法機構網絡 (ACT-"]);
    expect(cutAt("立合作機會。 後，與他國分享資產沒收的相關經驗", 16000)).toEqual([
      "立合作機會。 後，與他國分享資產沒收的相關經驗",
    ]);
  });
});

describe("overfills: a cut missed", () => {
  it("flags a cell wider than its column in a table of three columns or more", () => {
    const capacities = [3000, 16000, 15000];
    expect(overfills(["", "(二) 結合各機關廉政風險評估結果，", "每年提報"], capacities, 3)).toBe(false);
    expect(overfills(["", "", "每年提報針對廉政高風險辦理專案 各機關、法務部(廉"], capacities, 3)).toBe(true);
    expect(overfills(["序次", "1".repeat(80)], capacities, 2)).toBe(false);
  });
});

// Narrow CJK columns, rows set apart (the six-column edition's -layout text).

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

describe("wideCapacities", () => {
  const samples = (texts: string[]) => texts.map((text) => ({ column: 0, text }));

  it("is the widest line of wide characters only: lines with Latin (a proxy's widths) left out", () => {
    // The agency column of measures 9.1 and 1.4 at nine ems: `法務部(廉政署)推動組` measures
    // 9.67 ems with Helvetica's parentheses, more than the column holds.
    const texts = [
      "主辦機關：法務部（",
      "國際及兩岸法律司",
      "）協辦機關：外交",
      "兩岸法律司）與",
      "其他國家洽簽刑",
    ];
    const latin = ["法務部(廉政署)推動組", "辦理 159 件。"];
    expect(wideCapacities(samples([...texts, ...latin]), 1)).toEqual([9000]);
    expect(cjkCapacities(samples([...texts, ...latin]), 1)[0]).toBeGreaterThan(9000);
    expect(wideCapacities(samples([...texts.slice(1), ...latin]), 1)[0]).toBeNaN();
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

describe("cjkAndWideCapacities", () => {
  // As first written: each column's CJK samples measured, the widest kept (Math.max), once for all
  // samples and once for those of wide characters only.
  const reference = (samples: Array<{ column: number; text: string }>, columns: number, wideOnly: boolean) =>
    Array.from({ length: columns }, (_, column) => {
      const widths = samples
        .filter(
          (s) =>
            s.column === column &&
            hasCjk(s.text) &&
            (!wideOnly || /^[ \u2e80-\u9fff\uf900-\ufaff\uff00-\uff60]*$/u.test(s.text)),
        )
        .map((s) => cjkWidth(s.text));
      return widths.length >= 5 ? Math.max(...widths) : Number.NaN;
    });
  const sample = fc.record({
    // (A column off the table, either side, counts for none.)
    column: fc.integer({ min: -1, max: 3 }),
    text: fc
      .array(fc.constantFrom("法", "務", "（", "）", "。", "a", "W", " ", "1", "・", "ｱ"), { maxLength: 14 })
      .map((cs) => cs.join("")),
  });

  it("are both as measured apart", () => {
    fc.assert(
      fc.property(fc.array(sample, { maxLength: 40 }), (samples) => {
        const { capacity, wide } = cjkAndWideCapacities(samples, 3);
        expect(capacity).toEqual(reference(samples, 3, false));
        expect(wide).toEqual(reference(samples, 3, true));
      }),
    );
  });
});

describe("hasCjk", () => {
  it("is the wide-character pattern, for every BMP unit alone or after others, and astral characters", () => {
    const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uff60]/u;
    const differ: string[] = [];
    for (let unit = 0; unit <= 0xffff; unit++) {
      const char = String.fromCharCode(unit);
      for (const text of [char, `ab ${char}`, `${char}x`])
        if (hasCjk(text) !== WIDE.test(text)) differ.push(text);
    }
    for (const text of ["𠀀", "a𠀀", "𠀀。", "\ud800", "", "abc"])
      if (hasCjk(text) !== WIDE.test(text)) differ.push(text);
    expect(differ).toEqual([]);
  });
});
