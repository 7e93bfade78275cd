import { fileURLToPath } from "node:url";
import { packagesLoadedAtOnce } from "@lianzheng/test-support";
import { describe, expect, it } from "vitest";

// `@lianzheng/pdf/process` is what a parse process loads first, to start the PDF reader's process
// at once: it must load nothing of the reader's (the model and its zod schemas took about 100 ms
// before the reader could start).

describe("@lianzheng/pdf/process", () => {
  it("loads no package but Node's own", async () => {
    expect(await packagesLoadedAtOnce(fileURLToPath(new URL("./process.ts", import.meta.url)))).toEqual([]);
  });
});
