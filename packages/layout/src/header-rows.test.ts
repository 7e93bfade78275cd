import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { headerRowCount, isHeaderLike, stitchRows } from "./stitch.js";
import type { RawCell, RawRow } from "./types.js";

const cell = (text: string, span: Partial<RawCell> = {}): RawCell => ({ text, ...span });
const row = (cells: RawCell[], options: Partial<RawRow> = {}): RawRow => ({ cells, ...options });
const plain = (texts: string[]): RawRow => row(texts.map((text) => cell(text)));
const texts = (rows: RawRow[]): string[][] => rows.map((r) => r.cells.map((c) => c.text));

// A PDF table's header: "Airport" reaching down two rows, group labels over two sub-columns each.
const TOP = row([
  cell("Airport", { rowSpan: 2 }),
  cell("Intl Pax", { colSpan: 2 }),
  cell(""),
  cell("Domestic Pax", { colSpan: 2 }),
  cell(""),
]);
const SUB = plain(["", "Traffic", "Share", "Traffic", "Share"]);
const BODY = [
  plain(["Taoyuan", "46,380", "82%", "1,204", "9%"]),
  plain(["Songshan", "2,210", "4%", "5,870", "44%"]),
];

describe("header rows tied by merged cells", () => {
  it("a group label over sub-labels and a label reaching down make a two-row header", () => {
    expect(headerRowCount([TOP, SUB, ...BODY])).toBe(2);
    const result = stitchRows([TOP, SUB, ...BODY]);
    expect(result.header).toEqual(["Airport", "Intl Pax", "", "Domestic Pax", ""]);
    expect(result.headerRows && texts(result.headerRows)).toEqual([texts([TOP])[0], texts([SUB])[0]]);
    expect(result.headerRows?.[0]?.cells[1]?.colSpan).toBe(2);
    expect(texts(result.rows)).toEqual(texts(BODY));
    expect(result.warnings).toEqual([]);
  });

  it("a group label alone (no label reaching down) still ties the sub-labels under it", () => {
    const top = row([cell("Region"), cell("Staff", { colSpan: 2 }), cell("")]);
    expect(headerRowCount([top, plain(["Office", "Men", "Women"]), plain(["North", "12", "9"])])).toBe(2);
  });

  it("without spans, two label-like rows are one header and a row (as text input gives them)", () => {
    const rows = [plain(["Name", "Role"]), plain(["Auditor", "Clerk"]), plain(["Chen", "Lin"])];
    expect(headerRowCount(rows)).toBe(1);
    const result = stitchRows(rows);
    expect(result.headerRows).toBeUndefined();
    expect(texts(result.rows)).toEqual([
      ["Auditor", "Clerk"],
      ["Chen", "Lin"],
    ]);
  });

  it("a header of two rows repeated after a page break is dropped whole", () => {
    const result = stitchRows([
      TOP,
      SUB,
      ...BODY,
      { ...TOP, breakBefore: true },
      SUB,
      plain(["Kaohsiung", "6,530", "12%", "2,410", "18%"]),
    ]);
    expect(texts(result.rows).map((r) => r[0])).toEqual(["Taoyuan", "Songshan", "Kaohsiung"]);
  });

  it("with no spans anywhere, the count is isHeaderLike of the first row (property)", () => {
    const label = fc.constantFrom("Name", "Role", "", "1,204", "Year", "(一) 甲", "具體策略", "Share %");
    fc.assert(
      fc.property(
        fc.array(fc.array(label, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        (table) => {
          const rows = table.map(plain);
          expect(headerRowCount(rows)).toBe(isHeaderLike(table[0] ?? []) ? 1 : 0);
        },
      ),
    );
  });
});
