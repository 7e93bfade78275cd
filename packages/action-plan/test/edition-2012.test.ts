import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { ActionPlan, type Measure, type Source } from "@lianzheng/model";
import { readText } from "@lianzheng/text";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseActionPlan } from "../src/index.js";
import { expectGold } from "./editions.test.js";

function sourceOf(path: string, text: string): Source {
  const bytes = Buffer.from(text, "utf8");
  return {
    path,
    format: "text",
    sha256: createHash("sha256").update(bytes).digest("hex"),
    bytes: bytes.length,
  };
}

const parse = (text: string, path = "x.txt"): ActionPlan =>
  ActionPlan.parse(parseActionPlan(readText(text), { source: sourceOf(path, text) }));
const measures = (plan: ActionPlan): Measure[] => plan.strategies.flatMap((s) => s.measures);

const FIXTURE = "fixtures/editions/2012-directions.txt";
const text2012 = readFileSync(new URL(`../../../${FIXTURE}`, import.meta.url), "utf8");

// Expected values read off the fixture: 參 政策方向 and the first rows of 肆 are the public text
// of the 2012 edition, the rest is constructed in its shape (see fixtures/editions/README.md).
describe("the 2012 edition (政策方向, 具體作為 in sections and sub-headings)", () => {
  const plan = parse(text2012, FIXTURE);

  it("parses to its gold file", () => {
    expectGold(plan, "fixtures/editions/2012-directions.json");
  });

  it("reads 參 政策方向 as eight directions, not as strategies", () => {
    expect(plan.directions?.map((d) => d.title)).toEqual([
      "型塑倫理",
      "透明政府",
      "整飭官箴",
      "建立網絡",
      "全民參與",
      "多元治理",
      "社會公義",
      "國際接軌",
    ]);
    expect(plan.directions?.[7]?.text).toBe("落實聯合國反貪腐公約，加強國際及兩岸合作交流。");
    expect(plan.sections.find((s) => s.number === 3)?.text).toMatch(/^為實現「黃金十年」廉政革新願景/u);
    expect(plan.warnings.filter((w) => w.code.startsWith("strategy_missing"))).toEqual([]);
  });

  it("keeps every measure's full path: section › sub-heading › strategy › measure", () => {
    expect(plan.strategies).toHaveLength(12);
    expect(measures(plan)).toHaveLength(19);
    const m = measures(plan).find((x) => x.text.startsWith("推動檢察、司法警察、廉政人員"));
    expect(m).toMatchObject({ id: "2.2", strategy: 2, number: 2, path: ["一、加強肅貪防貪", "(一)肅貪"] });
    const s2 = plan.strategies[1];
    expect(s2).toMatchObject({ number: 2, printedNumber: 2, title: "推動增修肅貪法令，強化公私部門課責。" });
    // 1. under (二)防貪 is the plan's fourth strategy; its printed number restarts at 1.
    expect(plan.strategies[3]).toMatchObject({
      number: 4,
      printedNumber: 1,
      path: ["一、加強肅貪防貪", "(二)防貪"],
      title: "落實機關廉政風險評估，建立預警機制。",
    });
    expect(plan.strategies.at(-1)).toMatchObject({
      number: 12,
      printedNumber: 2,
      path: ["三、促進社會參與及國際合作", "(二)國際接軌"],
    });
    const ids = measures(plan).map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(measures(plan).every((x) => x.path?.length === 2)).toBe(true);
  });

  it("takes a strategy's only unnumbered measure as its measure 1, with an info warning", () => {
    expect(measures(plan)[0]).toMatchObject({
      id: "1.1",
      text: "強化政風機構人員行政調查及防制貪瀆犯罪等職權，研訂職權行使法規，以使其執行職務超然獨立，並踐行依法行政及確實保障人權。",
      performanceGoals: [{ number: null, text: "定期提報法規建置成果。" }],
      agencies: [{ agencyId: "moj-aac", role: "executing" }],
    });
    const implied = plan.warnings.filter((w) => w.code === "measure_number_implied");
    expect(implied.map((w) => w.at?.measureId)).toEqual(["1.1", "5.1", "7.1", "10.1", "12.1"]);
    expect(implied.every((w) => w.severity === "info")).toBe(true);
  });

  it("joins a row continued without numbers to the measure above", () => {
    expect(measures(plan).find((x) => x.id === "3.1")?.text).toBe(
      "建立檢察機關與廉政機關聯繫平臺，共同偵辦重大貪瀆案件，\n並定期檢討偵辦成效。",
    );
  });

  it("reads the edition's metadata: basis, approval date ISO and ROC, document number, label", () => {
    expect(plan.basis).toMatch(/^101 年 6 月 7 日行政院第 3301 次院會通過「黃金十年 國家願景」/u);
    expect(plan.revision).toEqual({
      label: "修正",
      date: "2012-11-01",
      rocDate: "101-11-01",
      authority: "行政院",
      documentNumber: "院臺法字第1010000001號",
    });
  });
});

