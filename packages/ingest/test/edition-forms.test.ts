import { readFileSync, writeFileSync } from "node:fs";
import { parseActionPlan } from "@lianzheng/action-plan";
import type { RawDocument } from "@lianzheng/layout";
import type { Source } from "@lianzheng/model";
import { readPdf } from "@lianzheng/pdf";
import { decodeText, readAnyText, readText, type TextForm } from "@lianzheng/text";
import { describe, expect, test } from "vitest";
import { comparable } from "../../pdf/test/support/comparable.js";

// Every edition fixture in every form (fixtures/editions, made by scripts/make-edition-fixtures.mjs:
// PDF through LibreOffice, pdftotext -layout of it, box-drawing, HTML, Markdown) parses to the
// fixture's own document, compared as the PDF parity test compares (only source, provenance and
// the text reader's scar repairs may differ).

const root = new URL("../../../", import.meta.url);
const read = (path: string): Buffer => readFileSync(new URL(path, root));
const source: Source = { path: "document", format: "text", sha256: "0".repeat(64), bytes: 1 };
const parse = (doc: RawDocument) => parseActionPlan(doc, { source });

interface Plan {
  strategies: Array<{ number: number; measures: Array<{ id: string; path?: string[] }> }>;
  directions?: unknown[];
  revision?: unknown;
}

// Beside each comparison, what the fixtures hold by reading them: the six-column edition has 58
// measures, each with a 112 target; the 2012 edition 12 strategies, 19 measures, eight directions.
const EDITIONS: Record<string, (plan: Plan) => void> = {
  "2023-six-columns": (plan) => {
    expect(plan.strategies.flatMap((s) => s.measures)).toHaveLength(58);
    expect(plan.revision).toMatchObject({ date: "2023-08-18", label: "核定本" });
  },
  "2012-directions": (plan) => {
    expect(plan.strategies).toHaveLength(12);
    expect(plan.strategies.flatMap((s) => s.measures).map((m) => m.path?.length)).toEqual(Array(19).fill(2));
    expect(plan.directions).toHaveLength(8);
    expect(plan.revision).toMatchObject({ documentNumber: "院臺法字第1010000001號" });
  },
};
const TEXT_FORMS: Array<[suffix: string, form: TextForm]> = [
  ["layout.txt", "layout"],
  ["box.txt", "box"],
  ["html", "html"],
  ["md", "markdown"],
];

// Known misreadings, expected to fail until the text readers change (each named by its cause):
// none now. (The six-column -layout text, six narrow CJK columns set one space apart, reads to
// its fixture since the reader weighs what each column holds: see packages/text internal/capacity.ts.)
const KNOWN_MISREADINGS = new Set<string>([]);

const dump = (name: string, value: unknown) => {
  if (process.env.PARITY_DUMP)
    writeFileSync(`${process.env.PARITY_DUMP}/${name}.json`, JSON.stringify(value, null, 1));
};

describe("every edition in every form parses to the same document", () => {
  for (const [edition, check] of Object.entries(EDITIONS)) {
    const expected = () => parse(readText(read(`fixtures/editions/${edition}.txt`).toString("utf8")));

    test(`${edition}.pdf equals ${edition}.txt`, async () => {
      const plan = parse(await readPdf(read(`fixtures/editions/${edition}.pdf`), { file: `${edition}.pdf` }));
      check(plan as Plan);
      dump(`${edition}.pdf`, comparable(plan));
      dump(`${edition}.txt`, comparable(expected()));
      expect(comparable(plan)).toEqual(comparable(expected()));
    }, 120_000);

    // Saved as text by a word processor (fixtures/text/saved-as-text): the 2012 edition's rows
    // (sub-heading rows, strategies and measures both numbered 1.) found from their agency cells,
    // also with its sub-headings merged across their rows and a paragraph per item, in Big5.
    const saved =
      edition === "2012-directions" ? [`${edition}.txt`, `${edition}.merged.big5.txt`] : [`${edition}.txt`];
    for (const file of saved)
      test(`${file} saved as text (saved-text) equals ${edition}.txt`, () => {
        const decoded = decodeText(read(`fixtures/text/saved-as-text/${file}`));
        const reading = readAnyText(decoded.text);
        expect(reading.form).toBe("saved-text");
        const plan = parse(reading.document);
        check(plan as Plan);
        expect(comparable(plan)).toEqual(comparable(expected()));
      });

    // pandoc's text forms of the edition (fixtures/text/pandoc, scripts/make-pandoc-text-fixtures.mjs):
    // grid and multiline tables redrawn as boxes, GitHub's pipe tables with their markers escaped
    // (`1\.`), the six-column edition's rowspans kept as an HTML table.
    const pandocForms =
      edition === "2012-directions" ? ["plain.txt", "rst.txt", "gfm.md", "docx.md"] : ["rst.txt", "gfm.md"];
    // (pandoc cuts a Latin word wider than its column; the cuts joined are said by the info note
    // line_end_cuts_joined, a repair the edition's own text has no need of.)
    const withoutCutsJoined = (plan: unknown) => {
      const { warnings, ...rest } = comparable(plan) as { warnings: string[] };
      return { ...rest, warnings: warnings.filter((code) => code !== "line_end_cuts_joined") };
    };
    for (const suffix of pandocForms)
      test(`pandoc's ${edition}.${suffix} equals ${edition}.txt`, () => {
        const plan = parse(
          readAnyText(decodeText(read(`fixtures/text/pandoc/${edition}.${suffix}`)).text).document,
        );
        check(plan as Plan);
        expect(withoutCutsJoined(plan)).toEqual(withoutCutsJoined(expected()));
      });

    for (const [suffix, form] of TEXT_FORMS) {
      const known = KNOWN_MISREADINGS.has(`${edition}.${suffix}`);
      (known ? test.fails : test)(
        `${edition}.${suffix} (${form}) equals ${edition}.txt${known ? " (known misreading)" : ""}`,
        () => {
          const decoded = decodeText(read(`fixtures/editions/${edition}.${suffix}`));
          const reading = readAnyText(decoded.text);
          expect(reading.form).toBe(form);
          const plan = parse(reading.document);
          check(plan as Plan);
          dump(`${edition}.${suffix}`, comparable(plan));
          expect(comparable(plan)).toEqual(comparable(expected()));
        },
      );
    }
  }
});
