import { Country, InternationalBody } from "@lianzheng/model";
import { describe, expect, it } from "vitest";
import bodiesData from "./data/bodies.json" with { type: "json" };
import countriesData from "./data/countries.json" with { type: "json" };
import governmentsData from "./data/governments.json" with { type: "json" };
import topicsData from "./data/topics.json" with { type: "json" };
import { Governments, Topic } from "./registries.js";
import { comparable } from "./text.js";

describe("the data files", () => {
  it("validate against their zod schemas", () => {
    for (const body of bodiesData) expect(InternationalBody.safeParse(body).error, body.id).toBeUndefined();
    for (const country of countriesData)
      expect(Country.safeParse(country).error, country.code).toBeUndefined();
    for (const topic of topicsData) expect(Topic.safeParse(topic).error, topic.id).toBeUndefined();
    expect(Governments.safeParse(governmentsData).error).toBeUndefined();
    const codes = new Set(countriesData.map((c) => c.code));
    for (const government of governmentsData.foreign)
      expect(codes, government.country).toContain(government.country);
  });

  it("have unique ids, and every body's parent exists", () => {
    const ids = bodiesData.map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const body of bodiesData) if (body.parentId !== null) expect(ids, body.id).toContain(body.parentId);
    const codes = countriesData.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(topicsData.map((t) => t.id)).size).toBe(topicsData.length);
  });

  it("give no form to two things: a form names one body or one country", () => {
    const owner = new Map<string, string>();
    const claim = (form: string | undefined, id: string) => {
      if (form === undefined) return;
      const key = comparable(form).toLowerCase();
      expect(owner.get(key) ?? id, `${form} names ${owner.get(key)} and ${id}`).toBe(id);
      owner.set(key, id);
    };
    for (const b of bodiesData)
      for (const f of [b.name.en, b.name.zh, ...b.abbreviations, ...b.aliases]) claim(f, b.id);
    for (const c of countriesData) for (const f of [c.name.zh, c.name.en, ...c.aliases]) claim(f, c.code);
  });
});
