import { readFileSync } from "node:fs";
import { parseActionPlan } from "@lianzheng/action-plan";
import { parseExecutionReport } from "@lianzheng/execution-report";
import type { RawDocument } from "@lianzheng/layout";
import type { Source } from "@lianzheng/model";
import { readHtml } from "@lianzheng/text";
import { describe, expect, test } from "vitest";
import { readPdf } from "../src/index.js";
import { comparable } from "./support/comparable.js";

// Excerpts of a seed, each printed from the HTML beside it, parse to the same document as that
// HTML read by the text reader. Word-style tables (word/, scripts/make-pdf-wordstyle-fixtures.mjs):
// the web page's HTML cut to its first rows, made a .docx by pandoc and printed by LibreOffice. No
// rulings but a rule under the header; rows set a few points apart; a key/value table per record
// with no header at all. Browser prints (excerpts/, scripts/make-pdf-producer-fixtures.mjs).

const root = new URL("../../../fixtures/pdf/", import.meta.url);
const read = (name: string): Buffer => readFileSync(new URL(name, root));
const source: Source = { path: "document", format: "text", sha256: "0".repeat(64), bytes: 1 };

interface Parsed {
  strategies?: { number: number; measures: unknown[] }[];
  records?: { seq: number }[];
  warnings: { severity: string; code: string }[];
}

const cases: { name: string; parse: (doc: RawDocument) => Parsed; invariant: (doc: Parsed) => void }[] = [
  {
    // Strategy 一's four measures and 二's first five, rows back to back but for a few points.
    name: "word/plan-2023-zh-word-part",
    parse: (doc) => parseActionPlan(doc, { source }) as Parsed,
    invariant: (doc) =>
      expect(doc.strategies?.map((s) => [s.number, s.measures.length]).filter(([, n]) => n)).toEqual([
        [1, 4],
        [2, 5],
      ]),
  },
  {
    // Records 1–4, cut by page breaks inside a label and its value, and between two labels.
    name: "word/report-2018-zh-word-part",
    parse: (doc) => parseExecutionReport(doc, { source }) as Parsed,
    invariant: (doc) => expect(doc.records?.map((r) => r.seq)).toEqual([1, 2, 3, 4]),
  },
  {
    // Records 24–26 on B5, a table each: record 25's head (序次 | 25) repeated atop page 2 over
    // its value's last line; record 26's value column further right than 25's.
    name: "word/report-2018-zh-word-b5",
    parse: (doc) => parseExecutionReport(doc, { source }) as Parsed,
    invariant: (doc) => expect(doc.records?.map((r) => r.seq)).toEqual([24, 25, 26]),
  },
  {
    // Strategy 九 in WeasyPrint's horizontal rules: (七)'s one-line goal alone at page 3's foot,
    // its measure atop page 4 with the goal column empty (cell_from_page_before, info).
    name: "excerpts/plan-2023-zh-weasyprint-hrules-part",
    parse: (doc) => parseActionPlan(doc, { source }) as Parsed,
    invariant: (doc) => {
      const measures = doc.strategies?.find((s) => s.number === 9)?.measures as
        | { id: string; performanceGoals: { text: string }[] }[]
        | undefined;
      expect(measures?.length).toBe(9);
      expect(measures?.find((m) => m.id === "9.7")?.performanceGoals.map((g) => g.text)).toEqual([
        "每年統計執行情形。",
      ]);
      expect(doc.warnings.map((w) => w.code)).toContain("cell_from_page_before");
    },
  },
];

describe("an excerpt's PDF parses to the same document as its HTML", () => {
  for (const { name, parse, invariant } of cases) {
    test(name, async () => {
      const fromText = parse(readHtml(read(`${name}.html`).toString("utf8")));
      const fromPdf = parse(await readPdf(read(`${name}.pdf`), { file: `${name}.pdf` }));
      invariant(fromPdf);
      // Info warnings (repairs such as a label rejoined across a page break) may differ.
      const serious = (doc: Parsed) =>
        comparable({ ...doc, warnings: doc.warnings.filter((w) => w.severity !== "info") });
      expect(serious(fromPdf)).toEqual(serious(fromText));
    });
  }
});
