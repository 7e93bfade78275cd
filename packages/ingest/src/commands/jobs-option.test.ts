import { describe, expect, test } from "vitest";
import { jobsOption } from "./ingest.js";

describe("ingest's --jobs", () => {
  test("left out, it is left to the pool, which chooses by the inputs (fewer lanes for PDFs)", () => {
    expect(jobsOption(undefined)).toEqual({});
  });

  test("given, it is taken as said, within the machine's limits", () => {
    expect(jobsOption("1")).toEqual({ jobs: 1 });
    expect(jobsOption("100000").note).toMatch(/--jobs 100000 lowered to \d+/u);
    expect(() => jobsOption("0")).toThrow(/--jobs/u);
  });
});
