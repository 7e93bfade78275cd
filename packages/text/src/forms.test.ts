import { isParseError } from "@lianzheng/model";
import { describe, expect, it } from "vitest";
import { readBoxText } from "./box.js";
import { readCellLines } from "./cell-lines.js";
import { decodeText } from "./decode.js";
import { foldLookalikes } from "./fold.js";
import { detectTextForm, readAnyText } from "./forms.js";
import { readHtml } from "./html.js";
import { readMarkdown } from "./markdown.js";
import { readPlainText } from "./plain.js";

const cellsOf = (text: string, read: (text: string) => ReturnType<typeof readBoxText>) => {
  const table = read(text).blocks.find((block) => block.kind === "table");
  return table?.kind === "table"
    ? { header: table.header, rows: table.rows.map((r) => r.cells.map((c) => c.text)) }
    : null;
};

describe("decodeText", () => {
  it("reads UTF-8 with and without a BOM, UTF-16 LE/BE with a BOM, and Big5", () => {
    expect(decodeText(Buffer.from("\ufeff序次", "utf8"))).toEqual({ text: "序次", encoding: "utf-8" });
    expect(decodeText(Buffer.from("序次", "utf8"))).toEqual({ text: "序次", encoding: "utf-8" });
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("序次 1", "utf16le")]);
    expect(decodeText(le)).toEqual({ text: "序次 1", encoding: "utf-16le" });
    const be = Buffer.from(Buffer.from("序次 1", "utf16le")).swap16();
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual({
      text: "序次 1",
      encoding: "utf-16be",
    });
    // 國家 in Big5 (B0EA AE61), as iconv -t CP950 writes it.
    expect(decodeText(new Uint8Array([0xb0, 0xea, 0xae, 0x61]))).toEqual({ text: "國家", encoding: "big5" });
  });

  it("knows UTF-16 without a BOM by its NUL bytes, and refuses bytes that are no text", () => {
    expect(decodeText(Buffer.from("Specific Strategy", "utf16le")).encoding).toBe("utf-16le");
    const junk = () => decodeText(new Uint8Array([0x89, 0x50, 0xc3, 0x28, 0xa0, 0xa1, 0xff]));
    expect(junk).toThrowError(expect.objectContaining({ code: "binary_input" }));
  });
});

describe("foldLookalikes", () => {
  it("folds Kangxi radicals, compatibility ideographs, widths and odd spaces one for one", () => {
    const text = "⾏政院\u3000１０７年｡\u00a0金";
    const folded = foldLookalikes(text);
    expect(folded).toBe("行政院 107年。 金");
    expect([...folded]).toHaveLength([...text].length);
  });
});

