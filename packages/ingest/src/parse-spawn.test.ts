import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { namesPdf } from "./parse-spawn.js";

describe("namesPdf: whether a parse process started ahead gets its PDF reader", () => {
  const dir = mkdtempSync(join(tmpdir(), "lianzheng-names-pdf-"));
  const file = (path: string) => {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), "");
    return join(dir, path);
  };
  const plan = file("texts/plan.txt");
  const nested = file("batch/2018/report.PDF");
  file("hidden/.old/plan.pdf");
  file("hidden/plan.md");

  it("a PDF named, or in a folder named at any depth, whatever the case of its extension", async () => {
    expect(await namesPdf([file("one.pdf")])).toBe(true);
    expect(await namesPdf([join(dir, "batch")])).toBe(true);
    expect(await namesPdf([nested])).toBe(true);
  });

  it("no PDF: texts, hidden folders (listInputs skips them), options and paths that do not exist", async () => {
    expect(await namesPdf([plan, join(dir, "texts")])).toBe(false);
    expect(await namesPdf([join(dir, "hidden")])).toBe(false);
    expect(await namesPdf(["--out", join(dir, "missing.pdf"), "--jobs", "2"])).toBe(false);
  });
});
