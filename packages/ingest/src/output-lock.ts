import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { explainWriteError, IngestError } from "./errors.js";

// One run at a time per output folder: two runs writing the same DIR would each replace it, and
// the last would silently win. The lock is a file beside DIR (DIR itself is replaced whole when the
// run ends), created exclusively, holding the owner's pid: a lock whose process is gone (killed,
// crashed) is stale and taken over.
const PREFIX = ".lianzheng-lock-";

/** The lock file of an output folder. */
export function lockPathOf(out: string): string {
  return join(dirname(out), `${PREFIX}${basename(out)}`);
}

/** Whether a process with this pid is running (one we may not signal counts). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function ownerOf(path: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(path, "utf8"), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** A lock held by this process; `release` removes it (also when the process exits). */
export interface OutputLock {
  release(): void;
}

/**
 * Take the lock of `out`, or throw IngestError `output_locked` naming the run that holds it.
 * Writing the lock file is also the first check that the output can be written at all: a
 * read-only or full file system fails here, before any input is parsed.
 */
export function lockOutput(out: string): OutputLock {
  const path = lockPathOf(out);
  for (let attempt = 0; attempt < 3; attempt++) {
    let fd: number;
    try {
      fd = openSync(path, "wx");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw explainWriteError(error, out);
      const owner = ownerOf(path);
      if (owner !== undefined && isAlive(owner) && owner !== process.pid) {
        throw new IngestError(
          "output_locked",
          `another lianzheng run (pid ${owner}) is writing to ${out}; wait for it to end or stop it, or give another --out`,
          out,
        );
      }
      // Stale (its process is gone) or half-written by a run killed while taking it.
      rmSync(path, { force: true });
      continue;
    }
    try {
      writeSync(fd, `${process.pid}\n`);
    } catch (error) {
      closeSync(fd);
      rmSync(path, { force: true });
      throw explainWriteError(error, out);
    }
    closeSync(fd);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      process.off("exit", release);
      if (ownerOf(path) === process.pid) rmSync(path, { force: true });
    };
    process.on("exit", release);
    return { release };
  }
  throw new IngestError(
    "output_locked",
    `cannot take the lock ${path} of ${out}; remove it if no run is writing`,
    out,
  );
}
