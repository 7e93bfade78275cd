import { readFileSync } from "node:fs";
import { parseActionPlan } from "@lianzheng/action-plan";
import { parseExecutionReport } from "@lianzheng/execution-report";
import type { RawDocument } from "@lianzheng/layout";
import type { Source } from "@lianzheng/model";
import { readText } from "@lianzheng/text";
import { describe, expect, test } from "vitest";
import { readPdf } from "../src/index.js";
import { comparable } from "./support/comparable.js";
import { DOCUMENTS, type MatrixDocument, PRODUCER_MATRIX } from "./support/matrix.js";

// A PDF of a seed must parse to the same document as the seed's text: only `source` and
// `provenance` (lines vs pages) may differ. Two allowances, both about what a PDF cannot carry:
// - white space next to a CJK character: a text layer keeps no space at a line break, and in
//   CJK text a paragraph break and a wrap before a list item look alike; so text is compared
//   with white space beside CJK characters removed; and a line break inside an English cell
//   may be a paragraph's end or a wrap, so runs of white space compare as one space;
// - warnings are compared by code (their locations are lines for text and pages for PDF), less
//   the text reader's repairs of extraction scars (shifted or split rows) a PDF does not have.

const root = new URL("../../../", import.meta.url);
const read = (path: string): Buffer => readFileSync(new URL(path, root));

/** The same stand-in source for both, so ids (derived from the source's hash) agree. */
const source: Source = { path: "document", format: "text", sha256: "0".repeat(64), bytes: 1 };

type Parse = (doc: RawDocument) => unknown;
const parsePlan: Parse = (doc) => parseActionPlan(doc, { source });
const parseReport: Parse = (doc) => parseExecutionReport(doc, { source });

interface Shape {
  strategies?: Array<{ number: number; measures: unknown[] }>;
  records?: unknown[];
}

// Beside each comparison, what the seeds show by reading them: 001 has nine strategies, the last
// measure of strategy 八 is (二十) and of 九 is (九); 000 is strategy 9 alone; 003 runs 序次 1–46.
const planCounts = (doc: Shape) => doc.strategies?.map((s) => [s.number, s.measures.length]);
const fullPlan = (doc: Shape) =>
  expect(planCounts(doc)?.slice(7)).toEqual([
    [8, 20],
    [9, 9],
  ]);
const strategy9 = (doc: Shape) => expect(planCounts(doc)).toEqual([[9, 9]]);
const records46 = (doc: Shape) => expect(doc.records).toHaveLength(46);

// Each document's parser and the invariant asserted beside the comparison.
const byDocument: Record<MatrixDocument, { parse: Parse; invariant: (doc: Shape) => void }> = {
  plan: { parse: parsePlan, invariant: fullPlan },
  english: { parse: parsePlan, invariant: strategy9 },
  report: { parse: parseReport, invariant: records46 },
};

describe("a PDF parses to the same document as its text", () => {
  // The producer matrix (test/support/matrix.ts, the README's table): each seed from LibreOffice
  // in several table looks, headless Chromium (tagged) and WeasyPrint. Warnings a PDF adds by
  // design (its structure tree contradicts its page) are checked, then left out of the comparison.
  // Excerpts are compared with the HTML they were printed from (test/word-style.test.ts).
  for (const entry of PRODUCER_MATRIX.filter((e) => !e.excerpt)) {
    const { pdf, added = [] } = entry;
    const { seed } = DOCUMENTS[entry.document];
    const { parse, invariant } = byDocument[entry.document];
    test(`${pdf} equals ${seed}`, async () => {
      const fromText = comparable(parse(readText(read(`seeds/${seed}`).toString("utf8"))));
      const parsed = parse(await readPdf(read(`fixtures/pdf/${pdf}`), { file: pdf })) as {
        warnings: { code: string }[];
      };
      const codes = parsed.warnings.map((warning) => warning.code);
      for (const code of added) expect(codes).toContain(code);
      parsed.warnings = parsed.warnings.filter((warning) => !added.includes(warning.code));
      const fromPdf = comparable(parsed);
      if (process.env.PARITY_DUMP) {
        const { writeFileSync } = await import("node:fs");
        writeFileSync(`${process.env.PARITY_DUMP}/${pdf}.text.json`, JSON.stringify(fromText, null, 1));
        writeFileSync(`${process.env.PARITY_DUMP}/${pdf}.pdf.json`, JSON.stringify(fromPdf, null, 1));
      }
      invariant(parsed as Shape);
      expect(fromPdf).toEqual(fromText);
    });
  }
});
