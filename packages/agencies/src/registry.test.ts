import { Agency } from "@lianzheng/model";
import { hasSimplifiedCharacters } from "@lianzheng/normalize";
import { describe, expect, it } from "vitest";
import { buildAgencyIndex } from "./lookup.js";
import { agencyRegistry } from "./registry.js";

const byId = new Map(agencyRegistry.map((agency) => [agency.id, agency]));
const byZh = new Map(agencyRegistry.map((agency) => [agency.name.zh, agency]));

describe("agency registry data", () => {
  it("validates against the model's Agency schema", () => {
    for (const agency of agencyRegistry) {
      const result = Agency.safeParse(agency);
      expect(result.success, `${agency.id}: ${result.error?.message}`).toBe(true);
    }
  });

  it("has unique ids and unique Chinese and English names", () => {
    expect(byId.size).toBe(agencyRegistry.length);
    expect(byZh.size).toBe(agencyRegistry.length);
    expect(new Set(agencyRegistry.map((a) => a.name.en.toLowerCase())).size).toBe(agencyRegistry.length);
  });

  it("has parents and successors that exist, and no parent cycles", () => {
    for (const agency of agencyRegistry) {
      if (agency.parentId !== null)
        expect(byId.has(agency.parentId), `${agency.id} → ${agency.parentId}`).toBe(true);
      if (agency.successorId !== undefined) expect(byId.has(agency.successorId), agency.id).toBe(true);
      const seen = new Set([agency.id]);
      let parentId = agency.parentId;
      while (parentId !== null) {
        expect(seen.has(parentId), `cycle through ${agency.id}`).toBe(false);
        seen.add(parentId);
        parentId = byId.get(parentId)?.parentId ?? null;
      }
    }
  });

  it("says where every English name comes from, and collectives are curated", () => {
    for (const agency of agencyRegistry) {
      expect(agency.englishNameSource, agency.id).toBeDefined();
      if (agency.kind === "collective") expect(agency.englishNameSource, agency.id).toBe("curated");
      else expect(agency.englishNameSource, agency.id).not.toBe("curated");
    }
  });

  it("dates former names in order, ending the day the current name took effect", () => {
    for (const agency of agencyRegistry) {
      const formers = agency.formerNames ?? [];
      const untils = formers.map((f) => f.until);
      expect(untils, agency.id).toEqual([...untils].sort());
      if (formers.length > 0) expect(agency.validFrom, agency.id).toBe(untils.at(-1));
      if (agency.validUntil !== undefined && agency.validFrom !== undefined) {
        expect(agency.validUntil > agency.validFrom, agency.id).toBe(true);
      }
      if (agency.validUntil !== undefined) expect(agency.successorId, agency.id).toBeDefined();
    }
  });

  it("writes Chinese names in Traditional characters", () => {
    for (const agency of agencyRegistry) {
      for (const name of [agency.name.zh, ...(agency.formerNames ?? []).map((f) => f.name)]) {
        expect(hasSimplifiedCharacters(name), name).toBe(false);
      }
    }
  });

  it("gives every key (name, former name, abbreviation, alias) to exactly one agency", () => {
    const index = buildAgencyIndex();
    const shared = [...index.global].filter(([, hits]) => new Set(hits.map((h) => h.agencyId)).size > 1);
    expect(shared.map(([key, hits]) => `${key}: ${hits.map((h) => h.agencyId).join(", ")}`)).toEqual([]);
  });
});

