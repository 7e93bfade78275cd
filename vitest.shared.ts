import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * Tests run against source: the `@lianzheng/source` export condition points at `src/index.ts`.
 * Every package's tests fail on a write to the console (`vitest.setup.ts`).
 */
export const sharedTestConfig = defineConfig({
  resolve: { conditions: ["@lianzheng/source"] },
  ssr: { resolve: { conditions: ["@lianzheng/source"] } },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    setupFiles: [fileURLToPath(new URL("./vitest.setup.ts", import.meta.url))],
    testTimeout: 30_000,
  },
});
