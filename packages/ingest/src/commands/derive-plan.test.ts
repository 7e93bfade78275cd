import { ActionPlan } from "@lianzheng/model";
import { captureOutput, repoRoot } from "@lianzheng/test-support";
import { describe, expect, it } from "vitest";
import { UsageError } from "../usage.js";
import { run } from "./derive-plan.js";

const output = captureOutput();

describe("lianzheng derive-plan", () => {
  it("prints the 2018 edition rebuilt from seed 003 as a valid ActionPlan marked derived", async () => {
    expect(await run([`${repoRoot}seeds/003_2d62c1db8ab3e0f0.txt`])).toBe(0);
    const plan = ActionPlan.parse(JSON.parse(output.out));
    expect(plan.derivedFrom?.rocYear).toBe(107);
    expect(plan.strategies.flatMap((s) => s.measures)).toHaveLength(46);
  });

  it("refuses a document that is no report, and a wrong number of arguments", async () => {
    expect(await run([`${repoRoot}seeds/001_6bac756fe4f12e99.txt`])).toBe(1);
    expect(output.err).toContain("not an execution report");
    await expect(run([])).rejects.toThrow(UsageError);
  });
});
