import { linkToPlan } from "@lianzheng/mentions";
import { TripReport } from "@lianzheng/model";
import { describe, expect, it } from "vitest";
import { agendaOutline, gold002, outline, parse, plan2023, seed002 } from "./seed.js";

const report = parse(seed002);

describe("seed 002 against its hand-written gold file (fixtures/trip-report)", () => {
  it("validates against the model", () => {
    expect(TripReport.safeParse(report).success).toBe(true);
  });

  it("reads every cover field", () => {
    expect(report.cover).toEqual(gold002.cover);
    expect(report.title).toBe(gold002.cover.title);
  });

  it("reads the table of contents", () => {
    expect(report.toc).toEqual(gold002.toc);
  });

  it("reads every section heading into a tree by marker style", () => {
    expect(outline(report.sections)).toEqual(gold002.sections);
  });

  it("reads every agenda row", () => {
    expect(report.agenda).toHaveLength(22);
    expect(agendaOutline(report.agenda)).toEqual(gold002.agenda);
  });

  it("joins the agenda row cut by a page break and says so", () => {
    expect(report.warnings.filter((w) => !w.code.startsWith("mention_")).map((w) => w.code)).toEqual([
      "agenda_row_rejoined",
    ]);
    expect(report.agenda[1]?.en).toContain("Chair to outline arrangements");
  });

  it("reads the recommendations as items", () => {
    expect(report.recommendations.map(({ number, heading }) => ({ number, heading }))).toEqual(
      gold002.recommendations,
    );
    expect(report.recommendations[3]?.text).toContain("駐泰國台北經濟文化辦事處");
  });

  it("keeps no HTML tag or Markdown mark in any text", () => {
    const texts: string[] = [];
    const walk = (sections: typeof report.sections): void => {
      for (const s of sections) {
        texts.push(s.heading, s.text);
        walk(s.sections);
      }
    };
    walk(report.sections);
    texts.push(...report.agenda.flatMap((row) => [row.zh, row.en]));
    for (const text of texts) expect(text).not.toMatch(/<\/?[a-z]+[^>]*>|\*\*|^#+ /mu);
    // Every section without subsections has text (貳 holds the agenda table, read as rows).
    const leaves = (sections: typeof report.sections): typeof report.sections =>
      sections.flatMap((s) => (s.sections.length > 0 ? leaves(s.sections) : [s]));
    expect(
      leaves(report.sections)
        .filter((s) => s.text === "")
        .map((s) => s.marker),
    ).toEqual(["貳"]);
  });

  it("names the agencies, international bodies and economies the seed names", () => {
    for (const [kind, ids] of Object.entries(gold002.mentionsInclude as Record<string, string[]>)) {
      const found = report.mentions.filter((m) => m.kind === kind).map((m) => m.id);
      expect(found, kind).toEqual(expect.arrayContaining(ids));
    }
    const actwg = report.mentions.find((m) => m.id === "apec-actwg");
    expect(actwg?.count).toBeGreaterThan(20);
    expect(actwg?.evidence).toContain("反貪腐及透明化工作小組");
  });

  it("counts Taiwan's 法務部 only: China's (listed with 中國人民銀行) and Singapore's 貪污調查局 are left out", () => {
    // 法務部 stands alone twice in the seed: on the cover, and in 「由國家監察委員會、中國人民銀行、
    // 法務部及其他相關機構共同發布」 about China; 調查局 once, in 新加坡貪污調查局.
    expect(report.mentions.find((m) => m.id === "moj")?.count).toBe(1);
    expect(report.mentions.some((m) => m.id === "moj-ib")).toBe(false);
    const foreign = report.warnings.filter((w) => w.code === "mention_foreign");
    expect(foreign.map((w) => w.subject)).toEqual([
      { kind: "agency", name: "法務部" },
      { kind: "agency", name: "調查局" },
    ]);
    expect(report.warnings.some((w) => w.code === "mention_context_uncertain")).toBe(false);
  });

  it("serves plan measure 9.3 (APEC ACTWG) above all others, with the evidence", () => {
    const links = linkToPlan(seed002, plan2023);
    expect(links[0]?.measureId).toBe("9.3");
    expect(links[0]?.score).toBeGreaterThanOrEqual(0.9);
    expect(links[0]?.evidence.map((e) => e.anchor)).toContain("body:apec-actwg");
    expect(links.every((l) => l.strategy >= 8)).toBe(true);
  });
});
