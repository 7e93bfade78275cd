import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  isHeaderLike,
  isHeaderRow,
  MAX_TABLE_COLUMNS,
  profileColumns,
  stitchRows,
  tableWidth,
} from "./stitch.js";
import type { RawRow } from "./types.js";

function row(texts: string[], options: Partial<RawRow> = {}): RawRow {
  return { cells: texts.map((text) => ({ text })), ...options };
}

function texts(rows: RawRow[]): string[][] {
  return rows.map((r) => r.cells.map((cell) => cell.text));
}

const HEADER = ["具體策略", "執行措施", "績效目標", "辦理機關"];

describe("header rows", () => {
  it("recognises the plan's headers in both languages and nothing with numbers or sentences", () => {
    expect(isHeaderLike(HEADER)).toBe(true);
    expect(
      isHeaderLike(["Specific Strategy", "Enforcement Measure", "Performance Goal", "Executing Agency"]),
    ).toBe(true);
    expect(isHeaderLike(["序次", "1"])).toBe(false);
    expect(isHeaderLike(["一、強化機關", "(一) 建構"])).toBe(false);
    expect(isHeaderLike(["時間", ""])).toBe(false);
    expect(isHeaderLike(["單欄"])).toBe(false);
  });

  it("takes a header cell that opens with a year label (112年績效目標值), not a row with a year in it", () => {
    expect(isHeaderLike([...HEADER, "績效衡量指標", "112年績效目標值"])).toBe(true);
    expect(isHeaderLike(["績效衡量指標", "112 年度績效目標值"])).toBe(true);
    expect(isHeaderLike(["目標", "112年"])).toBe(false);
    expect(isHeaderLike(["目標", "完成 112 件"])).toBe(false);
  });

  it("matches a repeated header whatever its spacing, with trailing empty cells", () => {
    expect(isHeaderRow(["具體 策略", "執行措施", "績效目標", "辦理機關", ""], HEADER)).toBe(true);
    expect(isHeaderRow(["具體策略", "執行措施", "績效目標"], HEADER)).toBe(false);
  });

  it("drops every repeated header and treats the row after it as following a page break", () => {
    const result = stitchRows([
      row(HEADER),
      row(["一、甲", "(一) 甲乙丙", "每年提報。", "法務部"]),
      row(HEADER),
      row(["", "丁戊", "", ""]),
      row(["", "(二) 己庚", "每年提報。", "內政部"]),
    ]);
    expect(result.header).toEqual(HEADER);
    expect(texts(result.rows)).toEqual([
      ["一、甲", "(一) 甲乙丙丁戊", "每年提報。", "法務部"],
      ["", "(二) 己庚", "每年提報。", "內政部"],
    ]);
    expect(result.warnings).toEqual([]);
  });

  it("takes no header when told so", () => {
    expect(
      stitchRows([row(HEADER), row(["一、甲", "(一) 乙", "丙", "丁"])], { header: null }).rows,
    ).toHaveLength(2);
  });
});

