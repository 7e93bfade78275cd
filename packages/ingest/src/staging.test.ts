import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { IngestError } from "./errors.js";
import { assertReplaceable } from "./output-folder.js";
import { createStaging, isInside, recoverStaleStaging, replaceDir } from "./staging.js";

const fresh = () => mkdtempSync(join(tmpdir(), "lianzheng-staging-"));
// A pid that is not running: above the kernel's pid_max.
const DEAD_PID = 4_194_400;

describe("assertReplaceable", () => {
  it("accepts a missing folder, an empty one and an earlier output", async () => {
    const dir = fresh();
    await assertReplaceable(join(dir, "missing"));
    mkdirSync(join(dir, "empty"));
    await assertReplaceable(join(dir, "empty"));
    mkdirSync(join(dir, "ours"));
    writeFileSync(join(dir, "ours", "manifest.json"), JSON.stringify({ tool: "lianzheng" }));
    await assertReplaceable(join(dir, "ours"));
  });

  it("refuses a folder holding someone else's files, which replacing would delete", async () => {
    const dir = fresh();
    writeFileSync(join(dir, "thesis.docx"), "years of work");
    await expect(assertReplaceable(dir)).rejects.toThrow(/did not write/);
    await expect(assertReplaceable(join(dir, "thesis.docx"))).rejects.toThrow(/is a file/);
  });

  it("throws the library's own IngestError with a code and the path, not a CLI usage error", async () => {
    const dir = fresh();
    writeFileSync(join(dir, "thesis.docx"), "years of work");
    await expect(assertReplaceable(dir)).rejects.toMatchObject({
      name: "IngestError",
      code: "output_not_ours",
      path: dir,
    });
    const file = join(dir, "thesis.docx");
    const error = await assertReplaceable(file).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(IngestError);
    expect(error).toMatchObject({ code: "output_is_file", path: file });
  });
});

describe("replaceDir and recoverStaleStaging", () => {
  it("puts the staging folder in place of the old output", async () => {
    const dir = fresh();
    const out = join(dir, "out");
    mkdirSync(out);
    writeFileSync(join(out, "old.txt"), "old");
    const staging = await createStaging(out);
    writeFileSync(join(staging, "new.txt"), "new");
    await replaceDir(staging, out);
    expect(readdirSync(out)).toEqual(["new.txt"]);
    expect(readdirSync(dir)).toEqual(["out"]);
  });

  it("removes staging folders of runs that died, and keeps those of live runs", async () => {
    const dir = fresh();
    const out = join(dir, "out");
    mkdirSync(out);
    mkdirSync(join(dir, `.lianzheng-tmp-out-${DEAD_PID}-abc123`));
    mkdirSync(join(dir, `.lianzheng-tmp-out-${process.pid}-abc123`));
    mkdirSync(join(dir, `.lianzheng-tmp-out-2-${DEAD_PID}-abc123`)); // another output's, named out-2
    await recoverStaleStaging(out);
    expect(readdirSync(dir).sort()).toEqual(
      [`.lianzheng-tmp-out-${process.pid}-abc123`, `.lianzheng-tmp-out-2-${DEAD_PID}-abc123`, "out"].sort(),
    );
  });

  it("puts the previous output back when a run died between moving it aside and renaming", async () => {
    const dir = fresh();
    const out = join(dir, "out");
    const aside = join(dir, `.lianzheng-tmp-out-${DEAD_PID}-abc123-old`);
    mkdirSync(aside);
    writeFileSync(join(aside, "manifest.json"), "previous");
    mkdirSync(join(dir, `.lianzheng-tmp-out-${DEAD_PID}-abc123`));
    await recoverStaleStaging(out);
    expect(readFileSync(join(out, "manifest.json"), "utf8")).toBe("previous");
    expect(existsSync(aside)).toBe(false);
    expect(readdirSync(dir)).toEqual(["out"]);
  });
});

describe("isInside", () => {
  it("tells a path inside a folder from a sibling with a longer name", () => {
    expect(isInside("/a/out/documents/x.json", "/a/out")).toBe(true);
    expect(isInside("/a/out", "/a/out")).toBe(true);
    expect(isInside("/a/outside/x.txt", "/a/out")).toBe(false);
  });
});
