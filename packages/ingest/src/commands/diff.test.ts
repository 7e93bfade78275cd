import { captureOutput, repoRoot } from "@lianzheng/test-support";
import { describe, expect, it } from "vitest";
import { UsageError } from "../usage.js";
import { run } from "./diff.js";

const REPORT_2018 = `${repoRoot}seeds/003_2d62c1db8ab3e0f0.txt`;
const DERIVED_2018 = `${repoRoot}fixtures/editions/2018-derived-from-003.json`;
const PLAN_2023 = `${repoRoot}seeds/001_6bac756fe4f12e99.txt`;
const output = captureOutput();

describe("lianzheng diff", () => {
  it("gives the same JSON change list from the report and from the derived plan's JSON", async () => {
    expect(await run([REPORT_2018, PLAN_2023, "--format", "json"])).toBe(0);
    const fromReport = JSON.parse(output.out);
    output.out = "";
    expect(await run([DERIVED_2018, PLAN_2023, "--format", "json"])).toBe(0);
    const fromJson = JSON.parse(output.out);
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
    const lines = output.out.split("\n");
    expect(lines[0]).toBe("| change | from | to | similarity | agencies | goals | words |");
    expect(lines).toContain("| removed | 1.2 | — |  |  |  |  |");
    expect(output.out).not.toMatch(/^\| kept /mu);
    expect(output.out).toMatch(
      /\| reworded \| 9\.3 \| 9\.3 \| 0\.\d\d \| \+mofa \+moj-prosecutorial-affairs -oac-cga \| changed \|/u,
    );
  });

  it("refuses a wrong format or a wrong number of files", async () => {
    await expect(run([DERIVED_2018, PLAN_2023, "--format", "xml"])).rejects.toThrow(UsageError);
    await expect(run([DERIVED_2018])).rejects.toThrow(UsageError);
  });
});
