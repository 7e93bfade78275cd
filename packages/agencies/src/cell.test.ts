import type { AgencyRole } from "@lianzheng/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAgencyCell } from "./cell.js";
import { agencyRegistry } from "./registry.js";

/** [agencyId, role] pairs, the shape most assertions need. */
const pairs = (roles: AgencyRole[]) => roles.map((r) => [r.agencyId, r.role]);

describe("parseAgencyCell: roles", () => {
  it("reads 主辦機關 / 協辦機關 labels", () => {
    const { roles, warnings } = parseAgencyCell(
      "主辦機關：法務部(廉政署) 協辦機關：行政院人事行政總處、行政院主計總處",
      "zh-Hant",
    );
    expect(pairs(roles)).toEqual([
      ["moj-aac", "lead"],
      ["dgpa", "assisting"],
      ["dgbas", "assisting"],
    ]);
    expect(warnings).toEqual([]);
  });

  it("reads English 'Authority(ies) in charge' and 'Assisting authority(ies)', space before the colon too", () => {
    const cell =
      "Authority in charge: the Ministry of Justice (Department of International and Cross-Strait Legal Affairs)  Assisting authority : the Ministry of Foreign Affairs";
    expect(pairs(parseAgencyCell(cell, "en").roles)).toEqual([
      ["moj-international-legal-affairs", "lead"],
      ["mofa", "assisting"],
    ]);
    const plural =
      "Authorities in charge: Ministry of Justice (Agency Against Corruption) Assisting authorities: the Central Bank";
    expect(pairs(parseAgencyCell(plural, "en").roles)).toEqual([
      ["moj-aac", "lead"],
      ["cbc", "assisting"],
    ]);
  });

  it("calls agencies without a label executing", () => {
    expect(pairs(parseAgencyCell("各機關、法務部(廉政署)、監察院", "zh-Hant").roles)).toEqual([
      ["all-agencies", "executing"],
      ["moj-aac", "executing"],
      ["control-yuan", "executing"],
    ]);
  });

  it("scopes roles to performance goals: 績效目標 1 至 5 主辦機關 / 績效目標 6 協辦機關", () => {
    const cell =
      "<p>績效目標 1 至 5 主辦機關：各機關、法務部(廉政署)</p> <p>績效目標 6 協辦機關：經濟部、交通部</p>";
    expect(parseAgencyCell(cell, "zh-Hant").roles).toEqual([
      { agencyId: "all-agencies", name: "各機關", role: "lead", goals: [1, 2, 3, 4, 5] },
      { agencyId: "moj-aac", name: "法務部(廉政署)", role: "lead", goals: [1, 2, 3, 4, 5] },
      { agencyId: "moea", name: "經濟部", role: "assisting", goals: [6] },
      { agencyId: "motc", name: "交通部", role: "assisting", goals: [6] },
    ]);
  });

  it("reads goal lists and Chinese numerals in a scope", () => {
    const { roles } = parseAgencyCell(
      "績效目標1、3主辦機關：內政部 績效目標二至四協辦機關：外交部",
      "zh-Hant",
    );
    expect(roles.map((r) => r.goals)).toEqual([
      [1, 3],
      [2, 3, 4],
    ]);
  });
});

describe("parseAgencyCell: parents with children", () => {
  it("expands 法務部(檢察司、調查局) to the two children", () => {
    expect(parseAgencyCell("法務部(檢察司、調查局)", "zh-Hant").roles).toEqual([
      { agencyId: "moj-prosecutorial-affairs", name: "法務部(檢察司)", role: "executing" },
      { agencyId: "moj-ib", name: "法務部(調查局)", role: "executing" },
    ]);
  });

  it("expands 法務部(臺灣高等檢察署、各地方檢察署、廉政署、調查局) to four", () => {
    expect(
      pairs(parseAgencyCell("法務部（臺灣高等檢察署、各地方檢察署、廉政署、調查局）", "zh-Hant").roles),
    ).toEqual([
      ["taiwan-high-prosecutors-office", "executing"],
      ["district-prosecutors-offices", "executing"],
      ["moj-aac", "executing"],
      ["moj-ib", "executing"],
    ]);
  });

  it("keeps the parent too for 含: 內政部(含警政署刑事警察局)", () => {
    expect(parseAgencyCell("內政部(含警政署刑事警察局)", "zh-Hant").roles).toEqual([
      { agencyId: "moi", name: "內政部", role: "executing" },
      { agencyId: "moi-npa-cib", name: "內政部(警政署刑事警察局)", role: "executing" },
    ]);
  });

  it("expands the English 'and' inside and between brackets to four", () => {
    const cell =
      "the Ministry of Justice (Department of International and Cross-Strait Legal Affairs and Investigation Bureau) and the Ministry of the Interior (National Police Agency and National Immigration Agency)";
    expect(pairs(parseAgencyCell(cell, "en").roles)).toEqual([
      ["moj-international-legal-affairs", "executing"],
      ["moj-ib", "executing"],
      ["moi-npa", "executing"],
      ["moi-nia", "executing"],
    ]);
  });

  it("reads an Oxford comma: 'A, B, and C'", () => {
    const cell =
      "the Ministry of Justice (Department of International and Cross-Strait Legal Affairs, Department of Prosecutorial Affairs, Agency Against Corruption, and Investigation Bureau)";
    expect(parseAgencyCell(cell, "en").roles.map((r) => r.agencyId)).toEqual([
      "moj-international-legal-affairs",
      "moj-prosecutorial-affairs",
      "moj-aac",
      "moj-ib",
    ]);
  });

  it("does not split names that contain a separator: 國際及兩岸法律司, 各直轄市、縣(市)政府, 'Office, Executive Yuan'", () => {
    expect(pairs(parseAgencyCell("法務部(國際及兩岸法律司)、各直轄市、縣(市)政府", "zh-Hant").roles)).toEqual(
      [
        ["moj-international-legal-affairs", "executing"],
        ["local-governments", "executing"],
      ],
    );
    expect(
      pairs(parseAgencyCell("Anti-Money Laundering Office, Executive Yuan; the Central Bank", "en").roles),
    ).toEqual([
      ["amlo", "executing"],
      ["cbc", "executing"],
    ]);
  });
});