describe("continuation rows", () => {
  it("rejoins a row split by a page break, with a numbered list continued on the next page", () => {
    const result = stitchRows([
      row(["九、推動", "(八) 策略性提升", "1. 甲。\n2. The Ministry of", "主辦機關：行政院洗錢防制辦公"]),
      row(["", "", "Justice Investigation Bureau continues.\n3. 乙。", "室"], { breakBefore: true }),
      row(["", "(九) 評估", "丙。", "法務部"]),
    ]);
    expect(texts(result.rows)).toEqual([
      [
        "九、推動",
        "(八) 策略性提升",
        "1. 甲。\n2. The Ministry of Justice Investigation Bureau continues.\n3. 乙。",
        "主辦機關：行政院洗錢防制辦公室",
      ],
      ["", "(九) 評估", "丙。", "法務部"],
    ]);
  });

  it("starts a new line when the continued cell begins a new item", () => {
    const result = stitchRows([
      row(["七、強化", "(八) 強化", "1. 甲。\n2. 乙。\n3. 丙。", "經濟部"]),
      row(["", "", "4. 法務部(調查局)加強辦理企業肅貪宣導。", ""], { breakBefore: true }),
    ]);
    expect(result.rows[0]?.cells[2]?.text).toBe(
      "1. 甲。\n2. 乙。\n3. 丙。\n4. 法務部(調查局)加強辦理企業肅貪宣導。",
    );
  });

  it("keeps a new numbered record after a page break as its own row", () => {
    const result = stitchRows([
      row(["一、甲", "(一) 乙", "丙", "丁"]),
      row(["", "(二) 戊", "己", "庚"], { breakBefore: true }),
    ]);
    expect(result.rows).toHaveLength(2);
  });

  it("splits a row that holds the end of the row above and a new record", () => {
    const result = stitchRows([
      row(["六、推動", "(一) 甲。", "每年提報執行情形。", "教育部"]),
      row(["", "(二) 依據，落實校園法治教育，", "每年提報執行情形。", "教育部"]),
      row(
        [
          "",
          "鼓勵發展具有特色之品德校園文化。\n(三) 於高級中等學校",
          "每年提報執行情形。",
          "教育部(國民及學前教育署)",
        ],
        {
          breakBefore: true,
          lineStart: 73,
        },
      ),
    ]);
    expect(texts(result.rows)).toEqual([
      ["六、推動", "(一) 甲。", "每年提報執行情形。", "教育部"],
      ["", "(二) 依據，落實校園法治教育，鼓勵發展具有特色之品德校園文化。", "每年提報執行情形。", "教育部"],
      ["", "(三) 於高級中等學校", "每年提報執行情形。", "教育部(國民及學前教育署)"],
    ]);
    expect(result.warnings.map((warning) => [warning.code, warning.at?.line])).toEqual([["row_split", 73]]);
  });

  it("rejoins a row whose strategy cell atop the next page is only its sentence's end (`。`)", () => {
    // (-layout text of the six-column edition: `二、促進公開透明` / `，防止利益衝突` / page break / `。`.)
    const result = stitchRows([
      row(["一、甲", "(一) 乙", "丙", "丁"]),
      row(["二、促進公開透明，防止利益衝突", "(一) 加強宣導「公職人員財", "每年提報", "法務部"]),
      row(["。", "產申報法」，並執行案件審核調查。", "。", ""], { breakBefore: true }),
      row(["", "(二) 推動", "戊", "內政部"]),
      row(["、", "(三) 落實", "己", "內政部"], { breakBefore: true }),
    ]);
    expect(texts(result.rows)).toEqual([
      ["一、甲", "(一) 乙", "丙", "丁"],
      [
        "二、促進公開透明，防止利益衝突。",
        "(一) 加強宣導「公職人員財產申報法」，並執行案件審核調查。",
        "每年提報。",
        "法務部",
      ],
      ["", "(二) 推動", "戊", "內政部"],
      ["、", "(三) 落實", "己", "內政部"],
    ]);
  });

  it("follows the reader when it says whether a row continues", () => {
    const rows = [
      row(["一、甲", "(一) 乙", "丙", "丁"]),
      row(["", "", "戊", ""], { continuesPrevious: false }),
    ];
    expect(stitchRows(rows).rows).toHaveLength(2);
    const forced = [
      row(["一、甲", "(一) 乙", "丙", "丁"]),
      row(["", "(二) 戊", "", ""], { continuesPrevious: true }),
    ];
    expect(texts(stitchRows(forced).rows)).toEqual([["一、甲", "(一) 乙\n(二) 戊", "丙", "丁"]]);
  });

  it("warns when it joins a row that no page break separated", () => {
    const result = stitchRows([row(["一、甲", "(一) 乙", "丙", "丁"]), row(["", "", "戊", ""])]);
    expect(result.rows).toHaveLength(1);
    expect(result.warnings.map((warning) => warning.code)).toEqual(["continuation_without_break"]);
  });

  it("keeps line numbers across the rejoined row", () => {
    const result = stitchRows([
      row(["一、甲", "(一) 乙", "丙", "丁"], { lineStart: 40, lineEnd: 40 }),
      row(["", "戊", "", ""], { lineStart: 43, lineEnd: 43, breakBefore: true }),
    ]);
    expect(result.rows[0]).toMatchObject({ lineStart: 40, lineEnd: 43 });
    expect(result.rows[0]).not.toHaveProperty("breakBefore");
  });
});

