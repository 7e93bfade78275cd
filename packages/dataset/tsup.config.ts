import { defineConfig } from "tsup";
import { libraryBuild } from "../../tsup.base.js";

// Two entries: the publishers (Node: they write files) and the browser entry (tables and CSV only).
export default defineConfig(libraryBuild({ entry: ["src/index.ts", "src/browser.ts"] }));
