import { readFileSync } from "node:fs";
import type { RawTable } from "@lianzheng/layout";
import { describe, expect, test } from "vitest";
import { extractPages, readPdf } from "../src/index.js";

// Invariants of the fixture PDFs, read against the seeds they were rendered from
// (seeds/README.md: nine strategies; the report's 序次 run from 1 to 46).

const fixture = (name: string): Buffer =>
  readFileSync(new URL(`../../../fixtures/pdf/${name}`, import.meta.url));
const tablesOf = (blocks: Awaited<ReturnType<typeof readPdf>>["blocks"]): RawTable[] =>
  blocks.filter((b): b is RawTable => b.kind === "table");
const PLAN_HEADER = ["具體策略", "執行措施", "績效目標", "辦理機關"];

describe.each(["plan-2023-zh.pdf", "plan-2023-zh-unruled.pdf"])("%s", (name) => {
  test("one table across all its pages, header once, nine strategies", async () => {
    const doc = await readPdf(fixture(name));
    const tables = tablesOf(doc.blocks);
    expect(tables).toHaveLength(1);
    const [table] = tables as [RawTable];
    expect(table.header).toEqual(PLAN_HEADER);
    expect(table.pageStart).toBe(1);
    expect(table.pageEnd).toBe(doc.pages);
    const strategies = table.rows.map((row) => row.cells[0]?.text ?? "").filter(Boolean);
    expect(strategies.map((text) => text.slice(0, 2))).toEqual([
      "一、",
      "二、",
      "三、",
      "四、",
      "五、",
      "六、",
      "七、",
      "八、",
      "九、",
    ]);
    expect(table.rows.some((row) => row.cells.map((c) => c.text).join() === PLAN_HEADER.join())).toBe(false);
  });

  test("a row cut by a page break is rejoined, with the pages it spans", async () => {
    const table = tablesOf((await readPdf(fixture(name))).blocks)[0];
    const cut = table?.rows.filter((row) => (row.pageStart ?? 0) < (row.pageEnd ?? 0)) ?? [];
    expect(cut.length).toBeGreaterThan(0);
    // In the seed this measure is split by a page break between 政治獻金會 and 計報告書.
    const measure = table?.rows.find((row) => row.cells[1]?.text.startsWith("(二) 推動「政治獻金法」"));
    expect(measure?.cells[1]?.text).toContain("政治獻金會計報告書全面上網公開");
  });

  test("running heads and page numbers are gone; sections are in order", async () => {
    const doc = await readPdf(fixture(name));
    const texts = doc.blocks.flatMap((b) => (b.kind === "table" ? [] : [b.text]));
    expect(texts.filter((t) => t === "國家廉政建設行動方案（核定本）")).toHaveLength(1);
    expect(texts.some((t) => /^-\s*\d+\s*-$/u.test(t))).toBe(false);
    const sections = doc.blocks.filter((b) => b.kind === "heading" && /^[壹貳參肆伍陸柒]、/u.test(b.text));
    expect(sections.map((b) => (b.kind === "table" ? "" : b.text.slice(0, 1)))).toEqual([
      ..."壹貳參肆伍陸柒",
    ]);
  });
});

test("the report: one record per 序次, 1 to 46, in order", async () => {
  const doc = await readPdf(fixture("report-2018-zh.pdf"));
  const rows = tablesOf(doc.blocks).flatMap((t) => t.rows);
  const seqs = rows.filter((r) => r.cells[0]?.text === "序次").map((r) => Number(r.cells[1]?.text));
  expect(seqs).toEqual(Array.from({ length: 46 }, (_, i) => i + 1));
  expect(doc.warnings).toEqual([]);
});

test("the English table keeps its words apart and its headings", async () => {
  const doc = await readPdf(fixture("plan-2023-en-strategy9.pdf"));
  expect(doc.blocks[0]).toMatchObject({ kind: "heading", text: "National Integrity Building Action Plan" });
  expect(doc.blocks[1]).toMatchObject({ kind: "heading", text: "IV. Specific Actions" });
  const [table] = tablesOf(doc.blocks);
  expect(table?.header).toEqual([
    "Specific Strategy",
    "Enforcement Measure",
    "Performance Goal",
    "Executing Agency",
  ]);
  expect(table?.rows.map((r) => /^\((\d)\)/u.exec(r.cells[1]?.text ?? "")?.[1])).toEqual([
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
    "7",
    "8",
    "9",
  ]);
  const words = table?.rows.flatMap((r) => r.cells.map((c) => c.text)).join(" ") ?? "";
  expect(words).toContain("Department of International and Cross-Strait Legal Affairs");
  expect(words).not.toMatch(/[a-z]{25,}/u); // no two words glued together
});

test("extractPages gives positioned runs, font sizes and rulings", async () => {
  const [first, second] = await extractPages(fixture("plan-2023-zh.pdf"));
  expect(first?.width).toBeCloseTo(595.3, 0);
  const header = first?.runs.find((r) => r.text === "具體策略");
  expect(header?.fontSize).toBeCloseTo(10.5, 1);
  expect(first?.runs.some((r) => r.bold && r.text.includes("壹、依據"))).toBe(true);
  // Page 2 is all table: row lines across, and the five column lines down.
  const horizontal = second?.rulings.filter((r) => r.y0 === r.y1) ?? [];
  const vertical = new Set(second?.rulings.filter((r) => r.x0 === r.x1).map((r) => Math.round(r.x0)));
  expect(horizontal.length).toBeGreaterThan(5);
  expect(vertical.size).toBe(5);
});