describe("parseAgencyCell: separators and broken cells", () => {
  it("splits on 、，, ; and 'and'", () => {
    expect(
      pairs(parseAgencyCell("外交部，經濟部,內政部；財政部;教育部", "zh-Hant").roles).map(([id]) => id),
    ).toEqual(["mofa", "moea", "moi", "mof", "moe"]);
    expect(
      pairs(
        parseAgencyCell("the Ministry of Foreign Affairs; the Ministry of Finance and the Central Bank", "en")
          .roles,
      ).map(([id]) => id),
    ).toEqual(["mofa", "mof", "cbc"]);
  });

  it("joins a cell broken across a page break before parsing (English)", () => {
    const cell =
      "Authorities in charge: Ministry of Justice (Agency Against Corruption, Investigation Bureau, Department of Prosecutorial Affairs) and the Anti-Money Laundering\n<p>Office, Executive Yuan</p> <p>Assisting authorities: the Ministry of Foreign Affairs, the Ministry of Economic Affairs, and the Ministry of the Interior (Criminal Investigation Bureau)</p>";
    expect(pairs(parseAgencyCell(cell, "en").roles)).toEqual([
      ["moj-aac", "lead"],
      ["moj-ib", "lead"],
      ["moj-prosecutorial-affairs", "lead"],
      ["amlo", "lead"],
      ["mofa", "assisting"],
      ["moea", "assisting"],
      ["moi-npa-cib", "assisting"],
    ]);
  });

  it("joins a Chinese name broken across a page break (行政院洗錢防制辦公 / 室)", () => {
    const cell =
      "<p>主辦機關：行政院洗錢防制辦公</p>\n<p>室、法務部(調查局、檢察司) 協辦機關：財政部(關務署)</p>";
    expect(pairs(parseAgencyCell(cell, "zh-Hant").roles)).toEqual([
      ["amlo", "lead"],
      ["moj-ib", "lead"],
      ["moj-prosecutorial-affairs", "lead"],
      ["mof-customs", "assisting"],
    ]);
  });

  it("joins an English name broken inside the brackets (Investigation / Bureau)", () => {
    const cell =
      "The Ministry of Justice (Department of Prosecutorial Affairs, Investigation\n\nBureau, Agency Against Corruption)";
    expect(parseAgencyCell(cell, "en").roles.map((r) => r.agencyId)).toEqual([
      "moj-prosecutorial-affairs",
      "moj-ib",
      "moj-aac",
    ]);
  });

  it("reads Simplified Chinese cells", () => {
    const cell = "主办机关：法务部(检察司、调查局)、行政院洗钱防制办公室 协办机关：金融监督管理委员会";
    expect(pairs(parseAgencyCell(cell, "zh-Hans").roles)).toEqual([
      ["moj-prosecutorial-affairs", "lead"],
      ["moj-ib", "lead"],
      ["amlo", "lead"],
      ["fsc", "assisting"],
    ]);
  });

  it("reads full-width brackets and spaces inside names", () => {
    const cell = "法務部（ 檢察司、 調 查 局 ）、行政院 公共工程 委員會";
    expect(parseAgencyCell(cell, "zh-Hant").roles.map((r) => r.agencyId)).toEqual([
      "moj-prosecutorial-affairs",
      "moj-ib",
      "pcc",
    ]);
  });
});

