import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { type PageOps, readOperatorList } from "./operators.js";
import { displayFrame } from "./orientation.js";

// Codes as PDF.js numbers them; the module takes them as an argument.
const OPS: PageOps = {
  save: 10,
  restore: 11,
  transform: 12,
  constructPath: 91,
  clip: 29,
  eoClip: 30,
  setStrokeRGBColor: 58,
  setFillRGBColor: 59,
  stroke: 20,
  closeStroke: 21,
  fill: 22,
  eoFill: 23,
  fillStroke: 24,
  eoFillStroke: 25,
  closeFillStroke: 26,
  closeEOFillStroke: 27,
  paintFormXObjectBegin: 74,
  paintFormXObjectEnd: 75,
  beginText: 31,
  setFont: 37,
  setTextMatrix: 42,
  moveText: 40,
  setLeadingMoveText: 41,
  setLeading: 36,
  nextLine: 43,
  setCharSpacing: 33,
  setWordSpacing: 34,
  setHScale: 35,
  setTextRise: 39,
  showText: 44,
  beginMarkedContent: 69,
  beginMarkedContentProps: 70,
  endMarkedContent: 71,
};
const END_PATH = 28;
const page = displayFrame([0, 0, 600, 800]).matrix;
const path = (paint: number, ...codes: number[]) => [paint, [Float32Array.from(codes)], null];

const font = { fontName: "NotoSerifCJKtc-Bold", bold: true, fontMatrix: [0.001, 0, 0, 0.001, 0, 0] };
function read(ops: Array<[number, unknown]>) {
  return readOperatorList(
    ops.map(([fn]) => fn),
    ops.map(([, args]) => args),
    OPS,
    page,
    (id) => (id === "f1" ? font : undefined),
  );
}
const rulingsOf = (ops: Array<[number, unknown]>) => read(ops).rulings;
const glyphs = (text: string, width = 1000) =>
  [...text].map((unicode) => ({ unicode, width, isSpace: unicode === " " }));

