import type { Agency } from "@lianzheng/model";
import { hasSimplifiedCharacters } from "@lianzheng/normalize";
import fc from "fast-check";
import * as OpenCC from "opencc-js";
import { describe, expect, it } from "vitest";
import { buildAgencyIndex } from "./lookup.js";
import { agencyRegistry } from "./registry.js";
import { resolveAgency, resolveAgencyName } from "./resolve.js";

const idOf = (name: string, within?: string) =>
  resolveAgency(name, within === undefined ? {} : { within })?.agencyId ?? null;

describe("resolveAgency: the forms in the issue", () => {
  it.each([
    ["法務部廉政署", "moj-aac", 1],
    ["廉政署", "moj-aac", 0.9],
    ["法務部(廉政署)", "moj-aac", 1],
    ["法務部（廉政署）", "moj-aac", 1],
    ["the Ministry of Justice (Agency Against Corruption)", "moj-aac", 1],
    ["Agency Against Corruption", "moj-aac", 0.9],
    ["Agency Against Corruption, Ministry of Justice", "moj-aac", 1],
    ["MOJ AAC", "moj-aac", 0.81],
    ["Immigration Agency of MOI", "moi-nia", 0.81],
    ["Anti-Money Laundering Office", "amlo", 0.9],
    ["Anti-Money Laundering Office, Executive Yuan", "amlo", 1],
    ["The Anti-Money Laundering Office of the Executive Yuan", "amlo", 1],
    ["Executive Yuan", "executive-yuan", 1],
    ["the Ministry of Justice Investigation Bureau", "moj-ib", 0.9],
    ["the Ministry of the Interior (Criminal Investigation Bureau)", "moi-npa-cib", 1],
    ["內政部警政署刑事警察局", "moi-npa-cib", 1],
    ["the Central Bank", "cbc", 0.9],
    ["the Ministry of Justice's Investigation Bureau", "moj-ib", 1],
    ["Department of Legal Affairs of the Ministry of Justice", "moj-legal-affairs", 1],
    // Seed 004's English forms and the plain names around them.
    ["Immigration Agency under MOI", "moi-nia", 0.81],
    ["the Immigration Agency under the Ministry of the Interior", "moi-nia", 0.9],
    ["National Immigration Agency", "moi-nia", 0.9],
    ["MOI", "moi", 0.9],
    ["Ministry of the Interior", "moi", 1],
    ["Ministry of Interior", "moi", 0.9],
    ["Ministry of Justice", "moj", 1],
    ["Agency Against Corruption under the Ministry of Justice", "moj-aac", 1],
    // A name with its own abbreviation in brackets is that name.
    ["Ministry of the Interior (MOI)", "moi", 1],
    ["National Immigration Agency (NIA)", "moi-nia", 0.9],
    ["the Agency Against Corruption (AAC)", "moj-aac", 0.9],
    ["法務部廉政署(AAC)", "moj-aac", 1],
  ] as const)("%s → %s (%s)", (name, agencyId, confidence) => {
    expect(resolveAgency(name)).toEqual({ agencyId, confidence });
  });
});

describe("resolveAgency: writing variations", () => {
  it("reads Simplified Chinese, with a little less confidence", () => {
    expect(resolveAgency("法务部廉政署")).toEqual({ agencyId: "moj-aac", confidence: 0.95 });
    expect(resolveAgency("法务部(调查局)")).toEqual({ agencyId: "moj-ib", confidence: 0.95 });
    expect(idOf("行政院洗钱防制办公室")).toBe("amlo");
    expect(idOf("金融监督管理委员会")).toBe("fsc");
    expect(idOf("内政部(移民署)")).toBe("moi-nia");
  });

  it("reads full-width brackets, spaces inside names and 台 for 臺", () => {
    expect(idOf("法務部（國際及兩岸法律司）")).toBe("moj-international-legal-affairs");
    expect(idOf("法 務 部 廉 政 署")).toBe("moj-aac");
    expect(idOf("法務部 ( 調查局 )")).toBe("moj-ib");
    expect(idOf("行政院 洗錢防制 辦公室")).toBe("amlo");
    expect(idOf("  Ministry   of  the Interior ")).toBe("moi");
    expect(idOf("ＭＯＪ")).toBe("moj");
    expect(idOf("台灣高等檢察署")).toBe("taiwan-high-prosecutors-office");
  });

  it("resolves former names to the same body with confidence 0.95", () => {
    expect(resolveAgency("行政院農業委員會")).toEqual({ agencyId: "moa", confidence: 0.95 });
    expect(resolveAgency("科技部")).toEqual({ agencyId: "nstc", confidence: 0.95 });
    expect(resolveAgency("行政院海岸巡防署")).toEqual({ agencyId: "oac-cga", confidence: 0.95 });
    expect(resolveAgency("行政院環境保護署")).toEqual({ agencyId: "moenv", confidence: 0.95 });
    expect(resolveAgency("臺灣高等法院檢察署")?.agencyId).toBe("taiwan-high-prosecutors-office");
    expect(resolveAgency("Council of Agriculture, Executive Yuan")?.agencyId).toBe("moa");
    // The 2018 report's 行政院農業委員會（農糧署） is today's 農業部農糧署.
    expect(resolveAgency("行政院農業委員會（農糧署）")).toEqual({ agencyId: "moa-afa", confidence: 0.95 });
  });

  it("keeps an abolished agency apart from its successor", () => {
    expect(idOf("教育部體育署")).toBe("moe-sports-administration");
    expect(idOf("運動部")).toBe("mos");
  });
});

