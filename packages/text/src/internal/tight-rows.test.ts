import { describe, expect, it } from "vitest";
import {
  gatherSpanningText,
  keyValueRowStarts,
  preferKnownLabel,
  recordRowStarts,
  recordTailsBack,
  splitKnownLabel,
} from "./tight-rows.js";

// Lines of Chromium's -layout texts (fixtures/text/producers/*-chromium.layout.txt) as the grid
// cuts them; where rows start is read off seeds 001 and 003.

describe("keyValueRowStarts: rows of a key/value table with no blank line between them", () => {
  // Record 1 of report-2018-zh-chromium: the achievement label wraps (`107 年度(1 月至 12` /
  // `月)績效目標達成情形`), its bracket left open; record 3's label wraps after a closed bracket
  // and only the other records' values tell (they run on mid-sentence across the two labels).
  const record = (seq: string, tail: string[][]): string[][] => [
    ["序次", seq],
    ["具體策略", "一、強化機關廉政經營責任制度，落實風險控管作為。"],
    ["辦理機關", "各機關、法務部(廉政署)"],
    ["績效衡量指標", "完成簽署內部控制聲明書。"],
    ...tail,
  ];
  const full = "法務部廉政署推動廉政風險評估並建立風險資料庫，各機關評估高度廉政";

  it("starts a row at every label but a wrapped label's tail", () => {
    const open = record("1", [
      ["107 年度(1 月至 12", full],
      ["月)績效目標達成情形", "風險事件計 476 件，以調整職務、首長輔導等作為先期降低風險。"],
    ]);
    expect(keyValueRowStarts([{ lines: open }])).toEqual([[0, 1, 2, 3, 4]]);
  });

  it("tells a wrap after a closed bracket by what the same two labels do in the other records", () => {
    const wrapped = (seq: string, value: string) =>
      record(seq, [
        ["107年度(1月至12月)", value],
        ["績效目標達成情形", "要如下：專案稽核 123 案。"],
      ]);
    // Two records whose values run on mid-sentence, one whose value stopped short: wraps all three.
    const bands = [
      { lines: wrapped("2", full) },
      { lines: wrapped("3", full) },
      { lines: wrapped("4", "已達成。") },
    ];
    expect(keyValueRowStarts(bands)).toEqual([
      [0, 1, 2, 3, 4],
      [0, 1, 2, 3, 4],
      [0, 1, 2, 3, 4],
    ]);
  });

  it("keeps two labels apart where the value above stopped short (序次 then 具體策略)", () => {
    const lines = record("5", []);
    expect(keyValueRowStarts([{ lines }])).toEqual([[0, 1, 2, 3]]);
  });

  it("ends a record head repeated atop a page (序次 44) before the value lines below it", () => {
    const lines = [
      ["序次", "44"],
      ["", "11月5日至16日舉行之現地評鑑，包括提供評鑑資料。"],
      ["具體策略", "九、推動國際合作與資產追繳，建構國家間互惠機制。"],
    ];
    expect(keyValueRowStarts([{ lines }])).toEqual([[0, 1, 2]]);
  });

  it("ends a record head repeated atop a page before the label's tail right under it", () => {
    // Chromium, labels 5 em wide (fixtures/text/producers/browser/report-2018-zh-chromium-b5-kai-l5):
    // `107年度(1` / `月至12月)` and the whole value above the page end; atop the next page
    // `序次  9` again, then `績效目標達` / `成情形` with no value and no blank line between.
    const tail = [
      ["序次", "9"],
      ["績效目標達", ""],
      ["成情形", ""],
    ];
    expect(keyValueRowStarts([{ lines: record("8", []) }, { lines: tail }])).toEqual([
      [0, 1, 2, 3],
      [0, 1],
    ]);
  });

  // Record 45 of the report as a Word document's table (fixtures/text/producers/word): its value
  // column 19 characters wide; a label met once, wrapped after a closed bracket.
  const wide = "1. 法務部國際及兩岸法律司依「海峽兩岸共";
  const record45 = (rows: string[][]): string[][] => [
    ["序次", "45"],
    ["辦理機關", "法務部(檢察司)、司法院"],
    ["分組主辦機關列管說明", "已達績效目標值。"],
    ...rows,
    ["", wide],
    ["", wide],
    ["", wide],
  ];

  it("goes on with the label above where either stops or opens mid-phrase (及)", () => {
    const wrapped = (label: string) =>
      record45([
        ["106 年及 107 年績效目標「達成率」", "1. 定期統計通訊保障及監察法之"],
        [label, "駁率，107 年為 75%，達成績效目"],
      ]);
    expect(keyValueRowStarts([{ lines: wrapped("及執行成果比較") }])).toEqual([[0, 1, 2, 3]]);
    // Or stops mid-phrase (A4: `…「達成率」及` / `執行成果比較`).
    const ends = record45([
      ["106 年及 107 年績效目標「達成率」及", "1. 定期統計通訊保障及監察法之"],
      ["執行成果比較", "駁率，107 年為 75%，達成績效目"],
    ]);
    expect(keyValueRowStarts([{ lines: ends }])).toEqual([[0, 1, 2, 3]]);
    // A label of its own there starts its row.
    expect(keyValueRowStarts([{ lines: wrapped("執行成果比較") }])).toEqual([[0, 1, 2, 3, 4]]);
  });

  it("goes on with the label above where the value above ends with a list marker alone (`… 2.`)", () => {
    // Chromium, labels 5 em wide: `106年及107` / `年績效目標` / `「達成率」` / `及執行成果` / `比較`,
    // the value's second item opened at the first line's end and going on below.
    const lines = record45([
      ["106年及107", "1. 定期統計通訊保障及監察法之核駁率，107年為75%，達成績效目標。 2."],
      ["年績效目標", "定期統計藉由通訊監察而查獲之貪瀆案件數（破案率），107年為14件，達成"],
      ["「達成率」", "績效目標。"],
      ["及執行成果", ""],
      ["比較", ""],
    ]).slice(0, -3);
    expect(keyValueRowStarts([{ lines }])).toEqual([[0, 1, 2, 3]]);
  });

  it("counts a value line full that stops a character short where the next opens with its punctuation", () => {
    // `…之核駁` / `率，107`: the producer carried 率 down with the comma that may not open a line.
    const wrapped = (value: string) =>
      record45([
        ["107 年度(1 月至 12 月)績效目", "1. 定期統計通訊保障及監察法之核駁"],
        ["標達成情形", value],
      ]);
    expect(keyValueRowStarts([{ lines: wrapped("率，107 年為 75%，達成績效目") }])).toEqual([[0, 1, 2, 3]]);
    expect(keyValueRowStarts([{ lines: wrapped("107 年為 75%，達成績效目標。") }])).toEqual([
      [0, 1, 2, 3, 4],
    ]);
  });
});