describe("shifted rows", () => {
  it("moves a row that lost its leading empty cell back under its columns", () => {
    const result = stitchRows([
      row(["七、強化", "(四) 甲", "乙", "丙"]),
      row(["(五) 邀集公股投資事業", "各公股股權管理機關邀集定期召開會議。", "國軍退除役官兵輔導委員會", ""], {
        lineStart: 81,
      }),
      row(["", "(六) 丁", "戊", "己"]),
    ]);
    expect(texts(result.rows)[1]).toEqual([
      "",
      "(五) 邀集公股投資事業",
      "各公股股權管理機關邀集定期召開會議。",
      "國軍退除役官兵輔導委員會",
    ]);
    expect(result.warnings.map((warning) => warning.code)).toEqual(["row_shifted"]);
  });
});

describe("key/value tables", () => {
  it("treat the label column as the record column and rows without a label as continuations", () => {
    const rows = [
      row(["序次", "42"]),
      row(["績效目標", "每年統計參加國際廉政會議及論壇次數。"]),
      row(["達成情形", "1. 甲。\n2. 乙。"]),
      row(["", "3. 海洋委員會海巡署派員出席。"], { breakBefore: true }),
      row(["序次", "43"], { breakBefore: true }),
    ];
    expect(profileColumns(rows).keyColumn).toBe(0);
    expect(texts(stitchRows(rows).rows)).toEqual([
      ["序次", "42"],
      ["績效目標", "每年統計參加國際廉政會議及論壇次數。"],
      ["達成情形", "1. 甲。\n2. 乙。\n3. 海洋委員會海巡署派員出席。"],
      ["序次", "43"],
    ]);
  });
});

describe("a table whose cells space their paragraphs (Word's print, -layout text)", () => {
  // Each goal a band of its own (blank lines between a cell's paragraphs), the agency beside it
  // done: rows of one numbered goal and nothing after it are items of the measure's list, not
  // records; the measures (cells after them: goals, agencies) are the records.
  const rows = [
    row([
      "一、強化機關廉政經營",
      "(一) 建構整體有系統性",
      "1. 各機關每年辦理。\n2. 法務部定期辦理。",
      "各機關",
    ]),
    row(["", "", "3. 機關首長親自主持。", ""]),
    row(["", "", "4. 機關對於已發生之案件。", ""]),
    row(["", "(二) 結合各機關廉政風險", "每年提報稽核件數。", "各機關、法務部"]),
    row(["", "", "1. 甲。", ""]),
    row(["", "(三) 辦理政府採購稽核", "每年提報查核案件數。", "行政院公共工程委員會"]),
  ];

  it("takes the measure column for the record column, its goals' paragraphs for continuations", () => {
    expect(profileColumns(rows).keyColumn).toBe(1);
    expect(texts(stitchRows(rows).rows).map((cells) => cells[1])).toEqual([
      "(一) 建構整體有系統性",
      "(二) 結合各機關廉政風險",
      "(三) 辦理政府採購稽核",
    ]);
  });

  it("still takes a column of numbered records with cells of their own after a group column", () => {
    const records = rows.map((r, index) =>
      index === 1 ? row(["", "", "3. 機關首長親自主持。", "法務部"]) : r,
    );
    // One row with cells after its item against three without: the lone items outnumber it.
    expect(profileColumns(records).keyColumn).toBe(1);
    const many = [...rows, ...[5, 6, 7].map((n) => row(["", "", `${n}. 乙。`, "某機關"]))];
    expect(profileColumns(many).keyColumn).toBe(2);
  });
});

