import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { snapshot } from "@lianzheng/test-support";
import { describe, expect, it } from "vitest";
import { IngestError } from "./index.js";
import { ingest } from "./ingest.js";

const seeds = new URL("../../../seeds/", import.meta.url).pathname;

function folderWithSeeds(names: string[]) {
  const dir = mkdtempSync(join(tmpdir(), "lianzheng-ingest-"));
  mkdirSync(join(dir, "in"));
  for (const name of names) copyFileSync(join(seeds, name), join(dir, "in", name));
  return { dir, input: join(dir, "in"), out: join(dir, "out") };
}

describe("ingest", () => {
  it("throws an IngestError (exported by the package) for an input path that does not exist", async () => {
    const { dir, out } = folderWithSeeds([]);
    const missing = join(dir, "no-such-folder");
    await expect(ingest({ paths: [missing], out })).rejects.toThrow(IngestError);
    await expect(ingest({ paths: [missing], out })).rejects.toMatchObject({
      code: "input_not_found",
      path: missing,
    });
  });

  it("does not parse unchanged inputs again, unless forced, and writes the same output", async () => {
    const { input, out } = folderWithSeeds(["001_6bac756fe4f12e99.txt", "002_9a82e845d717d122.txt"]);
    const first = await ingest({ paths: [input], out, jobs: 1 });
    expect(first.inputs.filter((entry) => entry.reused)).toEqual([]);
    const before = snapshot(out);

    const second = await ingest({ paths: [input], out, jobs: 1 });
    expect(second.inputs.map((entry) => entry.reused)).toEqual([true, true]);
    expect(snapshot(out)).toEqual(before);

    writeFileSync(
      join(input, "002_9a82e845d717d122.txt"),
      `${readFileSync(join(seeds, "002_9a82e845d717d122.txt"), "utf8")}\n附記`,
    );
    const third = await ingest({ paths: [input], out, jobs: 1 });
    expect(third.inputs.map((entry) => entry.reused ?? false)).toEqual([true, false]);

    const forced = await ingest({ paths: [input], out, jobs: 1, force: true });
    expect(forced.inputs.filter((entry) => entry.reused)).toEqual([]);
  });

  it("parses again when the stored result is damaged", async () => {
    const { input, out } = folderWithSeeds(["002_9a82e845d717d122.txt"]);
    await ingest({ paths: [input], out, jobs: 1 });
    const parsed = join(out, ".cache", "parsed");
    for (const name of readdirSync(parsed)) writeFileSync(join(parsed, name), "{ broken");
    const again = await ingest({ paths: [input], out, jobs: 1 });
    expect(again.inputs[0]).toMatchObject({ status: "ok", documentId: expect.any(String) });
    expect(again.inputs[0]?.reused).toBeUndefined();
  });

  it("leaves the previous output as it was when the run is aborted", async () => {
    const { input, out } = folderWithSeeds(["002_9a82e845d717d122.txt", "003_2d62c1db8ab3e0f0.txt"]);
    await ingest({ paths: [input], out, jobs: 1 });
    const before = snapshot(out);
    const controller = new AbortController();
    const run = ingest({
      paths: [input],
      out,
      jobs: 1,
      force: true,
      signal: controller.signal,
      onInput: () => controller.abort(),
    });
    await expect(run).rejects.toThrow();
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(join(out, ".."))).toEqual(["in", "out"]);
  });

  it("does not read its own output back in", async () => {
    const { dir, input, out } = folderWithSeeds(["002_9a82e845d717d122.txt"]);
    await ingest({ paths: [input], out, jobs: 1 });
    const manifest = await ingest({ paths: [dir], out, jobs: 1 });
    expect(manifest.inputs.map((entry) => entry.path)).toEqual([join(input, "002_9a82e845d717d122.txt")]);
  });

  it("writes only the formats asked for, and the manifest always", async () => {
    const { input, out } = folderWithSeeds(["002_9a82e845d717d122.txt"]);
    await ingest({ paths: [input], out, jobs: 1, formats: ["csv"] });
    // datapackage.json describes the CSVs, so it comes with them.
    expect(readdirSync(out).sort()).toEqual([".cache", "csv", "datapackage.json", "manifest.json"]);
  });
});
