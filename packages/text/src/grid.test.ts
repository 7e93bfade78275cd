import { describe, expect, it } from "vitest";
import { readLayoutText } from "./grid.js";
import { at } from "./internal/layout-lines.testing.js";

const tableRows = (text: string) => {
  const doc = readLayoutText(text);
  const table = doc.blocks.find((block) => block.kind === "table");
  return {
    header: table?.kind === "table" ? table.header : null,
    rows: table?.kind === "table" ? table.rows.map((row) => row.cells.map((c) => c.text)) : [],
    warnings: doc.warnings.map((w) => w.code),
  };
};

const HEADER = ["具體策略", "執行措施", "績效目標", "辦理機關"];
const EN = ["Specific Strategy", "Enforcement Measure", "Performance Goal", "Executing Agency"];

describe("readLayoutText: columns", () => {
  it("reads a header left alone at the foot of a page as the header, and its repeat as a page break", () => {
    const starts = [0, 16, 30, 44];
    const text = [
      "國家廉政建設行動方案",
      "",
      "肆、具體作為",
      "",
      at(starts, HEADER),
      "",
      "                              -1-",
      `\f${at(starts, HEADER)}`,
      "",
      at(starts, ["一、強化機關廉", "(一) 建構整體", "1. 各機關每年", "法務部(廉政署)"]),
      at(starts, ["政經營責任制度", "有系統性的廉", "辦理廉政風險"]),
      at(starts, ["。", "政風險評估。", "評估。"]),
      "",
      at(starts, ["", "(二) 落實公務", "2. 每年公布廉", "各機關"]),
      at(starts, ["", "員行為規範。", "政案例。"]),
      "",
    ].join("\n");
    const { header, rows } = tableRows(text);
    expect(header).toEqual(HEADER);
    expect(rows).toEqual([
      [
        "一、強化機關廉政經營責任制度。",
        "(一) 建構整體有系統性的廉政風險評估。",
        "1. 各機關每年辦理廉政風險評估。",
        "法務部(廉政署)",
      ],
      ["", "(二) 落實公務員行為規範。", "2. 每年公布廉政案例。", "各機關"],
    ]);
  });

  it("keeps a space between CJK text and a bracket in its cell when the next column is far", () => {
    // Column 2 is 19 wide: `網絡 (ACT-NET)` leaves its one space 12 columns left of column 3.
    const starts = [0, 12, 33, 45];
    const text = [
      at(starts, HEADER),
      "",
      at(starts, ["九、推動國際", "(三) 積極參與亞太", "1. 每年派員參", "法務部(國際"]),
      at(starts, ["合作與資產追", "位和執法機構網絡 (ACT-NET)", "與年會。", "及兩岸法律司)"]),
      at(starts, ["繳。", "會議。", "", ""]),
      "",
      at(starts, ["", "(四) 積極追查貪瀆", "每年提報扣押", "法務部(檢察司)"]),
      at(starts, ["", "犯罪財產。", "件數。", ""]),
      "",
    ].join("\n");
    expect(tableRows(text).rows).toEqual([
      [
        "九、推動國際合作與資產追繳。",
        "(三) 積極參與亞太位和執法機構網絡 (ACT-NET)會議。",
        "1. 每年派員參與年會。",
        "法務部(國際及兩岸法律司)",
      ],
      ["", "(四) 積極追查貪瀆犯罪財產。", "每年提報扣押件數。", "法務部(檢察司)"],
    ]);
  });

  it("splits two cells one space apart where the next cell starts at its column", () => {
    // pdftotext sets a cell one space after a long line of the cell before it.
    const starts = [0, 12, 28, 42];
    const text = [
      at(starts, HEADER),
      "",
      at(starts, ["八、增修肅貪", "(八) 完善公私部門", "1. 法務部對民眾", "法務部(廉政署"]),
      `${at(starts, ["法令。", "匿名檢舉管道。"])}`.padEnd(28) + "具名或匿名方式提出檢 調查局)、各機關",
      at(starts, ["", "", "舉，均嚴予保密。", ""]),
      "",
      at(starts, ["", "(九) 鼓勵檢舉，加", "每年提報彙整", "法務部(調查局)"]),
      at(starts, ["", "強保護。", "執行績效。", ""]),
      "",
    ].join("\n");
    expect(tableRows(text).rows).toEqual([
      [
        "八、增修肅貪法令。",
        "(八) 完善公私部門匿名檢舉管道。",
        "1. 法務部對民眾具名或匿名方式提出檢舉，均嚴予保密。",
        "法務部(廉政署調查局)、各機關",
      ],
      ["", "(九) 鼓勵檢舉，加強保護。", "每年提報彙整執行績效。", "法務部(調查局)"],
    ]);
  });
});

