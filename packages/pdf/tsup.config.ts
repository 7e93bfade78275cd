import { defineConfig } from "tsup";
import { browserScriptBuild, libraryBuild } from "../../tsup.base.js";

// Two builds. The library, ESM only (pdfjs-dist ships ESM only): the Node entry, its light part
// (`@lianzheng/pdf/process`: the watchdog and the reader's head start, without the reader), and the browser
// entry (`@lianzheng/pdf/browser`, the page's side: small, it starts the worker). And the
// browser reader's Web Worker, a classic script holding PDF.js (unpdf's build) and the reader's
// own code, loaded only when a PDF is read; scripts/copy-pdfjs-assets.mjs puts the CMaps and
// standard fonts beside it. The worker bundles the workspace packages from their source (the
// `@lianzheng/source` condition), module by module, so that what it does not use (the model's
// zod schemas: 500 KB) is left out.
export default defineConfig([
  libraryBuild({
    entry: ["src/index.ts", "src/process.ts", "src/browser.ts"],
    format: ["esm"],
    clean: false,
  }),
  browserScriptBuild({
    entry: { "pdf-worker": "src/internal/browser-worker.ts" },
    outDir: "dist/browser",
    target: "es2022",
    esbuildOptions(options) {
      options.conditions = ["@lianzheng/source"];
    },
  }),
]);
