import { spawn } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli, repoRoot as root } from "@lianzheng/test-support";
import { describe, expect, it } from "vitest";
import { densePdf } from "./support/hostile-inputs.mjs";
import { sleep, startCli } from "./support/process-group.js";

// What a user owns in or beside an output folder is never lost, and no input vanishes.
const SEED = join(root, "seeds/000_b54d29a4c767afd7.txt");
const PDF = join(root, "fixtures/pdf/plan-2023-en-strategy9.pdf");
const fresh = () => mkdtempSync(join(tmpdir(), "lianzheng-safety-"));

describe("the output folder", () => {
  it("keeps files the user added, and never drops an input that sits inside it (the issue's reproduction)", () => {
    const dir = fresh();
    const out = join(dir, "o");
    expect(cli("ingest", SEED, "--out", out, "--quiet").code).toBe(0);
    const manifest = readFileSync(join(out, "manifest.json"), "utf8");
    writeFileSync(join(out, "NOTES.txt"), "my notes");
    mkdirSync(join(out, "mywork"));
    writeFileSync(join(out, "mywork", "analysis.sql"), "select 1;");
    copyFileSync(PDF, join(out, "new.pdf"));

    const run = cli("ingest", SEED, join(out, "new.pdf"), "--out", out, "--quiet");
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toEqual([
      `lianzheng: the input ${join(out, "new.pdf")} is inside the output folder ${out}, which lianzheng replaces whole: move the input out of that folder, or give another --out`,
    ]);
    expect(readFileSync(join(out, "NOTES.txt"), "utf8")).toBe("my notes");
    expect(readFileSync(join(out, "mywork", "analysis.sql"), "utf8")).toBe("select 1;");
    expect(existsSync(join(out, "new.pdf"))).toBe(true);
    expect(readFileSync(join(out, "manifest.json"), "utf8")).toBe(manifest);

    // With the input moved out, the user's files still stop the run, named.
    renameSync(join(out, "new.pdf"), join(dir, "new.pdf"));
    const again = cli("ingest", SEED, join(dir, "new.pdf"), "--out", out, "--quiet");
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(
      /^lianzheng: the output folder .* holds files lianzheng did not write \(.*NOTES\.txt.*\); .*move them out of it, or give another --out\n$/,
    );
    expect(readFileSync(join(out, "NOTES.txt"), "utf8")).toBe("my notes");

    // Once they are moved away too, the run goes on with both inputs.
    renameSync(join(out, "NOTES.txt"), join(dir, "NOTES.txt"));
    renameSync(join(out, "mywork"), join(dir, "mywork"));
    expect(cli("ingest", SEED, join(dir, "new.pdf"), "--out", out, "--quiet").code).toBe(0);
    const inputs = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8")).inputs.map(
      (i: { path: string }) => i.path,
    );
    expect(inputs).toEqual([SEED, join(dir, "new.pdf")].sort());
  }, 120_000);

  it("updates the target of a symlinked --out and keeps the link", () => {
    const dir = fresh();
    mkdirSync(join(dir, "target"));
    symlinkSync(join(dir, "target"), join(dir, "link"));
    expect(cli("ingest", SEED, "--out", join(dir, "link"), "--quiet").code).toBe(0);
    expect(lstatSync(join(dir, "link")).isSymbolicLink()).toBe(true);
    expect(existsSync(join(dir, "target", "manifest.json"))).toBe(true);
    // A second run replaces the target again, through the link.
    expect(cli("ingest", SEED, PDF, "--out", join(dir, "link"), "--quiet").code).toBe(0);
    expect(lstatSync(join(dir, "link")).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, "target", "manifest.json"), "utf8")).inputs).toHaveLength(2);
  }, 120_000);

  it("tells a second run into the same --out that another run holds it, and takes over a stale lock", async () => {
    const dir = fresh();
    const out = join(dir, "out");
    const slow = join(dir, "slow.pdf");
    writeFileSync(slow, densePdf(400, 80));
    const first = startCli(["ingest", slow, SEED, "--out", out, "--quiet", "--jobs", "1"]);
    const lock = join(dir, ".lianzheng-lock-out");
    for (let i = 0; i < 200 && !existsSync(lock); i++) await sleep(50);
    const second = cli("ingest", SEED, "--out", out, "--quiet");
    expect(second.code).toBe(1);
    expect(second.stderr).toBe(
      `lianzheng: another lianzheng run (pid ${first.child.pid}) is writing to ${out}; wait for it to end or stop it, or give another --out\n`,
    );
    expect((await first.done).code).toBe(0);
    expect(existsSync(lock)).toBe(false);

    // A run killed outright leaves its lock; the next run sees its process gone and goes on.
    const sleeper = spawn(process.execPath, ["-e", ""]);
    await new Promise((resolve) => sleeper.on("exit", resolve));
    writeFileSync(lock, `${sleeper.pid}\n`);
    expect(cli("ingest", SEED, "--out", out, "--quiet").code).toBe(0);
  }, 180_000);
});
