import { readdirSync, readFileSync } from "node:fs";
import type { Language } from "@lianzheng/model";
import { describe, expect, it } from "vitest";
import { createAgencyMemo, parseAgencyCell } from "./cell.js";

// Every table cell of the seeds (agency cells among them, and cells that name no agency at all),
// with each seed's language: what a document's cells give a memo to keep.
const seeds = new URL("../../../seeds/", import.meta.url);
const cells: Array<{ text: string; language: Language }> = readdirSync(seeds)
  .filter((name) => name.endsWith(".txt"))
  .flatMap((name) => {
    const text = readFileSync(new URL(name, seeds), "utf8");
    const language: Language = /[\u4e00-\u9fff]/u.test(text.slice(0, 2000)) ? "zh-Hant" : "en";
    return text
      .split("\n")
      .filter((line) => line.includes("\t"))
      .flatMap((line) => line.split("\t").slice(1))
      .map((cell) => ({ text: cell, language }));
  })
  // A name met alone, then inside a parent's brackets (where only the parent's own count).
  .concat(
    ["外交部", "法務部(外交部)", "人事處", "法務部(人事處)"].map((text) => ({ text, language: "zh-Hant" })),
  );

describe("parseAgencyCell with a memo", () => {
  it("reads every cell as it does alone, cells in order and again in reverse", () => {
    expect(cells.length).toBeGreaterThan(200);
    const memo = createAgencyMemo();
    for (const { text, language } of [...cells, ...[...cells].reverse()]) {
      const at = { line: 7 };
      expect(parseAgencyCell(text, language, { at, memo })).toEqual(parseAgencyCell(text, language, { at }));
    }
    expect(memo.resolutions.size).toBeGreaterThan(50);
  });
});
