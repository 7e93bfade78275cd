import { describe, expect, it } from "vitest";
import { parseTravellers } from "../src/index.js";
import { gold002, parse, seed002 } from "./seed.js";

// Covers that give each traveller an own 服務機關, built from seed 002's delegation: 馮成 of the
// Agency Against Corruption, 林彥均 of the Department of Prosecutorial Affairs (檢察司, as the seed's
// photo caption 「檢察司林主任檢察官彥均」 says).
const lines = seed002.split("\n");
const coverStart = lines.findIndex((line) => line.startsWith("服務機關"));
const coverEnd = lines.findIndex((line) => line.startsWith("報告日期"));
const withCover = (cover: string) =>
  [...lines.slice(0, coverStart), cover, ...lines.slice(coverEnd + 1)].join("\n");
const rest = "派赴國家：泰國清邁\n出國期間：2022 年 8 月 16 日至 19 日\n報告日期：2022 年 9 月";

const aac = { name: "法務部廉政署", agencyId: "moj-aac" };
const prosecutorial = { name: "法務部檢察司", agencyId: "moj-prosecutorial-affairs" };
const expected = [
  { name: "馮成", title: "副署長", agency: aac },
  { name: "林彥均", title: "主任檢察官", agency: prosecutorial },
];

describe("each traveller's own agency", () => {
  it("takes the agency off a title that starts with one (title first, bracketed, glued)", () => {
    expect(parseTravellers("法務部廉政署副署長馮成、法務部檢察司主任檢察官林彥均").travellers).toEqual(
      expected,
    );
    expect(
      parseTravellers("馮成（法務部廉政署副署長）\n林彥均（法務部檢察司主任檢察官）").travellers,
    ).toEqual(expected);
    expect(parseTravellers("法務部廉政署副署長 馮成").travellers).toEqual([expected[0]]);
  });

  it("resolves a short unit inside the cover's agencies (人事處 inside 法務部)", () => {
    expect(parseTravellers("人事處科長王大明", ["moj"]).travellers).toEqual([
      { name: "王大明", title: "科長", agency: { name: "人事處", agencyId: "moj-personnel" } },
    ]);
    // Every ministry has a 人事處: outside the cover's agency it is an agency, but whose is unknown.
    expect(parseTravellers("人事處科長王大明").travellers[0]?.agency).toEqual({
      name: "人事處",
      agencyId: null,
    });
  });

  it("leaves titles without an agency alone (seed 002's cover)", () => {
    const report = parse(seed002);
    expect(report.cover.travellers).toEqual(gold002.cover.travellers);
    expect(report.cover.travellers.every((t) => t.agency === undefined)).toBe(true);
  });

  it("reads 服務機關 and 姓名職稱 repeated per traveller", () => {
    const cover = [
      "服務機關：法務部廉政署",
      "姓名職稱：馮 成副署長",
      "服務機關：法務部檢察司",
      "姓名職稱：林彥均主任檢察官",
      rest,
    ];
    const report = parse(withCover(cover.join("\n")));
    expect(report.cover.travellers).toEqual(expected);
    expect(report.cover.agencies).toEqual([aac, prosecutorial]);
    // On one line each, too.
    const oneLine = parse(
      withCover(
        `服務機關：法務部廉政署 姓名職稱：馮成 副署長\n服務機關：法務部檢察司 姓名職稱：林彥均 主任檢察官\n${rest}`,
      ),
    );
    expect(oneLine.cover.travellers).toEqual(expected);
  });

  it("keeps the cover-wide list when one 服務機關 names several agencies (no guessing who is whose)", () => {
    const cover = [
      "服務機關：法務部、法務部廉政署",
      "姓名職稱：馮 成副署長",
      "服務機關：法務部、法務部廉政署",
      "姓名職稱：林彥均主任檢察官",
      rest,
    ];
    const report = parse(withCover(cover.join("\n")));
    expect(report.cover.travellers).toEqual([
      { name: "馮成", title: "副署長" },
      { name: "林彥均", title: "主任檢察官" },
    ]);
  });

  it("reads a roster table (出國人員姓名 | 服務機關 | 服務單位 | 職稱)", () => {
    const roster = [
      "出國人員姓名\t服務機關\t服務單位\t職稱",
      "馮 成\t法務部\t廉政署\t副署長",
      "林彥均\t法務部\t檢察司\t主任檢察官",
    ];
    const report = parse(withCover([...roster, rest].join("\n")));
    expect(report.cover.travellers).toEqual(expected);
    expect(report.cover.agencies).toEqual([aac, prosecutorial]);
    expect(report.warnings.filter((w) => w.code === "cover_field_missing")).toEqual([]);
  });

  it("reads an English traveller's agency after the title", () => {
    const { travellers } = parseTravellers(
      "Feng Cheng, Deputy Director-General, Agency Against Corruption; Lin Yen-chun, Chief Prosecutor of the Ministry of Justice; Sun Li-chieh, Section Chief",
    );
    expect(travellers).toEqual([
      {
        name: "Feng Cheng",
        title: "Deputy Director-General",
        agency: { name: "Agency Against Corruption", agencyId: "moj-aac" },
      },
      {
        name: "Lin Yen-chun",
        title: "Chief Prosecutor",
        agency: { name: "the Ministry of Justice", agencyId: "moj" },
      },
      { name: "Sun Li-chieh", title: "Section Chief" },
    ]);
  });

  it("keeps an agency the registry lacks with a null id, and says so", () => {
    const report = parse(withCover(`服務機關：法務部\n姓名職稱：某某局科長王大明\n${rest}`));
    expect(report.cover.travellers).toEqual([
      { name: "王大明", title: "科長", agency: { name: "某某局", agencyId: null } },
    ]);
    expect(report.warnings.filter((w) => w.code === "unresolved_agency").map((w) => w.subject)).toEqual([
      { kind: "agency", name: "某某局" },
    ]);
  });
});
