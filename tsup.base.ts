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

/**
 * A classic script for the browser (a site's script, a Web Worker): one self-contained file,
 * everything bundled in, minified, in its own output folder. Chromium refuses module scripts
 * from file:// (origin "null"), and a classic worker script also starts from a `blob:` URL.
 */
export function browserScriptBuild(options: Partial<Options> & Pick<Options, "entry" | "outDir">): Options {
  return {
    format: ["iife"],
    platform: "browser",
    target: "es2020",
    minify: true,
    sourcemap: false,
    dts: false,
    clean: true,
    noExternal: [/.*/],
    outExtension: () => ({ js: ".js" }),
    ...options,
  };
}
