import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { matrixMarkdown, PRODUCER_MATRIX } from "./support/matrix.js";

const fixtures = new URL("../../../fixtures/pdf/", import.meta.url);
const pdfsIn = (dir: string) =>
  readdirSync(new URL(dir, fixtures))
    .filter((name) => name.endsWith(".pdf"))
    .map((name) => `${dir}${name}`);

describe("the README's producer matrix", () => {
  test("lists every PDF rendered from a seed, and only those", () => {
    const rendered = [...pdfsIn(""), ...pdfsIn("producers/")].sort();
    const whole = PRODUCER_MATRIX.filter((entry) => !entry.excerpt);
    expect(whole.map((entry) => entry.pdf).sort()).toEqual(rendered);
    const excerpts = PRODUCER_MATRIX.filter((entry) => entry.excerpt).map((entry) => entry.pdf);
    for (const pdf of excerpts) expect([...pdfsIn("word/"), ...pdfsIn("excerpts/")]).toContain(pdf);
    for (const pdf of pdfsIn("excerpts/")) expect(excerpts).toContain(pdf);
  });

  test("is the table in the README (regenerate it from test/support/matrix.ts when this fails)", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const table = matrixMarkdown();
    if (!readme.includes(table)) console.info(table); // the table to paste
    expect(readme).toContain(table);
  });

  test("a cell names its PDF, a producer without the document shows a dash", () => {
    const table = matrixMarkdown([
      { pdf: "producers/a.pdf", producer: "P", document: "plan", note: "n" },
      { pdf: "b.pdf", producer: "Q", document: "report" },
    ]);
    const rows = table.split("\n").map((line) => line.split("|").map((cell) => cell.trim()));
    expect(rows[2]?.slice(1, 5)).toEqual(["P", "`a.pdf` = seed (n)", "—", "—"]);
    expect(rows[3]?.slice(1, 5)).toEqual(["Q", "—", "—", "`b.pdf` = seed"]);
  });
});
