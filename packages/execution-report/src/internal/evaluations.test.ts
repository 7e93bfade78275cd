import type { Assessed, Item, Quantity, Warning } from "@lianzheng/model";
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluations.js";

// Hand-built quantities, so these tests pin the pairing rules whatever the extractor finds.
const count = (
  value: number,
  unit: string,
  itemNumber: number | null,
  raw = `${value} ${unit}`,
): Quantity => ({ value, unit, kind: "count", raw, itemNumber });
const percent = (value: number, itemNumber: number | null): Quantity => ({
  value,
  unit: "%",
  kind: "percent",
  raw: `${value}%`,
  itemNumber,
});
const assessed = (text: string, numbers: (number | null)[], quantities: Quantity[]): Assessed => ({
  text,
  items: numbers.map((number): Item => ({ number, text: "" })),
  quantities,
});

describe("evaluate", () => {
  it("pairs item by item and keeps the stated rate (序次 4)", () => {
    const warnings: Warning[] = [];
    const target = assessed(
      "1. 政府採購稽核件數 280 件。 2. 施工品質查核 110 件。",
      [1, 2],
      [count(280, "件", 1), count(110, "件", 2)],
    );
    const achievement = assessed(
      "1. 107年度政府採購稽核件數計 287 件，達成率 102.5%。 2. 107年度工程施工查核件數計 110 件，達成率 100%。",
      [1, 2],
      [count(287, "件", 1), percent(102.5, 1), count(110, "件", 2), percent(100, 2)],
    );
    const evaluations = evaluate(target, achievement, 4, warnings);
    expect(
      evaluations.map((e) => [e.itemNumber, e.target.value, e.actual.value, e.ratio, e.met, e.statedRatio]),
    ).toEqual([
      [1, 280, 287, 1.025, true, 1.025],
      [2, 110, 110, 1, true, 1],
    ]);
    expect(warnings).toEqual([]);
  });

  it("warns when the stated rate disagrees with the computed one", () => {
    const warnings: Warning[] = [];
    const target = assessed("1. 稽核 280 件。", [1], [count(280, "件", 1)]);
    const achievement = assessed(
      "1. 稽核 287 件，達成率 110%。",
      [1],
      [count(287, "件", 1), percent(110, 1)],
    );
    const [evaluation] = evaluate(target, achievement, 4, warnings);
    expect(evaluation?.statedRatio).toBe(1.1);
    expect(warnings.map((w) => w.code)).toEqual(["stated_ratio_mismatch"]);
  });

  it("leaves an item out when either side has two quantities of the unit", () => {
    const target = assessed("1. 比率達 80%，追蹤 75%", [1], [percent(80, 1), percent(75, 1)]);
    const achievement = assessed("1. 比率 81.3%，追蹤 75.6%", [1], [percent(81.3, 1), percent(75.6, 1)]);
    expect(evaluate(target, achievement, 1, [])).toEqual([]);
  });

  it("pairs with the lead-in total when items do not line up (序次 5)", () => {
    const target = assessed(
      "1. 宣導 530 場。 2. 案件審核 580 件。 3. 財產申報授權比例 65%。",
      [1, 2, 3],
      [count(530, "場", 1), count(580, "件", 2), percent(65, 3)],
    );
    const achievement = assessed(
      "合計 948 場，案件審核 647 件： 1. … 90 件 … 93.92% 2. … 488 件 … 69 件 … 65.81%",
      [null, 1, 2],
      [
        count(948, "場", null),
        count(647, "件", null),
        count(90, "件", 1),
        percent(93.92, 1),
        count(488, "件", 2),
        count(69, "件", 2),
        percent(65.81, 2),
      ],
    );
    const evaluations = evaluate(target, achievement, 5, []);
    expect(evaluations.map((e) => [e.target.value, e.actual.value])).toEqual([
      [530, 948],
      [580, 647],
    ]);
  });

  it("pairs a lone target with a lone achievement and reports a miss (序次 36)", () => {
    const [evaluation] = evaluate(
      assessed("35 件。", [null], [count(35, "件", null)]),
      assessed("共 16 件，低於績效目標值。", [null], [count(16, "件", null)]),
      36,
      [],
    );
    expect(evaluation).toMatchObject({ itemNumber: null, ratio: 16 / 35, met: false });
  });

  it("never pairs different units or dates", () => {
    const date: Quantity = { value: 2018, unit: "年", kind: "date", raw: "107年", itemNumber: null };
    const target = assessed("8場次", [null], [count(8, "場次", null), date]);
    const achievement = assessed("8場", [null], [count(8, "場", null), date]);
    expect(evaluate(target, achievement, 8, [])).toEqual([]);
  });

  it("attaches a stated rate to the one evaluation it agrees with (序次 34)", () => {
    const target = assessed("合計88次，合計250件。", [null], [count(88, "次", null), count(250, "件", null)]);
    const achievement = assessed(
      "共召開88次會議，檢討肅貪案件304件： 1. 召開88次 2. 達成績效目標121.6%",
      [null, 1, 2],
      [count(88, "次", null), count(304, "件", null), count(88, "次", 1), percent(121.6, 2)],
    );
    const evaluations = evaluate(target, achievement, 34, []);
    expect(evaluations.map((e) => [e.actual.value, e.statedRatio])).toEqual([
      [88, undefined],
      [304, 1.216],
    ]);
  });
});
