import type { Agency } from "@lianzheng/model";
import { describe, expect, it } from "vitest";
import { measure, plan, report } from "../../test/documents.js";
import { prepareSiteData } from "../prepare.js";
import { buildLookup } from "./lookup.js";
import { buildSearchEntries, search } from "./search.js";

const agencies: Agency[] = [
  {
    id: "pcc",
    name: { zh: "行政院公共工程委員會", en: "Public Construction Commission, Executive Yuan" },
    abbreviations: ["工程會"],
    aliases: [],
    parentId: null,
    kind: "commission",
  },
];
const data = prepareSiteData({
  documents: [
    plan("action-plan.zh-hant.aaaa", [
      measure("1.3", "辦理政府採購稽核及公共工程施工品質查核", {
        agencies: [{ agencyId: "pcc", name: "行政院公共工程委員會", role: "lead" }],
        translations: {
          en: { text: "Audit government procurement", performanceGoals: [], agencyText: "PCC" },
        },
      }),
      measure("9.1", "推動外國與我國簽署司法互助條約協定"),
    ]),
    report("execution-report.zh-hant.bbbb", 2018, ["政府採購稽核件數 280 件。"]),
  ],
  agencies,
});
const entries = buildSearchEntries(buildLookup(data));
const find = (query: string) => search(entries, query, data.fold).map((e) => `${e.kind} ${e.title}`);

describe("search", () => {
  it("finds Traditional text by a Simplified query, a Traditional one, or a mix", () => {
    for (const query of ["采购稽核", "採購稽核", "采購稽核"]) {
      expect(find(query)).toEqual([
        "measure 1.3 辦理政府採購稽核及公共工程施工品質查核",
        "record 2018 序次 1 辦理政府採購稽核",
      ]);
    }
  });

  it("finds English translations and agency names whatever the case, and abbreviations", () => {
    expect(find("GOVERNMENT procurement")).toEqual(["measure 1.3 辦理政府採購稽核及公共工程施工品質查核"]);
    expect(find("工程会")).toEqual(expect.arrayContaining(["agency 行政院公共工程委員會"]));
    expect(find("public construction")).toEqual(["agency 行政院公共工程委員會"]);
  });

  it("needs every word, and finds nothing for an empty query or an absent word", () => {
    expect(find("司法互助 采购")).toEqual([]);
    expect(find("司法互助")).toEqual(["measure 9.1 推動外國與我國簽署司法互助條約協定"]);
    expect(find("   ")).toEqual([]);
    expect(find("廉政署不存在的詞")).toEqual([]);
  });
});
