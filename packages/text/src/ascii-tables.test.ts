import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { hasAsciiTable, redrawAsciiTables } from "./ascii-tables.js";
import { detectTextForm, readAnyText } from "./forms.js";
import { displayWidth } from "./internal/width.js";

const rowsOf = (text: string) =>
  readAnyText(text).document.blocks.flatMap((block) =>
    block.kind === "table"
      ? [[block.header, ...block.rows.map((row) => row.cells.map((cell) => cell.text))]]
      : [],
  );

describe("pandoc's ASCII tables, read as box tables", () => {
  test("a grid table (reStructuredText, pandoc's Markdown): CJK counted two columns, a | inside a cell kept", () => {
    const text = [
      "+----------+----------+",
      "| 策略     | 措施     |",
      "+==========+==========+",
      "| 一、強化 | (一) a|b |",
      "| 機關     | 建構     |",
      "+----------+----------+",
      "| 二、促進 | (一) 推\\. |",
      "+----------+----------+",
    ].join("\n");
    expect(hasAsciiTable(text)).toBe(true);
    expect(detectTextForm(text)).toBe("box");
    expect(rowsOf(text)).toEqual([
      [
        ["策略", "措施"],
        ["一、強化機關", "(一) a|b建構"],
        ["二、促進", "(一) 推."],
      ],
    ]);
  });

  test("a multiline table: dashes above and below, columns by the runs under the header, rows apart by blank lines", () => {
    const text = [
      "  ------------------------------",
      "  策略         措施",
      "  ------------ -----------------",
      "  一、強化機關 (一) 建構整體",
      "               有系統性",
      "",
      "               (二) 推動",
      "  ------------------------------",
    ].join("\n");
    expect(rowsOf(text)).toEqual([
      [
        ["策略", "措施"],
        ["一、強化機關", "(一) 建構整體有系統性"],
        ["", "(二) 推動"],
      ],
    ]);
  });

  test("simple tables, a row a line; tables of as many columns under each other go on as one", () => {
    const text = [
      "  序次   1",
      "  ------ ----",
      "  策略   一、",
      "",
      "  序次   2",
      "  ------ ----",
      "  策略   二、",
      "",
    ].join("\n");
    const drawn = redrawAsciiTables(text).text.split("\n");
    expect(drawn.filter((line) => line.startsWith("┌"))).toHaveLength(1);
    expect(rowsOf(text)).toEqual([[null, ["序次", "1"], ["策略", "一、"], ["序次", "2"], ["策略", "二、"]]]);
  });

  test("no table: dashes alone, a heading's underline, text set in columns", () => {
    expect(hasAsciiTable(["標題", "------", "", "正文"].join("\n"))).toBe(false);
    expect(hasAsciiTable(["甲    乙", "丙    丁", "------ ------ 以下空白"].join("\n"))).toBe(false);
    expect(redrawAsciiTables("正文\n---\n").text).toBe("正文\n---\n");
  });
});

describe("a box table's cells: numbers cut at the cell's width inside CJK text", () => {
  const box = (cells: string[]) =>
    [
      "┌────┬────────────────┐",
      "│項目│內容            │",
      "├────┼────────────────┤",
      ...cells.map((cell, i) => `│${i === 0 ? "甲  " : "    "}│${cell}│`),
      "└────┴────────────────┘",
    ].join("\n");
  const cellOf = (cells: string[]) => rowsOf(box(cells))[0]?.[1]?.[1];

  test("are joined, a list item's number opening a line is not", () => {
    expect(cellOf(["共辦理南區場次10", "7年10月計 2 場。", "2. 另辦理北區。 "])).toBe(
      "共辦理南區場次107年10月計 2 場。\n2. 另辦理北區。",
    );
    expect(cellOf(["共計11萬1,      ", "872件。         "])).toBe("共計11萬1,872件。");
    // Digits after a space, not CJK text: two numbers.
    expect(cellOf(["共計 2019 與    ", "2020年。        "])).toBe("共計 2019 與2020年。");
  });
});

