import * as fs from "node:fs";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import * as fsp from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { IngestError } from "./errors.js";
import { ingest } from "./ingest.js";

// A full disk and a read-only file system, injected: each is one IngestError line, found before
// parsing where it can be, and the previous output is left as it was.
vi.mock("node:fs/promises", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:fs/promises")>();
  return { ...actual, writeFile: vi.fn(actual.writeFile) };
});
vi.mock("node:fs", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:fs")>();
  return { ...actual, openSync: vi.fn(actual.openSync) };
});

const seed = new URL("../../../seeds/001_6bac756fe4f12e99.txt", import.meta.url).pathname;
const fsError = (code: string) => Object.assign(new Error(`${code}: injected`), { code });

function previousOutput() {
  const dir = mkdtempSync(join(tmpdir(), "lianzheng-fault-"));
  const input = join(dir, "plan.txt");
  copyFileSync(seed, input);
  return { dir, input, out: join(dir, "out") };
}

afterEach(() => vi.restoreAllMocks());

describe("output faults", () => {
  it("a full disk while writing: one line, the previous output intact, no staging left", async () => {
    const { dir, input, out } = previousOutput();
    await ingest({ paths: [input], out, jobs: 1 });
    const manifest = readFileSync(join(out, "manifest.json"), "utf8");
    writeFileSync(input, `${readFileSync(seed, "utf8")}\n附記`);
    const real = (await vi.importActual<typeof import("node:fs/promises")>("node:fs/promises")).writeFile;
    vi.mocked(fsp.writeFile).mockImplementation(async (path, ...rest) => {
      if (String(path).endsWith("lianzheng.sqlite")) throw fsError("ENOSPC");
      return real(path, ...rest);
    });
    const error = await ingest({ paths: [input], out, jobs: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IngestError);
    expect((error as Error).message).toBe(
      `cannot write the output to ${out}: the disk is full (ENOSPC); ${out} is left as it was`,
    );
    expect(readFileSync(join(out, "manifest.json"), "utf8")).toBe(manifest);
    expect(readdirSync(dir).sort()).toEqual(["out", "plan.txt"]);
  });

  it("a read-only output is found before any input is parsed", async () => {
    const { input, out } = previousOutput();
    const real = (await vi.importActual<typeof import("node:fs")>("node:fs")).openSync;
    vi.mocked(fs.openSync).mockImplementation((path, ...rest) => {
      if (String(path).includes(".lianzheng-lock-")) throw fsError("EROFS");
      return real(path, ...rest);
    });
    const onStart = vi.fn();
    const error = await ingest({ paths: [input], out, jobs: 1, onStart }).catch((e: unknown) => e);
    expect((error as Error).message).toBe(
      `cannot write the output to ${out}: the file system is read-only (EROFS); ${out} is left as it was`,
    );
    expect(onStart).not.toHaveBeenCalled();
    expect(existsSync(out)).toBe(false);
  });
});
