import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli, cliPath, repoRoot } from "@lianzheng/test-support";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";

// These tests run the built CLI as a user would (turbo builds it before `test`).
const root = repoRoot;
const seeds = join(root, "seeds");
const seedNames = readdirSync(seeds).filter((name) => name.endsWith(".txt"));

const expectedKinds: Record<string, [string, string]> = {
  "000_b54d29a4c767afd7.txt": ["action-plan", "en"],
  "001_6bac756fe4f12e99.txt": ["action-plan", "zh-Hant"],
  "002_9a82e845d717d122.txt": ["trip-report", "zh-Hant"],
  "003_2d62c1db8ab3e0f0.txt": ["execution-report", "zh-Hant"],
  "004_313756eaa13413cd.txt": ["narrative", "en"],
};

describe("lianzheng parse", () => {
  it("prints a document that validates against the published JSON Schema", () => {
    const schema = JSON.parse(readFileSync(join(root, "packages/model/schema/document.json"), "utf8"));
    // The model's dates are ISO calendar dates (z.iso.date()); ajv has no "date" format of its own.
    const validate = new Ajv2020.default({
      allErrors: true,
      strict: false,
      formats: { date: /^\d{4}-\d{2}-\d{2}$/ },
    }).compile(schema);
    for (const name of seedNames) {
      const { code, stdout } = cli("parse", `seeds/${name}`);
      expect(code, name).toBe(0);
      const document = JSON.parse(stdout);
      expect(validate(document), `${name}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
      expect([document.kind, document.language], name).toEqual(expectedKinds[name]);
      expect(document.source).toMatchObject({ path: `seeds/${name}`, format: "text" });
    }
  });

  it("gives a renamed copy the same kind and id: the id comes from the content", () => {
    const dir = mkdtempSync(join(tmpdir(), "lianzheng-renamed-"));
    for (const [index, name] of seedNames.entries()) {
      const renamed = join(dir, `document-${index}.md`);
      copyFileSync(join(seeds, name), renamed);
      const original = JSON.parse(cli("parse", `seeds/${name}`).stdout);
      const copy = JSON.parse(cli("parse", renamed).stdout);
      expect(copy.kind, name).toBe(original.kind);
      expect(copy.id, name).toBe(original.id);
    }
  });

  it("fails a broken file with one clear line and exit 1, a missing one with usage and exit 2", () => {
    const dir = mkdtempSync(join(tmpdir(), "lianzheng-bad-"));
    writeFileSync(join(dir, "fake.pdf"), "this is text");
    const bad = cli("parse", join(dir, "fake.pdf"));
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
    expect(bad.stderr).toContain("fake.pdf");
    expect(bad.stderr).toContain("[not_a_pdf]");
    const missing = cli("parse", join(dir, "nope.txt"));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("no such file");
  });
});

describe("output into a pipe closed early", () => {
  it.each([
    ["parse", "seeds/003_2d62c1db8ab3e0f0.txt"],
    ["ingest", "seeds", "--json", "--out", join(mkdtempSync(join(tmpdir(), "lianzheng-pipe-")), "out")],
  ])("%s stops quietly when the reader goes away", (...args) => {
    const command = `node ${JSON.stringify(cliPath)} ${args.map((a) => JSON.stringify(a)).join(" ")} | head -c 1 >/dev/null`;
    const result = spawnSync("bash", ["-o", "pipefail", "-c", command], { cwd: root, encoding: "utf8" });
    expect(result.stderr).not.toMatch(/EPIPE|Error/);
    expect(result.status).toBe(0);
  });
});

describe("lianzheng ingest", () => {
  it("writes a document per parsed seed and a manifest listing every input", () => {
    const out = join(mkdtempSync(join(tmpdir(), "lianzheng-out-")), "out");
    const { code, stdout } = cli("ingest", "seeds", "--out", out);
    expect(code).toBe(0);
    expect(stdout).toContain("documents written to");
    const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
    const byPath = new Map(manifest.inputs.map((entry: { path: string }) => [entry.path, entry]));
    for (const [name, [kind, language]] of Object.entries(expectedKinds)) {
      expect(byPath.get(join("seeds", name)), name).toMatchObject({ kind, language });
    }
    // Every seed has a parser now: the narrative (004) is read, not skipped.
    expect(byPath.get(join("seeds", "004_313756eaa13413cd.txt"))).toMatchObject({ status: "ok" });
    const written = readdirSync(join(out, "documents")).sort();
    const expectedIds = manifest.inputs
      .filter((entry: { documentId: string | null }) => entry.documentId)
      .map((entry: { documentId: string }) => `${entry.documentId}.json`)
      .sort();
    expect(written).toEqual(expectedIds);
    expect(written).toHaveLength(5);
    expect(existsSync(join(out, "schema", "document.json"))).toBe(true);
  });

  it("lists two copies of one file as one document with both paths", () => {
    const dir = mkdtempSync(join(tmpdir(), "lianzheng-dup-"));
    mkdirSync(join(dir, "in"));
    copyFileSync(join(seeds, "002_9a82e845d717d122.txt"), join(dir, "in", "a.txt"));
    copyFileSync(join(seeds, "002_9a82e845d717d122.txt"), join(dir, "in", "b.txt"));
    const out = join(dir, "out");
    expect(cli("ingest", join(dir, "in"), "--out", out).code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
    expect(manifest.inputs.map((entry: { path: string }) => entry.path)).toEqual([
      join(dir, "in", "a.txt"),
      join(dir, "in", "b.txt"),
    ]);
    expect(manifest.inputs[1].duplicateOf).toBe(join(dir, "in", "a.txt"));
    expect(readdirSync(join(out, "documents"))).toHaveLength(1);
  });

  it("exits 2 on a path that does not exist and 1 when an input failed, writing the rest", () => {
    const dir = mkdtempSync(join(tmpdir(), "lianzheng-fail-"));
    expect(cli("ingest", join(dir, "missing"), "--out", join(dir, "out")).code).toBe(2);
    writeFileSync(join(dir, "empty.txt"), "");
    copyFileSync(join(seeds, "002_9a82e845d717d122.txt"), join(dir, "good.txt"));
    const run = cli("ingest", join(dir, "empty.txt"), join(dir, "good.txt"), "--out", join(dir, "out"));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("empty.txt");
    const manifest = JSON.parse(readFileSync(join(dir, "out", "manifest.json"), "utf8"));
    expect(manifest.totals).toMatchObject({ failed: 1, ok: 1 });
  });
});
