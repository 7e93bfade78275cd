import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assertReplaceable, foreignEntries, resolveOutput } from "./output-folder.js";

const fresh = () => mkdtempSync(join(tmpdir(), "lianzheng-out-"));

/** An output folder as lianzheng writes it. */
function output(): string {
  const out = join(fresh(), "out");
  for (const dir of ["documents", "schema", "csv", ".cache/parsed"])
    mkdirSync(join(out, dir), { recursive: true });
  writeFileSync(join(out, "manifest.json"), JSON.stringify({ tool: "lianzheng" }));
  for (const name of [
    "agencies.json",
    "lianzheng.sqlite",
    "documents/a.json",
    "schema/document.json",
    "csv/measures.csv",
  ])
    writeFileSync(join(out, name), "");
  writeFileSync(join(out, ".cache/parsed/x.json"), "");
  return out;
}

describe("foreignEntries and assertReplaceable", () => {
  it("finds nothing foreign in an output as lianzheng left it", async () => {
    const out = output();
    expect(await foreignEntries(out)).toEqual([]);
    await assertReplaceable(out);
  });

  it("refuses an earlier output someone added files to, naming them", async () => {
    const out = output();
    writeFileSync(join(out, "NOTES.txt"), "mine");
    mkdirSync(join(out, "mywork"));
    writeFileSync(join(out, "mywork", "analysis.sql"), "select 1");
    writeFileSync(join(out, "documents", "draft.txt"), "mine too");
    expect((await foreignEntries(out)).sort()).toEqual(["NOTES.txt", "documents/draft.txt", "mywork/"]);
    await expect(assertReplaceable(out)).rejects.toThrow(
      /holds files lianzheng did not write \(.*NOTES\.txt.*\); lianzheng replaces its output folder whole and would delete them/,
    );
  });
});

describe("resolveOutput", () => {
  it("writes through a symlinked --out to its target", async () => {
    const dir = fresh();
    mkdirSync(join(dir, "target"));
    symlinkSync(join(dir, "target"), join(dir, "link"));
    expect(await resolveOutput(join(dir, "link"))).toBe(join(dir, "target"));
    expect(await resolveOutput(join(dir, "new"))).toBe(join(dir, "new"));
    symlinkSync(join(dir, "nowhere"), join(dir, "dangling"));
    await expect(resolveOutput(join(dir, "dangling"))).rejects.toThrow(/symbolic link to nothing usable/);
  });
});