describe("a pandoc grid table's cells: words and numbers pandoc cut from the right", () => {
  // A record as pandoc's reStructuredText sets it: a value column `width` wide.
  const grid = (lines: string[], width = 33) => {
    const pad = (text: string) => text + " ".repeat(width - displayWidth(text));
    const rule = (char: string) => `+${char.repeat(6)}+${char.repeat(width + 2)}+`;
    return [
      rule("-"),
      `| 序次 | ${pad("42")} |`,
      rule("="),
      ...lines.map((line, i) => `| ${i === 0 ? "成果" : "    "} | ${pad(line)} |`),
      rule("-"),
    ].join("\n");
  };
  const read = (lines: string[], width?: number) => readAnyText(grid(lines, width)).document;
  const cellOfValue = (lines: string[], width?: number) =>
    rowsOf(grid(lines, width))[0]?.find((row) => row?.[0] === "成果")?.[1];

  test("a Latin word cut inside CJK text, spelled nowhere else: one word, warned at the line it ends", () => {
    const lines = [
      "派員赴丹麥哥本哈根參加「國際透明",
      "組織(TI)第18屆國際反貪腐研討會(IA",
      "CC)」，另拜會丹麥國會監察使公署。",
    ];
    const doc = read(lines);
    expect(cellOfValue(lines)).toBe(
      "派員赴丹麥哥本哈根參加「國際透明組織(TI)第18屆國際反貪腐研討會(IACC)」，另拜會丹麥國會監察使公署。",
    );
    const warning = doc.warnings.find((w) => w.code === "line_end_cut_uncertain");
    expect(warning?.at?.line).toBe(5);
    expect(grid(lines).split("\n")[4]).toContain("(IA ");
  });

  test("a wrap between two Latin words where pandoc could not have cut: two words, nothing to doubt", () => {
    const lines = ["「確保金融情報中心課程」(Securing", "a FIU", "Course)經費新臺幣10萬元，有助深化"];
    const doc = read(lines);
    expect(cellOfValue(lines)).toBe(
      "「確保金融情報中心課程」(Securing a FIU Course)經費新臺幣10萬元，有助深化",
    );
    expect(doc.warnings.map((w) => w.code)).not.toContain("line_end_cut_uncertain");
  });

  test("a word cut before its own hyphen and numbers cut anywhere are joined", () => {
    expect(cellOfValue(["After", "de", "-anonymization,", "we can share"], 15)).toBe(
      "After de-anonymization, we can share",
    );
    expect(cellOfValue(["機構申報大額通貨交易計3,20", "7,480件、疑似洗錢或資恐交易"], 27)).toBe(
      "機構申報大額通貨交易計3,207,480件、疑似洗錢或資恐交易",
    );
    expect(cellOfValue(["互動。⑨1", "1月派員赴印尼參加「亞太區追討犯"], 32)).toBe(
      "互動。⑨11月派員赴印尼參加「亞太區追討犯",
    );
    // A number's digits and separator alone in a sentence going on: `比率達` / `81.` / `3%…`.
    expect(cellOfValue(["由機關首長親自主持廉政會報比率達", "81.", "3%，完成廉政會報決議追蹤管考事項"])).toBe(
      "由機關首長親自主持廉政會報比率達81.3%，完成廉政會報決議追蹤管考事項",
    );
  });
});

describe("records 42–44 of the report as pandoc writes them (fixtures/text/pandoc)", () => {
  const fixture = (name: string) =>
    readFileSync(new URL(`../../../fixtures/text/pandoc/${name}`, import.meta.url), "utf8");
  const texts = (name: string) => JSON.stringify(readAnyText(fixture(name)).document.blocks);

  test("reStructuredText: a Latin word cut inside CJK text and spelled nowhere else is one word, each warned", () => {
    const { document } = readAnyText(fixture("report-2018-zh-42-44.rst.txt"));
    const blocks = JSON.stringify(document.blocks);
    expect(blocks).toContain("(IACC)」");
    expect(blocks).toContain("(Mutual Evaluation)會前會");
    const uncertain = document.warnings.filter((w) => w.code === "line_end_cut_uncertain");
    expect(uncertain.map((w) => w.message.match(/read as one word, "(\w+)"/u)?.[1])).toEqual([
      "IACC",
      "Evaluation",
    ]);
    // (The box is the text redrawn: its first record's lines are the text's own.)
    expect(fixture("report-2018-zh-42-44.rst.txt").split("\n")[(uncertain[0]?.at?.line ?? 0) - 1]).toContain(
      "(IA |",
    );
  });

  test("plain text at 60 columns: numbers cut anywhere in a run pandoc cut are whole", () => {
    const blocks = texts("report-2018-zh-42-44.w60.txt");
    expect(blocks).toContain("3,207,480件");
    expect(blocks).toContain("(IACC)」");
    expect(blocks).not.toMatch(/\d, ?\d{1,2} \d/u);
  });
});

