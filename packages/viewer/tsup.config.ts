import { defineConfig } from "tsup";
import { libraryBuild } from "../../tsup.base.js";

// Three builds. The library (Node: prepares the data and writes a site), the site's own script,
// and the site's reader (read.js: the parsers, loaded when a file is read on the read page), built
// once here so `lianzheng site` only copies them. Both scripts are classic IIFEs, not ES modules:
// Chromium refuses module scripts from file:// (origin "null"), and the site must open there.
// The site script imports only types from @lianzheng/model: a value import would bundle zod
// (~450 KB), which only the reader needs.
const siteScript = {
  outDir: "dist/site",
  format: ["iife" as const],
  platform: "browser" as const,
  target: "es2020",
  minify: true,
  sourcemap: false,
  dts: false,
  noExternal: [/.*/],
  outExtension: () => ({ js: ".js" }),
};

export default defineConfig([
  libraryBuild({ format: ["esm"], clean: false }),
  { ...siteScript, entry: { app: "src/app/main.tsx" }, clean: true },
  { ...siteScript, entry: { read: "src/reader/main.ts" }, clean: false },
]);
