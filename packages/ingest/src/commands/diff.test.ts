import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { UsageError } from "../usage.js";
import { run } from "./diff.js";

const root = fileURLToPath(new URL("../../../../", import.meta.url));
const REPORT_2018 = `${root}seeds/003_2d62c1db8ab3e0f0.txt`;
const DERIVED_2018 = `${root}fixtures/editions/2018-derived-from-003.json`;
const PLAN_2023 = `${root}seeds/001_6bac756fe4f12e99.txt`;
let out: string;

beforeEach(() => {
  out = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
});
afterEach(() => vi.restoreAllMocks());

describe("lianzheng diff", () => {
  it("gives the same JSON change list from the report and from the derived plan's JSON", async () => {
    expect(await run([REPORT_2018, PLAN_2023, "--format", "json"])).toBe(0);
    const fromReport = JSON.parse(out);
    out = "";
    expect(await run([DERIVED_2018, PLAN_2023, "--format", "json"])).toBe(0);
    const fromJson = JSON.parse(out);
    expect(fromJson.changes).toEqual(fromReport.changes);
    // 46 measures in 2018, 58 in 2023: every one appears once in the counts.
    const s = fromJson.summary;
    expect(s.kept + s.renumbered + s.reworded + s.removed).toBe(46);
    expect(s.kept + s.renumbered + s.reworded + s.added).toBe(58);
    expect(fromJson.changes.find((c: { from: string[] }) => c.from[0] === "8.2")).toMatchObject({
      kind: "reworded",
      to: ["8.1"],
    });
  });

  it("prints a Markdown table with --format md, and only changes with --changes", async () => {
    expect(await run([DERIVED_2018, PLAN_2023, "--format", "md", "--changes"])).toBe(0);
    const lines = out.split("\n");
    expect(lines[0]).toBe("| change | from | to | similarity | agencies | goals | words |");
    expect(lines).toContain("| removed | 1.2 | — |  |  |  |  |");
    expect(out).not.toMatch(/^\| kept /mu);
    expect(out).toMatch(
      /\| reworded \| 9\.3 \| 9\.3 \| 0\.\d\d \| \+mofa \+moj-prosecutorial-affairs -oac-cga \| changed \|/u,
    );
  });

  it("refuses a wrong format or a wrong number of files", async () => {
    await expect(run([DERIVED_2018, PLAN_2023, "--format", "xml"])).rejects.toThrow(UsageError);
    await expect(run([DERIVED_2018])).rejects.toThrow(UsageError);
  });
});
