import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { TaggedCell, TaggedRow, TaggedTable, TextRun } from "../types.js";
import { type PageLayout, type TableFragment, textBox } from "./page.js";
import { linkTaggedFragments, type RuledPlace, readTaggedTables } from "./tagged.js";

const SIZE = 10;
const run = (text: string, x: number, y: number, mcid?: number): TextRun => ({
  text,
  x,
  y,
  width: text.length * SIZE * 0.5,
  fontSize: SIZE,
  fontName: "Helvetica",
  bold: false,
  ...(mcid === undefined ? {} : { mcid }),
});

/**
 * A table drawn without rulings: `rows` of cells, each cell lines of text; row `r` is a band
 * `band` pt high, and each cell sits in it at `offset(r, c)` below the band's top (cells centred
 * or bottom-aligned do not start together). Cell (r, c) is MCID r * 10 + c. A `null` cell is
 * covered by a cell spanning rows from above: the row's TR has no cell for it.
 */
function drawTable(
  rows: (string[] | null)[][],
  widths: number[],
  band: number,
  offset: (r: number, c: number) => number,
) {
  const runs: TextRun[] = [];
  const table: TaggedTable = { columns: widths.length, rowCount: rows.length, rows: [] };
  rows.forEach((row, r) => {
    const cells: TaggedTable["rows"][number]["cells"] = [];
    row.forEach((lines, c) => {
      if (lines === null) return;
      const x = 50 + widths.slice(0, c).reduce((a, b) => a + b, 0) + 8;
      for (const [k, line] of lines.entries()) {
        runs.push(run(line, x, 100 + r * band + offset(r, c) + (k + 1) * 1.3 * SIZE, r * 10 + c));
      }
      cells.push({ header: r === 0, mcids: [r * 10 + c] });
    });
    table.rows.push({ index: r, cells });
  });
  return { runs, table };
}

/** Cells A B over C D, top-aligned, 100 pt wide. */
const twoByTwo = () =>
  drawTable(
    [
      [["A"], ["B"]],
      [["C"], ["D"]],
    ],
    [100, 100],
    30,
    () => 0,
  );

const texts = (fragment: TableFragment | undefined) =>
  fragment?.rows.map((row) => row.cells.map((cell) => cell.text));

describe("readTaggedTables: a table without rulings", () => {
  test("cells centred in their rows are read by the tree, a short row under a spanning cell placed by where it lies", () => {
    const { runs, table } = drawTable(
      [
        [["Strategy"], ["Measure"], ["Agency"]],
        [["Nine"], ["First measure", "wraps here"], ["MOJ"]],
        [null, ["Second"], ["MOFA", "and MOJ"]],
      ],
      [80, 160, 100],
      60,
      (r, c) => (r === 0 ? 0 : c === 1 ? 5 : 20),
    );
    const reading = readTaggedTables(3, [table], runs, () => undefined, textBox);
    expect(reading.warnings).toEqual([]);
    expect(reading.used.size).toBe(runs.length);
    expect(texts(reading.fragments[0])).toEqual([
      ["Strategy", "Measure", "Agency"],
      ["Nine", "First measure wraps here", "MOJ"],
      ["", "Second", "MOFA and MOJ"],
    ]);
    expect(reading.fragments[0]?.tagged).toEqual({ key: "3×3", rows: [0, 1, 2], headerRows: [0] });
  });

  test("a tree whose row's cells run right to left is contradicted: nothing read, a warning", () => {
    const { runs, table } = twoByTwo();
    const row = table.rows[1] as TaggedTable["rows"][number];
    row.cells.reverse();
    const reading = readTaggedTables(2, [table], runs, () => undefined, textBox);
    expect(reading.fragments).toEqual([]);
    expect(reading.used.size).toBe(0);
    expect(reading.warnings.map((w) => [w.code, w.at])).toEqual([
      ["structure_contradicts_layout", { page: 2 }],
    ]);
  });

  test("a tree that puts a lower cell in an upper row of the same column is contradicted", () => {
    const { runs, table } = drawTable(
      [
        [["A"], ["B"]],
        [["C"], ["D"]],
        [["E"], ["F"]],
      ],
      [100, 100],
      30,
      () => 0,
    );
    const [, second, third] = table.rows as [unknown, TaggedRow, TaggedRow];
    [second.cells[1], third.cells[1]] = [third.cells[1] as TaggedCell, second.cells[1] as TaggedCell];
    const reading = readTaggedTables(1, [table], runs, () => undefined, textBox);
    expect(reading.warnings.map((w) => w.code)).toEqual(["structure_contradicts_layout"]);
  });

  test("untagged text and a tree without text on the page are left alone", () => {
    const reading = readTaggedTables(
      1,
      [{ columns: 2, rowCount: 1, rows: [{ index: 0, cells: [{ header: false, mcids: [99] }] }] }],
      [run("free", 10, 10)],
      () => undefined,
      textBox,
    );
    expect(reading).toEqual({ fragments: [], used: new Set(), warnings: [] });
  });
});

