import { randomBytes } from "node:crypto";
import {
  closeSync,
  linkSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";
import { explainWriteError, IngestError } from "./errors.js";

// One run at a time per output folder: two runs writing the same DIR would each replace it, and
// the last would silently win. The lock is a file beside DIR (DIR itself is replaced whole when the
// run ends) holding the owner's pid and a token of the run. It appears whole or not at all: it is
// written under a private name and hard-linked into place, and the link fails when a lock exists.
// A lock whose process is gone (killed, crashed) is stale and taken over, by moving it aside and
// checking that what moved is the very file found stale: two runs taking over the same stale lock
// at once cannot both win, nor can one remove the fresh lock of the other.
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

interface Found {
  /** The owner's pid; undefined for a lock that holds none (written by hand, or truncated). */
  pid: number | undefined;
  /** The lock file's identity, to tell it from a lock another run put in its place since. */
  ino: number;
  text: string;
}

function inspect(path: string): Found | undefined {
  try {
    const { ino } = statSync(path);
    const text = readFileSync(path, "utf8");
    const pid = Number.parseInt(text, 10);
    return { pid: Number.isInteger(pid) && pid > 0 ? pid : undefined, ino, text };
  } catch {
    return undefined;
  }
}

/** A lock held by this process; `release` removes it (also when the process exits). */
export interface OutputLock {
  release(): void;
}

/** For tests: called after a stale lock was found and before it is taken over. */
export interface LockHooks {
  onStale?: () => void;
}

/**
 * Take the lock of `out`, or throw IngestError `output_locked` naming the run that holds it.
 * Writing the lock file is also the first check that the output can be written at all: a
 * read-only or full file system fails here, before any input is parsed.
 */
export function lockOutput(out: string, hooks: LockHooks = {}): OutputLock {
  const path = lockPathOf(out);
  const content = `${process.pid} ${randomBytes(8).toString("hex")}\n`;
  const draft = `${path}.${process.pid}.${randomBytes(4).toString("hex")}`;
  writeDraft(draft, content, out);
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      if (tryLink(draft, path)) return heldLock(path, content);
      const found = inspect(path);
      if (found === undefined) continue; // removed between the link and the look: try again
      if (found.pid !== undefined && isAlive(found.pid)) {
        throw new IngestError(
          "output_locked",
          `another lianzheng run (pid ${found.pid}) is writing to ${out}; wait for it to end or stop it, or give another --out`,
          out,
        );
      }
      hooks.onStale?.();
      takeOverStale(path, found);
    }
  } finally {
    rmSync(draft, { force: true });
  }
  throw new IngestError(
    "output_locked",
    `cannot take the lock ${path} of ${out}; remove it if no run is writing`,
    out,
  );
}

/** The lock's content under a private name; a read-only or full file system fails here. */
function writeDraft(draft: string, content: string, out: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(draft, "wx");
    writeSync(fd, content);
  } catch (error) {
    rmSync(draft, { force: true });
    throw explainWriteError(error, out);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Link the finished draft into place; false when a lock is there already. */
function tryLink(draft: string, path: string): boolean {
  try {
    linkSync(draft, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

/**
 * Remove the stale lock `found`, and only it: move whatever is at `path` aside (atomic), and if
 * it is not the file found stale (another run took the lock over in between) put it back.
 */
function takeOverStale(path: string, found: Found): void {
  const aside = `${path}.stale.${process.pid}.${randomBytes(4).toString("hex")}`;
  try {
    renameSync(path, aside);
  } catch {
    return; // gone already: another run took it over; the next attempt sees what is there now
  }
  const moved = inspect(aside);
  if (moved !== undefined && (moved.ino !== found.ino || moved.text !== found.text)) {
    // A live run's lock: back into place, unless yet another lock got there first (then the
    // next attempt refuses, naming that one; the run moved aside learns of it when it releases).
    tryLink(aside, path);
  }
  rmSync(aside, { force: true });
}

function heldLock(path: string, content: string): OutputLock {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off("exit", release);
    if (inspect(path)?.text === content) rmSync(path, { force: true });
  };
  process.on("exit", release);
  return { release };
}
