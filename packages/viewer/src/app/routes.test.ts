import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hrefFor, parseHash, type Route } from "./routes.js";

const id = fc.string({ minLength: 1 }).filter((s) => s.trim() !== "");
const route: fc.Arbitrary<Route> = fc.oneof(
  fc.constant<Route>({ page: "home" }),
  fc.constant<Route>({ page: "agencies" }),
  fc.constant<Route>({ page: "sources" }),
  fc.constant<Route>({ page: "read" }),
  id.map((id): Route => ({ page: "plan", id })),
  fc
    .tuple(id, fc.stringMatching(/^\d{1,2}\.\d{1,2}$/))
    .map(([id, measureId]): Route => ({ page: "measure", id, measureId })),
  id.map((id): Route => ({ page: "report", id })),
  fc.tuple(id, fc.integer({ min: 1, max: 999 })).map(([id, seq]): Route => ({ page: "report", id, seq })),
  id.map((agencyId): Route => ({ page: "agency", agencyId })),
  id.map((id): Route => ({ page: "document", id })),
  fc.string().map((query): Route => ({ page: "search", query })),
);

describe("hash routes", () => {
  it("parse back to the route they were made from, for any id or query (slashes, 中文, %)", () => {
    fc.assert(
      fc.property(route, (r) => {
        expect(parseHash(hrefFor(r))).toEqual(r);
      }),
    );
  });

  it("read the links people type or share", () => {
    expect(parseHash("")).toEqual({ page: "home" });
    expect(parseHash("#/report/2018/4")).toEqual({ page: "report", id: "2018", seq: 4 });
    expect(parseHash("#/plan/action-plan.zh-hant.2dd2e3f2758b902d/9.3")).toEqual({
      page: "measure",
      id: "action-plan.zh-hant.2dd2e3f2758b902d",
      measureId: "9.3",
    });
    expect(parseHash("#/search/%E9%87%87%E8%B4%AD")).toEqual({ page: "search", query: "采购" });
    expect(parseHash("#/read")).toEqual({ page: "read" });
  });

  it("give not-found for unknown or malformed paths, never an exception", () => {
    expect(parseHash("#/nothing/here").page).toBe("not-found");
    expect(parseHash("#/report/x/notanumber").page).toBe("not-found");
    expect(parseHash("#/plan/").page).toBe("not-found");
    expect(parseHash("#/read/extra").page).toBe("not-found");
    expect(parseHash("#/agency/%E0%A4%A").page).toBe("agency");
    fc.assert(
      fc.property(fc.string(), (hash) => {
        expect(() => parseHash(hash)).not.toThrow();
      }),
    );
  });
});
