import { describe, expect, it } from "vitest";
import { parseLineageCsv } from "./lineage.js";

const HEADER =
  "\uFEFFid,from_edition,to_edition,kind,from_measure_id,to_measure_id,similarity,renumbered,words_removed,words_added,agencies_added,agencies_dropped,goals_changed";

// Rows as @lianzheng/dataset writes them (CRLF, quoted when a cell holds a comma, `'` before text a
// spreadsheet would run): a renumbered measure, a reworded one, a removed one.
const CSV = [
  HEADER,
  "a>b/3/1.4>1.3,a,b,renumbered,a/1.4,b/1.3,1,1,,,,,1",
  'a>b/7/2.3>2.2,a,b,reworded,a/2.3,b/2.2,0.484,1,"政治獻金,會計報告書",\'-公開,數位發展部,法務部; 內政部,0',
  "a>b/1/1.1>-,a,b,removed,a/1.1,,,,,,,,",
  "",
].join("\r\n");

describe("parseLineageCsv", () => {
  it("reads the dataset's measure_lineage rows into links between editions' measures", () => {
    expect(parseLineageCsv(CSV, "csv/measure_lineage.csv")).toEqual([
      {
        from: "a",
        to: "b",
        kind: "renumbered",
        fromMeasure: "1.4",
        toMeasure: "1.3",
        similarity: 1,
        renumbered: true,
        wordsRemoved: [],
        wordsAdded: [],
        agenciesAdded: [],
        agenciesDropped: [],
        goalsChanged: true,
      },
      {
        from: "a",
        to: "b",
        kind: "reworded",
        fromMeasure: "2.3",
        toMeasure: "2.2",
        similarity: 0.484,
        renumbered: true,
        wordsRemoved: ["政治獻金,會計報告書"],
        wordsAdded: ["-公開"],
        agenciesAdded: ["數位發展部"],
        agenciesDropped: ["法務部", "內政部"],
        goalsChanged: false,
      },
      {
        from: "a",
        to: "b",
        kind: "removed",
        fromMeasure: "1.1",
        toMeasure: null,
        similarity: null,
        renumbered: null,
        wordsRemoved: [],
        wordsAdded: [],
        agenciesAdded: [],
        agenciesDropped: [],
        goalsChanged: null,
      },
    ]);
  });

  it("reads a header-only table as no lineage", () => {
    expect(parseLineageCsv(`${HEADER}\r\n`, "x.csv")).toEqual([]);
  });

  it("names the file and line of a measure outside its edition, and a table of other columns", () => {
    const bad = `${HEADER}\r\nid,a,b,kept,a/1.1,c/1.1,1,0,,,,,0\r\n`;
    expect(() => parseLineageCsv(bad, "csv/measure_lineage.csv")).toThrow(
      "csv/measure_lineage.csv:2: measure c/1.1 is not in edition b",
    );
    expect(() => parseLineageCsv("id,kind\r\nx,kept\r\n", "t.csv")).toThrow(/t\.csv: no column from_edition/);
    expect(() => parseLineageCsv(`${HEADER}\r\n"unclosed,a\r\n`, "t.csv")).toThrow(/t\.csv: not CSV/);
  });
});
