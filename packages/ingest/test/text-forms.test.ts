import { readFileSync, writeFileSync } from "node:fs";
import { parseActionPlan } from "@lianzheng/action-plan";
import { parseExecutionReport } from "@lianzheng/execution-report";
import type { RawDocument } from "@lianzheng/layout";
import type { Source } from "@lianzheng/model";
import { decodeText, readAnyText, readText, type TextForm } from "@lianzheng/text";
import { describe, expect, test } from "vitest";
import { comparable } from "../../pdf/test/support/comparable.js";

// Every text form of a seed (fixtures/text, made by scripts/make-text-fixtures.mjs and pdftotext)
// must parse to the seed's own document: only `source`, provenance and repair warnings may differ
// (the comparison the PDF parity test uses).

const root = new URL("../../../", import.meta.url);
const read = (path: string): Buffer => readFileSync(new URL(path, root));
const source: Source = { path: "document", format: "text", sha256: "0".repeat(64), bytes: 1 };
type Parse = (doc: RawDocument) => unknown;
const parsePlan: Parse = (doc) => parseActionPlan(doc, { source });
const parseReport: Parse = (doc) => parseExecutionReport(doc, { source });

const PLAN = "001_6bac756fe4f12e99.txt";
const EN = "000_b54d29a4c767afd7.txt";
const REPORT = "003_2d62c1db8ab3e0f0.txt";
const cases: Array<[file: string, seed: string, form: TextForm, encoding?: string]> = [
  ["plan-2023-zh.layout.txt", PLAN, "layout"],
  ["plan-2023-zh-unruled.layout.txt", PLAN, "layout"],
  ["plan-2023-en-strategy9.layout.txt", EN, "layout"],
  ["report-2018-zh.layout.txt", REPORT, "layout"],
  ["report-2018-zh.raw.txt", REPORT, "plain"],
  ["plan-2023-zh.box-w10.txt", PLAN, "box"],
  ["plan-2023-zh.box-w14.txt", PLAN, "box"],
  ["plan-2023-en-strategy9.box.txt", EN, "box"],
  ["report-2018-zh.box.txt", REPORT, "box"],
  ["plan-2023-zh.cells.txt", PLAN, "cell-lines"],
  ["plan-2023-en-strategy9.cells.txt", EN, "cell-lines"],
  ["report-2018-zh.cells.txt", REPORT, "cell-lines"],
  ["plan-2023-zh.html", PLAN, "html"],
  ["plan-2023-en-strategy9.html", EN, "html"],
  ["report-2018-zh.html", REPORT, "html"],
  ["plan-2023-zh.md", PLAN, "markdown"],
  ["plan-2023-en-strategy9.md", EN, "markdown"],
  ["report-2018-zh.md", REPORT, "markdown"],
  ["plan-2023-zh.layout.lookalike.txt", PLAN, "layout"],
  ["report-2018-zh.layout.lookalike.txt", REPORT, "layout"],
  ["plan-2023-zh.box-w10.lookalike.txt", PLAN, "box"],
  ["plan-2023-zh.box-w10.big5.txt", PLAN, "box", "big5"],
  ["plan-2023-zh.layout.big5.txt", PLAN, "layout", "big5"],
  ["plan-2023-zh.cells.utf16le.txt", PLAN, "cell-lines", "utf-16le"],
  ["report-2018-zh.box.utf16be.txt", REPORT, "box", "utf-16be"],
  ["plan-2023-en-strategy9.md.bom.txt", EN, "markdown", "utf-8"],
];

describe("every text form parses to the seed's document", () => {
  for (const [file, seed, form, encoding = "utf-8"] of cases) {
    test(`${file} (${form}, ${encoding}) equals ${seed}`, () => {
      const parse = seed === REPORT ? parseReport : parsePlan;
      const expected = comparable(parse(readText(read(`seeds/${seed}`).toString("utf8"))));
      const decoded = decodeText(read(`fixtures/text/${file}`));
      expect(decoded.encoding).toBe(encoding);
      const reading = readAnyText(decoded.text);
      expect(reading.form).toBe(form);
      const actual = comparable(parse(reading.document));
      if (process.env.PARITY_DUMP) {
        writeFileSync(`${process.env.PARITY_DUMP}/${file}.seed.json`, JSON.stringify(expected, null, 1));
        writeFileSync(`${process.env.PARITY_DUMP}/${file}.form.json`, JSON.stringify(actual, null, 1));
      }
      expect(actual).toEqual(expected);
    });
  }
});