describe("keyValueRowStarts: records set as tables of their own widths (a Word document's)", () => {
  // A record whose value column is the table's widest (22 characters) and record 45 of the Word
  // report in 10 pt sans on Letter (once committed as `-word-b5`), its long label setting its
  // value column narrower (19): its value
  // lines are full by its own measure, so `…之核駁` / `率，` runs on and the label wraps
  // mid-word (`…「達成率」及執` / `行成果比較`), met in no other record.
  const widest = "法務部廉政署推動廉政風險評估並建立風險資料";
  const wideRecord = [
    ["序次", "1"],
    ["執行措施", widest],
    ...Array(10).fill(["", widest]),
    ["績效目標", "每年提報。"],
  ];
  const record45 = [
    ["序次", "45"],
    ["辦理機關", "法務部（檢察司、調查局、廉政署）"],
    ["107 年度(1 月至 12 月)績效目標達成情形", "107 年統計（目前最新資料為 107 年 1 月至"],
    ["", "10 月）之貪瀆案件： 1. 法院受理之通訊監"],
    ["", "察線路數為 1,143 線，其中核准 843 線，"],
    ["", "駁回 300 線，核准比率為 73.8%；法院受"],
    ["", "理之通訊監察件數為 929 線，其中核准"],
    ["", "699 件，駁回 230 件，核准比率為 75%。"],
    ["分組主辦機關列管說明", "已達績效目標值。"],
    ["106 年及 107 年績效目標「達成率」及執", "1. 定期統計通訊保障及監察法之核駁"],
    ["行成果比較", "率，107 年為 75%，達成績效目標。 2. 定"],
    ["", "期統計藉由通訊監察而查獲之貪瀆案件數"],
    ["107 年特殊績效及亮點成果", "無。"],
  ];

  it("measures a record's value lines full by its own widest, where it has lines enough", () => {
    expect(keyValueRowStarts([{ lines: wideRecord }, { lines: record45 }])).toEqual([
      [0, 1, 12],
      [0, 1, 2, 8, 9, 12],
    ]);
  });
});