describe("detectTextForm", () => {
  it("recognises each form by its content", () => {
    expect(detectTextForm("<html><body><table><tr><td>a</td></tr></table></body></html>")).toBe("html");
    expect(detectTextForm("┌──┬──┐\n│甲│乙│\n├──┼──┤\n│丙│丁│\n└──┴──┘\n")).toBe("box");
    expect(detectTextForm("# t\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n")).toBe("markdown");
    expect(detectTextForm("a\tb\nc\td\ne\tf\n")).toBe("tabbed");
    expect(
      detectTextForm(["甲", "|", "乙", "|", "丙", "|", "丁", "|", "戊", "|", "己", "|"].join("\n")),
    ).toBe("cell-lines");
    const grid = Array.from({ length: 8 }, (_, i) => `項目${i}      內容${i}      說明`).join("\n");
    expect(detectTextForm(grid)).toBe("layout");
    expect(detectTextForm("國家廉政建設行動方案\n\n壹、依據\n\n聯合國反貪腐公約施行法。\n")).toBe("plain");
  });

  it("knows a key/value table whose values stand one space after their labels by its set-in lines", () => {
    // Chromium, labels 4 em wide (fixtures/text/producers/browser/report-2018-zh-chromium-a5-l4):
    // a label fills its column, its value one space after it, the value's next lines set in.
    const record = [
      "序次   28",
      "具體策略 七、強化企業誠信，凝聚私部門反貪腐共識。",
      "執行措施 (七) 推動優質企業(AEO)認證及管理機制。",
      "績效衡量 法務部廉政署督導主管機關政風機構針對具有貪瀆風險業務辦理專案稽核",
      "指標    或已發生貪瀆弊端案件採取具體清查件數及成效。",
      "107年度 法務部廉政署 107 年督同各政風機構辦理專案稽核及專案清查計 193 案，",
      "(1月至 達成情形摘要如下： 1. 專案稽核 123 案： 辦理「補助款業務」全國性專",
      "12月)績 案稽核，並督導所屬政風機構辦理專案稽核計 123 案，經統計稽核成果、",
      "效目標達 發現疑涉不法情事 16 案、追究行政責任 48 人次、研修法規或作業程序 67",
      "成情形 種，節省國家公帑或增加國庫收入 1 億 1,129 萬 5,690 元。 2. 專案清查 70",
      "      案： (1) 法務部廉政署 107 年推動「廉政革新實施計畫」，擇定 11 項廉政",
      "      高風險業務，含管線工程(路平專案)、各類型補助款、露營地水土保持、",
      "      殯葬、各類型檢舉獎金、監理業務、建管業務、地政(市地重劃)、水利清",
    ];
    expect(detectTextForm(record.join("\n"))).toBe("layout");
    // Running text whose paragraphs open set in by two (ideographic spaces) is not.
    const prose = Array.from(
      { length: 6 },
      (_, i) => `\u3000\u3000第${i}段，說明廉政工作之推動情形。\n其次，檢討成效。`,
    );
    expect(detectTextForm(prose.join("\n"))).toBe("plain");
  });

  it("sees through look-alikes: a box table drawn around Kangxi radicals is still a table", () => {
    const reading = readAnyText("┌──┬──┐\n│具體策略│執⾏措施│\n├──┼──┤\n│⼀、甲│(⼀) 乙│\n└──┴──┘\n");
    expect(reading.form).toBe("box");
    const table = reading.document.blocks.find((b) => b.kind === "table");
    expect(table?.kind === "table" && table.header).toEqual(["具體策略", "執行措施"]);
  });

  it("throws ParseError for text that is empty or binary", () => {
    for (const text of ["", " \n ", "a\u0000b"]) {
      try {
        readAnyText(text);
        expect.unreachable();
      } catch (error) {
        expect(isParseError(error)).toBe(true);
      }
    }
  });
});

describe("readBoxText", () => {
  const box = [
    "┌────┬────┐",
    "│具體策略│執行措施│",
    "├────┼────┤",
    "│一、強化│(一) 建構│",
    "│機關廉政│整體系統│",
    "│        ├────┤",
    "│        │(二) 結合│",
    "│        │各機關  │",
    "└────┴────┘",
    "",
    "第 1 頁／共 2 頁",
    "",
    "┌────┬────┐",
    "│        │風險評估│",
    "│        │。      │",
    "├────┼────┤",
    "│二、促進│(一) 加強│",
    "└────┴────┘",
    "伍、經費",
    "由各機關編列預算。",
  ].join("\n");

  it("reads spans, rejoins wrapped lines and a 。 alone, and a row running on into the next box", () => {
    expect(cellsOf(box, readBoxText)).toEqual({
      header: ["具體策略", "執行措施"],
      rows: [
        ["一、強化機關廉政", "(一) 建構整體系統"],
        ["", "(二) 結合各機關風險評估。"],
        ["二、促進", "(一) 加強"],
      ],
    });
  });

  it("drops page chrome between boxes and ends the table at a heading", () => {
    const blocks = readBoxText(box).blocks;
    expect(blocks.map((b) => b.kind)).toEqual(["table", "heading", "paragraph"]);
    expect(JSON.stringify(blocks)).not.toContain("頁");
  });
});

