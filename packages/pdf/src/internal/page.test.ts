import { describe, expect, test } from "vitest";
import type { PdfPage, Ruling, TextRun } from "../types.js";
import { layoutPage, streamCarry, type TableFragment } from "./page.js";

// A two-column key/value table on an A4 page whose view a clip cuts at y 10 and 830 (wkhtmltopdf).
const run = (text: string, x: number, y: number): TextRun => ({
  text,
  x,
  y,
  width: 10 * [...text].length,
  fontSize: 10,
  fontName: "NotoSansCJKtc-Regular",
  bold: false,
});
const h = (y: number): Ruling => ({ x0: 20, y0: y, x1: 500, y1: y });
const v = (x: number, y0: number, y1: number): Ruling => ({ x0: x, y0, x1: x, y1 });
const TOP: Ruling = { x0: 20, y0: 10, x1: 500, y1: 10 };
const FOOT: Ruling = { x0: 20, y0: 830, x1: 500, y1: 830 };
const pageOf = (runs: TextRun[], rulings: Ruling[], cutEdges: Ruling[]): PdfPage => ({
  page: 2,
  width: 595,
  height: 842,
  runs,
  rulings,
  cutEdges,
});
const tableOf = (page: PdfPage): TableFragment | undefined =>
  layoutPage(page).items.find((item): item is TableFragment => item.kind === "table");
const texts = (table: TableFragment | undefined) =>
  table?.rows.map((row) => row.cells.map((cell) => cell.text));

// Two key/value rows, 辦理機關 and 績效衡量指標, near the foot of the page.
const TWO_ROWS = [
  run("辦理機關", 25, 730),
  run("各機關", 125, 730),
  run("績效衡量指標", 25, 790),
  run("每年提報", 125, 790),
];