describe("preferKnownLabel and splitKnownLabel: labels repeat every record", () => {
  const labels = new Set(["107年度(1月至12月)", "107年績效目標值", "績效目標達成情形"]);

  it("keeps the reading whose label the table uses, else the longest head of one", () => {
    expect(preferKnownLabel(labels, ["107 年績效目標值", "107 年績效目標值 1."])).toEqual({
      kept: [0],
      guessed: false,
    });
    expect(preferKnownLabel(labels, ["107 年度(1", "107 年度(1 月至", "107 年度(1 月至 12"])).toEqual({
      kept: [2],
      guessed: false,
    });
  });

  it("without a known label, drops readings wider than every label; a choice left is a guess", () => {
    expect(preferKnownLabel(labels, ["分組主辦機關列管說", "分組主辦機關列管說 已達績效目標值。"])).toEqual({
      kept: [0],
      guessed: false,
    });
    expect(preferKnownLabel(labels, ["(1 月至", "(1 月至 12", "(1 月至 12 107"])).toEqual({
      kept: [2],
      guessed: true,
    });
  });

  it("measures a label's Latin with a proxy face's error: a label a little wider is no proof", () => {
    // A browser's report, record 1 (labels seen: pieces of wrapped labels). `107 年績效目` is a
    // full label line a tenth of an em wider than `107年度(1` in the proxy face: it could be the
    // label as well as `107`, so the head of a known label is only a guess.
    const seen = new Set(["序次", "具體策略", "執行措施", "績效目標", "辦理機關", "標值", "107年度(1", "形"]);
    const line = "107 年績效目 1. 各機關提出廉政風險評估並採取適當的措施達 70%。 2. 全年";
    expect(preferKnownLabel(seen, ["107", "107 年績效目", line])).toEqual({ kept: [0], guessed: true });
  });

  it("splits a known label off a value too short to reach its column", () => {
    const cells = ["107 年績效目標值 35 件。", ""];
    splitKnownLabel(labels, cells);
    expect(cells).toEqual(["107 年績效目標值", "35 件。"]);
    const value = ["序次 2", ""];
    splitKnownLabel(labels, value);
    expect(value).toEqual(["序次 2", ""]);
  });
});

describe("recordRowStarts and gatherSpanningText: a plan table set tight", () => {
  // Page 1 of plan-2023-zh-chromium: strategy 一 beside measures (一) and (二), then strategy 二.
  const lines = [
    ["一、強", "(一) 建構整體有系統性的政府機關廉", "1. 各機關每年就機關整體業務狀", "績效目標 1 至 5 主辦"],
    ["化機關", "象。", "2. 法務部(廉政署)定期辦理「透明", "機關：各機關"],
    ["廉政經", "", "與觀摩。", ""],
    ["", "(二) 結合各機關廉政風險評估結果，", "每年提報針對廉政高風險辦理專案", "各機關、法務部(廉"],
    ["", "報機關首長列管執行。", "稽核清查工作件數及成效。", "政署)"],
    ["二、促", "(一) 加強宣導「公職人員財產申報法」", "每年提報舉辦宣導說明會場次及審", "各機關"],
    ["進公開", "行案件審核調查。", "議件數。", ""],
  ];

  it("starts a row where the measure column opens its next item, or a new strategy's first", () => {
    const { column, starts } = recordRowStarts([{ lines }], 4);
    expect(column).toBe(1);
    expect(starts).toEqual([[0, 3, 5]]);
  });

  it("does not start a row at an item mid-sentence in the record column", () => {
    const midSentence = [lines[0] ?? [], ["", "依據", "", ""], ["", "(二) 之規定辦理", "", ""]];
    expect(recordRowStarts([{ lines: midSentence }], 4).starts).toEqual([[0]]);
  });

  it("moves a strategy's text beside its later measures to its first row", () => {
    const rows = [
      { lines: [["一、強", "(一) 建構", "", ""]] },
      { lines: [["化機關", "(二) 結合", "", ""]] },
      { lines: [["二、促", "(一) 加強", "", ""]] },
    ];
    gatherSpanningText(rows, 1);
    expect(rows.map((row) => row.lines.map((cells) => cells[0]))).toEqual([
      ["一、強", "化機關"],
      [""],
      ["二、促"],
    ]);
  });
});

