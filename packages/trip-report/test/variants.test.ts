import { foldToSimplified } from "@lianzheng/normalize";
import * as OpenCC from "opencc-js/t2cn";
import { describe, expect, it } from "vitest";
import { agendaOutline, gold002, outline, parse, seed002 } from "./seed.js";

// Variants built from seed 002 as other agencies' reports and other extractions lay the same
// fields out; each must parse to the fields of the gold file.
const lines = seed002.split("\n");
const coverStart = lines.findIndex((line) => line.startsWith("服務機關"));
const coverEnd = lines.findIndex((line) => line.startsWith("報告日期"));
const body = lines.slice(coverEnd + 1).join("\n");
const banner = lines.slice(0, coverStart).join("\n");

function withCover(cover: string, head = banner): string {
  return `${head}\n${cover}\n${body}`;
}

const expectCover = (text: string) => {
  const report = parse(text);
  expect(report.cover).toEqual(gold002.cover);
  expect(outline(report.sections)).toEqual(gold002.sections);
  return report;
};

describe("cover variants of seed 002", () => {
  it("reads the fields in another order", () => {
    const cover = [
      "派赴國家：泰國清邁",
      "",
      "報告日期：2022 年 9 月",
      "",
      "出國期間：2022 年 8 月 16 日至 19 日",
      "",
      "姓名職稱：馮 成副署長",
      "",
      "林彥均主任檢察官",
      "",
      "孫立杰科長",
      "",
      "張媛婷廉政官",
      "",
      "服務機關：法務部、法務部廉政署",
    ].join("\n");
    expectCover(withCover(cover));
  });

  it("reads the fields all on one line", () => {
    expectCover(
      withCover(
        "服務機關：法務部、法務部廉政署 姓名職稱：馮 成副署長 林彥均主任檢察官 孫立杰科長 張媛婷廉政官 派赴國家：泰國清邁 出國期間：2022 年 8 月 16 日至 19 日 報告日期：2022 年 9 月",
      ),
    );
  });

  it("reads the national format's ROC dates, half-width colons and title-first travellers", () => {
    const report = parse(
      withCover(
        [
          "服務機關: 法務部、法務部廉政署",
          "姓名職稱: 副署長 馮成、主任檢察官 林彥均、科長 孫立杰、廉政官 張媛婷",
          "派赴國家/地區: 泰國清邁",
          "出國期間: 111年8月16日至111年8月19日",
          "報告日期: 111年9月",
          "報告編號: C11103456",
        ].join("\n"),
      ),
    );
    expect({ ...report.cover, reportNumber: null }).toEqual(gold002.cover);
    expect(report.cover.reportNumber).toBe("C11103456");
  });

  it("reads an English cover to the same ids, codes and dates", () => {
    const english = [
      "Report on Official Trip Abroad (Category: Attending an international conference)",
      "",
      "Title: The 35th APEC Anti-Corruption and Transparency Experts' Working Group Meeting",
      "Agencies: Ministry of Justice; Agency Against Corruption, Ministry of Justice",
      "Travellers: Feng Cheng, Deputy Director-General; Lin Yen-chun, Chief Prosecutor; Sun Li-chieh, Section Chief; Chang Yuan-ting, Anti-Corruption Officer",
      "Destination: Chiang Mai, Thailand",
      "Period: 16–19 August 2022",
      "Report date: September 2022",
    ].join("\n");
    const report = parse(`${english}\n${body}`);
    const { cover } = report;
    expect(cover.category).toBe("Attending an international conference");
    expect(cover.title).toBe("The 35th APEC Anti-Corruption and Transparency Experts' Working Group Meeting");
    expect(cover.agencies.map((a) => a.agencyId)).toEqual(["moj", "moj-aac"]);
    expect(cover.travellers).toEqual([
      { name: "Feng Cheng", title: "Deputy Director-General" },
      { name: "Lin Yen-chun", title: "Chief Prosecutor" },
      { name: "Sun Li-chieh", title: "Section Chief" },
      { name: "Chang Yuan-ting", title: "Anti-Corruption Officer" },
    ]);
    expect(cover.destination).toEqual({
      text: "Chiang Mai, Thailand",
      countries: [{ code: "TH", name: "Thailand" }],
      cities: ["Chiang Mai"],
    });
    expect([cover.period, cover.reportDate]).toEqual([gold002.cover.period, gold002.cover.reportDate]);
    expect(report.warnings.filter((w) => w.severity !== "info").map((w) => w.code)).toEqual([]);
  });
});

describe("the agenda of seed 002 as plain lines instead of a table", () => {
  // Each row's cells joined by a space on one line, as a text extraction without tabs gives them.
  const agendaStart = lines.findIndex((line) => line.startsWith("## 貳、"));
  const agendaEnd = lines.findIndex((line) => line.startsWith("## 參、"));
  const plain = lines.map((line, index) =>
    index > agendaStart && index < agendaEnd
      ? line.replace(/\t/g, " ").replace(/^(\d\d:\d\d)\s+(\d\d:\d\d)/, "$1-$2")
      : line,
  );
  const report = parse(plain.join("\n"));

  it("has no table left", () => {
    expect(plain.slice(agendaStart, agendaEnd).some((line) => line.includes("\t"))).toBe(false);
  });

  it("gives the same rows: days, times, items, breaks, economies and speakers", () => {
    const fields = (rows: unknown[]) =>
      (rows as Array<Record<string, unknown>>).map(({ zh: _zh, en: _en, ...rest }) => rest);
    expect(fields(agendaOutline(report.agenda))).toEqual(fields(gold002.agenda));
    expect(report.agenda.map((row) => row.en.split(/\n| (?=Chair|Member|APEC Secretariat)/)[0])).toContain(
      "Item 1: Adoption of Agenda",
    );
  });
});

describe("a Simplified-Chinese copy of seed 002 (opencc-js)", () => {
  const simplified = OpenCC.Converter({ from: "tw", to: "cn" })(seed002);
  const report = parse(simplified, "zh-Hans");
  // opencc converts words too (計畫 → 计划, 瞭解 → 了解, where a character fold keeps 计画, 瞭解): compare in one spelling.
  const fold = (value: unknown) =>
    JSON.parse(foldToSimplified(JSON.stringify(value)).replace(/计划/g, "计画").replace(/了解/g, "瞭解"));

  it("is really Simplified", () => {
    expect(simplified).toContain("服务机关");
  });

  it("gives the same cover, contents, sections and agenda, compared in one script", () => {
    expect(fold(report.cover)).toEqual(fold(gold002.cover));
    expect(fold(report.toc)).toEqual(fold(gold002.toc));
    expect(fold(outline(report.sections))).toEqual(fold(gold002.sections));
    expect(fold(agendaOutline(report.agenda))).toEqual(fold(gold002.agenda));
  });
});
