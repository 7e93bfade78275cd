import { readFileSync } from "node:fs";
import type { RawDocument } from "@lianzheng/layout";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectTextForm } from "./forms.js";
import { readText } from "./read-text.js";
import { hasSavedText, readSavedText } from "./saved-text.js";

// Text a word processor saved ("Save as → Text"): a cell's paragraphs one per line, nothing
// between cells, an empty cell as one empty line.

const LONG = `(一) ${"推動廉政工作，落實風險控管，".repeat(8)}並定期檢討。`;
const HEAD = ["國家廉政建設行動方案", "肆、具體作為", "具體策略", "執行措施", "績效目標", "辦理機關"];
const ROWS = [
  // A new strategy: its text, then the measure; goals of two paragraphs; agencies of two.
  [
    "一、強化機關廉政經營責任制度。",
    LONG,
    "1. 每年提報辦理情形。",
    "2. 每年公布成果。",
    "主辦機關：法務部(廉政署)",
    "協辦機關：外交部",
  ],
  // A continuation row: its strategy cell one empty line.
  ["", "(二) 加強宣導。", "每年提報場次。", "各機關、法務部(廉政署)、監察院"],
  // Its goals cell empty: one empty line.
  ["", "(三) 落實遊說登記制度。", "", "內政部"],
  ["二、促進公開透明。", "(一) 推動政治獻金法修法。", "每年完成統計。", "內政部、監察院"],
];
const TAIL = ["伍、預期效益", "本方案實施後，可提升國家廉政評價。"];
const plan = (rows: string[][] = ROWS, end = "\n") => [...HEAD, ...rows.flat(), ...TAIL].join(end);

const tableOf = (doc: RawDocument) => {
  const table = doc.blocks.find((block) => block.kind === "table");
  return table?.kind === "table"
    ? { header: table.header, rows: table.rows.map((r) => r.cells.map((c) => c.text)) }
    : null;
};

describe("hasSavedText", () => {
  it("knows a plan's header stacked right over its body, in unwrapped text", () => {
    expect(hasSavedText(plan())).toBe(true);
    expect(detectTextForm(plan())).toBe("saved-text");
    // pdftotext without -layout: the same labels, a blank line between blocks, lines wrapped.
    const blocks = plan(
      ROWS.map((row) => row.map((cell) => cell.slice(0, 12))),
      "\n\n",
    );
    expect(hasSavedText(blocks)).toBe(false);
  });

  it("knows a report's records, one label per line", () => {
    const record = (n: number) => ["序次", `${n}`, "具體策略", "一、強化。", "執行措施", "(一) 落實。", ""];
    expect(hasSavedText([...record(1), ...record(2)].join("\n"))).toBe(true);
    expect(hasSavedText(record(1).join("\n"))).toBe(false);
  });
});

describe("readSavedText: a plan", () => {
  it("reads rows of four cells: strategy or an empty line, measure, goals, then the agencies", () => {
    const doc = readSavedText(plan());
    expect(tableOf(doc)).toEqual({
      header: ["具體策略", "執行措施", "績效目標", "辦理機關"],
      rows: [
        [
          ROWS[0]?.[0],
          LONG,
          "1. 每年提報辦理情形。\n2. 每年公布成果。",
          "主辦機關：法務部(廉政署) 協辦機關：外交部",
        ],
        ["", "(二) 加強宣導。", "每年提報場次。", "各機關、法務部(廉政署)、監察院"],
        ["", "(三) 落實遊說登記制度。", "", "內政部"],
        ["二、促進公開透明。", "(一) 推動政治獻金法修法。", "每年完成統計。", "內政部、監察院"],
      ],
    });
    expect(doc.warnings).toEqual([]);
    // Prose before and after the table stays prose.
    expect(doc.blocks.at(-2)).toMatchObject({ kind: "heading", text: "伍、預期效益" });
    expect(doc.blocks.at(-1)).toMatchObject({ kind: "paragraph", text: TAIL[1] });
  });

  it("lists an agency cell of a paragraph per agency as the other forms print it (內政部、監察院)", () => {
    const rows = [
      ...ROWS.slice(0, 3),
      ["二、促進公開透明。", "(一) 推動政治獻金法修法。", "每年完成統計。", "內政部\n監察院"],
    ];
    const doc = readSavedText(plan(rows.map((row) => row.flatMap((cell) => cell.split("\n")))));
    expect(tableOf(doc)?.rows.at(-1)).toEqual(ROWS[3]);
    expect(doc.warnings).toEqual([]);
  });

  it("warns on a measure that may have a second paragraph: the goals' first line unnumbered over a list from 1", () => {
    const rows = [
      ...ROWS.slice(0, 3),
      [
        "二、促進公開透明。",
        "(一) 推動政治獻金法修法，",
        "並定期檢討執行成效。",
        "1. 每年完成統計。",
        "2. 每年公布。",
        "內政部",
      ],
    ];
    const doc = readSavedText(plan(rows));
    const warned = doc.warnings.filter((w) => w.code === "saved_text_cells_uncertain");
    expect(warned.map((w) => w.at?.line)).toEqual([HEAD.length + rows.slice(0, 3).flat().length + 1]);
    expect(warned[0]?.message).toContain("the measure may have a second paragraph");
    // A goal list from 1 under its measure, or one unnumbered goal, is no doubt.
    expect(readSavedText(plan()).warnings).toEqual([]);
  });

  it("warns on a row whose last lines read as no agency list, never a silently wrong cell", () => {
    const rows = [...ROWS.slice(0, 3), ["", "(四) 研議。", "每年提報。", "未知的某某辦公室甲乙丙"]];
    const doc = readSavedText(plan(rows));
    const warned = doc.warnings.filter((w) => w.code === "saved_text_cells_uncertain");
    const line = HEAD.length + rows.slice(0, 3).flat().length + 1;
    expect(warned.map((w) => w.at?.line)).toEqual([line]);
    expect(warned[0]?.message).toContain("no run of its last lines reads as an agency list");
  });

  it("warns where a goals line reads as agencies: a row whose measure has no number may start there", () => {
    const lines = [
      ...HEAD,
      "一、強化。",
      "(一) 甲。",
      "每年提報。",
      "內政部",
      "不編號的措施。",
      "每年提報。",
      "內政部",
    ];
    const doc = readSavedText([...lines, ...TAIL].join("\n"));
    expect(doc.warnings.map((w) => [w.code, w.at?.line])).toEqual([
      ["saved_text_cells_uncertain", HEAD.length + 1],
    ]);
    expect(doc.warnings[0]?.message).toContain("a line among its goals reads as an agency list");
  });

  it("reads no table whose body does not open with a strategy and a measure: it stays text", () => {
    const doc = readSavedText(
      [...HEAD, "一、強化。", "不編號的措施。", "每年提報。", "內政部", ...TAIL].join("\n"),
    );
    expect(tableOf(doc)).toBeNull();
  });

  it("reads CRLF line ends and a BOM as LF (property: any line end, any blank lines after the table)", () => {
    fc.assert(
      fc.property(fc.constantFrom("\n", "\r\n", "\r"), fc.boolean(), fc.nat(3), (end, bom, blanks) => {
        const text =
          (bom ? "\ufeff" : "") + plan(ROWS, end).replace(TAIL[0] ?? "", `${end.repeat(blanks)}${TAIL[0]}`);
        expect(tableOf(readSavedText(text))).toEqual(tableOf(readSavedText(plan())));
      }),
      { numRuns: 30 },
    );
  });
});

