import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { lockOutput, lockPathOf } from "./output-lock.js";

const fresh = () => join(mkdtempSync(join(tmpdir(), "lianzheng-lock-")), "out");
// A pid that is not running: above the kernel's pid_max.
const DEAD_PID = 4_194_400;

describe("lockOutput", () => {
  it("takes the lock beside the folder, and releases it", () => {
    const out = fresh();
    const lock = lockOutput(out);
    expect(readFileSync(lockPathOf(out), "utf8")).toMatch(new RegExp(`^${process.pid} [0-9a-f]{16}\n$`));
    lock.release();
    expect(existsSync(lockPathOf(out))).toBe(false);
    // Nothing else is left beside the folder (the draft the lock was linked from is gone).
    expect(readdirSync(dirname(out))).toEqual([]);
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
    expect(readFileSync(lockPathOf(out), "utf8")).toMatch(new RegExp(`^${process.pid} `));
    lock.release();
    // A half-written lock (killed while taking it) is stale too.
    writeFileSync(lockPathOf(out), "");
    lockOutput(out).release();
  });

  it("refuses a second lock of the same folder in the same process", () => {
    const out = fresh();
    const lock = lockOutput(out);
    expect(() => lockOutput(out)).toThrow(/another lianzheng run/);
    lock.release();
  });

  it("does not remove a lock another run took over from the same stale lock meanwhile", () => {
    // Run B finds the lock stale; before B takes it over, run A takes it over and holds it. B must
    // then refuse, and A's lock must stay: before, B removed A's fresh lock and both ran.
    const out = fresh();
    writeFileSync(lockPathOf(out), `${DEAD_PID}\n`);
    let first: ReturnType<typeof lockOutput> | undefined;
    const onStale = () => {
      first ??= lockOutput(out);
    };
    expect(() => lockOutput(out, { onStale })).toThrow(/another lianzheng run/);
    const held = readFileSync(lockPathOf(out), "utf8");
    expect(held).toMatch(new RegExp(`^${process.pid} `));
    first?.release();
    expect(existsSync(lockPathOf(out))).toBe(false);
    expect(readdirSync(dirname(out))).toEqual([]);
  });
});