describe("readLayoutText: English cells one space apart", () => {
  const starts = [0, 20, 48, 76];

  it("keeps a line of narrow letters that runs past the next column's start, nothing there, whole", () => {
    // `fulfilling their obligations to` is 31 characters in a 28-wide grid column; `to` would have
    // fitted on the agency's line above (`Interior`), so it cannot start that cell's next line.
    const text = [
      at(starts, EN),
      "",
      at(starts, ["9. Promote", "(8) Enhance our", "1. Continue supporting", "Assisting"]),
      at(starts, ["cooperation.", "capabilities.", "the selected assessors,", "authorities: the"]),
      `${at(starts, ["", "", "fulfilling their obligations to"])}`,
      at(starts, ["", "", "attend meetings abroad.", "Interior"]),
      "",
    ].join("\n");
    const { rows, warnings } = tableRows(text);
    expect(rows[0]?.[2]).toBe(
      "1. Continue supporting the selected assessors, fulfilling their obligations to attend meetings abroad.",
    );
    expect(rows[0]?.[3]).toBe("Assisting authorities: the Interior");
    expect(warnings).toEqual([]);
  });
});

describe("readLayoutText: words hyphenated at a cell's line end (TeX)", () => {
  const starts = [0, 24, 52, 80];

  it("decides each by the document's own spellings, as the PDF reader does", () => {
    const text = [
      at(starts, EN),
      "",
      at(starts, ["9. Promote interna-", "(1) Encourage mutual", "Report the anti-", "The Ministry of Jus-"]),
      at(starts, ["tional cooperation", "assistance and dis-", "corruption status.", "tice (International"]),
      at(starts, ["with the Justice", "posal of assets.", "International", "and Cross-Strait"]),
      at(starts, ["Ministry.", "", "anti-corruption forums.", "Legal Affairs)"]),
      "",
    ].join("\n");
    const { rows, warnings } = tableRows(text);
    expect(rows[0]).toEqual([
      // `international` and `Justice` are spelled whole elsewhere: the typesetter's hyphens go.
      "9. Promote international cooperation with the Justice Ministry.",
      // `disposal` is nowhere else, and this document hyphenates words: joined, and warned.
      "(1) Encourage mutual assistance and disposal of assets.",
      // `anti-corruption` is spelled with its hyphen elsewhere: the word's own, kept; Cross-Strait too.
      "Report the anti-corruption status. International anti-corruption forums.",
      "The Ministry of Justice (International and Cross-Strait Legal Affairs)",
    ]);
    expect(warnings).toEqual(["line_end_hyphens_removed", "line_end_hyphen_uncertain"]);
    expect(readLayoutText(text).warnings[1]?.message).toContain(": dis-posal");
  });
});

