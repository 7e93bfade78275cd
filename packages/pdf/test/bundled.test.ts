import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

// A single-file bundle run where no node_modules holds pdfjs-dist: the reader must say what it
// needs rather than fail somewhere inside PDF.js.
describe("@lianzheng/pdf bundled", () => {
  it("fails with a clear pdfjs_unavailable error, not a crash", async () => {
    const dir = mkdtempSync(join(tmpdir(), "lianzheng-pdf-bundle-"));
    await build({
      stdin: {
        contents: `
          import { readFileSync } from "node:fs";
          import { readPdf, warmPdfReader } from "./src/index.ts";
          // A head start that cannot start is no error: the read says what is missing.
          warmPdfReader();
          try {
            await readPdf(readFileSync(process.argv[2]), { file: "plan.pdf" });
            console.log("read");
          } catch (error) {
            console.log(error.toLine());
          }`,
        resolveDir: new URL("..", import.meta.url).pathname,
        loader: "ts",
      },
      bundle: true,
      platform: "node",
      format: "esm",
      outfile: join(dir, "bundle.mjs"),
      logLevel: "silent",
    });
    const pdf = new URL("../../../fixtures/pdf/plan-2023-en-strategy9.pdf", import.meta.url).pathname;
    copyFileSync(pdf, join(dir, "plan.pdf"));
    const output = execFileSync(process.execPath, [join(dir, "bundle.mjs"), join(dir, "plan.pdf")], {
      cwd: dir,
      encoding: "utf8",
      // pnpm sets NODE_PATH to its store, where pdfjs-dist would be found after all.
      env: { ...process.env, NODE_PATH: "" },
    });
    expect(output.trim()).toMatch(
      /^@lianzheng\/pdf needs Node\.js and the pdfjs-dist package .* \[pdfjs_unavailable\]$/,
    );
  });
});