describe("agency registry coverage (the issue's lists)", () => {
  it("has the five Yuans", () => {
    for (const zh of ["行政院", "立法院", "司法院", "考試院", "監察院"])
      expect(byZh.get(zh)?.kind, zh).toBe("yuan");
  });

  it("has every Executive Yuan ministry, council and independent agency", () => {
    const expected = [
      "內政部",
      "外交部",
      "國防部",
      "財政部",
      "教育部",
      "法務部",
      "經濟部",
      "交通部",
      "勞動部",
      "衛生福利部",
      "文化部",
      "數位發展部",
      "農業部",
      "環境部",
      "運動部",
      "國家發展委員會",
      "國家科學及技術委員會",
      "大陸委員會",
      "金融監督管理委員會",
      "海洋委員會",
      "僑務委員會",
      "國軍退除役官兵輔導委員會",
      "原住民族委員會",
      "客家委員會",
      "行政院公共工程委員會",
      "國立故宮博物院",
      "行政院主計總處",
      "行政院人事行政總處",
      "中央銀行",
      "中央選舉委員會",
      "公平交易委員會",
      "國家通訊傳播委員會",
      "核能安全委員會",
    ];
    for (const zh of expected) expect(byZh.get(zh)?.parentId, zh).toBe("executive-yuan");
  });

  it("has the subordinate agencies the plan assigns work to, under the right parent", () => {
    const expected: [string, string][] = [
      ["法務部廉政署", "法務部"],
      ["法務部調查局", "法務部"],
      ["法務部檢察司", "法務部"],
      ["法務部國際及兩岸法律司", "法務部"],
      ["法務部法律事務司", "法務部"],
      ["法務部人事處", "法務部"],
      ["臺灣高等檢察署", "法務部"],
      ["財政部關務署", "財政部"],
      ["內政部警政署", "內政部"],
      ["內政部警政署刑事警察局", "內政部警政署"],
      ["內政部移民署", "內政部"],
      ["教育部國民及學前教育署", "教育部"],
      ["海洋委員會海巡署", "海洋委員會"],
      ["行政院洗錢防制辦公室", "行政院"],
      ["農業部農糧署", "農業部"],
    ];
    for (const [zh, parentZh] of expected) {
      const agency = byZh.get(zh);
      expect(agency, zh).toBeDefined();
      expect(byId.get(agency?.parentId ?? "")?.name.zh, zh).toBe(parentZh);
    }
  });

  it("has collective entries", () => {
    for (const zh of ["各機關", "各地方檢察署", "各直轄市、縣(市)政府", "各公股股權管理機關"]) {
      expect(byZh.get(zh)?.kind, zh).toBe("collective");
    }
  });

  it("has the common abbreviations", () => {
    const expected: [string, string][] = [
      ["廉政署", "法務部廉政署"],
      ["調查局", "法務部調查局"],
      ["金管會", "金融監督管理委員會"],
      ["工程會", "行政院公共工程委員會"],
      ["主計總處", "行政院主計總處"],
      ["人事總處", "行政院人事行政總處"],
      ["洗錢防制辦公室", "行政院洗錢防制辦公室"],
      ["NCC", "國家通訊傳播委員會"],
      ["MOJ", "法務部"],
      ["MOI", "內政部"],
      ["AAC", "法務部廉政署"],
      ["MJIB", "法務部調查局"],
      ["FSC", "金融監督管理委員會"],
    ];
    for (const [abbreviation, zh] of expected) {
      expect(byZh.get(zh)?.abbreviations, abbreviation).toContain(abbreviation);
    }
  });

  it("keeps the reorganizations listed in NOTES.md with their dates", () => {
    const formerOf = (zh: string, former: string) =>
      byZh.get(zh)?.formerNames?.find((f) => f.name === former)?.until;
    expect(formerOf("國家科學及技術委員會", "科技部")).toBe("2022-07-27");
    expect(formerOf("農業部", "行政院農業委員會")).toBe("2023-08-01");
    expect(formerOf("環境部", "行政院環境保護署")).toBe("2023-08-22");
    expect(formerOf("海洋委員會海巡署", "行政院海岸巡防署")).toBe("2018-04-28");
    expect(byZh.get("海洋委員會")?.validFrom).toBe("2018-04-28");
    expect(formerOf("核能安全委員會", "行政院原子能委員會")?.startsWith("2023-09")).toBe(true);
    expect(byZh.get("數位發展部")?.validFrom?.startsWith("2022-08")).toBe(true);
    const sports = byZh.get("教育部體育署");
    expect(sports?.validUntil?.startsWith("2025-09")).toBe(true);
    expect(byId.get(sports?.successorId ?? "")?.name.zh).toBe("運動部");
  });
});
