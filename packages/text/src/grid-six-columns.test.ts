import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readLayoutText } from "./grid.js";
import { at } from "./internal/layout-lines.testing.js";

// The six-column edition as pdftotext -layout sets its PDF (fixtures/editions): six narrow CJK
// columns, a full line of one standing one space before the next column's text, a row's cells
// set some grid columns left or right of the page's columns. The cells that once read wrong,
// each with its cause, against the fixture (fixtures/editions/2023-six-columns.txt).

const text = readFileSync(
  new URL("../../../fixtures/editions/2023-six-columns.layout.txt", import.meta.url),
  "utf8",
);
const doc = readLayoutText(text);
const table = doc.blocks.find((block) => block.kind === "table");
const rows = table?.kind === "table" ? table.rows.map((row) => row.cells.map((c) => c.text)) : [];
const compact = (cell: string | undefined) => (cell ?? "").replace(/\s+/gu, "");
/** Agency and indicator cells of the row whose measure starts so. */
const cellsOf = (measure: string) => {
  const row = rows.find((cells) => compact(cells[1]).startsWith(measure));
  return { agencies: compact(row?.[3]), indicators: compact(row?.[4]) };
};

describe("readLayoutText: six narrow CJK columns one space apart", () => {
  it("warns nothing: every line is told", () => {
    expect(doc.warnings.filter((w) => w.code === "column_gap_ambiguous")).toEqual([]);
  });

  it("cuts a line wider than its column holds (律事務司) 次。, 政署）。 協 數。 2. …)", () => {
    expect(cellsOf("(六)研議創立獨立機構")).toEqual({
      agencies:
        "主辦機關：法務部(法律事務司)協辦機關：司法院、考試院、行政院人事行政總處、行政院主計總處、數位發展部",
      indicators: "1.辦理宣導活動場次。2.參與人次。",
    });
    expect(cellsOf("(三)針對各類業務分析")).toEqual({
      agencies: "主辦機關：法務部（廉政署）。協辦機關：各機關",
      indicators: "1.每年完成研議或修正之法規數。2.召開研商會議次數。",
    });
  });

  it("keeps a cell's own space where the whole fits its column (律司） 協辦)", () => {
    expect(cellsOf("(一)推動外國與我國").agencies).toBe(
      "主辦機關：法務部（國際及兩岸法律司）協辦機關：外交部",
    );
    expect(cellsOf("(二)加速我國「引渡法」").agencies).toBe(
      "主辦機關：法務部（國際及兩岸法律司）。協辦機關：外交部",
    );
  });

  it("sets a piece where the row's lines start that column, not where the page's do", () => {
    expect(cellsOf("(十六)推動「刑事案件")).toEqual({
      agencies: "司法院、法務部(檢察司)",
      indicators: "每年提報辦理情形及成果件數（執行措施8.16）。",
    });
    expect(cellsOf("(十八)研議修正刑事").agencies).toBe("法務部(檢察司)、司法院");
  });
});

// The last column's lines hold Latin numbers with spaces round them (`1. 完成研議 3 案。`): cut at
// their first space they showed the column narrow, under its full line `2. 召開研商會議 4 次`, and
// where that line stands one space after the column before's (the last row below) the one
// reading with the item whole was dropped as too wide: `2.` read into the indicator, unwarned.
// Nothing stands after the last column: a piece at its start is its text, spaces and all.
const STARTS = [0, 9, 19, 29, 38, 47];
const targetRow = (measure: string, target: string[], indicator: string[], pulled = false): string[] => {
  const second = ["", "規以符實務。", "情形。", "", indicator[1] ?? ""];
  return [
    at(STARTS, ["", `${measure} 研議修正法`, "每年提報執行", "法務部", indicator[0] ?? "", target[0] ?? ""]),
    pulled ? `${at(STARTS, second)} ${target[1]}` : at(STARTS, [...second, target[1] ?? ""]),
    at(STARTS, ["", "", "", "", "", target[2] ?? ""]),
    "",
  ];
};
const RATIO = ["完成年度工作", "項目之比率。"];
const LATIN_TARGETS = [
  at(STARTS, ["具體策略", "執行措施", "績效目標", "辦理機關", "績效衡量指標", "112年績效目標值"]),
  "",
  ...targetRow("(一)", ["1. 完成研議 1 案。", "2. 召開研商會議 4 次", "。"], RATIO),
  ...targetRow("(二)", ["完成廉政民意調", "查 1 次。"], ["每年辦理廉政民", "意調查。"]),
  ...targetRow("(三)", ["1. 完成研議 2 案。", "2. 召開研商會議 4 次", "。"], RATIO),
  ...targetRow("(四)", ["完成專案稽核 90", "案。"], RATIO),
  ...targetRow("(五)", ["1. 完成研議 3 案。", "2. 召開研商會議 4 次", "。"], RATIO, true),
].join("\n");