describe("grouped tables in other shapes", () => {
  const head = ["## 肆、具體作為", "", "一、加強肅貪防貪", "", "具體策略\t執行措施\t績效目標\t辦理機關"];

  it("reads a sub-heading that shares its cell with the first strategy", () => {
    const plan = parse(
      [
        ...head,
        "(一)肅貪：1. 策略甲。\t1. 措施甲。\t每年提報。\t法務部",
        "\t2. 措施乙。\t每年提報。\t法務部",
      ].join("\n"),
    );
    expect(plan.strategies[0]).toMatchObject({ title: "策略甲。", path: ["一、加強肅貪防貪", "(一)肅貪"] });
    expect(measures(plan).map((m) => m.id)).toEqual(["1.1", "1.2"]);
  });

  it("does not take a long parenthesised text for a sub-heading, and warns on a skipped strategy", () => {
    const plan = parse(
      [
        ...head,
        "(一)肅貪：\t\t\t",
        "1. 策略甲。\t1. 措施甲。\t每年提報。\t法務部",
        "3. 策略丙。\t1. 措施丙。\t每年提報。\t法務部",
      ].join("\n"),
    );
    expect(plan.strategies.map((s) => [s.number, s.printedNumber])).toEqual([
      [1, 1],
      [2, 3],
    ]);
    expect(plan.warnings.map((w) => w.code)).toContain("strategy_number_skips");
  });

  it("reads directions written on one line with a colon", () => {
    const plan = parse(
      [
        "## 參、政策方向",
        "",
        "一、型塑倫理：倡議廉正誠信。",
        "二、透明政府：落實陽光法令。",
        ...head.slice(0, 1),
        ...head.slice(2),
        "(一)肅貪：\t\t\t",
        "1. 策略甲。\t措施甲。\t每年提報。\t法務部",
      ].join("\n"),
    );
    expect(plan.directions).toEqual([
      { number: 1, title: "型塑倫理", text: "倡議廉正誠信。" },
      { number: 2, title: "透明政府", text: "落實陽光法令。" },
    ]);
  });

  // Any shape of sections × sub-headings × strategies × measures: ids unique, paths and printed
  // numbers as rendered, measures in order.
  it("gives every generated grouping unique ids and the rendered paths (property)", () => {
    const CJK = "一二三四五六七八九";
    const shape = fc.array(
      fc.array(fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 }), {
        minLength: 1,
        maxLength: 3,
      }),
      { minLength: 1, maxLength: 3 },
    );
    fc.assert(
      fc.property(shape, (sections) => {
        const lines = ["## 肆、具體作為", ""];
        const expected: Array<{ path: string[]; printed: number; measures: number }> = [];
        sections.forEach((subs, s) => {
          lines.push(`### ${CJK[s]}、第${CJK[s]}部分`, "", "具體策略\t執行措施\t績效目標\t辦理機關");
          subs.forEach((strategies, u) => {
            lines.push(`(${CJK[u]})分組${CJK[u]}：\t\t\t`);
            strategies.forEach((count, k) => {
              expected.push({
                path: [`${CJK[s]}、第${CJK[s]}部分`, `(${CJK[u]})分組${CJK[u]}`],
                printed: k + 1,
                measures: count,
              });
              for (let m = 1; m <= count; m++)
                lines.push(
                  `${m === 1 ? `${k + 1}. 策略${s}${u}${k}。` : ""}\t${m}. 措施${s}${u}${k}${m}。\t每年提報。\t法務部`,
                );
            });
          });
          lines.push("");
        });
        const plan = parse(lines.join("\n"));
        expect(
          plan.strategies.map((x) => ({
            path: x.path,
            printed: x.printedNumber,
            measures: x.measures.length,
          })),
        ).toEqual(expected.map((e) => ({ path: e.path, printed: e.printed, measures: e.measures })));
        const ids = measures(plan).map((m) => m.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(plan.warnings.filter((w) => w.severity !== "info")).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
