import type { RawRow } from "@lianzheng/layout";
import { describe, expect, test } from "vitest";
import { rejoinCutSpans } from "./cut-rows.js";

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
