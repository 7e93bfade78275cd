import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { ActionPlan, type Measure } from "@lianzheng/model";
import { readText } from "@lianzheng/text";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { changedRuns, type LineageEntry, lineMeasures, parseActionPlan } from "../src/index.js";

const repo = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), "utf8");
const seed001 = repo("seeds/001_6bac756fe4f12e99.txt");
const plan2023 = parseActionPlan(readText(seed001), {
  source: {
    path: "seeds/001_6bac756fe4f12e99.txt",
    format: "text",
    sha256: createHash("sha256").update(seed001).digest("hex"),
    bytes: Buffer.byteLength(seed001),
  },
});
// The 2018 edition, as derivePlanFromReport rebuilt it from seed 003 (its own gold file).
const plan2018 = ActionPlan.parse(JSON.parse(repo("fixtures/editions/2018-derived-from-003.json")));
const lineage = lineMeasures(plan2018, plan2023);
const from = (id: string): LineageEntry | undefined => lineage.find((entry) => entry.from.includes(id));
const to = (id: string): LineageEntry | undefined => lineage.find((entry) => entry.to.includes(id));

// Each expectation read by hand from seed 003 (the record restating the 2018 measure) and seed 001.
describe("lineage 2018 (seed 003) → 2023 (seed 001), checked by hand", () => {
  it("kept: same text, same number (2.1 財產申報法 宣導; 3.1 公共政策網路參與平臺; 9.4–9.7)", () => {
    for (const id of ["2.1", "3.1", "3.2", "3.3", "9.4"])
      expect(from(id)).toMatchObject({ kind: "kept", to: [id] });
    expect(from("2.1")).toMatchObject({ agencies: { added: [], dropped: [] }, goalsChanged: false });
  });

  it("renumbered: 1.3 結合各機關廉政風險評估結果 → 1.2, 1.4 政府採購稽核 → 1.3 (goals 及 → 與), 8.3 → 8.2", () => {
    expect(from("1.3")).toMatchObject({ kind: "renumbered", to: ["1.2"], goalsChanged: false });
    expect(from("1.4")).toMatchObject({ kind: "renumbered", to: ["1.3"], goalsChanged: true });
    expect(from("8.3")?.to).toEqual(["8.2"]);
    expect(from("8.10")).toMatchObject({ kind: "renumbered", to: ["8.9"] });
  });

  it("reworded: 8.2 揭弊者保護法 → 8.1 adds 列為優先審議法案; 9.2 引渡法 adds 修正完成及公布; 2.4 遊說 reordered", () => {
    const e82 = from("8.2");
    expect(e82).toMatchObject({ kind: "reworded", to: ["8.1"], renumbered: true });
    expect(e82?.changedWords).toEqual({ removed: [], added: ["將揭弊者保護法草案列為優先審議法案"] });
    const e92 = from("9.2");
    expect(e92).toMatchObject({ kind: "reworded", to: ["9.2"] });
    expect(e92?.changedWords?.added).toEqual(["修正完成及公布引渡法修正草案"]);
    expect(e92?.similarity).toBeGreaterThan(0.7);
    expect(from("2.4")).toMatchObject({ kind: "reworded", to: ["2.3"] });
    // 強化政治獻金監督及公開機制 grew into 推動「政治獻金法」修法作業 … 強化政治獻金監督及公開機制.
    expect(from("2.3")).toMatchObject({ kind: "reworded", to: ["2.2"] });
  });

  it("agencies moved: 9.3 國際廉政論壇 gains 檢察司 and 外交部, loses 海洋委員會(海巡署)", () => {
    expect(from("9.3")).toMatchObject({
      kind: "reworded",
      to: ["9.3"],
      agencies: { added: ["mofa", "moj-prosecutorial-affairs"], dropped: ["oac-cga"] },
    });
  });

  it("removed: 1.1 各級機關首長…, 1.2 內部控制, 8.1 獎勵保護檢舉貪污瀆職辦法, 9.1 外國法院委託事件協助法, 7.8 公糧業者", () => {
    for (const id of ["1.1", "1.2", "8.1", "9.1", "7.8"])
      expect(from(id)).toEqual({ kind: "removed", from: [id], to: [] });
    expect(seed001).not.toContain("公糧業者");
  });

  it("added: 1.1 廉政風險評估及管理方法, 1.4 廉政工作必要的資源, 2.5 實質受益人集中登記, 9.8, 9.9", () => {
    for (const id of ["1.1", "1.4", "2.5", "9.8", "9.9"])
      expect(to(id)).toEqual({ kind: "added", from: [], to: [id] });
  });

  it("accounts for every measure of both editions exactly once", () => {
    const ids = (plan: ActionPlan) => plan.strategies.flatMap((s) => s.measures.map((m) => m.id)).sort();
    expect(lineage.flatMap((e) => e.from).sort()).toEqual(ids(plan2018));
    expect(lineage.flatMap((e) => e.to).sort()).toEqual(ids(plan2023));
  });
});

describe("lineMeasures on constructed editions", () => {
  const measure = (id: string, text: string, agencies: string[] = ["法務部"]): Measure => ({
    id,
    strategy: Number(id.split(".")[0]),
    number: Number(id.split(".")[1]),
    text,
    performanceGoals: [],
    agencies: agencies.map((name) => ({ agencyId: null, name, role: "executing" })),
    agencyText: agencies.join("、"),
  });
  const planOf = (measures: Measure[]): ActionPlan => ({
    ...plan2023,
    strategies: [{ number: 1, title: "策略", measures }],
  });

  it("finds a split and a merge", () => {
    const a = planOf([
      measure("1.1", "辦理政府採購稽核以及公共工程施工品質查核並建構公平公開之採購環境"),
      measure("1.2", "推動國際刑事司法互助"),
      measure("1.3", "洽簽引渡條約或協定"),
    ]);
    const b = planOf([
      measure("1.1", "辦理政府採購稽核並建構公平公開之採購環境"),
      measure("1.2", "公共工程施工品質查核"),
      measure("1.3", "推動國際刑事司法互助並洽簽引渡條約或協定"),
    ]);
    const result = lineMeasures(a, b);
    expect(result.find((e) => e.from.includes("1.1"))).toMatchObject({ kind: "split", to: ["1.1", "1.2"] });
    expect(result.find((e) => e.to.includes("1.3"))).toMatchObject({ kind: "merged", from: ["1.2", "1.3"] });
  });

  it("a plan against itself keeps every measure (property)", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ unit: "grapheme", minLength: 4, maxLength: 30 }), {
          maxLength: 8,
          selector: (s) =>
            s
              .normalize("NFKC")
              .replace(/[^\p{Script=Han}\p{L}\p{N}]+/gu, "")
              .toLowerCase(),
        }),
        (texts) => {
          const plan = planOf(texts.map((text, i) => measure(`1.${i + 1}`, text)));
          expect(lineMeasures(plan, plan).every((e) => e.kind === "kept")).toBe(true);
        },
      ),
    );
  });

  it("changedRuns gives back both texts with the common characters (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 }), (a, b) => {
        const { removed, added } = changedRuns(a, b);
        expect(removed.join("").length - added.join("").length).toBe([...a].length - [...b].length);
      }),
    );
  });
});
