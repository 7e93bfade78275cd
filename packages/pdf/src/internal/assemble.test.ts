import { describe, expect, test } from "vitest";
import { assembleDocument } from "./assemble.js";
import type { LineItem, PageLayout, TableFragment } from "./page.js";

const line = (text: string, y: number, fontSize = 12, x0 = 50, bold = false): LineItem => ({
  kind: "line",
  text,
  x0,
  x1: x0 + text.length * fontSize,
  y,
  fontSize,
  bold,
});
const page = (number: number, items: LayoutItems): PageLayout => ({
  page: number,
  width: 600,
  height: 800,
  items,
  characters: 100,
  sizes: new Map([[12, 100]]),
});
type LayoutItems = PageLayout["items"];
const fragment = (rows: string[][], page: number): TableFragment => ({
  kind: "table",
  columns: [50, 150, 300],
  rows: rows.map((cells) => ({
    cells: cells.map((text) => ({ text, pageStart: page, pageEnd: page })),
    pageStart: page,
    pageEnd: page,
  })),
  top: 100,
  bottom: 700,
  openTop: false,
});

describe("assembleDocument", () => {
  test("running heads, footers and page numbers go; the title on page 1 stays", () => {
    const pages = [1, 2, 3].map((n) =>
      page(n, [
        line("國家廉政建設行動方案", 40, 9, 400),
        ...(n === 1 ? [line("國家廉政建設行動方案", 120, 18)] : []),
        line("這一行寫滿了整個版心的寬度，說明右邊界在哪裡。", 300),
        line(`正文第${n}頁。`, 400),
        line(`- ${n} -`, 780, 9, 290),
      ]),
    );
    const doc = assembleDocument(pages);
    expect(doc.blocks.map((b) => (b.kind === "table" ? "table" : `${b.kind}:${b.text}`))).toEqual([
      "heading:國家廉政建設行動方案",
      // A full line and the next form one paragraph; a short line ends it, also before a page break.
      ...[1, 2, 3].map((n) => `paragraph:這一行寫滿了整個版心的寬度，說明右邊界在哪裡。正文第${n}頁。`),
    ]);
    expect(doc.pages).toBe(3);
  });

  test("each document of a PDF holding several loses its own running head, and a pair of pages is no run", () => {
    // A 4-page plan, then an 8-page report: each head is on too few of the 12 pages to count
    // over the whole PDF, but on every page of its own run.
    const pages = Array.from({ length: 12 }, (_, i) => i + 1).map((n) =>
      page(n, [
        line(n <= 4 ? "國家廉政建設行動方案（核定本）" : "107年執行情形", 40, 9, 400),
        // The same line atop two pages running: a repeated heading, not a running head.
        ...(n === 7 || n === 8 ? [line("附表", 60, 12)] : []),
        line(`正文第${n}頁。`, 400),
      ]),
    );
    const texts = assembleDocument(pages).blocks.map((b) => (b.kind === "table" ? "table" : b.text));
    expect(texts.filter((text) => /核定本|執行情形/u.test(text))).toEqual([]);
    expect(texts.filter((text) => text.includes("附表"))).toHaveLength(2);
  });

  test("a table continued on the next page is one table: header dropped, cut row rejoined", () => {
    const header = ["具體策略", "執行措施"];
    const pages = [
      page(1, [fragment([header, ["一、強化", "(一) 政治獻金會"]], 1)]),
      page(2, [fragment([header, ["", "計報告書公開。"], ["", "(二) 下一項。"]], 2)]),
    ];
    const [table, ...rest] = assembleDocument(pages).blocks;
    expect(rest).toEqual([]);
    if (table?.kind !== "table") throw new Error("expected a table");
    expect(table.header).toEqual(header);
    expect(table.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ["一、強化", "(一) 政治獻金會計報告書公開。"],
      ["", "(二) 下一項。"],
    ]);
    expect([table.pageStart, table.pageEnd]).toEqual([1, 2]);
    expect([table.rows[0]?.pageStart, table.rows[0]?.pageEnd]).toEqual([1, 2]);
  });

  test("a cell set alone at a page's foot belongs to the row the next page opens (WeasyPrint)", () => {
    // The measure (七) went whole to page 2 (its paragraph's orphans), its one-line goal fit on page 1.
    const header = ["具體策略", "執行措施", "績效目標"];
    const pages = [
      page(1, [
        fragment([header, ["九、推動。", "(六) 打擊貪腐。", "定期統計。"], ["", "", "每年統計。"]], 1),
      ]),
      page(2, [fragment([header, ["", "(七) 強化追緝。", ""], ["", "(八) 策略性提升。", "拓展合作。"]], 2)]),
    ];
    const doc = assembleDocument(pages);
    const [table] = doc.blocks;
    if (table?.kind !== "table") throw new Error("expected a table");
    expect(table.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ["九、推動。", "(六) 打擊貪腐。", "定期統計。"],
      ["", "(七) 強化追緝。", "每年統計。"],
      ["", "(八) 策略性提升。", "拓展合作。"],
    ]);
    expect([table.rows[1]?.pageStart, table.rows[1]?.pageEnd]).toEqual([1, 2]);
    expect(doc.warnings.map((w) => [w.code, w.at])).toEqual([["cell_from_page_before", { page: 1 }]]);
  });

  test("a key/value value begun at a page's foot joins its label, alone atop the next page", () => {
    const kv = (rows: string[][], n: number): TableFragment => ({ ...fragment(rows, n), columns: [50, 150] });
    const doc = assembleDocument([
      page(4, [
        kv(
          [
            ["序次", "5"],
            ["績效衡量指標", "1. 宣導說明會場次。"],
            ["", "1. 宣導 530 場。"],
          ],
          4,
        ),
      ]),
      page(5, [
        kv(
          [
            ["序次", "5"],
            ["107年績效目標值", ""],
            ["107年度績效目標達成情形", "948 場。"],
          ],
          5,
        ),
      ]),
    ]);
    const [table] = doc.blocks;
    if (table?.kind !== "table") throw new Error("expected a table");
    expect(table.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ["序次", "5"],
      ["績效衡量指標", "1. 宣導說明會場次。"],
      ["107年績效目標值", "1. 宣導 530 場。"],
      ["107年度績效目標達成情形", "948 場。"],
    ]);
    expect(doc.warnings.map((w) => w.code)).toEqual(["label_from_next_page"]);
  });

  test("a table after a paragraph on the next page is a new table", () => {
    const pages = [
      page(1, [fragment([["甲", "乙"]], 1)]),
      page(2, [line("說明。", 80), fragment([["丙", "丁"]], 2)]),
    ];
    expect(assembleDocument(pages).blocks.map((b) => b.kind)).toEqual(["table", "paragraph", "table"]);
  });

  test("a heading numbered as a section starts anew, however close below the title and at its size", () => {
    const blocks = assembleDocument([
      page(1, [
        line("National Integrity", 60, 16),
        line("Building Action Plan", 80, 16),
        line("IV. Specific Actions", 100, 15.75, 50, true),
        line("The body of the plan runs on here at the body's size, a line of prose.", 130),
      ]),
    ]).blocks;
    expect(
      blocks.filter((b) => b.kind === "heading").map((b) => (b.kind === "heading" ? b.text : "")),
    ).toEqual(["National Integrity Building Action Plan", "IV. Specific Actions"]);
  });

  test("larger or short bold lines are headings; wrapped body lines are one paragraph", () => {
    const wide = "聯合國反貪腐公約施行法第四條各級政府機關行使職權應符";
    const pages = [
      page(1, [
        line("國家廉政建設行動方案", 60, 18),
        line("壹、依據", 100, 12, 50, true),
        { ...line(wide, 130), x1: 500 },
        line("合公約之規定。", 145),
        line("貳、目標", 180, 14),
      ]),
    ];
    const doc = assembleDocument(pages);
    expect(doc.blocks).toEqual([
      { kind: "heading", level: 1, text: "國家廉政建設行動方案", page: 1 },
      { kind: "heading", level: 2, text: "壹、依據", page: 1 },
      { kind: "paragraph", text: `${wide}合公約之規定。`, page: 1 },
      { kind: "heading", level: 2, text: "貳、目標", page: 1 },
    ]);
  });

  test("a title and a heading that nothing marks bold are headings where all the prose is in a table", () => {
    // Type 3 fonts carry no names (Cairo re-prints): the title's and the heading's short lines are
    // the only text outside the table, and the body size is the table's.
    const title = ["National", "Integrity", "Building Action", "Plan"].map((text, i) => ({
      ...line(text, 80 + 29 * i, 20, 255),
      x1: 255 + 85,
    }));
    const pages = [
      {
        ...page(1, [
          ...title,
          { ...line("IV. Specific Actions", 190, 12, 60), x1: 200 },
          fragment([["a", "b"]], 1),
        ]),
        sizes: new Map([
          [20, 38],
          [12, 20],
          [10, 2400],
        ]),
      },
    ];
    const headings = assembleDocument(pages).blocks.filter((block) => block.kind === "heading");
    expect(headings.map((block) => block.kind === "heading" && [block.level, block.text])).toEqual([
      [1, "National Integrity Building Action Plan"],
      [2, "IV. Specific Actions"],
    ]);
  });

  test("a long title on one line, centred, is no prose: the body size stays the table's", () => {
    // Chromium printing a face with no bold (a Kaiti, a Ming) thickens the strokes: the title is
    // a regular font's line, and it runs over a third of the page. The table spans 50–550.
    const title = { ...line("National Integrity Building Action Plan", 80, 18, 125), x1: 475 };
    const pages = [
      {
        ...page(1, [
          title,
          { ...line("IV. Specific Actions", 120, 14, 50), x1: 190 },
          fragment([["a", "b"]], 1),
        ]),
        sizes: new Map([
          [18, 39],
          [14, 20],
          [12, 9000],
        ]),
      },
    ];
    pages[0]?.items.push({ ...fragment([["c", "d"]], 1), columns: [50, 300, 550] });
    const headings = assembleDocument(pages).blocks.filter((block) => block.kind === "heading");
    expect(headings.map((block) => block.kind === "heading" && [block.level, block.text])).toEqual([
      [1, "National Integrity Building Action Plan"],
      [2, "IV. Specific Actions"],
    ]);
    // The same line set from the left edge is a line of prose, and sets the body size.
    const left = [
      { ...pages[0], items: [{ ...title, x0: 50, x1: 400 }, ...(pages[0]?.items.slice(1) ?? [])] },
    ];
    expect(assembleDocument(left as PageLayout[]).blocks.some((block) => block.kind === "heading")).toBe(
      false,
    );
  });

  test("prose outside the tables sets the body size, however much smaller the tables' text is", () => {
    const wide = "聯合國反貪腐公約施行法第四條各級政府機關行使職權應符";
    const pages = [
      {
        ...page(1, [{ ...line(wide, 130), x1: 500 }, line("合公約之規定。", 145), fragment([["a", "b"]], 1)]),
        sizes: new Map([
          [12, 40],
          [9, 3000],
        ]),
      },
    ];
    expect(assembleDocument(pages).blocks[0]).toEqual({
      kind: "paragraph",
      text: `${wide}合公約之規定。`,
      page: 1,
    });
  });

  describe("rows within a page", () => {
    const header = ["Region", "Office"];
    const rows = [header, ["North", "Keelung"], ["", "Taipei"], ["", "Yilan"], ["South", "Tainan"]];
    const bodyOf = (pages: PageLayout[]) => {
      const [table] = assembleDocument(pages).blocks;
      if (table?.kind !== "table") throw new Error("expected a table");
      return table.rows.map((r) => r.cells.map((c) => c.text));
    };

    test("a ruled row is a row, though its first cell is empty (under a merged cell)", () => {
      const doc = assembleDocument([page(1, [{ ...fragment(rows, 1), ruled: true }])]);
      expect(bodyOf([page(1, [{ ...fragment(rows, 1), ruled: true }])])).toEqual(rows.slice(1));
      expect(doc.warnings).toEqual([]);
    });

    test("after a page break the first row may still continue the row above", () => {
      const pages = [
        page(1, [{ ...fragment(rows.slice(0, 3), 1), ruled: true }]),
        page(2, [{ ...fragment([header, ["", "Hsinchu"], ["", "Yilan"]], 2), ruled: true }]),
      ];
      // "Hsinchu" right after the repeated header: the stitching rules decide (they join it);
      // "Yilan" below it on the same page is a row.
      expect(bodyOf(pages)).toEqual([
        ["North", "Keelung"],
        ["", "Taipei Hsinchu"],
        ["", "Yilan"],
      ]);
    });

    test("a page's grid that lacks an outer column, its edge not drawn there, continues the table", () => {
      // Inner borders only: on page 2 the first column's cell spans every row, so no line marks the
      // table's left edge and the page's grid starts at the first inner line.
      const ruled = (cells: string[][], at: number, columns: number[]): TableFragment => ({
        ...fragment(cells, at),
        columns,
        ruled: true,
      });
      const pages = [
        page(1, [
          ruled(
            [
              ["Strategy", "Measure", "Goal"],
              ["1. North", "(1) Keelung", "port"],
            ],
            1,
            [50, 150, 300, 450],
          ),
        ]),
        page(2, [
          ruled(
            [
              ["(2) Taipei", "capital"],
              ["(3) Yilan", "coast"],
            ],
            2,
            [151, 299, 449],
          ),
        ]),
      ];
      const [table, ...rest] = assembleDocument(pages).blocks;
      expect(rest).toEqual([]);
      if (table?.kind !== "table") throw new Error("expected a table");
      expect(table.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
        ["1. North", "(1) Keelung", "port"],
        ["", "(2) Taipei", "capital"],
        ["", "(3) Yilan", "coast"],
      ]);
      // Columns that are not the table's (a table of its own) are no continuation.
      const other = [pages[0] as PageLayout, page(2, [ruled([["甲", "乙"]], 2, [80, 200, 449])])];
      expect(assembleDocument(other).blocks.map((b) => b.kind)).toEqual(["table", "table"]);
    });

    test("rows of a table drawn with white space only are left to the stitching rules", () => {
      expect(bodyOf([page(1, [fragment(rows, 1)])])).toEqual([
        ["North", "Keelung Taipei Yilan"],
        ["South", "Tainan"],
      ]);
    });
  });
});

