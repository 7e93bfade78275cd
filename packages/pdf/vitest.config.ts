import { defineConfig, mergeConfig } from "vitest/config";
import { sharedTestConfig } from "../../vitest.shared.js";

// One test file at a time: the parity test reads the whole producer matrix (14 PDFs, each in a
// PDF.js process), and beside it the hostile-PDF tests, which time their limits, ran out of time
// on 2 cores.
export default mergeConfig(sharedTestConfig, defineConfig({ test: { fileParallelism: false } }));
