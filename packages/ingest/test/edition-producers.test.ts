import { fileURLToPath } from "node:url";
import { type Document, isParseError, isSeriousWarning } from "@lianzheng/model";
import { describe, expect, test } from "vitest";
import { comparable } from "../../pdf/test/support/comparable.js";
import { parseFile } from "../src/index.js";

// The editions printed by other engines than LibreOffice (fixtures/editions/producers, made by
// scripts/make-edition-producer-fixtures.mjs): a part of each edition, the PDF and both pdftotext
// forms of it, parsed as the CLI parses a file (kind detected, then parsed) and compared with the
// part's own text. A PDF reads to that text; a text form reads to it too, or says that it did not
// (a serious warning the text's parse does not have), or refuses naming the fix.

const dir = fileURLToPath(new URL("../../../fixtures/editions/producers/", import.meta.url));
const parse = (name: string): Promise<Document> => parseFile(`${dir}${name}`);
/** The comparison of the parity tests, the document's id (its bytes' hash) left out too. */
const same = ({ id, ...document }: Document) => comparable(document);

type Plan = Extract<Document, { kind: "action-plan" }>;
const measures = (plan: Plan) => plan.strategies.flatMap((s) => s.measures);

// What each part holds, read off its text: the six columns' strategy 一 (four measures, each with
// its 112 target); the 2012 sections 一 and 二 (eight strategies, 13 measures under sub-headings).
const PARTS: Record<string, (plan: Plan) => void> = {
  "2023-six-columns": (plan) => {
    expect(measures(plan).map((m) => m.id)).toEqual(["1.1", "1.2", "1.3", "1.4"]);
    expect(measures(plan).every((m) => m.targets?.[0]?.rocYear === 112)).toBe(true);
  },
  "2012-directions": (plan) => {
    expect(plan.strategies).toHaveLength(8);
    expect(measures(plan).map((m) => m.path?.length)).toEqual(Array(13).fill(2));
    expect(plan.revision).toMatchObject({ documentNumber: "院臺法字第1010000001號" });
  },
};

type Outcome = "same" | "warned" | "refused";
// Each print's text forms, as they read now. `warned`: read wrong, and said so (narrow columns set
// one space apart, TeX's justified CJK, a wrapped header label); `refused`: plain pdftotext of a
// table whose columns are lost, the error naming `pdftotext -layout`.
const PRINTS: Array<[print: string, part: string, layout: Outcome, raw: Outcome]> = [
  ["2023-six-columns-chromium", "2023-six-columns", "warned", "warned"],
  ["2023-six-columns-wkhtmltopdf", "2023-six-columns", "warned", "refused"],
  // WeasyPrint's running head over two pages (it meets one page boundary): read as chrome.
  ["2012-directions-weasyprint", "2012-directions", "same", "refused"],
  ["2012-directions-xelatex", "2012-directions", "warned", "warned"],
];

async function expectOutcome(file: string, expected: Plan, outcome: Outcome): Promise<void> {
  const reading = parse(file);
  if (outcome === "refused") {
    const error = await reading.catch((caught: unknown) => caught);
    expect(isParseError(error) && error.message).toContain("pdftotext -layout");
    return;
  }
  const document = await reading;
  if (outcome === "same") {
    expect(same(document)).toEqual(same(expected));
    return;
  }
  expect(same(document)).not.toEqual(same(expected));
  const known = new Set(expected.warnings.filter(isSeriousWarning).map((w) => w.code));
  expect(document.warnings.filter((w) => isSeriousWarning(w) && !known.has(w.code))).not.toEqual([]);
}

describe("the editions printed by other engines", () => {
  for (const [print, part, layout, raw] of PRINTS) {
    const expected = async () => (await parse(`${part}.part.txt`)) as Plan;

    test(`${print}.pdf equals ${part}.part.txt`, async () => {
      const plan = (await parse(`${print}.pdf`)) as Plan;
      expect(plan.kind).toBe("action-plan");
      PARTS[part]?.(plan);
      expect(same(plan)).toEqual(same(await expected()));
    }, 120_000);

    test(`${print}.layout.txt (pdftotext -layout): ${layout}`, async () => {
      await expectOutcome(`${print}.layout.txt`, await expected(), layout);
    });

    test(`${print}.raw.txt (pdftotext): ${raw}`, async () => {
      await expectOutcome(`${print}.raw.txt`, await expected(), raw);
    });
  }
});
