// Golden tests of the agency resolver against the seed documents. Expected ids were written by
// reading the seeds' 辦理機關 / Executing Agency cells, not from the code's output.
import type { AgencyRole } from "@lianzheng/model";
import { describe, expect, it } from "vitest";
import { parseAgencyCell, resolveAgency } from "../src/index.js";
import { readPlanAgencyCells, readReportAgencyCells, type SeedAgencyCell } from "./seed-cells.js";

const PLAN_ZH = "001_6bac756fe4f12e99.txt";
const PLAN_EN = "000_b54d29a4c767afd7.txt";
const REPORT = "003_2d62c1db8ab3e0f0.txt";

const planZh = readPlanAgencyCells(PLAN_ZH);
const planEn = readPlanAgencyCells(PLAN_EN);
const report = readReportAgencyCells(REPORT);

type Expected = [agencyId: string, role: AgencyRole["role"]][];
const pairs = (roles: AgencyRole[]) => roles.map((r) => [r.agencyId, r.role]);
const cellOf = (cells: SeedAgencyCell[], measure: string) => {
  const cell = cells.find((c) => c.measure === measure);
  if (!cell) throw new Error(`no agency cell for ${measure}`);
  return cell.text;
};

describe("seed agency cells are read whole", () => {
  it("finds every measure: 58 in the Chinese plan, 9 in the English strategy 9, 46 report records", () => {
    const perStrategy = new Map<string, number>();
    for (const cell of planZh) {
      const strategy = cell.measure.split(".")[0] ?? "";
      perStrategy.set(strategy, (perStrategy.get(strategy) ?? 0) + 1);
    }
    expect(Object.fromEntries(perStrategy)).toEqual({
      1: 4,
      2: 6,
      3: 3,
      4: 3,
      5: 2,
      6: 3,
      7: 8,
      8: 20,
      9: 9,
    });
    expect(planEn.map((c) => c.measure)).toEqual([
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
    expect(report.map((c) => Number(c.measure))).toEqual(Array.from({ length: 46 }, (_, i) => i + 1));
  });
});

describe.each([
  ["001 (Chinese plan)", planZh, "zh-Hant"],
  ["000 (English plan, strategy 9)", planEn, "en"],
  ["003 (2018 execution report)", report, "zh-Hant"],
] as const)("every agency mention in seed %s resolves", (_name, cells, language) => {
  it.each(cells.map((c) => [c.measure, c] as const))("%s", (_measure, cell) => {
    const { roles, warnings } = parseAgencyCell(cell.text, language, { at: { line: cell.line } });
    expect(warnings).toEqual([]);
    expect(roles.length).toBeGreaterThan(0);
    expect(roles.filter((r) => r.agencyId === null)).toEqual([]);
  });
});

// Strategy 9, read from 001 (and the same agencies and roles in 000's translation).
const strategy9: Record<string, Expected> = {
  "9.1": [
    ["moj-international-legal-affairs", "lead"],
    ["mofa", "assisting"],
  ],
  "9.2": [
    ["moj-international-legal-affairs", "lead"],
    ["mofa", "assisting"],
  ],
  "9.3": [
    ["moj-international-legal-affairs", "lead"],
    ["moj-prosecutorial-affairs", "lead"],
    ["moj-aac", "lead"],
    ["moj-ib", "lead"],
    ["mofa", "assisting"],
  ],
  "9.4": [["moj-prosecutorial-affairs", "executing"]],
  "9.5": [
    ["amlo", "lead"],
    ["moj-ib", "lead"],
    ["moj-prosecutorial-affairs", "lead"],
    ["mof-customs", "assisting"],
    ["cbc", "assisting"],
    ["mofa", "assisting"],
    ["fsc", "assisting"],
  ],
  "9.6": [
    ["moj-prosecutorial-affairs", "executing"],
    ["moj-ib", "executing"],
    ["moj-aac", "executing"],
  ],
  "9.7": [
    ["moj-international-legal-affairs", "executing"],
    ["moj-ib", "executing"],
    ["moi-npa", "executing"],
    ["moi-nia", "executing"],
  ],
  "9.8": [
    ["moj-aac", "lead"],
    ["moj-ib", "lead"],
    ["moj-prosecutorial-affairs", "lead"],
    ["amlo", "lead"],
    ["mofa", "assisting"],
    ["moea", "assisting"],
    ["moi-npa-cib", "assisting"],
  ],
  "9.9": [
    ["moj-aac", "lead"],
    ["moj-prosecutorial-affairs", "assisting"],
    ["mofa", "assisting"],
  ],
};

/**
 * Real differences between the Chinese plan and its English translation in strategy 9's agency
 * cells, as "measure: what differs". Reading both cell by cell found none: the English names the
 * same agencies in the same roles (it orders 9.5's lead agencies and 9.8's the same way too).
 */
const KNOWN_TRANSLATION_DIFFERENCES: string[] = [];

describe("strategy 9: the Chinese plan (001) and its English translation (000) agree", () => {
  it.each(Object.entries(strategy9))("%s in 001 names the agencies the source shows", (measure, expected) => {
    expect(pairs(parseAgencyCell(cellOf(planZh, measure), "zh-Hant").roles)).toEqual(expected);
  });

  it.each(Object.entries(strategy9))("%s in 000 names the agencies the source shows", (measure, expected) => {
    expect(pairs(parseAgencyCell(cellOf(planEn, measure), "en").roles)).toEqual(expected);
  });

  it("gives the same set of (agencyId, role) per measure in both languages, apart from listed differences", () => {
    const differences: string[] = [];
    for (const measure of Object.keys(strategy9)) {
      const zh = new Set(
        parseAgencyCell(cellOf(planZh, measure), "zh-Hant").roles.map((r) => `${r.agencyId}/${r.role}`),
      );
      const en = new Set(
        parseAgencyCell(cellOf(planEn, measure), "en").roles.map((r) => `${r.agencyId}/${r.role}`),
      );
      const onlyZh = [...zh].filter((x) => !en.has(x));
      const onlyEn = [...en].filter((x) => !zh.has(x));
      if (onlyZh.length + onlyEn.length > 0) {
        differences.push(`${measure}: only in 001 ${onlyZh.join(" ")}; only in 000 ${onlyEn.join(" ")}`);
      }
    }
    expect(differences).toEqual(KNOWN_TRANSLATION_DIFFERENCES);
  });
});

describe("other seed cells, read from the source", () => {
  it("001 一、(一): goal-scoped lead and assisting agencies, 行政院農業委員會 and 內政部(含警政署刑事警察局)", () => {
    const { roles } = parseAgencyCell(cellOf(planZh, "1.1"), "zh-Hant");
    const lead = roles.filter((r) => r.role === "lead");
    const assisting = roles.filter((r) => r.role === "assisting");
    expect(lead.map((r) => r.agencyId)).toEqual(["all-agencies", "moj-aac"]);
    expect(lead.every((r) => r.goals?.join() === "1,2,3,4,5")).toBe(true);
    expect(assisting.map((r) => r.agencyId)).toEqual([
      "moea",
      "motc",
      "moa",
      "fsc",
      "mohw",
      "mol",
      "ncc",
      "cbc",
      "moi",
      "moi-npa-cib",
      "pcc",
      "mof",
      "moe",
    ]);
    expect(assisting.every((r) => r.goals?.join() === "6")).toBe(true);
  });

  it.each([
    [
      "1.4",
      [
        ["moj-aac", "lead"],
        ["dgpa", "assisting"],
        ["dgbas", "assisting"],
        ["moj-personnel", "assisting"],
      ],
    ],
    [
      "2.4",
      [
        ["pcc", "lead"],
        ["moj-prosecutorial-affairs", "assisting"],
        ["moj-aac", "assisting"],
        ["amlo", "assisting"],
      ],
    ],
    [
      "2.6",
      [
        ["moj-legal-affairs", "lead"],
        ["judicial-yuan", "assisting"],
        ["examination-yuan", "assisting"],
        ["dgpa", "assisting"],
        ["dgbas", "assisting"],
        ["moda", "assisting"],
      ],
    ],
    [
      "7.5",
      [
        ["vac", "executing"],
        ["moea", "executing"],
        ["motc", "executing"],
        ["fsc", "executing"],
      ],
    ],
    [
      "8.4",
      [
        ["taiwan-high-prosecutors-office", "executing"],
        ["district-prosecutors-offices", "executing"],
        ["moj-aac", "executing"],
        ["moj-ib", "executing"],
      ],
    ],
    [
      "8.14",
      [
        ["moj-prosecutorial-affairs", "lead"],
        ["fsc", "lead"],
        ["moea", "lead"],
        ["mohw", "lead"],
        ["moenv", "lead"],
        ["mol", "lead"],
        ["pcc", "assisting"],
      ],
    ],
  ] as [string, Expected][])("001 %s", (measure, expected) => {
    expect(pairs(parseAgencyCell(cellOf(planZh, measure), "zh-Hant").roles)).toEqual(expected);
  });

  it.each([
    [
      "16",
      [
        ["dgpa", "lead"],
        ["examination-yuan", "assisting"],
      ],
    ],
    ["29", [["moa-afa", "executing"]]],
    [
      "42",
      [
        ["moj-international-legal-affairs", "executing"],
        ["moj-aac", "executing"],
        ["moj-ib", "executing"],
        ["oac-cga", "executing"],
      ],
    ],
  ] as [string, Expected][])("003 序次 %s", (measure, expected) => {
    expect(pairs(parseAgencyCell(cellOf(report, measure), "zh-Hant").roles)).toEqual(expected);
  });

  it("resolves the 2018 report's and the 2023 plan's names for the same body to one id", () => {
    // 003 (2018) 序次 29 says 行政院農業委員會（農糧署）; the 2023 plan 001 一、(一) says 行政院農業委員會.
    expect(resolveAgency("行政院農業委員會")?.agencyId).toBe("moa");
    expect(resolveAgency("農業部")?.agencyId).toBe("moa");
    expect(resolveAgency("農業部農糧署")?.agencyId).toBe(
      parseAgencyCell(cellOf(report, "29"), "zh-Hant").roles[0]?.agencyId,
    );
  });
});

describe("agency names inside the seeds' goal and achievement texts resolve", () => {
  it.each([
    ["法務部(廉政署)", "moj-aac"],
    ["法務部廉政署", "moj-aac"],
    ["內政部", "moi"],
    ["監察院", "control-yuan"],
    ["行政院公共工程委員會", "pcc"],
    ["法務部(檢察司)", "moj-prosecutorial-affairs"],
    ["行政院洗錢防制辦公室", "amlo"],
    ["經濟部", "moea"],
    ["法務部(法律事務司)", "moj-legal-affairs"],
    ["國防部", "mnd"],
    ["金融監督管理委員會", "fsc"],
    ["法務部(調查局)", "moj-ib"],
    ["法務部調查局", "moj-ib"],
    ["法務部調查局洗錢防制處", "moj-ib-amld"],
    ["司法院", "judicial-yuan"],
    ["衛生福利部", "mohw"],
    ["行政院環境保護署", "moenv"],
    ["勞動部", "mol"],
    ["法務部（國際及兩岸法律司）", "moj-international-legal-affairs"],
    ["法務部國際及兩岸法律司", "moj-international-legal-affairs"],
    ["各地方檢察署", "district-prosecutors-offices"],
    ["各地檢署", "district-prosecutors-offices"],
    ["各公股股權管理機關", "state-shareholding-agencies"],
    ["政風機構", "civil-service-ethics-units"],
    ["行政院", "executive-yuan"],
    ["財政部關務署", "mof-customs"],
    ["洗防辦", "amlo"],
    ["The Ministry of Justice (Department of Prosecutorial Affairs, Agency Against Corruption)", null],
    ["The Anti-Money Laundering Office of the Executive Yuan", "amlo"],
    ["The Ministry of Justice Investigation Bureau", "moj-ib"],
    ["Anti-Money Laundering Office, Executive Yuan", "amlo"],
  ] as [string, string | null][])("%s", (name, agencyId) => {
    expect(resolveAgency(name)?.agencyId ?? null).toBe(agencyId);
  });
});