describe("a table that opens with a row the page cut", () => {
  const rows = (continues: boolean | undefined) => [
    row(["", "13"]),
    row(["序次", ""], {
      breakBefore: true,
      ...(continues === undefined ? {} : { continuesPrevious: continues }),
    }),
    row(["具體策略", "四、落實公務員行為規範。"]),
  ];
  const codes = (result: ReturnType<typeof stitchRows>) => result.warnings.map((w) => w.code);

  it("is no orphan when the reader knows the rest, with the record cell, runs on onto the next page", () => {
    const result = stitchRows(rows(true));
    expect(texts(result.rows)).toEqual([
      ["序次", "13"],
      ["具體策略", "四、落實公務員行為規範。"],
    ]);
    expect(codes(result)).toEqual([]);
  });

  it("is an orphan when nothing says the row runs on", () => {
    expect(codes(stitchRows(rows(undefined)))).toContain("orphan_continuation");
    expect(codes(stitchRows(rows(false)))).toContain("orphan_continuation");
  });
});

describe("a key/value row whose label went on to the next page", () => {
  const rows = (flag: boolean | undefined) => [
    row(["績效目標值", "邀集公股投資事業召開業務研討會議9案。"], { continuesPrevious: false }),
    row(["", "107年共計辦理14案業務研討會議："], flag === undefined ? {} : { continuesPrevious: flag }),
    row(["107年度(1月至12月)績效目標達成情形", "1. 退輔會：…"], { breakBefore: true }),
  ];

  it("is one row when the row above the break is known to be a row of its own", () => {
    const result = stitchRows(rows(false));
    expect(texts(result.rows)).toEqual([
      ["績效目標值", "邀集公股投資事業召開業務研討會議9案。"],
      ["107年度(1月至12月)績效目標達成情形", "107年共計辦理14案業務研討會議：\n1. 退輔會：…"],
    ]);
    expect(result.warnings.map((w) => w.code)).toEqual(["label_from_next_page"]);
  });

  it("is one row too when the value above the break opens a list and the label comes alone", () => {
    // WeasyPrint, rules only, US Letter: the value `1. 宣導 530 場。…` stayed on page 3 and the
    // label went on to page 4 with nothing beside it (the list made column 1 look like the key).
    const result = stitchRows([
      row(["績效衡量指標", "1. 辦理宣導說明會場次。"], { continuesPrevious: false }),
      row(["", "1. 宣導 530 場。 2. 案件審核 580 件。"], { continuesPrevious: false }),
      row(["107年績效目標值", ""], { breakBefore: true }),
      row(["107年度(1月至12月)績效目標達成情形", "辦理宣導合計 948 場。"], { continuesPrevious: false }),
    ]);
    expect(texts(result.rows)).toEqual([
      ["績效衡量指標", "1. 辦理宣導說明會場次。"],
      ["107年績效目標值", "1. 宣導 530 場。 2. 案件審核 580 件。"],
      ["107年度(1月至12月)績效目標達成情形", "辦理宣導合計 948 場。"],
    ]);
    expect(result.warnings.map((w) => w.code)).toEqual(["label_from_next_page"]);
  });

  it("otherwise continues the row above, as before; and a wider table is left alone", () => {
    expect(texts(stitchRows(rows(undefined)).rows)[0]?.[1]).toContain("9案。107年共計");
    const wide = rows(false).map((r) => ({ ...r, cells: [...r.cells, { text: "法務部" }] }));
    expect(stitchRows(wide).warnings.map((w) => w.code)).not.toContain("label_from_next_page");
  });
});

// Property: however page breaks cut a table's rows (and whether a header repeats), stitching gives
// back the rows of the unbroken table.
const HAN = [..."甲乙丙丁戊己庚辛壬癸天地玄黃宇宙洪荒日月盈昃辰宿列張寒來暑往秋收冬藏"];
const hanText = fc
  .array(fc.constantFrom(...HAN), { minLength: 2, maxLength: 12 })
  .map((chars) => chars.join(""));
const CJK_NUMBERS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

interface Record {
  group: string;
  cells: [string, string, string];
}

const tableArbitrary = fc
  .array(
    fc.array(fc.tuple(hanText, hanText, fc.array(hanText, { minLength: 1, maxLength: 3 })), {
      minLength: 1,
      maxLength: 4,
    }),
    {
      minLength: 1,
      maxLength: 4,
    },
  )
  .map((groups) => {
    const records: Record[] = [];
    groups.forEach((measures, g) => {
      measures.forEach(([measure, agency, goals], m) => {
        records.push({
          group: m === 0 ? `${CJK_NUMBERS[g]}、${measure}組` : "",
          cells: [
            `(${CJK_NUMBERS[m]}) ${measure}`,
            goals.map((goal, i) => `${i + 1}. ${goal}。`).join("\n"),
            `${agency}部`,
          ],
        });
      });
    });
    return records;
  });

