import { describe, expect, it } from "vitest";
import { capJobs, maxJobs } from "./limits.js";

const GB = 1024 ** 3;

describe("--jobs", () => {
  it("runs at most one parse per CPU, and no more than memory holds at each parse's limits", () => {
    expect(maxJobs(2, 24 * GB)).toBe(2);
    expect(maxJobs(64, 24 * GB)).toBe(6); // 3.5 GB a parse: 2 GB for the parser, 1.5 GB for PDF.js
    expect(maxJobs(8, 2 * GB)).toBe(1);
  });

  it("lowers a larger --jobs and says so", () => {
    expect(capJobs(2, 2)).toEqual({ jobs: 2 });
    const capped = capJobs(64, 2);
    expect(capped.jobs).toBe(2);
    expect(capped.note).toMatch(/^--jobs 64 lowered to 2: one parse per CPU, within memory/);
  });
});