describe("readOperatorList: rulings", () => {
  test("a stroked line, flipped to top-down coordinates", () => {
    expect(rulingsOf([[OPS.constructPath, path(OPS.stroke, 0, 50, 700, 1, 550, 700)]])).toEqual([
      { x0: 50, y0: 100, x1: 550, y1: 100 },
    ]);
  });

  test("a stroked rectangle gives its four edges", () => {
    const rect = path(OPS.stroke, 0, 100, 100, 1, 200, 100, 1, 200, 150, 1, 100, 150, 4);
    const rulings = rulingsOf([[OPS.constructPath, rect]]);
    expect(rulings).toHaveLength(4);
    expect(rulings).toContainEqual({ x0: 100, y0: 650, x1: 100, y1: 700 });
    expect(rulings).toContainEqual({ x0: 100, y0: 700, x1: 200, y1: 700 });
  });

  test("a filled thin rectangle is a line along its long side", () => {
    const rect = path(OPS.fill, 0, 100, 400, 1, 300, 400, 1, 300, 401, 1, 100, 401, 4);
    expect(rulingsOf([[OPS.constructPath, rect]])).toEqual([{ x0: 100, y0: 399.5, x1: 300, y1: 399.5 }]);
  });

  test("the transformation matrix applies and is restored", () => {
    const line = path(OPS.stroke, 0, 0, 0, 1, 0, 100);
    const rulings = rulingsOf([
      [OPS.save, null],
      [OPS.transform, [1, 0, 0, 1, 50, 100]],
      [OPS.constructPath, line],
      [OPS.restore, null],
      [OPS.constructPath, line],
    ]);
    expect(rulings).toEqual([
      { x0: 50, y0: 600, x1: 50, y1: 700 },
      { x0: 0, y0: 700, x1: 0, y1: 800 },
    ]);
  });

  test("clip-only, white, curved and diagonal paths are not rulings", () => {
    const rulings = rulingsOf([
      [OPS.constructPath, [END_PATH, [null], null]],
      [OPS.setStrokeRGBColor, ["#ffffff"]],
      [OPS.constructPath, path(OPS.stroke, 0, 10, 10, 1, 300, 10)],
      [OPS.setStrokeRGBColor, ["#000000"]],
      [OPS.constructPath, path(OPS.stroke, 0, 10, 10, 2, 20, 20, 30, 30, 40, 10)],
      [OPS.constructPath, path(OPS.stroke, 0, 10, 10, 1, 100, 100)],
    ]);
    expect(rulings).toEqual([]);
  });

  test("a clipping path cuts what is drawn after it, until the state it was set in is restored", () => {
    // A page's table drawn from above the page down and clipped to the text area (wkhtmltopdf):
    // the clip is user space y 100..700, page (top-down) y 100..700.
    const clipTo = (y0: number, y1: number): Array<[number, unknown]> => [
      [OPS.eoClip, null],
      [OPS.constructPath, [END_PATH, [null], [0, y0, 600, y1]]],
    ];
    const side = (x: number) => path(OPS.fill, 0, x, -200, 1, x + 1, -200, 1, x + 1, 760, 1, x, 760, 4);
    const above = path(OPS.stroke, 0, 50, 750, 1, 300, 750);
    const inside = path(OPS.stroke, 0, 50, 400, 1, 300, 400);
    const onEdge = path(OPS.stroke, 0, 50, 701, 1, 300, 701);
    const { rulings, cutEdges } = read([
      [OPS.save, null],
      ...clipTo(100, 700),
      [OPS.constructPath, side(50)],
      [OPS.constructPath, side(299)],
      [OPS.constructPath, above],
      [OPS.constructPath, inside],
      [OPS.constructPath, onEdge],
      [OPS.restore, null],
      [OPS.constructPath, above],
    ]);
    expect(rulings).toEqual([
      // The sides, cut where the clip cuts them …
      { x0: 50.5, y0: 100, x1: 50.5, y1: 700 },
      { x0: 299.5, y0: 100, x1: 299.5, y1: 700 },
      // … the lines the clip shows (one drawn on its edge, half outside) …
      { x0: 50, y0: 400, x1: 300, y1: 400 },
      { x0: 50, y0: 99, x1: 300, y1: 99 },
      // … and after the restore, all of a line again.
      { x0: 50, y0: 50, x1: 300, y1: 50 },
    ]);
    // The clip's edges across the sides it cut (no line joins them on the page), apart.
    expect(cutEdges).toEqual([
      { x0: 50.5, y0: 100, x1: 299.5, y1: 100 },
      { x0: 50.5, y0: 700, x1: 299.5, y1: 700 },
    ]);
  });

  test("clips nest: a clip inside another shows only what both show", () => {
    const clip = (x0: number, y0: number, x1: number, y1: number): Array<[number, unknown]> => [
      [OPS.clip, null],
      [OPS.constructPath, [END_PATH, [null], [x0, y0, x1, y1]]],
    ];
    const rulings = rulingsOf([
      ...clip(0, 0, 300, 800),
      ...clip(100, 0, 600, 800),
      [OPS.constructPath, path(OPS.stroke, 0, 0, 400, 1, 600, 400)],
      [OPS.constructPath, path(OPS.stroke, 0, 50, 100, 1, 50, 300)],
    ]);
    expect(rulings).toEqual([{ x0: 100, y0: 400, x1: 300, y1: 400 }]);
  });
});

// A cell border filled as a ring (WeasyPrint): an even-odd fill of the border box and the box
// inside it, in user space (y up); the page is 800 high.
describe("readOperatorList: borders filled as rings", () => {
  const box = (x0: number, y0: number, x1: number, y1: number) => [
    0,
    x0,
    y0,
    1,
    x1,
    y0,
    1,
    x1,
    y1,
    1,
    x0,
    y1,
    4,
  ];
  const ring = (inner: number[], outer: number[]): [number, unknown] => [
    OPS.constructPath,
    path(OPS.eoFill, ...inner, ...outer),
  ];

  test("a ring gives the four sides of the border, each down its middle", () => {
    const rulings = rulingsOf([ring(box(101, 101, 299, 199), box(100, 100, 300, 200))]);
    expect(rulings).toEqual([
      { x0: 100.5, y0: 600.5, x1: 299.5, y1: 600.5 },
      { x0: 100.5, y0: 699.5, x1: 299.5, y1: 699.5 },
      { x0: 100.5, y0: 600.5, x1: 100.5, y1: 699.5 },
      { x0: 299.5, y0: 600.5, x1: 299.5, y1: 699.5 },
    ]);
  });

  test("boxes of one width (a cell ruled above and below only) give no sides where they share an edge", () => {
    // The inner box first, as WeasyPrint writes it: the boxes nest by area, not by width.
    const rulings = rulingsOf([ring(box(100, 101, 300, 199), box(100, 100, 300, 200))]);
    expect(rulings).toEqual([
      { x0: 100, y0: 600.5, x1: 300, y1: 600.5 },
      { x0: 100, y0: 699.5, x1: 300, y1: 699.5 },
    ]);
  });

  test("a ring clipped to one side's strip gives that side only", () => {
    // WeasyPrint draws sides of different styles one by one: the ring, clipped to the side's strip.
    const rulings = rulingsOf([
      [OPS.save, null],
      [OPS.clip, null],
      [OPS.constructPath, [END_PATH, [null], [100, 199, 300, 200]]],
      ring(box(100, 101, 300, 199), box(100, 100, 300, 200)),
      [OPS.restore, null],
    ]);
    expect(rulings).toEqual([{ x0: 100, y0: 600.5, x1: 300, y1: 600.5 }]);
  });
});