describe("layoutPage: tables a clip cut at the page's edges", () => {
  test("a row that starts just above the foot cut, its text all on the next page, is kept as an empty row", () => {
    const rulings = [h(700), h(760), h(823), v(20, 700, 830), v(120, 700, 830), v(500, 700, 830)];
    const table = tableOf(pageOf(TWO_ROWS, rulings, [FOOT]));
    expect(texts(table)).toEqual([
      ["辦理機關", "各機關"],
      ["績效衡量指標", "每年提報"],
      ["", ""],
    ]);
  });

  test("a row starting above the foot cut beside a strategy spanning on: the line under the measures tells", () => {
    const rulings = [
      h(700),
      { x0: 120, y0: 823, x1: 500, y1: 823 },
      v(20, 700, 830),
      v(120, 700, 830),
      v(500, 700, 830),
    ];
    const runs = [run("八、增修", 25, 760), run("(七) 貫徹", 125, 760)];
    expect(texts(tableOf(pageOf(runs, rulings, [FOOT])))).toEqual([
      ["八、增修", "(七) 貫徹"],
      ["", ""],
    ]);
  });

  test("the same table closed at its foot by a drawn line: no row is made up", () => {
    const rulings = [h(700), h(760), h(823), v(20, 700, 823), v(120, 700, 823), v(500, 700, 823)];
    expect(texts(tableOf(pageOf(TWO_ROWS, rulings, [])))).toEqual([
      ["辦理機關", "各機關"],
      ["績效衡量指標", "每年提報"],
    ]);
  });

  test("the rest of a cut row, one label's last line alone, is the table's, running on from the page before", () => {
    const rulings = [h(40), v(20, 10, 40), v(120, 10, 40), v(500, 10, 40)];
    const table = tableOf(pageOf([run("成情形", 25, 25)], rulings, [TOP]));
    expect(texts(table)).toEqual([["成情形", ""]]);
    expect(table?.openTop).toBe(true);
    expect(table?.cutColumns).toEqual([0, 1]);
  });

  test("the start of a row cut at the page's foot, only its number there, is the table's, not a page number", () => {
    const rulings = [h(800), v(20, 800, 830), v(120, 800, 830), v(500, 800, 830)];
    const page = pageOf([run("13", 125, 815)], rulings, [FOOT]);
    expect(texts(tableOf(page))).toEqual([["", "13"]]);
    // Closed by a drawn line instead, one row with one number is no table: its text is a line.
    const closed = pageOf([run("13", 125, 815)], [...rulings.slice(1), h(800), h(830)], []);
    expect(tableOf(closed)).toBeUndefined();
  });

  test("one row of one line, lower than a table is tall, is a table when both its cells hold text", () => {
    const rulings = [h(700), h(715), v(20, 700, 715), v(120, 700, 715), v(500, 700, 715)];
    const runs = [run("序次", 25, 711), run("13", 125, 711)];
    expect(texts(tableOf(pageOf(runs, rulings, [])))).toEqual([["序次", "13"]]);
    expect(
      tableOf(
        pageOf(
          runs,
          rulings.map((r) => ({ ...r, y1: r.y1 === 715 ? 706 : r.y1 })).filter((r) => r.y0 !== 715),
          [],
        ),
      ),
    ).toBeUndefined();
  });

  test("a line drawn along the table's foot closes it; a foot the clip cut does not", () => {
    const closed = [h(700), h(760), h(823), v(20, 700, 823), v(120, 700, 823), v(500, 700, 823)];
    expect(tableOf(pageOf(TWO_ROWS, closed, [FOOT]))?.closedFootColumns).toEqual([0, 1]);
    const cut = [h(700), h(760), v(20, 700, 830), v(120, 700, 830), v(500, 700, 830)];
    expect(tableOf(pageOf(TWO_ROWS, cut, [FOOT]))?.closedFootColumns).toBeUndefined();
  });

  test("a foot with no line under a last row of text is open; under a spanning cell alone it is not", () => {
    // No clip here (Chromium): the row's sides end at the page's text area, with no border.
    const open = [h(700), h(760), v(20, 700, 800), v(120, 700, 800), v(500, 700, 800)];
    const runs = [...TWO_ROWS.slice(0, 2), run("績效衡量", 25, 790), run("每年", 125, 790)];
    expect(tableOf(pageOf(runs, open, []))?.openFoot).toBe(true);
    expect(tableOf(pageOf(runs, [...open, h(800)], []))?.openFoot).toBeUndefined();
    // The last band holds only the first column's cell, spanning from above: the rows beside it closed.
    const spanning = [
      h(700),
      h(760),
      { x0: 120, y0: 780, x1: 500, y1: 780 },
      v(20, 700, 800),
      v(120, 700, 800),
      v(500, 700, 780),
    ];
    const beside = [run("一、強化", 25, 730), run("(一) 各級", 125, 730), run("(二) 強化", 125, 770)];
    expect(tableOf(pageOf(beside, spanning, []))?.openFoot).toBeUndefined();
    // Inner borders only (Chromium and WeasyPrint, rows free): no frame, and no line under the
    // last row the page break cut; a whole row there would have the line to the next row.
    const unframed = [
      { x0: 20, y0: 760, x1: 500, y1: 760 },
      { x0: 20, y0: 730, x1: 500, y1: 730 },
      v(120, 700, 800),
    ];
    const table = tableOf(pageOf(runs, unframed, []));
    expect(table?.columns).toEqual([20, 120, 500]);
    expect(table?.openFoot).toBe(true);
    const whole = tableOf(pageOf(runs, [...unframed, { x0: 20, y0: 800, x1: 500, y1: 800 }], []));
    expect(whole?.openFoot).toBeUndefined();
  });

  test("text drawn off the page is warned, with the count of its characters", () => {
    const runs = [run("各機關", 25, 700), run("法務部", 25, 850)];
    const layout = layoutPage(pageOf(runs, [], []));
    expect(layout.warnings?.map((w) => [w.code, w.message.includes(" 3 characters")])).toEqual([
      ["text_off_page", true],
    ]);
    expect(layoutPage(pageOf(runs.slice(0, 1), [], [])).warnings).toEqual([]);
  });

  test("a spanning cell alone runs on when the row beside it has its own top border", () => {
    // The strategy column (20–120) has no line under the cut; the row beside it starts at a line
    // 4 pt under it (the band above it too narrow for text: merged into the row).
    const rulings = [
      { x0: 120, y0: 14, x1: 500, y1: 14 },
      h(90),
      v(20, 10, 90),
      v(120, 10, 90),
      v(500, 10, 90),
    ];
    const runs = [run("八、增修肅貪法令", 25, 60), run("(二) 定期召開", 125, 60)];
    const table = tableOf(pageOf(runs, rulings, [TOP]));
    expect(texts(table)).toEqual([["八、增修肅貪法令", "(二) 定期召開"]]);
    expect(table?.cutColumns).toEqual([0]);
    expect(table?.openTop).toBe(false);
  });
});

describe("streamCarry: a table drawn with rules between its rows runs onto the next page", () => {
  // Header, two rows parted by a rule drawn a piece per cell, no column lines; the page's number in its foot.
  const rule = (y: number): Ruling[] => [
    { x0: 45, y0: y, x1: 150, y1: y },
    { x0: 150, y0: y, x1: 500, y1: y },
  ];
  const runs = [
    ...["策略", "措施", "目標", "機關"].map((text, k) => run(text, 50 + 120 * k, 600)),
    run("一、甲", 50, 630),
    run("(一) 子", 170, 630),
    run("每年。", 290, 630),
    run("法務部", 410, 630),
    run("(二) 丑", 170, 700),
    run("每年。", 290, 700),
    run("內政部", 410, 700),
    run("第 2 頁", 280, 810),
  ];
  const page = (rulings: Ruling[], more: TextRun[] = []) => pageOf([...runs, ...more], rulings, []);

  test("carried when the table ends the page; not when no rule crosses its columns, or text follows it", () => {
    expect(streamCarry(layoutPage(page([...rule(615), ...rule(680)])))).toEqual({
      edges: [50, 170, 290, 410],
      fontSize: 10,
      pitch: null,
      rules: true,
    });
    expect(streamCarry(layoutPage(page(rule(615))))).toMatchObject({ rules: true });
    expect(streamCarry(layoutPage(page([])))).toBeUndefined();
    expect(
      streamCarry(
        layoutPage(
          page(
            [...rule(615), ...rule(680)],
            [run("執行本方案所需經費由各機關按年度編列預算支應。", 50, 760)],
          ),
        ),
      ),
    ).toBeUndefined();
  });
});