describe("readTaggedTables: against a ruled table", () => {
  const { runs, table } = twoByTwo();
  const grid = {};
  const drawnAt = (run: TextRun): RuledPlace => ({
    grid,
    row: Math.floor((run.mcid ?? 0) / 10),
    col: (run.mcid ?? 0) % 10,
  });

  test("a tree that agrees with the rulings adds nothing: the ruled table stands", () => {
    expect(readTaggedTables(1, [table], runs, drawnAt, textBox)).toEqual({
      fragments: [],
      used: new Set(),
      warnings: [],
    });
  });

  test("a tree with a cell over two drawn cells, or rows the page draws otherwise, is contradicted", () => {
    const merged = (run: TextRun): RuledPlace => ({
      ...drawnAt(run),
      col: run.mcid === 11 ? 0 : drawnAt(run).col,
    });
    const swapped = (run: TextRun): RuledPlace => ({ ...drawnAt(run), row: 1 - drawnAt(run).row });
    const halfRuled = (run: TextRun) => (run.mcid === 11 ? undefined : drawnAt(run));
    for (const placeOf of [merged, swapped, halfRuled]) {
      const reading = readTaggedTables(1, [table], runs, placeOf, textBox);
      expect(reading.fragments).toEqual([]);
      expect(reading.warnings.map((w) => w.code)).toEqual(["structure_contradicts_layout"]);
    }
  });
});

describe("readTaggedTables: a spanning cell centred onto the next page", () => {
  // The page shows the rest of a strategy spanning two drawn rows (row 0 here, its text centred
  // onto this page) and the measure rows beside it. The tree's first TR holds the strategy (its
  // measure on the page before); then the TRs of this page's measures, drawn rows 0 and 1.
  const grid = {};
  const table: TaggedTable = {
    columns: 2,
    rowCount: 3,
    rows: [
      { index: 0, cells: [{ header: false, mcids: [1] }] },
      { index: 1, cells: [{ header: false, mcids: [2] }] },
      { index: 2, cells: [{ header: false, mcids: [3] }] },
    ],
  };
  const runs = [run("七、強化", 10, 60, 1), run("(二) 推動", 110, 20, 2), run("(三) 結合", 110, 80, 3)];
  const at = (row: number, col: number, rowSpan = 1): RuledPlace => ({ grid, row, col, rowSpan });
  const placeOf = (run: TextRun): RuledPlace =>
    run.mcid === 1 ? at(0, 0, 2) : run.mcid === 2 ? at(0, 1) : at(1, 1);

  test("a row whose only text here is the spanning cell does not say where the row is", () => {
    expect(readTaggedTables(2, [table], runs, placeOf, textBox).warnings).toEqual([]);
  });

  test("the same rows, the first cell spanning no rows, are in another order than drawn", () => {
    const unspanned = (run: TextRun): RuledPlace => ({ ...placeOf(run), rowSpan: 1 });
    const codes = readTaggedTables(2, [table], runs, unspanned, textBox).warnings.map((w) => w.code);
    expect(codes).toEqual(["structure_contradicts_layout"]);
  });
});

/** A two-column tagged table of TRs (a TR under a spanning cell has a cell fewer). */
const taggedTable = (rows: TaggedCell[][]): TaggedTable => ({
  columns: 2,
  rowCount: rows.length,
  rows: rows.map((cells, index) => ({ index, cells })),
});
const th = (...mcids: number[]): TaggedCell => ({ header: true, mcids });
const td = (...mcids: number[]): TaggedCell => ({ header: false, mcids });

describe("readTaggedTables: a spanning cell cut in its last row", () => {
  // Chromium, Letter, inner borders, rows free: the break cut a strategy in the last row of its
  // span, so the strategy's rest (忍的共識。) and that row's measure share the first drawn row
  // under the repeated header. The strategy's TR has a cell per column (its measure has no text
  // here); the measure's TR, under the span, has one cell fewer.
  const grid = {};
  const table = taggedTable([[th(1), th(2)], [td(3), td()], [td(4)], [td(5), td(6)]]);
  const runs = [
    run("具體策略", 10, 10, 1),
    run("執行措施", 110, 10, 2),
    run("忍的共識。", 10, 30, 3),
    run("(二) 針對", 110, 30, 4),
    run("六、推動", 10, 60, 5),
    run("(一) 鼓勵", 110, 60, 6),
  ];
  const drawn: Record<number, [number, number]> = {
    1: [0, 0],
    2: [0, 1],
    3: [1, 0],
    4: [1, 1],
    5: [2, 0],
    6: [2, 1],
  };
  const placeOf = (run: TextRun): RuledPlace => {
    const [row, col] = drawn[run.mcid ?? 0] as [number, number];
    return { grid, row, col, rowSpan: 1 };
  };
  const codes = (t: TaggedTable, place = placeOf) =>
    readTaggedTables(5, [t], runs, place, textBox).warnings.map((w) => w.code);

  test("its rest and the row under the span share the first body row: no contradiction", () => {
    expect(codes(table)).toEqual([]);
  });

  test("not where the later row is no shorter, nor in a drawn row below the first", () => {
    const full = structuredClone(table);
    (full.rows[2] as TaggedRow).cells.unshift({ header: false, mcids: [] });
    expect(codes(full)).toEqual(["structure_contradicts_layout"]);
    // Below the page's first body row a span ends in a row of its own: rows sharing one are not.
    const middle = taggedTable([[td(1), td(2)], [td(3), td()], [td(4)]]);
    expect(codes(middle)).toEqual(["structure_contradicts_layout"]);
  });
});

