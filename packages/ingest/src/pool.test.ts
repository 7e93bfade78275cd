import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { largestFirst } from "./pool.js";

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
