import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { listInputs, walkFolder } from "./inputs.js";

describe("listInputs and walkFolder: the one walk of a folder's files", () => {
  const dir = mkdtempSync(join(tmpdir(), "lianzheng-inputs-"));
  const file = (path: string) => {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), "");
    return join(dir, path);
  };
  const names = ["a/plan.txt", "a/b/report.PDF", "a/notes.docx", "a/.old/plan.pdf", "z.md"].map(file);
  const deep = file("deep/x/y/r.pdf");

  it("lists the files read and those of other types, hidden entries skipped", async () => {
    const { files, unsupported } = await listInputs([dir]);
    expect(files).toEqual([names[1], names[0], names[4], deep].sort());
    expect(unsupported).toEqual([names[2]]);
  });

  it("stops where the visit says so, and after the entries allowed", async () => {
    const seen: string[] = [];
    const visit = (path: string) => seen.push(path) > 0 && path.endsWith(".PDF");
    expect(await walkFolder(join(dir, "a"), visit)).toBe(true);
    expect(seen.at(-1)).toBe(names[1]);
    expect(await walkFolder(join(dir, "a"), () => false)).toBe(false);
    // One entry to a level: two folders down, the PDF is the third entry looked at.
    const isDeep = (path: string) => path === deep;
    expect(await walkFolder(join(dir, "deep"), isDeep, { maxEntries: 3 })).toBe(true);
    expect(await walkFolder(join(dir, "deep"), isDeep, { maxEntries: 2 })).toBe(false);
  });

  it("a folder that cannot be read is an error, unless told to pass over it", async () => {
    await expect(walkFolder(join(dir, "missing"), () => false)).rejects.toThrow();
    expect(await walkFolder(join(dir, "missing"), () => false, { skipUnreadable: true })).toBe(false);
  });
});