describe("reStructuredText's simple tables (pandoc where every cell fits its line)", () => {
  const fixture = readFileSync(
    new URL("../../../fixtures/text/pandoc/report-2018-zh-27-29.rst90.txt", import.meta.url),
    "utf8",
  );

  test("record 28, a simple table between two grid tables, reads as its rows; the records go on as one table", () => {
    expect(detectTextForm(fixture)).toBe("box");
    const tables = rowsOf(fixture);
    expect(tables).toHaveLength(1);
    // (A key/value table: no header row.)
    expect(tables[0]?.[0]).toBeNull();
    const rows = (tables[0] ?? []).slice(1).map((row) => row?.join(" | "));
    const at = rows.indexOf("序次 | 28");
    expect(at).toBeGreaterThan(0);
    expect(rows.slice(at + 1, at + 8)).toEqual([
      "具體策略 | 七、強化企業誠信，凝聚私部門反貪腐共識。",
      "執行措施 | (七) 推動優質企業(AEO)認證及管理機制。",
      "績效目標 | 每年提報執行情形。",
      "辦理機關 | 財政部(關務署)",
      "績效衡量指標 | 每年提報執行情形。",
      "107年績效目標值 | 完成認證75家安全認證優質企業。",
      "107年度(1月至12月)績效目標達成情形 | 107年共計完成安全認證優質企業計126家。",
    ]);
    expect(rows[at + 8]).toBe("序次 | 29");
  });

  test("a line whose first column is blank goes on with the row above", () => {
    const text = [
      "",
      "====== ==========",
      "序次   1",
      "====== ==========",
      "策略   一、強化",
      "       機關。",
      "措施   (一) 推動。",
      "====== ==========",
      "",
    ].join("\n");
    expect(rowsOf(text)).toEqual([
      [null, ["序次", "1"], ["策略", "一、強化機關。"], ["措施", "(一) 推動。"]],
    ]);
  });
});

describe("line numbers of a redrawn text are the text's own", () => {
  // Each cell's first line holds the cell's first characters (a row's cells all start on its
  // first line, or on a line of their own below it): over the report's records 42–44 as pandoc's
  // reStructuredText (grid tables, one per record) and plain text at 60 columns (grid, multiline
  // and simple tables), every cell and paragraph found where its number says.
  const squash = (text: string) => text.replace(/[\s|│+=-]/gu, "");
  test.each([
    "report-2018-zh-42-44.rst.txt",
    "report-2018-zh-42-44.w60.txt",
    "report-2018-zh-27-29.rst90.txt",
  ])("%s", (name) => {
    const text = readFileSync(new URL(`../../../fixtures/text/pandoc/${name}`, import.meta.url), "utf8");
    const lines = text.split("\n");
    const misplaced: string[] = [];
    const check = (line: number | undefined, content: string) => {
      const head = squash(content).slice(0, 2);
      const near = lines
        .slice((line ?? 0) - 1, (line ?? 0) + 1)
        .map(squash)
        .join("");
      if (line !== undefined && head && !near.includes(head))
        misplaced.push(`${line}: ${content.slice(0, 12)}`);
    };
    for (const block of readAnyText(text).document.blocks)
      if (block.kind === "table")
        for (const row of block.rows) for (const cell of row.cells) check(cell.lineStart, cell.text);
      else if ("text" in block) check(block.line, block.text);
    expect(misplaced).toEqual([]);
  });
});

describe("pandoc's markup outside tables, undone", () => {
  test("rst directives, section under- and overlines, links; the saved page's breadcrumb dropped; every line kept", () => {
    const text = [
      ".. container:: nav",
      "",
      "   `首頁 </>`__ > 法規內容",
      "",
      "國家廉政建設行動方案",
      "====================",
      "",
      "壹、依據",
      "--------",
      "",
      "+------+------+",
      "| 策略 | 措施 |",
      "+======+======+",
      "| 一、 | (一) |",
      "+------+------+",
    ].join("\n");
    const redrawn = redrawAsciiTables(text);
    const lines = redrawn.text.split("\n");
    expect(lines).toHaveLength(15);
    expect(lines.slice(0, 10)).toEqual(["", "", "", "", "國家廉政建設行動方案", "", "", "壹、依據", "", ""]);
    expect(readAnyText(text).document.blocks[0]).toMatchObject({
      kind: "heading",
      text: "國家廉政建設行動方案",
    });
  });

  test("Markdown's links and escapes (`[首頁](/) \\>`)", () => {
    const text = [
      "[首頁](/) \\> 法規內容",
      "",
      "# 方案",
      "",
      "見 [附表](a.html) 之 1\\.",
      "",
      "+----+",
      "| 甲 |",
      "+====+",
      "| 乙 |",
      "+----+",
    ].join("\n");
    expect(redrawAsciiTables(text).text.split("\n").slice(0, 5)).toEqual([
      "",
      "",
      "# 方案",
      "",
      "見 附表 之 1.",
    ]);
  });
});