describe("resolveAgency: what it does not guess", () => {
  it("returns null for unknown names and near misses", () => {
    expect(resolveAgency("法務部廉政局")).toBeNull();
    expect(resolveAgency("Ministry of Justise")).toBeNull();
    expect(resolveAgency("")).toBeNull();
    expect(resolveAgency("、")).toBeNull();
  });

  it("resolves a short name shared by many ministries only inside its parent", () => {
    expect(resolveAgency("人事處")).toBeNull();
    expect(idOf("人事處", "moj")).toBe("moj-personnel");
    expect(idOf("法務部(人事處)")).toBe("moj-personnel");
    expect(resolveAgency("外交部(人事處)")).toBeNull();
  });

  it("does not read a list of two agencies as one", () => {
    expect(resolveAgency("Ministry of Justice, Executive Yuan")).toBeNull();
    expect(resolveAgency("法務部、廉政署")).toBeNull();
    expect(resolveAgency("法務部(檢察司、調查局)")).toBeNull();
    expect(resolveAgency("法務部(外交部)")).toBeNull();
  });

  it("reads `under` and a bracketed abbreviation only between an agency and its own", () => {
    expect(resolveAgency("Ministry of Justice (MOI)")).toBeNull();
    expect(resolveAgency("Immigration Agency under MOJ")).toBeNull();
    expect(resolveAgency("National Police Agency under the Ministry of Justice")).toBeNull();
    expect(resolveAgency("Ministry of the Interior (NIA)")?.agencyId).toBe("moi-nia");
  });

  it("reports a name several agencies share as ambiguous, and resolveAgency gives null", () => {
    const twins: Agency[] = [
      {
        id: "a",
        name: { zh: "甲部", en: "A" },
        abbreviations: ["同名"],
        aliases: [],
        parentId: null,
        kind: "ministry",
      },
      {
        id: "b",
        name: { zh: "乙部", en: "B" },
        abbreviations: ["同名"],
        aliases: [],
        parentId: null,
        kind: "ministry",
      },
    ];
    const index = buildAgencyIndex(twins);
    expect(resolveAgencyName("同名", undefined, { index })).toEqual({
      kind: "ambiguous",
      agencyIds: ["a", "b"],
    });
    expect(resolveAgencyName("甲部", undefined, { index })).toMatchObject({ kind: "match", agencyId: "a" });
  });

  it("rejects an unknown `within` id", () => {
    expect(() => resolveAgency("人事處", { within: "no-such-agency" })).toThrow(TypeError);
  });
});

// Property tests: every registered name, however it is written, resolves to its own entry.
const toSimplified = OpenCC.Converter({ from: "tw", to: "cn" });
const agencyArb = fc.constantFrom(...agencyRegistry);

/** Writes a Chinese name with random spaces between characters and random bracket widths. */
function scramble(name: string, spaces: boolean[], fullWidth: boolean): string {
  const chars = [...name].map((c) => (fullWidth ? c.replace("(", "（").replace(")", "）") : c));
  return chars.map((c, i) => (spaces[i % spaces.length] ? `${c} ` : c)).join("");
}

describe("resolveAgency: properties over the whole registry", () => {
  it("resolves every Chinese name with spaces and full-width brackets to itself, confidence 1", () => {
    fc.assert(
      fc.property(
        agencyArb,
        fc.array(fc.boolean(), { minLength: 1 }),
        fc.boolean(),
        (agency, spaces, wide) => {
          expect(resolveAgency(scramble(agency.name.zh, spaces, wide))).toEqual({
            agencyId: agency.id,
            confidence: 1,
          });
        },
      ),
    );
  });

  it("resolves every English name in any letter case, with or without 'the', to itself", () => {
    fc.assert(
      fc.property(agencyArb, fc.array(fc.boolean(), { minLength: 1 }), fc.boolean(), (agency, upper, the) => {
        const cased = [...agency.name.en]
          .map((c, i) => (upper[i % upper.length] ? c.toUpperCase() : c))
          .join("");
        expect(resolveAgency(`${the ? "the " : ""}${cased}`)?.agencyId).toBe(agency.id);
      }),
    );
  });

  it("resolves every Chinese name converted to Simplified by OpenCC to itself, confidence 0.95", () => {
    for (const agency of agencyRegistry) {
      const simplified = toSimplified(agency.name.zh);
      const match = resolveAgency(simplified);
      expect(match?.agencyId, `${agency.name.zh} → ${simplified}`).toBe(agency.id);
      // 体 (教育部体育署) is also a Traditional character: no Simplified-only character, no discount.
      expect(match?.confidence, simplified).toBe(hasSimplifiedCharacters(simplified) ? 0.95 : 1);
    }
  });

  it("resolves parent(child) to the child for every agency with a parent", () => {
    const byId = new Map(agencyRegistry.map((a) => [a.id, a]));
    for (const agency of agencyRegistry) {
      const parent = byId.get(agency.parentId ?? "");
      if (!parent || !agency.name.zh.startsWith(parent.name.zh)) continue;
      const child = agency.name.zh.slice(parent.name.zh.length);
      expect(idOf(`${parent.name.zh}(${child})`), agency.name.zh).toBe(agency.id);
      expect(idOf(`${parent.name.zh}（${child}）`), agency.name.zh).toBe(agency.id);
    }
  });
});
