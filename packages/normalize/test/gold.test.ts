import { describe, expect, it } from "vitest";
import {
  cleanText,
  detectScript,
  extractQuantities,
  parseAmount,
  parseDateRange,
  parseListMarker,
  parseNumber,
  parseNumberWords,
  parseOrdinal,
  parseRocDate,
  splitItems,
} from "../src/index.js";
import { readGoldTable } from "./gold.js";

const FUNCTIONS: Readonly<Record<string, (input: string) => unknown>> = {
  parseNumber,
  parseNumberWords,
  parseOrdinal,
  parseAmount,
  parseRocDate,
  parseDateRange,
  parseListMarker,
  splitItems,
  cleanText,
  detectScript,
  extractQuantities,
};

const rows = readGoldTable();

describe("gold table (fixtures/normalize/gold.tsv)", () => {
  it("has at least 250 expressions, most from the seeds, for known functions only", () => {
    expect(rows.length).toBeGreaterThanOrEqual(250);
    expect(rows.filter((row) => row.note.startsWith("seed")).length / rows.length).toBeGreaterThan(0.5);
    expect(rows.filter((row) => !(row.fn in FUNCTIONS))).toEqual([]);
  });

  it.each(rows.map((row) => [`${row.fn}(${JSON.stringify(row.input)}) line ${row.line}`, row] as const))(
    "%s",
    (_name, row) => {
      const fn = FUNCTIONS[row.fn];
      expect(fn?.(row.input)).toEqual(row.expected);
    },
  );
});
