import type { RawRow } from "@lianzheng/layout";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { giveCutCellsBack, rejoinCutSpans } from "./cut-rows.js";

const row = (cells: string[], breakBefore = false): RawRow => ({
  cells: cells.map((text) => ({ text })),
  ...(breakBefore ? { breakBefore: true } : {}),
});
const texts = (rows: RawRow[]) => rows.map((r) => r.cells.map((c) => c.text));

const header = row(["具體策略", "執行措施", "績效目標"]);
const first = row(["五、鼓勵社會參與，", "(一) 推動全民教育", "1. 每年"]);
const second = row(["", "(二) 針對民眾權益", "每年提報"]);

describe("rejoinCutSpans", () => {
  test("a strategy cell cut by the page break: its rest goes back, the row is a new measure", () => {
    const rows = [header, first, second, row(["促進透明。", "(三) 推動公開", "每年"], true)];
    expect(texts(rejoinCutSpans(rows))).toEqual([
      ["具體策略", "執行措施", "績效目標"],
      ["五、鼓勵社會參與，促進透明。", "(一) 推動全民教育", "1. 每年"],
      ["", "(二) 針對民眾權益", "每年提報"],
      ["", "(三) 推動公開", "每年"],
    ]);
  });

  test("a spanning cell run out of its row on the same page: the row holding only its rest goes", () => {
    const rows = [
      header,
      first,
      second,
      row(["促進透明。", "", ""]),
      row(["六、推動校園誠信", "(一) 鼓勵", "每年"]),
    ];
    expect(texts(rejoinCutSpans(rows))).toEqual([
      ["具體策略", "執行措施", "績效目標"],
      ["五、鼓勵社會參與，促進透明。", "(一) 推動全民教育", "1. 每年"],
      ["", "(二) 針對民眾權益", "每年提報"],
      ["六、推動校園誠信", "(一) 鼓勵", "每年"],
    ]);
  });

  test("a new strategy after the break, and group columns without numbering, are left alone", () => {
    const numbered = [header, first, row(["六、推動校園誠信", "(一) 鼓勵", "每年"], true)];
    expect(texts(rejoinCutSpans(numbered))).toEqual(texts(numbered));
    // Agency names as the group column: a new name after a break is a new group.
    const agencies = [
      row(["機關", "措施", "目標"]),
      row(["法務部", "(一) 甲", "1. 乙"]),
      row(["", "(二) 丙", "1. 丁"]),
      row(["內政部", "(一) 戊", "1. 己"], true),
    ];
    expect(texts(rejoinCutSpans(agencies))).toEqual(texts(agencies));
  });
});

describe("giveCutCellsBack: cells a clip cut at the page's top", () => {
  const spanning = (text: string, rowSpan: number, rest: string[]): RawRow => ({
    cells: [{ text, rowSpan }, ...rest.map((t) => ({ text: t }))],
  });

  test("a strategy centred in its span, set on the next page, goes to the span's first (empty) cell", () => {
    // wkhtmltopdf: the strategy's span starts at (一) on the page before, with nothing in it there.
    const table = [
      row(["七、強化企業誠信。", "(八) 強化互動", "每年"]),
      row(["", "(一) 研議制定", "1. 積極"]),
    ];
    const next = {
      cells: [{ text: "八、增修肅貪法令。", rowSpan: 3 }, { text: "(二) 定期召開" }, { text: "定期召開" }],
    };
    const kept = giveCutCellsBack(table, next, [0], false);
    expect(texts(table)[1]).toEqual(["八、增修肅貪法令。", "(一) 研議制定", "1. 積極"]);
    // The span now runs from (一), above the break, over the three rows here.
    expect(table[1]?.cells[0]?.rowSpan).toBe(4);
    expect(texts([kept])).toEqual([["", "(二) 定期召開", "定期召開"]]);
    expect(kept.cells[0]?.rowSpan).toBeUndefined();
    // The rows of the strategy before are untouched.
    expect(texts(table)[0]).toEqual(["七、強化企業誠信。", "(八) 強化互動", "每年"]);
  });

  test("a row that runs on whole: text under a span moves to its first cell, its own cells stay for stitching", () => {
    const table = [
      spanning("九、推動國際合作", 3, ["(一) 推動", "法務部"]),
      row(["", "(二) 加速", "1. 法務部"]),
      row(["", "", "1. 參與"]),
    ];
    const next = row(["與資產追繳。", "(三) 積極參與", "會議或活動。"]);
    const kept = giveCutCellsBack(table, next, [0, 1, 2], true);
    expect(texts(table)[0]?.[0]).toBe("九、推動國際合作與資產追繳。");
    expect(texts([kept])).toEqual([["", "(三) 積極參與", "會議或活動。"]]);
  });

  test("no text is lost or made up, whatever the spans and the columns cut (property)", () => {
    const cellText = fc.constantFrom("", "", "一、甲", "(二) 乙", "丙。");
    const tableArb = fc.array(fc.array(cellText, { minLength: 3, maxLength: 3 }), {
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(
        tableArb,
        fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 6, maxLength: 6 }),
        fc.array(cellText, { minLength: 3, maxLength: 3 }),
        fc.subarray([0, 1, 2]),
        fc.boolean(),
        (cells, spans, nextCells, columns, wholeRow) => {
          const table: RawRow[] = cells.map((texts, r) => ({
            cells: texts.map((text, c) =>
              c === 0 && (spans[r] ?? 1) > 1 ? { text, rowSpan: spans[r] ?? 1 } : { text },
            ),
          }));
          const next = row(nextCells);
          const all = (rows: RawRow[]) =>
            rows
              .flatMap((r) => r.cells.map((c) => c.text))
              .join("")
              .replace(/\s/gu, "");
          const before = [...all(table)].sort().join("") + [...all([next])].sort().join("");
          const kept = giveCutCellsBack(table, next, columns, wholeRow);
          const after = [...(all(table) + all([kept]))].sort().join("");
          expect(after).toBe([...before].sort().join(""));
          // Only the columns cut lose text.
          kept.cells.forEach((cell, c) => {
            if (!columns.includes(c)) expect(cell.text).toBe(next.cells[c]?.text);
          });
        },
      ),
    );
  });
});
