import type { Options } from "tsup";

/**
 * The one build base every package extends. Only options that tsup and tsdown share, so a later
 * switch is mechanical. Dependencies stay external (tsup's default for `dependencies`).
 */
export function libraryBuild(options: Partial<Options> = {}): Options {
  return {
    entry: ["src/index.ts"],
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    sourcemap: true,
    target: "node20",
    ...options,
  };
}
