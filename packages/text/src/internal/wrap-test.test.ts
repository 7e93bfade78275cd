import { describe, expect, it } from "vitest";
import { chooseReading, columnWidths, type Reading, textWidth } from "./wrap-test.js";

// Lines of the English plan as pdftotext -layout cut them (fixtures/text/plan-2023-en-strategy9
// .layout.txt), two columns: the performance goal and the executing agency. Which reading is
// right is read off seed 000.
const goalAndAgency: string[][][] = [
  [
    ["1. The Ministry of Justice", "Authority in"],
    ["(Department of", "charge: the"],
    ["International and Cross-", "Ministry of"],
    ["Strait Legal Affairs) passes", "Justice"],
    ['the "Extradition Law"', "(Department"],
    ["amendment and reports the", "of"],
    ["law amendment progress", "International"],
    ["every year. 2. The Ministry of", "and Cross-"],
  ],
  [
    ["1. The Ministry of Justice", "Authorities in"],
    ["(Agency Against Corruption)", "charge:"],
    ["strengthens and expands", "Ministry of"],
    ["cooperation with other", "Justice (Agency"],
    ["countries (including", "Against"],
    ["developing countries) in", "Corruption,"],
  ],
  [
    ["personnel to participate in", "Assisting"],
    ["international seminars, forums,", "authorities:"],
    ["and training courses to", "the Ministry of"],
    ["enhance their skills.", "Foreign Affairs"],
  ],
];
const all = new Set(goalAndAgency.flat());
const widths = (merged: Array<{ column: number; text: string }> = []) =>
  columnWidths(goalAndAgency, (line) => all.has(line as string[]), merged, 2);
const read = (cells: string[], cuts = [0]): Reading => ({ cells, cuts });

describe("chooseReading: where two cells one space apart split", () => {
  it("a word that would have fitted on its cell's line above does not start the next line", () => {
    // `Strait Legal or` is narrower than lines the agency column holds: `or` would have stayed up.
    const picked = chooseReading(
      [
        read(["international conferences", "or Affairs,"]),
        read(["international conferences or", "Affairs,"]),
      ],
      { above: ["corruption-related", "Strait Legal"], below: ["exchange activities.", "Department of"] },
      widths(),
    );
    expect(picked.index).toBe(1);
  });

  it("a cell line wider than a line its column refused is not a reading", () => {
    // `Executive Yuan continues to the` is wider than `every year. 2. The Ministry of` + a word.
    const picked = chooseReading(
      [
        read(["Executive Yuan continues", "to the Ministry of"]),
        read(["Executive Yuan continues to", "the Ministry of"]),
        read(["Executive Yuan continues to the", "Ministry of"]),
      ],
      { above: ["Laundering Office of the", "authorities:"], below: ["support agencies in", "Foreign"] },
      widths(),
    );
    expect(picked.index).toBe(1);
  });

  it("the left cell of two set one space apart fills its column as others pdftotext merged do", () => {
    // No line around to judge by: only how full merged cells are tells `training courses` apart.
    const readings = [read(["and training", "courses to"]), read(["and training courses", "to"])];
    const around = { above: undefined, below: undefined };
    const merged = [{ column: 0, text: "international seminars, forums," }];
    expect(chooseReading(readings, around, widths(merged))).toEqual({ index: 1, sure: true });
    // Without that evidence both readings are as good: the first is kept, not as sure.
    expect(chooseReading(readings, around, widths())).toEqual({ index: 0, sure: false });
  });
});

