import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import type { ParseOutcome } from "./parse-task.js";
import { defaultJobs, type Lane, largestFirst, parseAll } from "./pool.js";

const dir = mkdtempSync(join(tmpdir(), "lianzheng-pool-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("largestFirst", () => {
  test("starts the largest files first, equal sizes and unreadable paths in the given order", async () => {
    const file = (name: string, bytes: number) => {
      writeFileSync(join(dir, name), Buffer.alloc(bytes));
      return join(dir, name);
    };
    const paths = [file("a", 10), file("b", 300), join(dir, "missing"), file("c", 300), file("d", 0)];
    expect(await largestFirst(paths)).toEqual([1, 3, 0, 2, 4]);
  });
});

describe("defaultJobs", () => {
  test("one lane per CPU, and one per two CPUs for a batch of PDFs mostly (each keeps two processes busy)", () => {
    expect(defaultJobs(["a.txt", "b.html", "c.pdf"], 4)).toBe(4);
    expect(defaultJobs(["a.PDF", "b.pdf", "c.txt"], 4)).toBe(2);
    expect(defaultJobs(["a.pdf", "b.txt"], 2)).toBe(1);
    expect(defaultJobs(["a.pdf"], 1)).toBe(1);
    expect(defaultJobs(["a.pdf"], 3)).toBe(2);
    expect(defaultJobs([], 8)).toBe(8);
  });
});

describe("parseAll", () => {
  /** Lanes that record what they were asked, in order; each parse ends when the test says. */
  function recordingLanes() {
    const log: string[][] = [];
    const pending: Array<() => void> = [];
    const makeLane = (): Lane => {
      const own: string[] = [];
      log.push(own);
      return {
        parse: (path) =>
          new Promise<ParseOutcome>((resolve) => {
            own.push(`parse ${path}`);
            pending.push(() => resolve({ path, result: "reused", sha256: path, ms: 0 }));
          }),
        ahead: (path) => own.push(`ahead ${path}`),
        kill: () => {},
        close: () => {},
      };
    };
    /** Ends the parses started so far, and lets the lanes take their next files. */
    const finishAll = async () => {
      for (const finish of pending.splice(0)) finish();
      await new Promise((resolve) => setTimeout(resolve, 0));
    };
    return { log, makeLane, finishAll };
  }

  test("one lane names each next file ahead as it starts the one before, and parses it next", async () => {
    const { log, makeLane, finishAll } = recordingLanes();
    const done = parseAll(["a", "b", "c"], { options: {}, jobs: 1, makeLane });
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await finishAll();
    }
    expect((await done).map((outcome) => outcome.path)).toEqual(["a", "b", "c"]);
    expect(log).toEqual([["parse a", "ahead b", "parse b", "ahead c", "parse c"]]);
  });

  test("several lanes each start with one of the largest files, and name a next one only while one is left for every lane", async () => {
    const file = (name: string, bytes: number) => {
      writeFileSync(join(dir, name), Buffer.alloc(bytes));
      return join(dir, name);
    };
    const paths = [file("p1", 50), file("p2", 40), file("p3", 30), file("p4", 20), file("p5", 10)];
    const { log, makeLane, finishAll } = recordingLanes();
    const done = parseAll(paths, { options: {}, jobs: 2, makeLane });
    for (let i = 0; i < 4; i++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await finishAll();
    }
    expect((await done).map((outcome) => outcome.path)).toEqual(paths);
    const name = (line: string) => line.replace(dir, "").replace(/[/\\]/g, "");
    expect(log.map((lane) => lane.map(name))).toEqual([
      ["parse p1", "ahead p3", "parse p3", "parse p5"],
      ["parse p2", "ahead p4", "parse p4"],
    ]);
  });
});
