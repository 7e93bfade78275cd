import { execFileSync, spawn } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { chmod } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli, cliPath, repoRoot as root, snapshot } from "@lianzheng/test-support";
import { beforeAll, describe, expect, it } from "vitest";

// The acceptance run: the seeds plus every kind of bad input in one folder.
const dir = mkdtempSync(join(tmpdir(), "lianzheng-bad-inputs-"));
const input = join(dir, "in");
const out = join(dir, "out");
const seedNames = readdirSync(join(root, "seeds")).filter((name) => name.endsWith(".txt"));
const isRoot = process.getuid?.() === 0;

/** Each bad input and the error code it must fail with (PDF codes need the PDF reader). */
const bad: Record<string, { code: string }> = {
  "empty.txt": { code: "empty_input" },
  "junk.txt": { code: "binary_input" },
  "pipe.txt": { code: "unreadable" },
  "bad/empty.pdf": { code: "empty_input" },
  "bad/not-a-pdf.pdf": { code: "not_a_pdf" },
  "bad/truncated.pdf": { code: "truncated_pdf" },
  "bad/encrypted.pdf": { code: "encrypted_pdf" },
  "bad/image-only.pdf": { code: "no_text_layer" },
};

type Manifest = {
  inputs: {
    path: string;
    status: string;
    kind: string | null;
    error: string | null;
    errorCode?: string | null;
    duplicateOf?: string;
    documentId: string | null;
  }[];
};
let run: ReturnType<typeof cli>;
let manifest: Manifest;
const entry = (name: string) => manifest.inputs.find((input) => input.path === join(input_, name));
const input_ = input;

beforeAll(async () => {
  mkdirSync(join(input, "bad"), { recursive: true });
  for (const name of seedNames) copyFileSync(join(root, "seeds", name), join(input, name));
  copyFileSync(join(root, "seeds", seedNames[0] as string), join(input, "copy-of-first-seed.txt"));
  for (const name of readdirSync(join(root, "fixtures/pdf/bad")))
    copyFileSync(join(root, "fixtures/pdf/bad", name), join(input, "bad", name));
  writeFileSync(join(input, "empty.txt"), "");
  // A text of no kind lianzheng reads: short lines, no plan, report or prose.
  writeFileSync(join(input, "notes.txt"), "shopping\nmilk\nbread\n");
  // Binary junk: bytes that are not UTF-8, with NULs, under a text name.
  writeFileSync(
    join(input, "junk.txt"),
    Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)),
  );
  // 50 MB of real text: the trip report over and over.
  const trip = readFileSync(join(root, "seeds/002_9a82e845d717d122.txt"));
  writeFileSync(
    join(input, "big.txt"),
    Buffer.concat(Array.from({ length: Math.ceil((50 << 20) / trip.length) }, () => trip)),
  );
  // Unreadable: root reads a file whatever its mode, so a named pipe stands in (it is not a
  // regular file and is refused before anything blocks on it); chmod 000 is tried when not root.
  execFileSync("mkfifo", [join(input, "pipe.txt")]);
  if (!isRoot) {
    writeFileSync(join(input, "locked.txt"), "序次 1");
    await chmod(join(input, "locked.txt"), 0o000);
    bad["locked.txt"] = { code: "unreadable" };
  }
  run = cli("ingest", input, "--out", out);
  manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
  // About 30 s of CPU (50 MB of text, the seeds, the PDFs); a machine running the whole suite
  // at once stretches that past 100 s of wall time (measured at load 18 on 2 cores). No timing
  // is asserted: the limit only catches a run that hangs.
}, 600_000);

describe("a folder of seeds and bad inputs", () => {
  it("exits 1 and writes every good document", () => {
    expect(run.code).toBe(1);
    for (const name of seedNames) {
      expect(entry(name)?.status, name).toMatch(/^(ok|partial|skipped)$/);
    }
    expect(entry("big.txt")).toMatchObject({ status: "ok", kind: "trip-report" });
  });

  it("fails each bad input with its own message, in the manifest and on stderr", () => {
    for (const [name, { code }] of Object.entries(bad)) {
      const failed = entry(name);
      expect(failed?.status, name).toBe("failed");
      expect(failed?.error, name).toContain(name.split("/").pop());
      expect(failed?.error, name).toContain(`[${code}]`);
      expect(failed?.errorCode, name).toBe(code);
      expect(run.stderr, name).toContain(failed?.error);
    }
  });

  it("reads every seed (the narrative too) and skips a document of unknown kind with its detected kind", () => {
    expect(entry("004_313756eaa13413cd.txt")).toMatchObject({ status: "ok", kind: "narrative" });
    for (const name of seedNames) expect(entry(name)?.status, name).not.toBe("skipped");
    expect(entry("notes.txt")).toMatchObject({
      status: "skipped",
      kind: "other",
      documentId: null,
      errorCode: "unknown_kind",
    });
    // It says why: read, but of no kind lianzheng parses.
    expect(entry("notes.txt")?.error).toMatch(/notes\.txt: read, but its text is none of the kinds/u);
  });

  it("writes two copies of one file as one document, listing both paths", () => {
    const original = entry(seedNames[0] as string);
    expect(entry("copy-of-first-seed.txt")).toMatchObject({
      duplicateOf: join(input, seedNames[0] as string),
      documentId: original?.documentId,
    });
    const ids = manifest.inputs.flatMap((input) => (input.documentId ? [input.documentId] : []));
    expect(readdirSync(join(out, "documents"))).toHaveLength(new Set(ids).size);
  });

  it("stops with a usage error and exit 2 on a path that does not exist", () => {
    const missing = cli("ingest", input, join(dir, "nope"), "--out", join(dir, "out-missing"));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("no such file or folder");
    expect(existsSync(join(dir, "out-missing"))).toBe(false);
  });
});

describe("a run stopped midway", () => {
  // Enough work to stop in the middle of: the plan, copied 120 times with a line that changes it.
  function bigInput(): string {
    const folder = join(dir, "many");
    mkdirSync(folder, { recursive: true });
    const plan = readFileSync(join(root, "seeds/001_6bac756fe4f12e99.txt"), "utf8");
    for (let i = 0; i < 120; i++)
      writeFileSync(join(folder, `plan-${String(i).padStart(3, "0")}.txt`), `${plan}\n附註 ${i}\n`);
    return folder;
  }

  function stopMidway(signal: NodeJS.Signals, source: string, target: string): Promise<number | null> {
    return new Promise((resolve) => {
      const child = spawn(
        process.execPath,
        [cliPath, "ingest", source, "--out", target, "--json", "--jobs", "1", "--force"],
        { cwd: root },
      );
      let inputs = 0;
      child.stdout.on("data", (chunk: Buffer) => {
        inputs += chunk.toString().split('"event":"input"').length - 1;
        if (inputs >= 3 && !child.killed) child.kill(signal);
      });
      child.on("exit", (code, killedBy) => resolve(killedBy === "SIGKILL" ? -9 : code));
    });
  }

  it("leaves the previous output byte for byte when killed, and cleans up on the next run", async () => {
    const source = bigInput();
    const target = join(dir, "kept");
    expect(cli("ingest", join(root, "seeds"), "--out", target).code).toBe(0);
    const before = snapshot(target);
    expect(await stopMidway("SIGKILL", source, target)).toBe(-9);
    expect(snapshot(target)).toEqual(before);
    expect(await stopMidway("SIGINT", source, target)).toBe(130);
    expect(snapshot(target)).toEqual(before);
    expect(readdirSync(dir).filter((name) => name.startsWith(".lianzheng-tmp-"))).toEqual([]);
  }, 120_000);
});