describe("readCellLines, readMarkdown, readHtml", () => {
  it("one cell per line: a row without its strategy cell starts one column right", () => {
    const text = [
      "具體策略",
      "|",
      "執行措施",
      "|",
      "一、",
      "強化",
      "|",
      "(一) 甲",
      "|",
      "(二) 乙",
      "|",
      "二、促進",
      "|",
      "(一) 丙",
      "|",
    ].join("\n");
    expect(cellsOf(text, readCellLines)?.rows).toEqual([
      ["一、強化", "(一) 甲"],
      ["", "(二) 乙"],
      ["二、促進", "(一) 丙"],
    ]);
  });

  it("Markdown pipe tables with escaped pipes and <br>", () => {
    const text = "| 具體策略 | 執行措施 |\n| --- | --- |\n| 一、甲 | (一) a\\|b<br>(二) c |\n";
    expect(cellsOf(text, readMarkdown)?.rows).toEqual([["一、甲", "(一) a|b\n(二) c"]]);
  });

  // A <br> inside a sentence is a wrap, as `<p>` boundaries are in the seeds: rejoined.
  it("HTML: rowspan laid out with the text in the first row, colspan, <br>, site chrome skipped", () => {
    const html = `<html><head><title>方案 - 網站</title></head><body><div class="breadcrumb">首頁 &gt; 法規</div>
      <table><tr><th>具體策略</th><th>執行措施</th></tr>
      <tr><td rowspan="2">一、甲</td><td>(一) a<br>續</td></tr><tr><td>(二) b</td></tr>
      <tr><td colspan="2">二、乙</td></tr></table></body></html>`;
    const doc = readHtml(html);
    expect(doc.blocks[0]).toMatchObject({ kind: "heading", text: "方案" });
    expect(cellsOf(html, readHtml)?.rows).toEqual([
      ["一、甲", "(一) a 續"],
      ["", "(二) b"],
      ["二、乙", ""],
    ]);
  });

  it("HTML: a table's parts are never chrome by their class (pandoc's <tr class=\"header\">)", () => {
    const html = `<html><body><nav class="header">首頁</nav><table><thead><tr class="header"><th>具體策略</th><th>執行措施</th></tr></thead>
      <tbody><tr class="odd"><td>一、甲</td><td>(一) 乙</td></tr></tbody></table></body></html>`;
    expect(cellsOf(html, readHtml)).toMatchObject({
      header: ["具體策略", "執行措施"],
      rows: [["一、甲", "(一) 乙"]],
    });
    expect(JSON.stringify(readHtml(html).blocks)).not.toContain("首頁");
  });

  it("Markdown holding an HTML table (GitHub's Markdown keeps a table with rowspans as HTML)", () => {
    const text = [
      "# 國家廉政建設行動方案",
      "",
      "## 肆、具體策略",
      "",
      "<table>",
      '<thead><tr class="header"><th>具體策略</th><th>執行措施</th></tr></thead>',
      '<tbody><tr><td rowspan="2">一、甲</td><td>(一) 乙</td></tr><tr><td>(二) 丙</td></tr></tbody>',
      "</table>",
      "",
      "伍、後記",
    ].join("\n");
    expect(detectTextForm(text)).toBe("markdown");
    const doc = readMarkdown(text);
    expect(doc.blocks[0]).toMatchObject({ kind: "heading", text: "國家廉政建設行動方案" });
    expect(cellsOf(text, readMarkdown)).toMatchObject({
      header: ["具體策略", "執行措施"],
      rows: [
        ["一、甲", "(一) 乙"],
        ["", "(二) 丙"],
      ],
    });
    // Its rows keep the text's own lines.
    const table = doc.blocks.find((block) => block.kind === "table");
    expect(table?.kind === "table" && table.rows[1]?.cells[1]?.lineStart).toBe(7);
  });
});