describe("readTaggedTables: property", () => {
  test("any grid of cells, each at any height in its row band, reads back cell for cell", () => {
    const word = fc.stringMatching(/^[A-Za-z]{1,8}$/);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 2, max: 5 }),
        fc.array(fc.array(word, { minLength: 1, maxLength: 3 }), { minLength: 20, maxLength: 20 }),
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 20, maxLength: 20 }),
        (rowCount, columnCount, words, offsets) => {
          const rows = Array.from({ length: rowCount }, (_, r) =>
            Array.from({ length: columnCount }, (_, c) => [(words[r * columnCount + c] ?? ["x"]).join(" ")]),
          );
          const { runs, table } = drawTable(
            rows,
            // Wide enough for three words of eight letters (5 pt each) and the padding.
            Array.from({ length: columnCount }, () => 150),
            50,
            (r, c) => offsets[(r * columnCount + c) % 20] ?? 0,
          );
          const reading = readTaggedTables(1, [table], runs, () => undefined, textBox);
          expect(reading.warnings).toEqual([]);
          expect(texts(reading.fragments[0])).toEqual(rows.map((row) => row.map((lines) => lines.join(" "))));
        },
      ),
    );
  });
});

describe("linkTaggedFragments", () => {
  const fragment = (rows: number[], columns: number[], headerRows: number[] = []): TableFragment => ({
    kind: "table",
    columns,
    rows: [],
    top: 0,
    bottom: 0,
    openTop: false,
    ruled: true,
    tagged: { key: "4×10", rows, headerRows },
  });
  const page = (page: number, ...items: TableFragment[]): PageLayout => ({
    page,
    width: 595,
    height: 842,
    items,
    characters: 1,
    sizes: new Map(),
  });

  test("the same tree row on both sides of a break opens the next page's fragment, past a repeated header", () => {
    const next = fragment([0, 2, 3], [52, 131, 300, 520], [0]);
    linkTaggedFragments([page(1, fragment([0, 1, 2], [50, 130, 290, 540])), page(2, next)]);
    expect(next.openTop).toBe(true);
    expect(next.columns).toEqual([50, 130, 290, 540]);
  });

  test("a new row after the break, or another table, stays closed", () => {
    const newRow = fragment([0, 3], [50, 540], [0]);
    linkTaggedFragments([page(1, fragment([0, 1, 2], [50, 540])), page(2, newRow)]);
    expect(newRow.openTop).toBe(false);
    const other = fragment([2], [60, 500]);
    other.tagged = { key: "2×5", rows: [2], headerRows: [] };
    linkTaggedFragments([page(1, fragment([0, 1, 2], [50, 540])), page(2, other)]);
    expect(other.openTop).toBe(false);
    expect(other.columns).toEqual([60, 500]);
  });

  test("a row with no text atop the page (a spanning cell's tree row) is passed over and goes", () => {
    // Chromium, zebra rows: strategy 九 spans tree rows 1 to 3 and its row's node shows on page 2
    // (its fill) with no text; tree row 2, (三)'s goals, runs on under the repeated header.
    const texts = [
      ["具體策略", "執行措施"],
      ["", ""],
      ["", "制。"],
      ["", "(四) 積極追查。"],
    ];
    const next = fragment([0, 1, 2, 3], [50, 130, 540], [0]);
    next.rows = texts.map((cells) => ({ cells: cells.map((text) => ({ text })) }));
    linkTaggedFragments([page(1, fragment([0, 1, 2], [50, 130, 540])), page(2, next)]);
    expect(next.openTop).toBe(true);
    expect(next.rows.map((row) => row.cells[1]?.text)).toEqual(["執行措施", "制。", "(四) 積極追查。"]);
    expect(next.tagged?.rows).toEqual([0, 2, 3]);
    // With text in it, that row is a row of this page: nothing runs on.
    const own = fragment([0, 1, 2, 3], [50, 130, 540], [0]);
    own.rows = texts.map((cells, r) => ({ cells: cells.map((text) => ({ text: r === 1 ? "甲" : text })) }));
    linkTaggedFragments([page(1, fragment([0, 1, 2], [50, 130, 540])), page(2, own)]);
    expect([own.openTop, own.rows.length]).toEqual([false, 4]);
  });
});