/** A ruled key/value fragment (a label column, then the value's). */
const labelled = (rows: string[][], page: number, extra: Partial<TableFragment> = {}): TableFragment => ({
  ...fragment(rows, page),
  columns: [20, 40, 580],
  ruled: true,
  ...extra,
});
/** Every table row of the assembled document, as cell texts. */
const rowsOf = (pages: PageLayout[]) =>
  assembleDocument(pages)
    .blocks.filter((block) => block.kind === "table")
    .flatMap((table) => table.rows.map((r) => r.cells.map((c) => c.text)));

describe("assembleDocument: key/value tables a clip cut (wkhtmltopdf)", () => {
  test("a table further down the same page, its top drawn, starts with a row of its own", () => {
    // The second table's first row is cut at the page's foot: its number here, its label next page.
    const pages = [
      page(1, [
        labelled(
          [
            ["序次", "40"],
            ["具體策略", "九、推動"],
          ],
          1,
        ),
        labelled([["", "41"]], 1),
      ]),
    ];
    expect(rowsOf(pages)).toEqual([
      ["序次", "40"],
      ["具體策略", "九、推動"],
      ["", "41"],
    ]);
    // Its label, on the next page under the cut, joins it there.
    pages.push(
      page(2, [
        labelled(
          [
            ["序次", ""],
            ["具體策略", "九、推動"],
          ],
          2,
          { openTop: true, cutColumns: [0, 1] },
        ),
      ]),
    );
    expect(rowsOf(pages).slice(2, 4)).toEqual([
      ["序次", "41"],
      ["具體策略", "九、推動"],
    ]);
  });

  test("a row cut at the next page's top is a new row when a line closed the last row at the page's foot", () => {
    const first = labelled(
      [
        ["序次", "40"],
        ["具體策略", "九、推動"],
      ],
      1,
    );
    const next = labelled([["執行措施", "(一) 研商"]], 2, { openTop: true, cutColumns: [0, 1] });
    expect(rowsOf([page(1, [{ ...first, closedFootColumns: [0, 1] }]), page(2, [next])])).toEqual([
      ["序次", "40"],
      ["具體策略", "九、推動"],
      ["執行措施", "(一) 研商"],
    ]);
    // The line drawn under the measures only: the strategy's cut cell is its span running on.
    const plan = labelled([["八、增修肅貪法令，強化", "(十六) 推動"]], 1, { closedFootColumns: [1] });
    const onward = labelled([["能量。", "(十七) 強化"]], 2, { openTop: true, cutColumns: [0, 1] });
    expect(rowsOf([page(1, [plan]), page(2, [onward])])).toEqual([
      ["八、增修肅貪法令，強化能量。", "(十六) 推動"],
      ["", "(十七) 強化"],
    ]);
    // A row kept empty at the foot (its top line drawn just above the cut) goes; beside it the
    // strategy's cut cell is its span's text, centred onto this page (none of it above the break).
    const span = labelled(
      [
        ["", "(六) 甲"],
        ["", "(七) 貫徹"],
        ["", ""],
      ],
      1,
    );
    // (readGrid adds that row after the spans are counted: the strategy spans the two above it.)
    (span.rows[0]?.cells[0] as { rowSpan?: number }).rowSpan = 2;
    const below = labelled([["八、增修肅貪法令。", "(八) 完善"]], 2, { openTop: true, cutColumns: [0, 1] });
    expect(rowsOf([page(1, [span]), page(2, [below])])).toEqual([
      ["八、增修肅貪法令。", "(六) 甲"],
      ["", "(七) 貫徹"],
      ["", "(八) 完善"],
    ]);
    // Without the line, the cut row is the rest of the last row.
    expect(rowsOf([page(1, [first]), page(2, [next])]).at(-1)).toEqual([
      "具體策略執行措施",
      "九、推動\n(一) 研商",
    ]);
  });
});

