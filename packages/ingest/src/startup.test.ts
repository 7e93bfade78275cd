import { fileURLToPath } from "node:url";
import { packagesLoadedAtOnce } from "@lianzheng/test-support";
import { describe, expect, it } from "vitest";

// A batch's parse processes start only once the `ingest` command has loaded; the parse processes
// start the PDF readers only once `@lianzheng/pdf/process` has. Whatever these load before that
// delays every read: the parsers load later (parse-task.ts, and across documents in ingest.ts).

const loadedAtOnce = (entry: string) => packagesLoadedAtOnce(fileURLToPath(new URL(entry, import.meta.url)));

describe("what starts first", () => {
  it("the ingest command loads no reader or parser", async () => {
    const loaded = await loadedAtOnce("./commands/ingest.ts");
    expect(loaded.filter((name) => name.startsWith("@lianzheng/"))).toEqual([
      "@lianzheng/dataset",
      "@lianzheng/model",
      "@lianzheng/pdf/process",
    ]);
  });

  it("a parse process starts its PDF reader before loading anything else", async () => {
    expect(await loadedAtOnce("./parse-child.ts")).toEqual(["@lianzheng/pdf/process"]);
  });
});
