import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { describe, expect, it, vi } from "vitest";

// Every process the reader starts, counted: a warmed reader must be the one the next read takes.
const started: string[] = vi.hoisted(() => []);
vi.mock("node:child_process", async (importOriginal) =>
  (await import("./support/counted-spawn.js")).countedSpawn(await importOriginal(), started),
);

const { readPdf, warmPdfReader } = await import("../src/index.js");
const packageDir = new URL("..", import.meta.url).pathname;
const plan = () => readFileSync(new URL("../../../fixtures/pdf/plan-2023-en-strategy9.pdf", import.meta.url));

describe("warmPdfReader", () => {
  it("starts one reader, which the next read takes, reading as a cold reader does", async () => {
    // Memory limits of their own: no reader left idle by another test has them.
    const limits = { maxHeapMb: 700, maxRssMb: 1100 };
    warmPdfReader(limits);
    warmPdfReader(limits);
    expect(started).toHaveLength(1);
    const warm = await readPdf(plan(), { ...limits, file: "plan.pdf" });
    expect(started).toHaveLength(1);
    const cold = await readPdf(plan(), { maxHeapMb: 701, maxRssMb: 1100, file: "plan.pdf" });
    expect(started).toHaveLength(2);
    expect(warm).toEqual(cold);
  });

  it("does not keep its caller's process alive", async () => {
    // Bundled beside the package, so that PDF.js resolves from its node_modules.
    const dir = mkdtempSync(join(packageDir, ".lianzheng-tmp-warm-"));
    try {
      await build({
        stdin: {
          contents: `import { warmPdfReader } from "./src/index.ts"; warmPdfReader(); console.log("warmed");`,
          resolveDir: packageDir,
          loader: "ts",
        },
        bundle: true,
        platform: "node",
        format: "esm",
        outfile: join(dir, "warm.mjs"),
        logLevel: "silent",
      });
      // Throws when the process is still running at the timeout.
      const output = execFileSync(process.execPath, [join(dir, "warm.mjs")], {
        encoding: "utf8",
        timeout: 30_000,
      });
      expect(output.trim()).toBe("warmed");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