describe("assembleDocument: a row the page break cut, left open at the foot", () => {
  const keyValue = labelled;
  const first = [
    ["序次", "15"],
    ["107年度(1月", "107年度研編各類防貪指引共23件："],
  ];
  // The next page repeats the record's head (序次 | 15), then the rest of the cut row.
  const next = [
    ["序次", "15"],
    ["至12月)績效目標達成情形", "1. 法務部廉政署…"],
  ];

  test("is carried on by the next page's first row under the repeated head", () => {
    expect(rowsOf([page(1, [keyValue(first, 1, { openFoot: true })]), page(2, [keyValue(next, 2)])])).toEqual(
      [
        ["序次", "15"],
        ["107年度(1月至12月)績效目標達成情形", "107年度研編各類防貪指引共23件：\n1. 法務部廉政署…"],
      ],
    );
  });

  test("closed at the foot, the row under the repeated head is a row of its own", () => {
    expect(rowsOf([page(1, [keyValue(first, 1)]), page(2, [keyValue(next, 2)])])).toHaveLength(3);
  });

  test("with nothing repeated atop the next page, its first row is a new row (a table with no foot line)", () => {
    // A framed table that draws no line at its foot, its rows kept whole: the next record starts
    // the next page with its own top line.
    const whole = [
      ["序次", "10"],
      ["107年度(1月至12月)績效目標達成情形", "1. 國際透明組織…"],
    ];
    const record = [
      ["序次", "11"],
      ["具體策略", "三、持續指標研究。"],
    ];
    expect(
      rowsOf([page(1, [keyValue(whole, 1, { openFoot: true })]), page(2, [keyValue(record, 2)])]),
    ).toEqual([...whole, ...record]);
  });
});
