import { ActionPlan, type Measure } from "@lianzheng/model";
import { readSeed, sourceOf } from "@lianzheng/test-support";
import { readText } from "@lianzheng/text";
import * as OpenCC from "opencc-js/t2cn";
import { describe, expect, it } from "vitest";
import { mergeTranslations, parseActionPlan } from "../src/index.js";

// Invariants read off the seeds by hand (not from the parser's output): counts per strategy,
// known cells, item counts. The golden files beside them are compared in packages/ingest.

function parseSeed(name: string, transform: (text: string) => string = (text) => text): ActionPlan {
  const text = transform(readSeed(name));
  return ActionPlan.parse(parseActionPlan(readText(text), { source: sourceOf(`seeds/${name}`, text) }));
}

const ZH = "001_6bac756fe4f12e99.txt";
const EN = "000_b54d29a4c767afd7.txt";
const zh = parseSeed(ZH);
const en = parseSeed(EN);

function measure(plan: ActionPlan, id: string): Measure {
  const found = plan.strategies
    .flatMap((strategy) => strategy.measures)
    .find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no measure ${id}`);
  return found;
}

function allText(plan: ActionPlan): string {
  return JSON.stringify(plan);
}

// Counted in seeds/001 by hand: (一)…(四), (一)…(六), … , (一)…(二十), (一)…(九).
const MEASURES_PER_STRATEGY = [4, 6, 3, 3, 2, 3, 8, 20, 9];

describe("seed 001 (Chinese plan)", () => {
  it("has the nine strategies of 參, each with every measure of the table, numbered 1 … n", () => {
    expect(zh.language).toBe("zh-Hant");
    expect(zh.title).toBe("國家廉政建設行動方案（核定本）");
    expect(zh.strategies.map((strategy) => strategy.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(zh.strategies.map((strategy) => strategy.measures.length)).toEqual(MEASURES_PER_STRATEGY);
    for (const strategy of zh.strategies) {
      expect(strategy.measures.map((m) => m.number)).toEqual(strategy.measures.map((_, index) => index + 1));
      for (const m of strategy.measures) expect(m.id).toBe(`${strategy.number}.${m.number}`);
    }
    expect(zh.strategies[8]?.title).toBe("推動國際合作與資產追繳，建構國家間互惠機制。");
  });

  it("has the basis, the four goals with their short titles, and the other sections", () => {
    expect(zh.basis).toContain("聯合國反貪腐公約施行法第四條");
    expect(zh.goals.map((goal) => goal.title)).toEqual(["不願貪", "不必貪", "不能貪", "不敢貪"]);
    expect(zh.goals[3]?.text).toBe("打擊公私部門貪腐，維護社會公平正義。");
    expect(zh.sections.map((section) => [section.number, section.heading])).toEqual([
      [3, "具體策略"],
      [5, "經費"],
      [6, "分工及績效考核"],
      [7, "獎懲"],
    ]);
    expect(zh.sections.find((section) => section.number === 6)?.text.split("\n")).toHaveLength(5);
  });

  it("rejoins measures cut by page breaks into their full text", () => {
    expect(measure(zh, "2.2").text).toBe(
      "推動「政治獻金法」修法作業，政治獻金會計報告書全面上網公開，對於違反政治獻金法相關規定者，依法辦理查核並處罰，強化政治獻金監督及公開機制，促進政治環境之公平、公正。",
    );
    expect(measure(zh, "4.2").text).toContain("請託關說登錄查察作業要點」中，有關請託關說定義分歧");
    expect(measure(zh, "6.2").text).toMatch(/落實校園法治教育，鼓勵發展具有特色之品德校園文化。$/u);
    expect(measure(zh, "6.3").text).toMatch(/^於高級中等學校課綱中納入/u);
    expect(measure(zh, "6.3").agencyText).toBe("教育部(國民及學前教育署)");
    expect(measure(zh, "8.4").text).toMatch(
      /調查站主任或機動工作站主任及其指定人員組成之，以檢察長為召集人/u,
    );
    expect(measure(zh, "8.11").text).toMatch(/^參考聯合國反貪腐公約第十五條、第十七條規定/u);
    expect(measure(zh, "8.20").text).toMatch(/之法制面修正建議，以及執行面之策進建議/u);
    expect(measure(zh, "9.5").agencyText).toContain("主辦機關：行政院洗錢防制辦公室、法務部(調查局、檢察司)");
  });

  it("reads the row of 七、(五) that lost its leading empty cell under the right columns", () => {
    const shifted = measure(zh, "7.5");
    expect(shifted.text).toMatch(/^邀集公股投資事業召開業務研討會/u);
    expect(shifted.performanceGoals).toEqual([
      { number: null, text: "各公股股權管理機關邀集定期召開會議。" },
    ]);
    expect(shifted.agencyText).toBe("國軍退除役官兵輔導委員會、經濟部、交通部、金融監督管理委員會");
    expect(zh.warnings.map((warning) => warning.code)).toContain("row_shifted");
  });

  it("splits every numbered performance goal into its own item", () => {
    // Counted in the seed: the goals cells with numbered lists.
    const numbered: Record<string, number> = {
      "1.1": 6,
      "2.2": 3,
      "2.3": 2,
      "2.4": 4,
      "2.5": 3,
      "2.6": 2,
      "3.2": 2,
      "5.1": 2,
      "7.8": 4,
      "8.1": 3,
      "8.8": 3,
      "8.10": 2,
      "8.14": 2,
      "8.16": 2,
      "8.19": 2,
      "9.2": 2,
      "9.3": 5,
      "9.8": 6,
    };
    for (const strategy of zh.strategies) {
      for (const m of strategy.measures) {
        const count = numbered[m.id];
        if (count === undefined) {
          expect(m.performanceGoals, m.id).toHaveLength(1);
          expect(m.performanceGoals[0]?.number, m.id).toBeNull();
        } else {
          expect(
            m.performanceGoals.map((item) => item.number),
            m.id,
          ).toEqual(Array.from({ length: count }, (_, index) => index + 1));
        }
      }
    }
    expect(measure(zh, "7.8").performanceGoals[3]?.text).toBe("法務部(調查局)加強辦理企業肅貪宣導。");
    expect(measure(zh, "2.4").performanceGoals[2]?.text).toBe(
      "法務部(廉政署)提供主辦機關關係人身分揭露制度設計之方向；提供主辦機關明定投標廠商揭露實質受益人方式及時點之參考。",
    );
  });

  it("reads the agency roles with their scopes", () => {
    const first = measure(zh, "1.1").agencies;
    expect(first.filter((role) => role.role === "lead").map((role) => [role.name, role.goals])).toEqual([
      ["各機關", [1, 2, 3, 4, 5]],
      ["法務部(廉政署)", [1, 2, 3, 4, 5]],
    ]);
    const assisting = first.filter((role) => role.role === "assisting");
    expect(assisting.length).toBeGreaterThanOrEqual(12);
    expect(assisting.every((role) => JSON.stringify(role.goals) === "[6]")).toBe(true);
    expect(measure(zh, "8.13").agencies.map((role) => [role.name, role.role])).toEqual([
      ["法務部(檢察司)", "lead"],
      ["司法院", "assisting"],
    ]);
    expect(measure(zh, "2.1").agencies.every((role) => role.role === "executing")).toBe(true);
  });

  it("has no HTML, no header text and no warning other than the two repairs", () => {
    const text = allText(zh);
    expect(text).not.toMatch(/<\/?[a-z][a-z0-9]*[\s>]/iu);
    for (const m of zh.strategies.flatMap((strategy) => strategy.measures)) {
      for (const value of [m.text, m.agencyText, ...m.performanceGoals.map((item) => item.text)]) {
        expect(value, m.id).not.toMatch(/具體策略|執行措施|&[a-z]+;/u);
      }
    }
    expect(zh.warnings.map((warning) => warning.code).sort()).toEqual(["row_shifted", "row_split"]);
  });
});

describe("seed 000 (English translation of strategy 9)", () => {
  it("has strategy 9 with measures 1 … 9 and the Chinese plan's goal counts", () => {
    expect(en.language).toBe("en");
    expect(en.strategies.map((strategy) => strategy.number)).toEqual([9]);
    const measures = en.strategies[0]?.measures ?? [];
    expect(measures.map((m) => m.id)).toEqual([
      "9.1",
      "9.2",
      "9.3",
      "9.4",
      "9.5",
      "9.6",
      "9.7",
      "9.8",
      "9.9",
    ]);
    expect(measures.map((m) => m.performanceGoals.length)).toEqual(
      zh.strategies[8]?.measures.map((m) => m.performanceGoals.length),
    );
    expect(en.warnings).toEqual([]);
  });

  it("has English text with no page-break scars", () => {
    expect(measure(en, "9.8").performanceGoals[4]?.text).toBe(
      "The Ministry of Justice Investigation Bureau continues to dispatch personnel to the Egmont Alliance Secretariat to serve as legal secretaries to deepen our nation's influence in international organizations and handle training and important meetings in Taiwan.",
    );
    expect(measure(en, "9.4").text).toContain("follow leads to track down gains laundered overseas");
    expect(measure(en, "9.6").text).toContain('"The Communication Security and Surveillance Act"');
    expect(measure(en, "9.6").agencyText).toBe(
      "The Ministry of Justice (Department of Prosecutorial Affairs, Investigation Bureau, Agency Against Corruption)",
    );
    expect(measure(en, "9.9").performanceGoals[0]?.text).toMatch(/conferences abroad in due course\.$/u);
    expect(allText(en)).not.toMatch(/<\/?[a-z]|Specific Strategy|Enforcement Measure/u);
  });

  it("resolves the English agencies to the same ids as the Chinese ones", () => {
    for (const m of en.strategies[0]?.measures ?? []) {
      const ids = (plan: ActionPlan) =>
        measure(plan, m.id).agencies.map((role) => [role.agencyId, role.role]);
      expect(ids(en), m.id).toEqual(ids(zh));
    }
  });
});

describe("mergeTranslations on the seeds", () => {
  it("attaches the English text to strategy 9 and reports the 49 measures without a translation", () => {
    const { plan, report } = mergeTranslations(zh, en);
    expect(ActionPlan.safeParse(plan).success).toBe(true);
    expect(report.onlyInEn).toEqual([]);
    expect(report.goalCountDiffers).toEqual([]);
    expect(report.onlyInZh).toHaveLength(58 - 9);
    expect(measure(plan, "9.1").translations?.en?.text).toMatch(/^Encourage foreign countries to sign/u);
    expect(measure(plan, "9.3").translations?.en?.performanceGoals).toHaveLength(5);
    expect(plan.strategies[8]?.translations?.en?.title).toMatch(/^Promote international cooperation/u);
    expect(measure(plan, "8.1").translations).toBeUndefined();
  });
});

describe("a Simplified-Chinese copy of seed 001", () => {
  const convert = OpenCC.Converter({ from: "tw", to: "cn" });
  const hans = parseSeed(ZH, convert);

  it("parses to the same structure, in zh-Hans", () => {
    expect(hans.language).toBe("zh-Hans");
    expect(hans.goals.map((goal) => goal.title)).toEqual(["不愿贪", "不必贪", "不能贪", "不敢贪"]);
    expect(hans.strategies.map((strategy) => strategy.measures.length)).toEqual(MEASURES_PER_STRATEGY);
    const shape = (plan: ActionPlan) =>
      plan.strategies.flatMap((strategy) =>
        strategy.measures.map((m) => [m.id, m.performanceGoals.map((item) => item.number), m.provenance]),
      );
    expect(shape(hans)).toEqual(shape(zh));
    expect(hans.sections.map((section) => section.number)).toEqual([3, 5, 6, 7]);
  });

  it("resolves the agencies to the same ids", () => {
    const ids = (plan: ActionPlan) =>
      plan.strategies.flatMap((strategy) =>
        strategy.measures.map((m) =>
          m.agencies.map((role) => [role.agencyId, role.role, role.goals ?? null]),
        ),
      );
    expect(ids(hans)).toEqual(ids(zh));
  });
});
