import { defineConfig } from "tsup";
import { browserScriptBuild, libraryBuild } from "../../tsup.base.js";

// Two builds. The library (Node: prepares the data and writes a site) and the site's own script,
// built once here so `lianzheng site` only copies it. The site script is a classic IIFE, not an ES
// module: Chromium refuses module scripts from file:// (origin "null"), and the site must open there.
// It imports only types from @lianzheng/model: a value import would bundle zod (~450 KB).
export default defineConfig([
  libraryBuild({ format: ["esm"], clean: false }),
  browserScriptBuild({ entry: { app: "src/app/main.tsx" }, outDir: "dist/site" }),
]);