describe("readLayoutText: a last column of CJK lines with Latin numbers", () => {
  it("holds its full line one space after the column before's (`項目之比率。 2. 召開研商會議 4 次`)", () => {
    const read = readLayoutText(LATIN_TARGETS);
    const last = read.blocks.find((block) => block.kind === "table");
    const cells = last?.kind === "table" ? last.rows.at(-1)?.cells.map((cell) => compact(cell.text)) : [];
    expect(cells?.slice(4)).toEqual(["完成年度工作項目之比率。", "1.完成研議3案。2.召開研商會議4次。"]);
    expect(read.warnings).toEqual([]);
  });
});

// A last column whose text never opens a piece: every line of it set one space after the column
// before's (`項目之比率。 2 案。`). The body shows five columns, the header six: the one missing
// was taken for the leftmost and every cell read a column off, unwarned. The header the table
// opens with names each column where the body's shown columns stand at its labels.
const HIDDEN_LAST = [0, 10, 21, 31, 41];
const hiddenLastRow = (measure: string, strategy = ""): string[] => [
  `${at(HIDDEN_LAST, [strategy, `${measure} 研議修`, "每年提報執", "法務部", "完成年度工作"])} 1. 完成研議`,
  `${at(HIDDEN_LAST, ["", "正法規以符", "行情形。", "", "項目之比率。"])} 2 案。`,
  "",
];
const HIDDEN_LAST_TABLE = [
  at(
    [...HIDDEN_LAST, 49],
    ["具體策略", "執行措施", "績效目標", "辦理機關", "績效衡量指標", "112年績效目標值"],
  ),
  "",
  ...hiddenLastRow("(一)", "一、強化機關"),
  ...["(二)", "(三)", "(四)", "(五)"].flatMap((measure) => hiddenLastRow(measure)),
].join("\n");

/** The cells of the first table a text reads to, each compacted. */
const tableCells = (layout: string): string[][] => {
  const table = readLayoutText(layout).blocks.find((block) => block.kind === "table");
  return table?.kind === "table" ? table.rows.map((row) => row.cells.map((c) => compact(c.text))) : [];
};
const SECOND_ROW = [
  "",
  "(二)研議修正法規以符",
  "每年提報執行情形。",
  "法務部",
  "完成年度工作項目之比率。",
  "1.完成研議2案。",
];

describe("readLayoutText: a column the body never starts a piece at, the header names it", () => {
  it("reads each cell in its column (the header's six, not the body's five)", () => {
    const rows = tableCells(HIDDEN_LAST_TABLE);
    expect(rows).toHaveLength(5);
    expect(rows[1]).toEqual(SECOND_ROW);
  });
});

// The same table with its header alone at the foot of the first page (not set again atop the
// next): that page shows no columns, and the header's were never asked; all 58 measures of the
// six-column edition were lost there (property seed 6, run 2141 of 3200).
const [HEADER_LINE, , ...BODY] = HIDDEN_LAST_TABLE.split("\n");
const HEADER_ALONE_TABLE = [HEADER_LINE, "", "", `${" ".repeat(30)}-1-`, `\f${BODY.join("\n")}`].join("\n");

describe("readLayoutText: a header alone at the foot of the table's first page", () => {
  it("names the columns of the pages after it", () => {
    const rows = tableCells(HEADER_ALONE_TABLE);
    expect(rows).toHaveLength(5);
    expect(rows[1]).toEqual(SECOND_ROW);
  });
});
