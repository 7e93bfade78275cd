import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detect, detectLanguage } from "./detect.js";

const seed = (name: string) => readFileSync(new URL(`../../../seeds/${name}`, import.meta.url), "utf8");

describe("detect", () => {
  it.each([
    ["001_6bac756fe4f12e99.txt", "action-plan", "zh-Hant"],
    ["000_b54d29a4c767afd7.txt", "action-plan", "en"],
    ["003_2d62c1db8ab3e0f0.txt", "execution-report", "zh-Hant"],
    ["002_9a82e845d717d122.txt", "trip-report", "zh-Hant"],
    ["004_313756eaa13413cd.txt", "narrative", "en"],
  ])("tells %s apart by its content as %s (%s)", (name, kind, language) => {
    expect(detect(seed(name))).toEqual({ kind, language });
  });

  it("does not take the seeds' README for a plan although it names the plan's columns", () => {
    expect(detect(seed("README.md")).kind).toBe("other");
  });

  it("recognises the execution report when the title is spaced differently", () => {
    const text = seed("003_2d62c1db8ab3e0f0.txt").replace(
      "國家廉政建設行動方案 107 年執行情形",
      "國家廉政建設行動方案107年度執行情形",
    );
    expect(detect(text).kind).toBe("execution-report");
  });

  it("recognises a plan whose title is wrapped or spread, however its spaces and line breaks fall", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          ["000_b54d29a4c767afd7.txt", "National Integrity Building Action Plan"],
          ["001_6bac756fe4f12e99.txt", "國家廉政建設行動方案"],
        ),
        fc.array(fc.constantFrom("", "", " ", "\n", "  ", " \n"), { minLength: 40, maxLength: 40 }),
        ([name, title], gaps) => {
          const spread = [...title.replace(/ /g, "")].map((char, i) => `${char}${gaps[i] ?? ""}`).join("");
          const text = seed(name).replaceAll(title, spread);
          expect(detect(text).kind).toBe("action-plan");
        },
      ),
      { numRuns: 50 },
    );
  });

  it("takes prose for a narrative, and short lines or tables for no kind", () => {
    const paragraph =
      "The Ministry reported on its international cooperation against transnational crime, with police liaison officers stationed abroad and agreements signed with several countries.";
    expect(detect(`${paragraph}\n${paragraph}`).kind).toBe("narrative");
    expect(detect(`${paragraph}\nA\tB\n${paragraph}`).kind).toBe("other");
    expect(detect("a list\nof short\nlines").kind).toBe("other");
  });

  it("finds a report or a plan whose title comes after a cover letter or out of order", () => {
    const letter = `${"檢送本部107年度廉政工作成果報告一份，請查照。\n".repeat(200)}`;
    expect(letter.length).toBeGreaterThan(4_000);
    expect(detect(letter + seed("003_2d62c1db8ab3e0f0.txt")).kind).toBe("execution-report");
    expect(detect(letter + seed("001_6bac756fe4f12e99.txt")).kind).toBe("action-plan");
    // The report's records first, its title and first records last (pages printed out of order).
    const lines = seed("003_2d62c1db8ab3e0f0.txt").split("\n");
    const half = Math.floor(lines.length / 2);
    const reordered = [...lines.slice(half), ...lines.slice(0, half)].join("\n");
    expect(detect(reordered).kind).toBe("execution-report");
  });

  it("needs more than a quoted title further in: a record or two is not a report", () => {
    const letter = `${"檢送本部107年度廉政工作成果報告一份，請查照。\n".repeat(200)}`;
    const quoted = `${letter}依國家廉政建設行動方案107年執行情形辦理。\n序次 1\n`;
    expect(detect(quoted).kind).toBe("other");
  });

  it("finds the plan when the header's first label is wrapped or set apart from the others", () => {
    const plan = seed("001_6bac756fe4f12e99.txt");
    const header = "具體策略\t執行措施\t績效目標\t辦理機關";
    expect(plan).toContain(header);
    // pdftotext -layout of a narrow first column: 具體 beside the others, 策略 on the next line.
    const wrapped = plan.replaceAll(header, "具體   執行措施     績效目標     辦理機關\n策略");
    // Plain pdftotext: the first column's cells under its label, then the other labels.
    const stacked = plan.replaceAll(
      header,
      "具體策略\n(一)肅貪：\n1. 研議強化政風機構\n\n執行措施\n\n績效目標\n\n辦理機關",
    );
    // Plain pdftotext, the first label wrapped: its tail set between the other labels.
    const interleaved = plan.replaceAll(header, "具體策\n\n執行措施\n\n略\n\n績效目標\n\n辦理機關");
    for (const text of [wrapped, stacked, interleaved]) expect(detect(text).kind).toBe("action-plan");
    // Under no plan title the columns alone are no plan.
    expect(detect(wrapped.replaceAll("國家廉政建設行動方案", "某某計畫")).kind).toBe("other");
  });

  // pdftotext without -layout stacks the header one name per line; with -layout, a header whose
  // first column wrapped (`具體` / `策略`) leaves the other three alone on their row. Either way the
  // plan is a plan: read as one, its lost table is warned, never a document of no kind.
  it.each([
    "plan-2023-en-chromium.raw.txt",
    "plan-2023-en-lo-unruled.raw.txt",
    "plan-2023-zh-chromium.raw.txt",
    "plan-2023-zh-weasyprint.raw.txt",
  ])("recognises a plan whose header stands one column name per line (%s)", (name) => {
    const text = readFileSync(new URL(`../../../fixtures/text/producers/${name}`, import.meta.url), "utf8");
    expect(detect(text).kind).toBe("action-plan");
  });

  // pdftotext -raw (drawing order) wraps the English header at any word: `Specific` / `Strategy` /
  // `Enforcement Measure Performance Goal Executing` / `Agency`.
  it("recognises an English plan whose header's words wrap anywhere", () => {
    const name = "plan-2023-en-strategy9.drawing-order.txt";
    const text = readFileSync(new URL(`../../../fixtures/text/${name}`, import.meta.url), "utf8");
    expect(text).toContain("Specific\nStrategy\nEnforcement Measure Performance Goal Executing\nAgency");
    expect(detect(text)).toEqual({ kind: "action-plan", language: "en" });
    expect(detect(text.replaceAll("Performance Goal", "Performance Budget")).kind).toBe("other");
  });

  it("recognises a plan whose header's first column wrapped around the row, however spaced", () => {
    const header = /^具體策略\t執行措施\t績效目標\t辦理機關$/mu;
    expect(seed("001_6bac756fe4f12e99.txt")).toMatch(header);
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 12 }), fc.integer({ min: 2, max: 12 }), (left, gap) => {
        const wrapped = `具體\n${" ".repeat(left)}執行措施${" ".repeat(gap)}績效目標${" ".repeat(gap)}辦理機關\n策略`;
        expect(detect(seed("001_6bac756fe4f12e99.txt").replace(header, wrapped)).kind).toBe("action-plan");
      }),
      { numRuns: 30 },
    );
  });

  it("does not take a text that names the plan's columns in a sentence or a list for the plan", () => {
    const named = "國家廉政建設行動方案\n\n本表列 執行措施 績效目標 辦理機關 三欄，各欄見附件。";
    expect(detect(named).kind).toBe("other");
    expect(detect("國家廉政建設行動方案\n欄位：執行措施 / 績效目標 / 辦理機關").kind).toBe("other");
  });

  it("needs the plan's table, not only its title", () => {
    expect(detect("國家廉政建設行動方案\n\n本署依國家廉政建設行動方案辦理宣導。").kind).toBe("other");
  });
});

describe("detectLanguage", () => {
  it("tells Simplified from Traditional Chinese", () => {
    expect(detectLanguage("国家廉政建设行动方案执行情形，各机关应该落实内部控制")).toBe("zh-Hans");
    expect(detectLanguage("國家廉政建設行動方案執行情形，各機關應該落實內部控制")).toBe("zh-Hant");
  });

  it("calls a text English when Latin words outnumber Han characters", () => {
    expect(detectLanguage("The Ministry of Justice (廉政署) reports every year.")).toBe("en");
  });
});
