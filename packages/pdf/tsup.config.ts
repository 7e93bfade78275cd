import { defineConfig } from "tsup";
import { libraryBuild } from "../../tsup.base.js";

// ESM only: pdfjs-dist ships ESM only.
export default defineConfig(libraryBuild({ format: ["esm"] }));