describe("recordRowStarts: groups and measures of their own (the 2012 edition, Chromium's)", () => {
  // Section 一's first rows of 2012-directions-chromium as the grid cuts them: a group's heading
  // alone across the table, strategies in the record column, a strategy's second measure a row
  // of its own (its goal and agency starting beside it).
  const lines = [
    ["(一)肅貪：", "", "", ""],
    ["1. 研議強化政風機構人員", "強化政風機構人員行政調查及防制貪瀆犯罪", "定期提報法規建置", "法務部廉政"],
    ["預。", "權。", "成果。", "署"],
    ["2. 推動增修肅貪法令，強", "1. 研修「獎勵保護檢舉貪污瀆職辦法」、「刑", "定期提報研修進", "法務部檢察"],
    ["化公私部門課責。", "法及相關刑事特別法中關於貪瀆犯罪所得沒", "度。", "司、法務部"],
    ["", "收規定」等法令。", "", "廉政署"],
    ["", "2. 推動檢察、司法警察、廉政人員取得財務", "每年一月提報前一", "法務部檢察"],
    ["", "犯罪能力。", "年辦理情形。", "司"],
    ["(二)防貪：", "", "", ""],
    ["1. 落實機關廉政風險評估，", "1. 各機關針對易滋弊端業務", "每年提報廉政", "各機關"],
  ];

  it("starts a row at a group's heading, numbering from 1 again under it, and at a measure of its own", () => {
    expect(recordRowStarts([{ lines }], 4)).toEqual({ column: 0, starts: [[0, 1, 3, 6, 8, 9]] });
  });

  it("starts none at an item of a cell that lists items (nothing new beside it)", () => {
    const listed = [...lines.slice(0, 6), ["", "2. 推動檢察、司法警察、廉政人員取得財務", "", "法務部檢察"]];
    expect(recordRowStarts([{ lines: listed }], 4).starts).toEqual([[0, 1, 3]]);
  });
});

describe("recordRowStarts and recordTailsBack: a measure of its own beside its strategy's last line", () => {
  // Section 三's group (一) of 2012-directions-chromium as the grid cuts it: the strategy runs a
  // line past its first measure's row, its last line `識。` beside the second measure `2.`. The
  // second measure was read into the first (its text, goal and agency joined to the first's).
  const lines = [
    ["(一)全民參與：", "", "", ""],
    ["1. 深化廉政教育，", "1. 結合民間團體辦理廉政宣導活動。", "每年辦理宣導活動二十", "法務部廉政署、"],
    ["提升公民反貪意", "", "場次。", "教育部"],
    ["識。", "2. 將誠信品格教育融入各級學校課程。", "每年提報辦理情形。", "教育部"],
    ["2. 鼓勵企業誠信經", "推動企業訂定誠信經營守則，建立內部檢", "每年提報訂定誠信經營", "金融監督管理委"],
  ];

  it("starts a row at the measure, and gives the strategy its last line back", () => {
    const { column, starts } = recordRowStarts([{ lines }], 4);
    expect(starts).toEqual([[0, 1, 3, 4]]);
    const rows = [lines.slice(1, 3), lines.slice(3, 4)].map((part) => ({
      lines: part.map((cells) => [...cells]),
    }));
    recordTailsBack(rows, column);
    expect(rows[0]?.lines.map((cells) => cells[0])).toEqual(["1. 深化廉政教育，", "提升公民反貪意", "識。"]);
    expect(rows[1]?.lines).toEqual([
      ["", "2. 將誠信品格教育融入各級學校課程。", "每年提報辦理情形。", "教育部"],
    ]);
  });

  it("starts none at an item beside a record's cell going on, the item column running on above", () => {
    // (A cell's own list, `1. …。` / `2. …` beside a record that does not end there, looks alike.)
    const listed = [
      lines[0] ?? [],
      ["1. 深化廉政教育，", "1. 結合民間團體辦理廉政宣導活動，", "每年辦理宣導活動二十", "法務部廉政署、"],
      ["提升公民反貪意", "並定期檢討。", "場次。", "教育部"],
      ["識，並落實", "2. 將誠信品格教育融入各級學校課程。", "每年提報辦理情形。", "教育部"],
      ["推廣。", "", "", ""],
      lines[4] ?? [],
    ];
    expect(recordRowStarts([{ lines: listed }], 4)).toEqual({ column: 0, starts: [[0, 1, 5]] });
  });
});
