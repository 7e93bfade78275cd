import { readFileSync } from "node:fs";
import { linkToPlan } from "@lianzheng/mentions";
import { type ActionPlan, Narrative } from "@lianzheng/model";
import { readText } from "@lianzheng/text";
import { describe, expect, it } from "vitest";
import { parseNarrative } from "../src/index.js";

const root = new URL("../../../", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), "utf8");
const seed = read("seeds/004_313756eaa13413cd.txt");
const gold = JSON.parse(read("fixtures/narrative/seed-004.expected.json"));
const plan = JSON.parse(read("fixtures/golden/001_6bac756fe4f12e99.json")) as ActionPlan;
const source = { path: "004.txt", format: "text", sha256: "0".repeat(64), bytes: 1 } as const;
const parse = (text: string, language: Narrative["language"] = "en") =>
  parseNarrative(readText(text), { id: "narrative.en.0", language, source });

describe("seed 004 against its hand-written gold file (fixtures/narrative)", () => {
  const narrative = parse(seed);

  it("validates against the model", () => {
    expect(Narrative.safeParse(narrative).success).toBe(true);
  });

  it("takes the first sentence for a title, and says so", () => {
    expect(narrative.title).toBe(gold.title);
    expect(narrative.warnings.map((w) => [w.code, w.severity])).toEqual([["title_inferred", "info"]]);
  });

  it("reads every section heading and every quantity", () => {
    expect(
      narrative.sections.map((s) => ({
        heading: s.heading,
        paragraphs: s.paragraphs.length,
        quantities: s.quantities,
      })),
    ).toEqual(gold.sections);
  });

  it("resolves the agencies in English to the registry's ids, and lists the countries", () => {
    expect(narrative.mentions.map(({ kind, id, count }) => ({ kind, id, count }))).toEqual(gold.mentions);
    const nia = narrative.mentions.find((m) => m.id === "moi-nia");
    expect(nia?.name).toBe("Immigration Agency of MOI");
    expect(nia?.evidence).toMatch(/^To ensure national security management, Immigration Agency of MOI/);
  });

  it("serves strategy 九 (international cooperation) through the agreements it signs", () => {
    const links = linkToPlan(seed, plan);
    expect(links.map((l) => l.measureId)).toContain("9.1");
    const mou = links
      .find((l) => l.measureId === "9.1")
      ?.evidence.find((e) => e.anchor === "topic:agreements");
    expect(mou?.phrase).toContain("MOU");
  });
});

describe("narratives in other shapes", () => {
  it("reads a Chinese narrative: headings are short lines without final punctuation", () => {
    const text = [
      "內政部國際合作成果",
      "一、運用科技強化國境管理",
      "移民署建置自動查驗通關系統，至 2018 年底申請人數逾 616.2 萬人，使用人次逾 7,521 萬人次。",
      "二、打擊人口販運",
      "我國與多國簽署合作備忘錄，並派駐警察聯絡官於日本、馬來西亞等十處據點。",
    ].join("\n");
    const narrative = parse(text, "zh-Hant");
    expect(narrative.title).toBe("內政部國際合作成果");
    expect(narrative.sections.map((s) => s.heading)).toEqual([
      "一、運用科技強化國境管理",
      "二、打擊人口販運",
    ]);
    expect(narrative.sections[0]?.quantities.map((q) => [q.value, q.unit])).toEqual([
      [6162000, "人"],
      [75210000, "人次"],
    ]);
    expect(narrative.mentions.filter((m) => m.kind === "agency").map((m) => m.id)).toEqual([
      "moi",
      "moi-nia",
    ]);
    expect(narrative.mentions.filter((m) => m.kind === "country").map((m) => m.id)).toEqual(["JP", "MY"]);
  });

  it("keeps a short last line as a paragraph, not a heading with nothing under it", () => {
    const narrative = parse(
      "The agency reported on its work.\nBorder control\nThe agency installed e-Gates at every airport in 2018.\nMore to come",
    );
    expect(narrative.sections.map((s) => [s.heading, s.paragraphs])).toEqual([
      [null, ["The agency reported on its work."]],
      ["Border control", ["The agency installed e-Gates at every airport in 2018.", "More to come"]],
    ]);
  });
});
