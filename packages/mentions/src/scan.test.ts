import { describe, expect, it } from "vitest";
import { findCountries, findMentions, splitDestination } from "./index.js";

describe("findMentions", () => {
  it("keeps the longest form where two overlap", () => {
    expect(findMentions("法務部廉政署與 Hong Kong, China").map((m) => m.id)).toEqual(["moj-aac", "HK"]);
  });

  it("reads a sub-agency followed by its parent as the sub-agency", () => {
    const ids = (text: string) => findMentions(text).map((m) => [m.id, m.name]);
    expect(ids("the Immigration Agency under MOI evaluates")).toEqual([
      ["moi-nia", "Immigration Agency under MOI"],
    ]);
    expect(ids("Immigration Agency of MOI and the MOI")).toEqual([
      ["moi-nia", "Immigration Agency of MOI"],
      ["moi", "MOI"],
    ]);
    // Not a parent: the Ministry of Justice is no parent of the immigration agency.
    expect(ids("Immigration Agency of MOJ").map(([id]) => id)).toEqual(["moi-nia", "moj"]);
  });

  it("matches abbreviations whole and in their case only", () => {
    expect(findMentions("the moi, UNCACS and MOI").map((m) => [m.id, m.count])).toEqual([["moi", 1]]);
  });

  it("matches Simplified and full-width forms as the Traditional ones", () => {
    expect(findMentions("法务部廉政署出席ＡＰＥＣ会议").map((m) => m.id)).toEqual(["moj-aac", "apec"]);
  });

  it("counts every occurrence and keeps the sentence of the first", () => {
    const [japan] = findMentions("Officers went to Japan. Japan signed an MOU.");
    expect(japan).toEqual({
      kind: "country",
      id: "JP",
      name: "Japan",
      count: 2,
      evidence: "Officers went to Japan.",
    });
  });
});

describe("countries", () => {
  it("lists economies in order, each once", () => {
    expect(findCountries("澳洲、大韓民國、中華台北、澳洲").map((c) => c.code)).toEqual(["AU", "KR", "TW"]);
  });

  it("splits a destination into countries and cities, a city naming its country", () => {
    expect(splitDestination("泰國清邁")).toEqual({
      countries: [{ code: "TH", name: "泰國" }],
      cities: ["清邁"],
    });
    expect(splitDestination("維也納")).toEqual({
      countries: [{ code: "AT", name: "維也納" }],
      cities: ["維也納"],
    });
    expect(splitDestination("美國華盛頓、加拿大").countries.map((c) => c.code)).toEqual(["US", "CA"]);
  });
});
