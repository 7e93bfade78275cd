import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { captureOutput } from "@lianzheng/test-support";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { UsageError } from "../usage.js";
import { run } from "./site.js";

const output = captureOutput();
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "site-command-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("lianzheng site", () => {
  it("is a usage error without one dataset, without --out, or with a folder that does not exist", async () => {
    await expect(run([])).rejects.toThrow(UsageError);
    await expect(run([dir])).rejects.toThrow(/one dataset folder and --out DIR/);
    await expect(run([join(dir, "missing"), "--out", join(dir, "site")])).rejects.toThrow(
      /no such file: .*missing/,
    );
    await expect(run([dir, "--bogus"])).rejects.toThrow(UsageError);
  });

  it("fails with one line naming the folder that holds no documents", async () => {
    expect(await run([dir, "--out", join(dir, "site")])).toBe(1);
    expect(output.err).toBe(
      `lianzheng: ${dir}: no documents/ folder; point at a folder written by \`lianzheng ingest --out DIR\`\n`,
    );
  });

  it("refuses an output folder that holds other files, such as the dataset itself", async () => {
    await mkdir(join(dir, "documents"));
    expect(await run([dir, "--out", dir])).toBe(1);
    expect(output.err).toBe(
      `lianzheng: ${dir} holds files that are not a site (documents): choose a new or empty folder\n`,
    );
  });

  it("writes index.html, the built script and style, and the data as a script", async () => {
    await mkdir(join(dir, "documents"));
    const document = {
      id: "other.zh-hant.0000",
      kind: "other",
      language: "zh-Hant",
      title: "其他文件",
      source: { path: "x.txt", format: "text", sha256: "0".repeat(64), bytes: 1 },
      warnings: [],
    };
    await writeFile(join(dir, "documents", "other.json"), JSON.stringify(document));
    expect(await run([dir, "--out", join(dir, "site")])).toBe(0);
    expect(output.err).toMatch(
      /^app\.css\t\d+ B\napp\.js\t\d+ B\nread\.js\t\d+ B\ndata\.js\t\d+ B\nindex\.html\t\d+ B\npdf\/\t\d+ B\n/,
    );
    const data = await readFile(join(dir, "site", "data.js"), "utf8");
    expect(data).toMatch(/^window\.LIANZHENG_DATA=\{/);
    expect(data).toContain("其他文件");
    expect(await readFile(join(dir, "site", "index.html"), "utf8")).toContain(
      '<script src="app.js"></script>',
    );
  });
});