describe("readPlainText", () => {
  it("a plan table whose header stands one cell per block is not guessed: warned with the fix", () => {
    const text =
      "國家廉政建設行動方案\n\n肆、具體作為\n具體策略\n\n執行措施\n\n績效目標\n\n辦理機關\n\n一、強化\n\n(一) 甲\n\n伍、經費\n\n由各機關編列。\n";
    const doc = readPlainText(text);
    expect(doc.blocks.some((b) => b.kind === "table")).toBe(false);
    expect(doc.warnings.map((w) => w.code)).toEqual(["table_columns_lost"]);
    expect(doc.warnings[0]?.message).toContain("pdftotext -layout");
    expect(doc.blocks.at(-1)).toMatchObject({ kind: "paragraph", text: "由各機關編列。" });
  });

  it("a header stacked one cell per line and repeated atop each page is found too; a list of names is not", () => {
    const page = (n: number) =>
      `國家廉政建設行動方案\n具體策略\n執行措施\n績效目標\n一、強化機關 (一) 建構整體 1. 各機關每年\n廉政經營。 有系統性。 辦理評估。\n\n-${n}-\n\f`;
    const doc = readPlainText(`肆、具體作為\n\n${page(1)}${page(2)}伍、經費\n\n由各機關編列。\n`);
    expect(doc.blocks.some((b) => b.kind === "table")).toBe(false);
    expect(doc.warnings.map((w) => w.code)).toEqual(["table_columns_lost"]);
    const names = readPlainText("出國人員\n\n王小明\n李大華\n陳美玲\n\n參訪行程如下。\n");
    expect(names.warnings).toEqual([]);
    expect(names.blocks.map((b) => (b.kind === "table" ? "table" : b.text))).toContain("參訪行程如下。");
  });

  // pdftotext -raw, or text copied from a PDF viewer: the page's text in drawing order, no blank
  // lines; the header on one line, its cells one space apart, again atop each page.
  it("a plan table in drawing order, its header on one line atop each page, is not guessed: warned", () => {
    const page = (n: number) =>
      `國家廉政建設行動方案（核定本）\n具體策略 執行措施 績效目標 辦理機關\n一、強化機關\n廉政經營。\n(一) 建構整體\n有系統性。\n- ${n} -\n\f`;
    const text = `參、具體策略\n一、強化機關廉政經營。\n肆、具體作為\n${page(1)}${page(2)}`;
    const doc = readPlainText(text);
    expect(doc.blocks.some((b) => b.kind === "table")).toBe(false);
    expect(doc.warnings.map((w) => w.code)).toEqual(["table_columns_lost"]);
    expect(doc.warnings[0]?.message).toMatch(/line 5 comes from text in drawing order.*pdftotext -layout/u);
    // The text above the table is kept.
    expect(doc.blocks.map((b) => (b.kind === "table" ? "table" : b.text))).toContain(
      "一、強化機關廉政經營。",
    );
    // A running head of words one space apart (atop each page) is no header; neither is one line.
    const heads = readPlainText(`法務部 廉政署 年報\n本署辦理宣導。\n\f法務部 廉政署 年報\n續辦理。\n`);
    expect(heads.warnings).toEqual([]);
    const once = readPlainText("具體策略 執行措施 績效目標\n一、強化機關\n");
    expect(once.warnings).toEqual([]);
  });

  it("a label/value table in drawing order, each label run on into its value, is not guessed: warned", () => {
    const record = (n: number) => `序次 ${n}\n具體策略 一、強化機關廉政經營責任制度。\n辦理機關 各機關\n`;
    const doc = readPlainText(`國家廉政建設行動方案 107 年執行情形\n${record(1)}${record(2)}`);
    expect(doc.blocks.some((b) => b.kind === "table")).toBe(false);
    expect(doc.warnings.map((w) => w.code)).toEqual(["table_columns_lost"]);
    expect(doc.warnings[0]?.message).toContain("line 2 comes from text in drawing order");
    // One record key beside its number is a line of text, not a table.
    expect(readPlainText(`報告\n${record(1)}`).warnings).toEqual([]);
  });

  it("drops a record's 序次 printed again atop the page it runs onto, the text under it going on", () => {
    const text = [
      "執行情形",
      "",
      "序次",
      "",
      "1",
      "",
      "執行措施",
      "",
      "(一) 各級機關首長對機關廉政風險",
      "",
      "序次",
      "",
      "1",
      "管理投入足夠人力。",
      "",
      "序次",
      "",
      "2",
      "",
      "執行措施",
      "",
      "(二) 強化機關內部控制機制。",
      "",
    ].join("\n");
    const table = readPlainText(text).blocks.find((b) => b.kind === "table");
    expect(table?.kind === "table" && table.rows.map((row) => row.cells.map((c) => c.text))).toEqual([
      ["序次", "1"],
      ["執行措施", "(一) 各級機關首長對機關廉政風險管理投入足夠人力。"],
      ["序次", "2"],
      ["執行措施", "(二) 強化機關內部控制機制。"],
    ]);
  });
});