describe("chooseReading: in a face of the document's own", () => {
  it("is not sure of a reading one proxy face finds best and the other does not", () => {
    // Helvetica says the left cell cannot hold `and training courses` (1000 over, less slack);
    // Times says the right cannot hold `courses to`, and the left holds `and training courses`
    // but a little over: each face prefers its own reading. Cheapest in either face is not sure.
    const slack = 300;
    // (A column no line bounds: wider than any line here.)
    const open = { lower: 50_000, upper: Number.POSITIVE_INFINITY, merged: Number.POSITIVE_INFINITY };
    const widths = [
      [{ ...open, upper: textWidth("and training courses", 0) - 1000 - slack }, open],
      [
        { ...open, upper: textWidth("and training courses", 1) - 900 - slack },
        { ...open, upper: textWidth("courses to", 1) - 2000 - slack },
      ],
    ];
    const readings = [read(["and training", "courses to"]), read(["and training courses", "to"])];
    expect(chooseReading(readings, { above: undefined, below: undefined }, widths)).toEqual({
      index: 0,
      sure: false,
    });
  });
});

describe("chooseReading: a cell's last words pushed one space past the next column", () => {
  // Goal and agency columns; the agency cell's line above reads `…Office, Executive`, its line
  // below opens a new label (`Assisting authorities:`): the name ends there, no punctuation.
  const around = {
    above: ["(including developing", "Laundering Office, Executive"],
    below: ["in seminars, training", "Assisting authorities: the Ministry"],
  };
  const readings = [
    read(["countries) in international", "Yuan"]),
    read(["countries) in international Yuan", ""], []),
  ];

  it("a column left empty between two wrapped lines of its cell counts against the reading", () => {
    // No width says anything here (every line fits, none was refused): only the empty line does.
    const open = { lower: 0, upper: 50_000, merged: Number.POSITIVE_INFINITY };
    expect(
      chooseReading(readings, around, [
        [open, open],
        [open, open],
      ]),
    ).toEqual({ index: 0, sure: true });
  });

  it("a line broken short without punctuation is not proof against a reading", () => {
    // The goal column holds `countries) in international` and little more; the agency column
    // lines as wide as `Assisting authorities: the Ministry`: `Yuan Assisting` leaves much room,
    // yet the text broke there (a label starts). That alone must not make the merged cell sure.
    const widths = ([0, 1] as const).map((face) => {
      const goal = textWidth("countries) in international", face);
      return [
        { lower: goal, upper: goal + 500, merged: Number.POSITIVE_INFINITY },
        {
          lower: textWidth("Assisting authorities: the Ministry", face),
          upper: Number.POSITIVE_INFINITY,
          merged: Number.POSITIVE_INFINITY,
        },
      ];
    });
    expect(chooseReading(readings, around, widths)).not.toEqual({ index: 1, sure: true });
  });
});

describe("textWidth", () => {
  it("measures proportionally: wide letters take more room than narrow ones, CJK a full em", () => {
    expect(textWidth("MMMM")).toBeGreaterThan(textWidth("iiii") * 3);
    expect(textWidth("MMMM", 1)).toBeGreaterThan(textWidth("iiii", 1) * 2);
    expect(textWidth("廉政")).toBe(2000);
  });

  it("gives each code unit its width by the rule (read from a table made once): every unit of the BMP", () => {
    // Adobe's core-font widths of a few letters; East Asian wide ranges a full em; a surrogate pair
    // once, a full em; anything else an average letter.
    expect([textWidth(" "), textWidth("M"), textWidth("i"), textWidth("~")]).toEqual([278, 833, 222, 584]);
    expect([textWidth(" ", 1), textWidth("M", 1), textWidth("i", 1), textWidth("~", 1)]).toEqual([
      250, 889, 278, 541,
    ]);
    expect(textWidth("𠀀")).toBe(1000);
    const wide =
      /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uff60]/;
    const wrong: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 32 && code < 127) continue;
      const char = String.fromCharCode(code);
      const expected =
        code >= 0xdc00 && code <= 0xdfff
          ? 0
          : wide.test(char) || (code >= 0xd800 && code <= 0xdbff)
            ? 1000
            : 500;
      if (textWidth(char) !== expected || textWidth(char, 1) !== expected) wrong.push(code);
    }
    expect(wrong).toEqual([]);
  });
});
