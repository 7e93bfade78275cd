import { readFileSync } from "node:fs";
import type { RawBlock, RawTable } from "@lianzheng/layout";
import { isParseError } from "@lianzheng/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readText } from "./read-text.js";

const seed = (name: string): string =>
  readFileSync(new URL(`../../../seeds/${name}`, import.meta.url), "utf8");

function tables(blocks: RawBlock[]): RawTable[] {
  return blocks.filter((block): block is RawTable => block.kind === "table");
}

function cells(table: RawTable | undefined): string[][] {
  return (table?.rows ?? []).map((row) => row.cells.map((cell) => cell.text));
}

describe("readText: blocks", () => {
  it("reads markdown headings, bare section headings and bullet paragraphs", () => {
    const doc = readText(
      "# 方案\n\n## 貳、目標\n\n- 一、不願貪：型塑。\n- 二、不必貪：完善。\n\n肆、具體作為\n\n**議程十：合作**\n",
    );
    expect(doc.blocks).toEqual([
      { kind: "heading", level: 1, text: "方案", line: 1 },
      { kind: "heading", level: 2, text: "貳、目標", line: 3 },
      { kind: "paragraph", text: "一、不願貪：型塑。", line: 5 },
      { kind: "paragraph", text: "二、不必貪：完善。", line: 6 },
      { kind: "heading", level: 0, text: "肆、具體作為", line: 8 },
      { kind: "paragraph", text: "議程十：合作", line: 10 },
    ]);
  });

  it("does not take a sentence numbered 壹、 for a heading", () => {
    const doc = readText("壹、本方案依聯合國反貪腐公約訂定，各機關應配合辦理。\n");
    expect(doc.blocks[0]?.kind).toBe("paragraph");
  });

  it("throws ParseError for empty and binary input", () => {
    expect(() => readText(" \n\t\n")).toThrowError(expect.objectContaining({ code: "empty_input" }));
    expect(() => readText("a\u0000b")).toThrowError(expect.objectContaining({ code: "binary_input" }));
  });
});

describe("readText: tables", () => {
  it("removes HTML, drops separators and repeated headers, and rejoins rows cut by page breaks", () => {
    const text = [
      "具體策略\t執行措施\t績效目標\t辦理機關",
      "<p>一、甲策略。</p>\t<p>(一) 推動「政治獻金法」修法作業，政治獻金會</p>\t<ol><li>1. 內政部完成修法強制揭露</li></ol>\t內政部",
      "",
      "具體策略\t執行措施\t績效目標\t辦理機關",
      "\t<p>計報告書全面上網公開。</p>\t<p>關係人交易資訊。</p> <p>2. 監察院&amp;內政部。</p>\t",
      "--\t--\t--\t--",
      "\t(二) 乙。\t每年提報。\t監察院",
    ].join("\n");
    const doc = readText(text);
    const [table] = tables(doc.blocks);
    expect(table?.header).toEqual(["具體策略", "執行措施", "績效目標", "辦理機關"]);
    expect(cells(table)).toEqual([
      [
        "一、甲策略。",
        "(一) 推動「政治獻金法」修法作業，政治獻金會計報告書全面上網公開。",
        "1. 內政部完成修法強制揭露關係人交易資訊。\n2. 監察院&內政部。",
        "內政部",
      ],
      ["", "(二) 乙。", "每年提報。", "監察院"],
    ]);
    expect(table?.rows[0]).toMatchObject({ lineStart: 2, lineEnd: 5 });
    expect(table).toMatchObject({ lineStart: 1, lineEnd: 7 });
  });

  it("reads key/value blocks as one two-column table, with stray paragraphs joined to the value above", () => {
    const text = [
      "國家廉政建設行動方案 107 年執行情形",
      "",
      "序次\t42",
      "績效目標值\t8次",
      "達成情形\t<p>1. 參加論壇3次:</p> <p>(1) 我國協助該等國家有關</p>",
      "",
      "防制洗錢之能力建構。",
      "",
      "(2) 推動高階幹部廉潔教育：",
      "- ④6月派員赴法國。",
      "\t2. 海巡署派員出席。",
      "-- \t--",
      "",
      "序次\t43",
    ].join("\n");
    const doc = readText(text);
    expect(doc.blocks[0]).toEqual({
      kind: "paragraph",
      text: "國家廉政建設行動方案 107 年執行情形",
      line: 1,
    });
    const [table] = tables(doc.blocks);
    expect(table?.header).toBeNull();
    expect(cells(table)).toEqual([
      ["序次", "42"],
      ["績效目標值", "8次"],
      [
        "達成情形",
        "1. 參加論壇3次:\n(1) 我國協助該等國家有關防制洗錢之能力建構。\n(2) 推動高階幹部廉潔教育：\n④6月派員赴法國。\n2. 海巡署派員出席。",
      ],
      ["序次", "43"],
    ]);
    expect(table?.rows[2]).toMatchObject({ lineStart: 5, lineEnd: 11 });
  });

  it("ends a table at a heading and keeps paragraphs after it", () => {
    const doc = readText("甲\t乙\n丙\t丁\n尾段。\n## 伍、經費\n經費由各機關編列。");
    expect(doc.blocks.map((block) => block.kind)).toEqual(["table", "paragraph", "heading", "paragraph"]);
  });
});

describe("readText: the seeds", () => {
  it("reads seed 001's plan table with 58 rows, no HTML and no header text in any cell", () => {
    const doc = readText(seed("001_6bac756fe4f12e99.txt"));
    const [table] = tables(doc.blocks);
    expect(tables(doc.blocks)).toHaveLength(1);
    expect(table?.rows).toHaveLength(58);
    const all = cells(table).flat().join("\n");
    expect(all).not.toMatch(/<\/?[a-z]/iu);
    expect(all).not.toContain("具體策略");
    expect(doc.warnings.map((warning) => [warning.code, warning.at?.line])).toEqual([
      ["row_shifted", 81],
      ["row_split", 73],
    ]);
  });

  it("reads seed 000's English table with 9 rows and the page-break scars healed", () => {
    const doc = readText(seed("000_b54d29a4c767afd7.txt"));
    const [table] = tables(doc.blocks);
    expect(table?.rows).toHaveLength(9);
    expect(cells(table)[7]?.[2]).toContain(
      "5. The Ministry of Justice Investigation Bureau continues to dispatch personnel",
    );
    expect(doc.warnings).toEqual([]);
  });

  it("reads seed 003 as one label/value table whose 序次 rows start 46 records", () => {
    const doc = readText(seed("003_2d62c1db8ab3e0f0.txt"));
    const [table] = tables(doc.blocks);
    const rows = cells(table);
    expect(rows.every((row) => row.length === 2 && row[0] !== "")).toBe(true);
    expect(rows.filter((row) => row[0] === "序次").map((row) => Number(row[1]))).toEqual(
      Array.from({ length: 46 }, (_, index) => index + 1),
    );
  });
});

describe("readText (fuzz)", () => {
  const pieces = fc.constantFrom(
    "\t",
    "\n",
    "\n\n",
    "<p>",
    "</p>",
    "<li>",
    "--|--",
    "# ",
    "- ",
    "肆、具體作為",
    "(一) ",
    "1. ",
    "一、",
    "具體策略\t執行措施",
    "甲",
    "a",
    " ",
    "&amp;",
    "\r\n",
    "**",
  );
  it("never throws anything but ParseError", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(pieces).map((parts) => parts.join("")),
        ),
        (text) => {
          try {
            readText(text);
          } catch (error) {
            if (!isParseError(error)) throw error;
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