describe("readPlainText: a label set beside its short value", () => {
  // fixtures/text/report-2018-zh.raw.txt, record 45: the label's first line and its value `無。`
  // on one line, the label's tail under them, the next label in the same block.
  const record = (seq: number, tail: string[]) =>
    ["序次", "", String(seq), "", "執行措施", "", "(一) 強化機關內部控制機制。", "", ...tail, ""].join("\n");
  const rows = (text: string) => {
    const table = readPlainText(text).blocks.find((b) => b.kind === "table");
    return table?.kind === "table" ? table.rows.map((row) => row.cells.map((c) => c.text)) : [];
  };

  it("reads the label whole and the next label with the value after it", () => {
    const text = `執行情形\n\n${record(1, [])}\n${record(2, ["107年特殊績效及亮 無。", "點成果", "107年執行效益", "", "高。"])}`;
    expect(rows(text).slice(-2)).toEqual([
      ["107年特殊績效及亮點成果", "無。"],
      ["107年執行效益", "高。"],
    ]);
  });

  it("leaves a value whose line holds a gap alone: its first part is no label, or no short value follows", () => {
    const value = [
      "1. 定期統計通訊保障及監察法之核駁率，達成。 2. 定期",
      "統計藉由通訊監察而查獲之貪瀆案件數。",
    ];
    const text = `執行情形\n\n${record(1, [])}\n${record(2, ["績效目標達成情形", "", ...value])}`;
    expect(rows(text).at(-1)).toEqual(["績效目標達成情形", value.join("")]);
  });
});

describe("prose with one paragraph per line", () => {
  // Seed 004 has no tab: read as wrapped pdftotext output, its short headings were glued onto the
  // paragraph before them.
  it("is read line by line, so a short heading stays its own block", () => {
    const paragraph = (n: number) =>
      `Paragraph ${n} ${"runs on and on without a line break, ".repeat(8)}end.`;
    const text = [
      "A Report",
      paragraph(1),
      "A Short Heading",
      paragraph(2),
      "Another Heading",
      paragraph(3),
    ].join("\n");
    expect(detectTextForm(text)).toBe("tabbed");
    const texts = readAnyText(text).document.blocks.map((block) => ("text" in block ? block.text : ""));
    expect(texts).toContain("A Short Heading");
    expect(texts).toContain("Another Heading");
  });

  it("is told from wrapped pdftotext output, whose lines stay under the page width", () => {
    const wrapped = Array.from(
      { length: 30 },
      (_, i) => `line ${i} of text wrapped at the margin of the page`,
    );
    expect(detectTextForm(wrapped.join("\n"))).toBe("plain");
  });
});
