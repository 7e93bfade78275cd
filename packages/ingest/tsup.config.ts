import { defineConfig } from "tsup";
import { libraryBuild } from "../../tsup.base.js";

// ESM only: a CLI and its pipeline; pdfjs-dist below it ships ESM only.
export default defineConfig(
  libraryBuild({ format: ["esm"], entry: ["src/index.ts", "src/cli.ts", "src/parse-child.ts"] }),
);
