import type { RawTable } from "@lianzheng/layout";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { textOf } from "./sections.js";

const tableOf = (header: string[] | null, rows: string[][]): RawTable => ({
  kind: "table",
  header,
  rows: rows.map((cells) => ({ cells: cells.map((text) => ({ text })) })),
});

describe("textOf", () => {
  it("gives a table row by row, cells tab-separated, a cell's line breaks as spaces", () => {
    expect(
      textOf(
        tableOf(
          ["a", "b"],
          [
            ["1", "x\ny"],
            ["2", ""],
          ],
        ),
      ),
    ).toBe("a\tb\n1\tx y\n2\t");
  });

  it("stops after the row that makes it `atLeast` long: a prefix of the whole, long enough", () => {
    const cell = fc.string({ maxLength: 6 });
    fc.assert(
      fc.property(
        fc.option(fc.array(cell, { minLength: 1, maxLength: 3 })),
        fc.array(fc.array(cell, { minLength: 1, maxLength: 3 }), { maxLength: 8 }),
        fc.integer({ min: -2, max: 80 }),
        (header, rows, atLeast) => {
          const table = tableOf(header, rows);
          const whole = textOf(table);
          const part = textOf(table, atLeast);
          expect(whole.startsWith(part)).toBe(true);
          expect(part.length).toBeGreaterThanOrEqual(Math.min(atLeast, whole.length));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
