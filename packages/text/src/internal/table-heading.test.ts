import type { RawBlock } from "@lianzheng/layout";
import { describe, expect, it } from "vitest";
import { readBoxText } from "../box.js";
import { readLayoutText } from "../grid.js";
import { at } from "./layout-lines.testing.js";

// The 2012 edition's 具體作為: sections (一、…) each over a table with the same header. In the
// paged text forms the heading between two tables is the document's text, never a page break.

const STARTS = [0, 14, 30, 44];
const HEADER = at(STARTS, ["具體策略", "執行措施", "績效目標", "辦理機關"]);
const FOOTER = (page: number) => ["", `                              -${page}-`];

/** The blocks after 肆、具體作為, tables as their rows' first cells. */
const outline = (blocks: readonly RawBlock[]): string[] =>
  blocks.flatMap((block) =>
    block.kind === "table"
      ? [`table: ${block.rows.map((row) => row.cells[0]?.text || "·").join(" | ")}`]
      : [block.text],
  );

const SECTION_ONE = [
  "肆、具體作為",
  "",
  "一、加強肅貪防貪",
  HEADER,
  "",
  at(STARTS, ["(一)肅貪："]),
  "",
  at(STARTS, ["1. 研議強化政風", "強化行政調查職", "定期提報法規建", "法務部廉政署"]),
  at(STARTS, ["機構職權。", "權。", "置成果。"]),
  "",
];
const SECTION_TWO_ROWS = [
  at(STARTS, ["(一)陽光法令："]),
  "",
  at(STARTS, ["1. 落實財產申報", "加強宣導財產申", "每年提報宣導場", "法務部"]),
  at(STARTS, ["制度。", "報法。", "次。"]),
  "",
];
const EXPECTED = [
  "肆、具體作為",
  "一、加強肅貪防貪",
  "table: (一)肅貪： | 1. 研議強化政風機構職權。",
  "二、落實陽光法令與透明課責",
  "table: (一)陽光法令： | 1. 落實財產申報制度。",
];

describe("-layout: a heading between two tables with the same header", () => {
  it("on the header's page, right above it, is the next table's heading", () => {
    const text = [...SECTION_ONE, "", "二、落實陽光法令與透明課責", HEADER, "", ...SECTION_TWO_ROWS].join(
      "\n",
    );
    expect(outline(readLayoutText(text).blocks)).toEqual(EXPECTED);
  });

  it("at the top of a page, under the page's running head, is the next table's heading", () => {
    const text = [
      ...SECTION_ONE,
      ...FOOTER(1),
      "\f                    國家廉政建設行動方案",
      "",
      "二、落實陽光法令與透明課責",
      "",
      HEADER,
      "",
      ...SECTION_TWO_ROWS,
      ...FOOTER(2),
      "\f                    國家廉政建設行動方案",
    ].join("\n");
    expect(outline(readLayoutText(text).blocks)).toEqual(EXPECTED);
  });

  it("at the foot of a page, its table on the next, is a heading when numbered like the one above the table", () => {
    const text = [
      ...SECTION_ONE,
      "二、落實陽光法令與透明課責",
      ...FOOTER(1),
      `\f${HEADER}`,
      "",
      ...SECTION_TWO_ROWS,
    ].join("\n");
    expect(outline(readLayoutText(text).blocks)).toEqual(EXPECTED);
  });

  it("a sub-heading row at a page foot, the header repeated on the next page, stays a row of the table", () => {
    const text = [
      ...SECTION_ONE,
      at(STARTS, ["(二)防貪："]),
      ...FOOTER(1),
      `\f${HEADER}`,
      "",
      ...SECTION_TWO_ROWS,
    ].join("\n");
    expect(outline(readLayoutText(text).blocks)).toEqual([
      "肆、具體作為",
      "一、加強肅貪防貪",
      "table: (一)肅貪： | 1. 研議強化政風機構職權。 | (二)防貪： | (一)陽光法令： | 1. 落實財產申報制度。",
    ]);
  });

  it("a table numbered like its heading's siblings (一、 rows under 肆、) keeps a row that ends a page", () => {
    const starts = [0, 14, 30];
    const header = at(starts, ["具體策略", "執行措施", "績效目標"]);
    const text = [
      "肆、具體作為",
      header,
      "",
      at(starts, ["一、強化機關廉", "(一) 建構風險", "每年提報。"]),
      at(starts, ["政責任制度。", "評估。"]),
      "",
      at(starts, ["二、促進公開透明。"]),
      ...FOOTER(1),
      `\f${header}`,
      "",
      at(starts, ["", "(一) 加強宣導。", "每年提報場次。"]),
      "",
    ].join("\n");
    expect(outline(readLayoutText(text).blocks)).toEqual([
      "肆、具體作為",
      "table: 一、強化機關廉政責任制度。 | 二、促進公開透明。 | ·",
    ]);
  });
});

describe("box text: text between two boxes", () => {
  const box = (rows: string[][]): string[] => [
    "┌──────┬──────┐",
    "│具體策略    │執行措施    │",
    ...rows.flatMap((cells) => [
      "├──────┼──────┤",
      `│${cells[0]?.padEnd(6, "　")}│${cells[1]?.padEnd(6, "　")}│`,
    ]),
    "└──────┴──────┘",
  ];

  it("is the next table's heading, after page chrome too; a running head repeated at every page end is chrome", () => {
    const text = [
      "肆、具體作為",
      "一、加強肅貪防貪",
      ...box([["1. 研議", "強化職權"]]),
      "- 1 -",
      "國家廉政建設行動方案",
      ...box([["", "行使法規"]]),
      "- 2 -",
      "國家廉政建設行動方案",
      "二、落實陽光法令",
      ...box([["1. 落實", "加強宣導"]]),
      "3",
      "國家廉政建設行動方案",
      ...box([["2. 推動", "資訊公開"]]),
    ].join("\n");
    expect(outline(readBoxText(text).blocks)).toEqual([
      "肆、具體作為",
      "一、加強肅貪防貪",
      "table: 1. 研議",
      "二、落實陽光法令",
      "table: 1. 落實 | 2. 推動",
    ]);
    const first = readBoxText(text).blocks.find((block) => block.kind === "table");
    expect(first?.kind === "table" && first.rows[0]?.cells[1]?.text).toBe("強化職權行使法規");
  });
});
