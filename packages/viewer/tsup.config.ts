import { defineConfig } from "tsup";
import { browserScriptBuild, libraryBuild } from "../../tsup.base.js";

// Three builds. The library (Node: prepares the data and writes a site), the site's own script,
// and the site's reader (read.js: the parsers, loaded when a file is read on the read page), built
// once here so `lianzheng site` only copies them. Both scripts are classic IIFEs, not ES modules:
// Chromium refuses module scripts from file:// (origin "null"), and the site must open there.
// The site script imports only types from @lianzheng/model: a value import would bundle zod
// (~450 KB), which only the reader needs.
export default defineConfig([
  libraryBuild({ format: ["esm"], clean: false }),
  browserScriptBuild({ entry: { app: "src/app/main.tsx" }, outDir: "dist/site" }),
  browserScriptBuild({
    entry: { read: "src/reader/main.ts" },
    outDir: "dist/site",
    clean: false,
    // The PDF reader finds its worker from import.meta.url unless told; read.js tells it
    // (src/reader/pdf.ts passes `worker` and `assets`), so the empty import.meta is never read.
    esbuildOptions: (options) => {
      options.logOverride = { ...options.logOverride, "empty-import-meta": "silent" };
    },
  }),
]);