describe("readOperatorList: text", () => {
  test("a run is placed by the text matrix and the CTM, in top-down coordinates", () => {
    const { runs } = read([
      [OPS.transform, [1, 0, 0, 1, 10, 0]],
      [OPS.beginText, null],
      [OPS.setFont, ["f1", 12]],
      [OPS.setTextMatrix, [Float32Array.of(1, 0, 0, 1, 100, 700)]],
      [OPS.showText, [glyphs("廉政")]],
      [OPS.moveText, [0, -20]],
      [OPS.showText, [glyphs("方案")]],
    ]);
    expect(runs).toEqual([
      { text: "廉政", x: 110, y: 100, width: 24, fontSize: 12, fontName: "NotoSerifCJKtc-Bold", bold: true },
      { text: "方案", x: 110, y: 120, width: 24, fontSize: 12, fontName: "NotoSerifCJKtc-Bold", bold: true },
    ]);
  });

  test("text the clip hides is not read: a line a page break cut, drawn on both pages (wkhtmltopdf)", () => {
    // The clip shows page y 100..700. A glyph is read where the middle of its em box (4 pt above
    // a 12 pt baseline) is inside: baseline 702 (middle 698) and 104 (middle 100, on the edge)
    // are; baseline 102 (middle 98) is not.
    const lineAt = (userY: number, text: string): Array<[number, unknown]> => [
      [OPS.setTextMatrix, [Float32Array.of(1, 0, 0, 1, 100, userY)]],
      [OPS.showText, [glyphs(text)]],
    ];
    const { runs } = read([
      [OPS.eoClip, null],
      [OPS.constructPath, [END_PATH, [null], [0, 100, 600, 700]]],
      [OPS.beginText, null],
      [OPS.setFont, ["f1", 12]],
      ...lineAt(98, "情形"),
      ...lineAt(696, "序次"),
      ...lineAt(698, "成情"),
    ]);
    expect(runs.map((run) => run.text)).toEqual(["情形", "序次"]);
  });

  test("a clip that is the page's own box drops nothing: a glyph it cuts runs off the page (LibreOffice, A5)", () => {
    // LibreOffice clips to the page and sets a table wider than an A5 page: 關 straddles the
    // right edge (its middle just past x 600), shown half. Under a page-size clip it is read (and
    // the page warns of text off the page); under a clip inside the page it is not.
    const ops = (clip: number[]): Array<[number, unknown]> => [
      [OPS.clip, null],
      [OPS.constructPath, [END_PATH, [null], clip]],
      [OPS.beginText, null],
      [OPS.setFont, ["f1", 12]],
      [OPS.setTextMatrix, [Float32Array.of(1, 0, 0, 1, 582, 700)]],
      [OPS.showText, [glyphs("相關")]],
    ];
    const textOf = (clip: number[]) =>
      readOperatorList(
        ops(clip).map(([fn]) => fn),
        ops(clip).map(([, args]) => args),
        OPS,
        page,
        (id) => (id === "f1" ? font : undefined),
        { width: 600, height: 800 },
      ).runs.map((run) => run.text);
    expect(textOf([0, 0, 600, 800])).toEqual(["相關"]);
    expect(textOf([0, 0, 599.5, 800])).toEqual(["相關"]);
    expect(textOf([10, 0, 590, 800])).toEqual(["相"]);
  });

  test("text in marked content carries the innermost MCID (tagged PDFs); untagged text none", () => {
    const line = (y: number, text: string): Array<[number, unknown]> => [
      [OPS.setTextMatrix, [Float32Array.of(1, 0, 0, 1, 100, y)]],
      [OPS.showText, [glyphs(text)]],
    ];
    const { runs } = read([
      [OPS.beginText, null],
      [OPS.setFont, ["f1", 12]],
      [OPS.beginMarkedContentProps, [null, 3]],
      ...line(700, "甲"),
      [OPS.beginMarkedContent, null], // a span without its own id stays in MCID 3
      ...line(680, "乙"),
      [OPS.endMarkedContent, null],
      [OPS.beginMarkedContentProps, [null, 7]],
      ...line(660, "丙"),
      [OPS.endMarkedContent, null],
      [OPS.endMarkedContent, null],
      [OPS.endMarkedContent, null], // one too many: ignored
      ...line(640, "丁"),
    ]);
    expect(runs.map((run) => [run.text, run.mcid])).toEqual([
      ["甲", 3],
      ["乙", 3],
      ["丙", 7],
      ["丁", undefined],
    ]);
    expect(runs[3]).not.toHaveProperty("mcid");
  });

  test("a scaled text matrix scales the font size; spacing and kerning move the glyphs", () => {
    const { runs } = read([
      [OPS.beginText, null],
      [OPS.setFont, ["f1", 1]],
      [OPS.setTextMatrix, [10, 0, 0, 10, 50, 700]],
      [OPS.setCharSpacing, [0.1]],
      [OPS.showText, [[...glyphs("AB", 500), -100, ...glyphs("C", 500)]]],
    ]);
    expect(runs).toHaveLength(1);
    expect(runs[0]?.fontSize).toBeCloseTo(10);
    // Each glyph 0.5, then 0.1 spacing, plus 0.1 of kerning before C; the run ends where C's own
    // advance ends (the spacing after the last glyph is not part of it): 1.8 text units × 10.
    expect(runs[0]?.width).toBeCloseTo(18);
  });

  test("a wide TJ gap separates runs (cells drawn in one operation)", () => {
    const { runs } = read([
      [OPS.beginText, null],
      [OPS.setFont, ["f1", 10]],
      [OPS.setTextMatrix, [1, 0, 0, 1, 0, 700]],
      [OPS.showText, [[...glyphs("甲"), -5000, ...glyphs("乙")]]],
    ]);
    expect(runs.map((r) => [r.text, r.x])).toEqual([
      ["甲", 0],
      ["乙", 60],
    ]);
  });

  test("next lines follow the leading; blank runs are dropped", () => {
    const { runs } = read([
      [OPS.beginText, null],
      [OPS.setFont, ["f1", 10]],
      [OPS.setLeadingMoveText, [100, 600]],
      [OPS.setLeading, [14]],
      [OPS.nextLine, null],
      [OPS.showText, [glyphs("  ")]],
      [OPS.showText, [glyphs("第二行")]],
    ]);
    // The blank run is not kept, but it moved the pen two glyphs right.
    expect(runs.map((r) => [r.text, r.x, r.y])).toEqual([["第二行", 120, 214]]);
  });
});

