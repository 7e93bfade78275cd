import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lockOutput, lockPathOf } from "./output-lock.js";

const fresh = () => join(mkdtempSync(join(tmpdir(), "lianzheng-lock-")), "out");
// A pid that is not running: above the kernel's pid_max.
const DEAD_PID = 4_194_400;

describe("lockOutput", () => {
  it("takes the lock beside the folder, and releases it", () => {
    const out = fresh();
    const lock = lockOutput(out);
    expect(readFileSync(lockPathOf(out), "utf8")).toBe(`${process.pid}\n`);
    lock.release();
    expect(existsSync(lockPathOf(out))).toBe(false);
  });

  it("refuses a second run while the first one's process is alive, naming it", async () => {
    const out = fresh();
    const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
    try {
      writeFileSync(lockPathOf(out), `${other.pid}\n`);
      expect(() => lockOutput(out)).toThrow(`another lianzheng run (pid ${other.pid}) is writing to ${out}`);
      expect(readFileSync(lockPathOf(out), "utf8")).toBe(`${other.pid}\n`);
    } finally {
      other.kill();
    }
  });

  it("takes over a stale lock, left by a run that was killed", () => {
    const out = fresh();
    writeFileSync(lockPathOf(out), `${DEAD_PID}\n`);
    const lock = lockOutput(out);
    expect(readFileSync(lockPathOf(out), "utf8")).toBe(`${process.pid}\n`);
    lock.release();
    // A half-written lock (killed while taking it) is stale too.
    writeFileSync(lockPathOf(out), "");
    lockOutput(out).release();
  });
});
