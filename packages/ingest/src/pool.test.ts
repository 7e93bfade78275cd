import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { defaultJobs, largestFirst } from "./pool.js";

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