describe("readOperatorList: glyphs where they are drawn", () => {
  const latin = { fontName: "Helvetica", bold: false, fontMatrix: [0.001, 0, 0, 0.001, 0, 0] };
  const readLatin = (ops: Array<[number, unknown]>, matrix = page) =>
    readOperatorList(
      ops.map(([fn]) => fn),
      ops.map(([, args]) => args),
      OPS,
      matrix,
      () => latin,
    );
  const start = (x: number, y = 700): Array<[number, unknown]> => [
    [OPS.beginText, null],
    [OPS.setFont, ["f1", 10]],
    [OPS.setTextMatrix, [Float32Array.of(1, 0, 0, 1, x, y)]],
  ];

  test("character spacing taken back by kerning keeps a word one run; a wider gap ends it", () => {
    // Tc 3 pt, each glyph followed by +300 (3 pt back); then a jump of 4 pt to the next cell.
    const { runs } = readLatin([
      ...start(100),
      [OPS.setCharSpacing, [3]],
      [
        OPS.showText,
        [
          [
            ...glyphs("1", 556),
            300,
            ...glyphs(",", 278),
            300,
            ...glyphs("7", 556),
            -400,
            ...glyphs("2", 556),
          ],
        ],
      ],
    ]);
    expect(runs.map((r) => [r.text, r.x, Math.round(r.width * 100) / 100])).toEqual([
      ["1,7", 100, 13.9],
      ["2", 100 + 13.9 + 3 + 4, 5.56],
    ]);
  });

  test("a glyph drawn back over the one before starts a new run (columns drawn right to left)", () => {
    const { runs } = readLatin([
      ...start(200),
      [OPS.showText, [[...glyphs("BB", 600), 5000, ...glyphs("AA", 600)]]],
    ]);
    expect(runs.map((r) => [r.text, r.x])).toEqual([
      ["BB", 200],
      ["AA", 162],
    ]);
  });

  test("a glyph drawn again at (almost) the same place, as fake bold, is dropped", () => {
    const { runs } = readLatin([
      ...start(100),
      [OPS.showText, [[...glyphs("项"), 970, ...glyphs("项"), 30, ...glyphs("目"), 970, ...glyphs("目")]]],
      ...start(100.4, 699.8),
      [OPS.showText, [glyphs("项目")]],
    ]);
    expect(runs.map((r) => [r.text, r.x, r.width])).toEqual([["项目", 100, 20]]);
  });

  test("a double letter is no overprint", () => {
    const { runs } = readLatin([...start(100), [OPS.showText, [glyphs("ll", 222)]]]);
    expect(runs.map((r) => r.text)).toEqual(["ll"]);
  });

  test("a space drawn on its own after a word is kept; an indent is not", () => {
    const { runs } = readLatin([
      ...start(100),
      [OPS.showText, [glyphs(" ", 278)]],
      [OPS.showText, [glyphs("Fiscal", 500)]],
      [OPS.showText, [glyphs(" ", 180)]],
      [OPS.showText, [glyphs("Year", 500)]],
    ]);
    expect(runs.map((r) => r.text)).toEqual(["Fiscal ", "Year"]);
    expect(runs[0]?.x).toBeCloseTo(102.78);
  });

  test("text on a page shown turned: placed as shown, its direction counted", () => {
    // /Rotate 90 on a 600 × 800 media box: user-space x runs down the shown page.
    const { runs, directions } = readLatin(
      [...start(100, 700), [OPS.showText, [glyphs("ABC", 500)]]],
      displayFrame([0, 0, 600, 800], 90).matrix,
    );
    expect(directions).toEqual([0, 3, 0, 0]);
    expect(runs[0]).toMatchObject({ text: "ABC", x: 700, y: 115 });
  });

  test("any character spacing taken back by kerning reads the word as drawn (property)", () => {
    const word = fc.array(fc.constantFrom(..."0123456789,.%-ABCxyz"), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(word, fc.double({ min: -4, max: 12, noNaN: true }), (chars, tc) => {
        const body: Array<unknown> = [];
        chars.forEach((char, i) => {
          if (i > 0) body.push((tc / 10) * 1000);
          body.push(...glyphs(char, 500));
        });
        const { runs } = readLatin([...start(100), [OPS.setCharSpacing, [tc]], [OPS.showText, [body]]]);
        expect(runs.map((r) => r.text)).toEqual([chars.join("")]);
        expect(runs[0]?.x).toBeCloseTo(100);
        expect(runs[0]?.width).toBeCloseTo(chars.length * 5);
      }),
    );
  });

  test("byte 32 with no text is a space; with text (a two-byte font's ideograph) it is that text", () => {
    const { runs } = readLatin([
      ...start(100),
      [
        OPS.showText,
        [[...glyphs("FY", 500), { unicode: "", width: 250, isSpace: true }, ...glyphs("Year", 500)]],
      ],
      ...start(100, 600),
      [OPS.showText, [[...glyphs("相", 1000), { unicode: "較", width: 1000, isSpace: true }]]],
    ]);
    expect(runs.map((r) => r.text)).toEqual(["FY Year", "相較"]);
  });

  test("letter spacing written as the same TJ gap after every glyph joins; a word gap still splits", () => {
    // CSS letter-spacing 0.2 em as Chromium writes it: -200 after every glyph, spaces included.
    const spaced = (text: string) => [...text].flatMap((char) => [...glyphs(char, 600), -200]);
    const { runs } = readLatin([
      ...start(100),
      [OPS.showText, [spaced("ANNUAL REPORT")]],
      ...start(100, 600),
      [OPS.showText, [[...spaced("ANNUAL"), -3000, ...spaced("2024")]]],
    ]);
    expect(runs.map((r) => r.text)).toEqual(["ANNUAL REPORT", "ANNUAL", "2024"]);
  });
});