describe("readSavedText: a report", () => {
  const record = (n: number, extra: string[] = []) => [
    "序次",
    `${n}`,
    "具體策略",
    "一、強化機關廉政經營責任制度。",
    "執行措施",
    "(一) 落實風險控管。",
    "績效目標",
    "1. 完成評估。",
    "2. 提報成果。",
    "辦理機關",
    "",
    "107 年績效目標值",
    "完成 80 案。",
    ...extra,
    "",
  ];

  it("starts a row at each label line; the lines up to the next are its value, an empty line an empty one", () => {
    const doc = readSavedText(["國家廉政建設行動方案 107 年執行情形", ...record(1), ...record(2)].join("\n"));
    const table = tableOf(doc);
    expect(table?.rows.slice(0, 7)).toEqual([
      ["序次", "1"],
      ["具體策略", "一、強化機關廉政經營責任制度。"],
      ["執行措施", "(一) 落實風險控管。"],
      ["績效目標", "1. 完成評估。\n2. 提報成果。"],
      ["辦理機關", ""],
      ["107 年績效目標值", "完成 80 案。"],
      ["序次", "2"],
    ]);
    expect(doc.warnings).toEqual([]);
  });

  it("reads a label no other record has by its shape, and says so (info)", () => {
    const doc = readSavedText([...record(1), ...record(2, ["108年推動亮點說明", "無。"])].join("\n"));
    expect(tableOf(doc)?.rows.at(-1)).toEqual(["108年推動亮點說明", "無。"]);
    expect(doc.warnings.map((w) => [w.code, w.severity])).toEqual([["saved_text_label_by_shape", "info"]]);
  });

  it("ends the table where running text follows the last record after an empty line", () => {
    const doc = readSavedText([...record(1), ...record(2), "附註：本表依各機關提報資料彙整。"].join("\n"));
    expect(doc.blocks.at(-1)).toMatchObject({ kind: "paragraph", text: "附註：本表依各機關提報資料彙整。" });
  });
});

// Seed 001's rows saved as text again, in any run of them, with any goals cell emptied and any
// line end: each row reads back cell for cell (white space compared as the parity test compares
// it: none beside CJK text, else one space).
describe("readSavedText over seed 001's rows (property)", () => {
  const seedTable = readText(
    readFileSync(new URL("../../../seeds/001_6bac756fe4f12e99.txt", import.meta.url), "utf8"),
  ).blocks.find((block) => block.kind === "table");
  const seedRows =
    seedTable?.kind === "table" ? seedTable.rows.map((row) => row.cells.map((c) => c.text)) : [];
  const strategyOf = (index: number): string =>
    seedRows.slice(0, index + 1).findLast((row) => row[0])?.[0] ?? "";
  const beside =
    /(?<=[\p{Script=Han}\u3000-\u303f\uff00-\uffef])\s+|\s+(?=[\p{Script=Han}\u3000-\u303f\uff00-\uffef])/gu;
  const squeeze = (rows: string[][]) =>
    rows.map((row) => row.map((c) => c.replace(beside, "").replace(/\s+/gu, " ").trim()));

  it("reads every run of rows back, cell for cell", () => {
    expect(seedRows).toHaveLength(58);
    fc.assert(
      fc.property(
        fc.nat(57),
        fc.integer({ min: 1, max: 12 }),
        fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
        fc.constantFrom("\n", "\r\n"),
        (start, length, emptied, end) => {
          const rows = seedRows.slice(start, start + length).map((row, index) => {
            const [strategy = "", measure = "", goals = "", agencies = ""] = row;
            return [
              index === 0 ? strategyOf(start) : strategy,
              measure,
              emptied[index] ? "" : goals,
              agencies,
            ];
          });
          const lines = rows.flatMap((row) => row.flatMap((cell) => cell.split("\n")));
          const read = tableOf(readSavedText(plan([lines], end)));
          expect(squeeze(read?.rows ?? [])).toEqual(squeeze(rows));
        },
      ),
      { numRuns: 40 },
    );
  });
});