describe("parseAgencyCell: what it does not resolve", () => {
  it("keeps an unknown agency with agencyId null and a warning naming it", () => {
    const { roles, warnings } = parseAgencyCell("外交部、臺北市政府警察局", "zh-Hant", {
      at: { measureId: "9.1" },
    });
    expect(roles).toEqual([
      { agencyId: "mofa", name: "外交部", role: "executing" },
      { agencyId: null, name: "臺北市政府警察局", role: "executing" },
    ]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      code: "unresolved_agency",
      at: { measureId: "9.1" },
      subject: { kind: "agency", name: "臺北市政府警察局" },
    });
    expect(warnings[0]?.message).toContain("臺北市政府警察局");
  });

  it("keeps the resolvable children of a parent and the unknown one, named with its parent", () => {
    const { roles, warnings } = parseAgencyCell("法務部(調查局、保密司)", "zh-Hant");
    expect(roles).toEqual([
      { agencyId: "moj-ib", name: "法務部(調查局)", role: "executing" },
      { agencyId: null, name: "法務部(保密司)", role: "executing" },
    ]);
    expect(warnings.map((w) => w.message).join()).toContain("法務部(保密司)");
  });

  it("does not take an agency that is not under the parent: 法務部(外交部)", () => {
    const { roles, warnings } = parseAgencyCell("法務部(外交部)", "zh-Hant");
    expect(roles).toEqual([{ agencyId: null, name: "法務部(外交部)", role: "executing" }]);
    expect(warnings[0]?.code).toBe("unresolved_agency");
  });

  it("keeps an unknown English name whole across 'and'", () => {
    const { roles } = parseAgencyCell("the Bureau of Weights and Measures and the Central Bank", "en");
    expect(roles.map((r) => [r.agencyId, r.name])).toEqual([
      [null, "the Bureau of Weights and Measures"],
      ["cbc", "the Central Bank"],
    ]);
  });

  it("starts a new unknown English name at 'and the'", () => {
    const { roles } = parseAgencyCell("the Bureau of Weights and Measures and the Office of Nowhere", "en");
    expect(roles.map((r) => r.name)).toEqual(["the Bureau of Weights and Measures", "the Office of Nowhere"]);
  });

  it("warns about an empty cell, an empty role and unbalanced brackets", () => {
    expect(parseAgencyCell(" <p></p> ", "zh-Hant").warnings.map((w) => w.code)).toEqual([
      "empty_agency_cell",
    ]);
    expect(parseAgencyCell("主辦機關：外交部 協辦機關：", "zh-Hant").warnings.map((w) => w.code)).toEqual([
      "empty_agency_role",
    ]);
    const unbalanced = parseAgencyCell("法務部(檢察司、調查局", "zh-Hant");
    expect(unbalanced.roles.map((r) => r.agencyId)).toEqual(["moj-prosecutorial-affairs", "moj-ib"]);
    expect(unbalanced.warnings.map((w) => w.code)).toEqual(["unbalanced_brackets"]);
  });
});

describe("parseAgencyCell: properties", () => {
  // Collectives are left out: their names are phrases that a list can run into.
  const named = agencyRegistry.filter((a) => a.kind !== "collective");

  it("reads any list of registered Chinese names joined by 、，, ; as those agencies, in order", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...named), { minLength: 1, maxLength: 6 }),
        fc.array(fc.constantFrom("、", "，", ",", ";", "；"), { minLength: 1 }),
        (agencies, separators) => {
          const cell = agencies
            .map((a, i) => (i === 0 ? "" : separators[i % separators.length]) + a.name.zh)
            .join("");
          const { roles, warnings } = parseAgencyCell(cell, "zh-Hant");
          expect(roles.map((r) => r.agencyId)).toEqual(agencies.map((a) => a.id));
          expect(warnings).toEqual([]);
        },
      ),
    );
  });

  it("reads any list of registered English names joined by ; or 'and' as those agencies, in order", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...named), { minLength: 1, maxLength: 6 }),
        fc.array(fc.constantFrom("; ", " and ", "; and "), { minLength: 1 }),
        (agencies, separators) => {
          const cell = agencies
            .map((a, i) => (i === 0 ? "" : separators[i % separators.length]) + a.name.en)
            .join("");
          expect(parseAgencyCell(cell, "en").roles.map((r) => r.agencyId)).toEqual(agencies.map((a) => a.id));
        },
      ),
    );
  });

  it("never drops a mention: every list item of unknown names comes back", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("甲", "乙", "丙丁", "戊己庚"), { minLength: 1, maxLength: 5 }),
        (names) => {
          const { roles, warnings } = parseAgencyCell(names.map((n) => `${n}委員會`).join("、"), "zh-Hant");
          expect(roles.map((r) => r.name)).toEqual(names.map((n) => `${n}委員會`));
          expect(warnings).toHaveLength(names.length);
        },
      ),
    );
  });
});
