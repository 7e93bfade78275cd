import { defineConfig } from "vitest/config";

/** Tests run against source: the `@lianzheng/source` export condition points at `src/index.ts`. */
export const sharedTestConfig = defineConfig({
  resolve: { conditions: ["@lianzheng/source"] },
  ssr: { resolve: { conditions: ["@lianzheng/source"] } },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 30_000,
  },
});