/** Cuts a cell's text at one of its safe places (chosen by `share`), never inside a list marker. */
function cut(text: string, share: number): [string, string] {
  const safe: number[] = [text.length];
  for (let index = 1; index < text.length; index++) {
    const before = text.slice(0, index);
    const after = text.slice(index);
    // Cut inside a word (between two Han characters) or at a line boundary.
    const midWord = /\p{Script=Han}$/u.test(before) && /^\p{Script=Han}/u.test(after);
    if (midWord || text[index - 1] === "\n") safe.push(index);
  }
  safe.sort((a, b) => a - b);
  const index = safe[Math.min(safe.length - 1, Math.floor(share * safe.length))] ?? text.length;
  return [text.slice(0, index).replace(/\n$/u, ""), text.slice(index)];
}

describe("stitchRows (property)", () => {
  it("rejoins any pattern of page breaks and repeated headers into the unbroken rows", () => {
    fc.assert(
      fc.property(
        tableArbitrary,
        fc.array(
          fc.record({
            split: fc.boolean(),
            header: fc.boolean(),
            shares: fc.tuple(
              fc.double({ min: 0, max: 0.999, noNaN: true }),
              fc.double({ min: 0, max: 0.999, noNaN: true }),
              fc.double({ min: 0, max: 0.999, noNaN: true }),
            ),
          }),
          { minLength: 16, maxLength: 16 },
        ),
        (records, breaks) => {
          const expected = records.map((record) => [record.group, ...record.cells]);
          const rows: RawRow[] = [row(HEADER)];
          records.forEach((record, index) => {
            const plan = breaks[index % breaks.length];
            if (!plan?.split) {
              rows.push(row([record.group, ...record.cells]));
              if (plan?.header) rows.push(row(HEADER));
              return;
            }
            const parts = record.cells.map((cell, column) => cut(cell, plan.shares[column] ?? 0));
            // The record cell keeps its marker and at least one character on the first page.
            const first = [record.group, ...parts.map(([head]) => head)];
            const second = ["", ...parts.map(([, tail]) => tail)];
            rows.push(row(first));
            if (plan.header) rows.push(row(HEADER));
            rows.push(row(second, { breakBefore: true }));
          });
          const result = stitchRows(rows);
          expect(texts(result.rows)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("pathological rows", () => {
  const row = (...texts: string[]): RawRow => ({ cells: texts.map((text) => ({ text })) });

  it("does not pad every row to a line of a hundred thousand tabs", () => {
    const rows = [
      row("序次", "1"),
      row("執行措施", "甲", ...Array(100_000).fill("")),
      row("辦理機關", "法務部"),
    ];
    for (let i = 0; i < 2000; i++) rows.push(row("序次", String(i + 2)));
    const { rows: out } = stitchRows(rows, { header: null });
    expect(out.every((r) => r.cells.length === 2)).toBe(true);
    expect(out[1]?.cells.map((c) => c.text)).toEqual(["執行措施", "甲"]);
  });

  it("caps the width at MAX_TABLE_COLUMNS and folds a wider row's text into its last cell, warned", () => {
    const wide = row(...Array.from({ length: 5000 }, (_, i) => `c${i}`));
    const { rows: out, warnings } = stitchRows([row("a", "b"), wide], { header: null });
    expect(out.every((r) => r.cells.length === MAX_TABLE_COLUMNS)).toBe(true);
    expect(out[1]?.cells.at(-1)?.text.split("\n")).toHaveLength(5000 - MAX_TABLE_COLUMNS + 1);
    expect(warnings.map((w) => w.code)).toEqual(["row_too_wide"]);
  });

  it("leaves tables of ordinary width as they were", () => {
    expect(tableWidth([row("a", "b", "", ""), row("c")])).toBe(4);
  });
});