describe("readLayoutText: rows", () => {
  it("starts the next row where the measure column opens the next item, a strategy running on beside it", () => {
    // No blank line between two rows: the strategy cell spans both and its text goes on.
    const starts = [0, 10, 30, 46];
    const text = [
      at(starts, HEADER),
      "",
      at(starts, ["二、促進公", "(一) 加強宣導財產", "每年提報宣導場次。", "各機關"]),
      at(starts, ["開透明，防", "申報法。"]),
      at(starts, ["止利益衝", "(二) 推動政治獻金", "1. 內政部完成修法", "內政部、監察院"]),
      at(starts, ["突。", "法修法作業。", "。"]),
      "",
      at(starts, ["", "(三) 落實遊說登記", "每年完成遊說宣導", "內政部"]),
      at(starts, ["", "制度。", "活動。"]),
      "",
    ].join("\n");
    expect(tableRows(text).rows).toEqual([
      ["二、促進公開透明，防止利益衝突。", "(一) 加強宣導財產申報法。", "每年提報宣導場次。", "各機關"],
      ["", "(二) 推動政治獻金法修法作業。", "1. 內政部完成修法。", "內政部、監察院"],
      ["", "(三) 落實遊說登記制度。", "每年完成遊說宣導活動。", "內政部"],
    ]);
  });

  it("keeps a numbered item inside a cell that does not end a sentence above it in the row", () => {
    const starts = [0, 10, 30, 46];
    const text = [
      at(starts, HEADER),
      "",
      at(starts, ["二、促進公", "(一) 加強宣導，配合", "每年提報宣導場次。", "各機關"]),
      at(starts, ["開透明。", "(二) 所列事項辦理。"]),
      "",
    ].join("\n");
    expect(tableRows(text).rows).toEqual([
      ["二、促進公開透明。", "(一) 加強宣導，配合\n(二) 所列事項辦理。", "每年提報宣導場次。", "各機關"],
    ]);
  });

  it("drops a record's first row repeated atop the page it runs onto, and reads a squeezed page's columns", () => {
    // pdftotext set the label column of the second page 3 wide: `序次` and `2` stay apart.
    const text = [
      at([0, 18], ["序次", "1"]),
      "",
      at([0, 18], ["具體策略", "一、強化機關廉政經營責任制度。"]),
      "",
      at([0, 18], ["序次", "2"]),
      "",
      at([0, 18], ["具體策略", "二、促進公開透明。"]),
      "",
      at([0, 18], ["執行措施", "(一) 加強宣導財產申報法，"]),
      "",
      "                              -1-",
      `\f${at([0, 5], ["序次", "2"])}`,
      "",
      at([0, 5], ["", "並執行案件審核調查，"]),
      at([0, 5], ["", "每年提報舉辦宣導說明會場次，"]),
      at([0, 5], ["", "及審議件數，"]),
      at([0, 5], ["", "及查核件數，"]),
      at([0, 5], ["", "及處罰件數。"]),
      "",
      "                              -2-",
    ].join("\n");
    expect(tableRows(text).rows.map((row) => row.join(" | "))).toEqual([
      "序次 | 1",
      "具體策略 | 一、強化機關廉政經營責任制度。",
      "序次 | 2",
      "具體策略 | 二、促進公開透明。",
      "執行措施 | (一) 加強宣導財產申報法，並執行案件審核調查，每年提報舉辦宣導說明會場次，及審議件數，及查核件數，及處罰件數。",
    ]);
  });
});

describe("readLayoutText: characters outside the Basic Multilingual Plane", () => {
  it("finds a key/value table whose labels hold an astral ideograph, its values aligned by code points", () => {
    // pdftotext gives 𠀋 (two UTF-16 units) one grid column: the values below start at column 12.
    const line = (label: string, value: string) => `${label}${" ".repeat(12 - [...label].length)}${value}`;
    const text = [
      line("序次", "1"),
      "",
      line("𠀋條次", "第一條"),
      "",
      line("𠀋條款", "第二款"),
      "",
      line("𠀋目次", "第三目"),
    ].join("\n");
    expect(tableRows(text).rows.map((row) => row.join(" | "))).toEqual([
      "序次 | 1",
      "𠀋條次 | 第一條",
      "𠀋條款 | 第二款",
      "𠀋目次 | 第三目",
    ]);
  });
});

describe("readLayoutText: page chrome", () => {
  it("keeps a label's wrapped tail near page ends: at the edge of one page, it is text, not a running foot", () => {
    // A key/value report whose label 107年度(1月至12月)績效目標達成情形 wraps to `情形` alone: the
    // last line of page 1, in the middle of page 2, and second to last on page 2.
    const kv = (label: string, value: string) => at([0, 18], [label, value]);
    const record = (n: number, strategy: string): string[] => [
      kv("序次", String(n)),
      "",
      kv("具體策略", strategy),
      "",
      kv("107年度(1月至", "各機關完成簽署內部控制聲明書，"),
      kv("12月)績效目標達成", "達成率為100%。"),
      "情形",
    ];
    const text = [
      "法務部廉政署 107 年度執行成果",
      "",
      ...record(1, "一、強化機關廉政經營責任制度。"),
      "",
      "                              -1-",
      `\f${record(2, "二、促進公開透明，防止利益衝突。").join("\n")}`,
      "",
      ...record(3, "三、持續指標研究。"),
      "",
      kv("績效衡量指標", "每年提報研究報告。"),
      "",
      "                              -2-",
      `\f${kv("序次", "4")}`,
      "",
      kv("具體策略", "四、落實公務員行為規範。"),
      "",
      kv("績效衡量指標", "每年提報研究報告。"),
      "",
      kv("績效目標", "完成研究報告一份。"),
      "",
      "                              -3-",
    ].join("\n");
    const labels = tableRows(text).rows.map((row) => row[0]);
    expect(labels.filter((label) => label === "107年度(1月至12月)績效目標達成情形")).toHaveLength(3);
  });
});
