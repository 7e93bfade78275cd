import { existsSync } from "node:fs";
import { isBuiltin } from "node:module";
import { join } from "node:path";
import { build, type Plugin } from "esbuild";
import { describe, expect, it } from "vitest";

// The parsers and everything below them run in a browser: bundled for the browser platform from
// their built files (what npm ships), no import may reach a Node built-in. The pdf package and this
// CLI package are Node only, and are not in the list.
// Listed by folder and bundled from each package's own folder, so a package lands in the check as
// soon as it exists (agencies and text readers after the architecture change).
const packagesDir = new URL("../../", import.meta.url).pathname;
const browserPackages = [
  "model",
  "normalize",
  "agencies",
  "layout",
  "text",
  "action-plan",
  "execution-report",
  "mentions",
  "trip-report",
  "narrative",
  "parse",
].filter((name) => existsSync(join(packagesDir, name, "package.json")));

/** Fails the build on any import of a Node built-in, naming the file that imports it. */
const noNodeBuiltins: Plugin = {
  name: "no-node-builtins",
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) =>
      isBuiltin(args.path)
        ? { errors: [{ text: `${args.importer} imports the Node built-in "${args.path}"` }] }
        : undefined,
    );
  },
};

async function bundleForBrowser(contents: string, resolveDir = new URL(".", import.meta.url).pathname) {
  return build({
    stdin: { contents, resolveDir, loader: "js" },
    bundle: true,
    platform: "browser",
    format: "esm",
    write: false,
    logLevel: "silent",
    metafile: true,
    plugins: [noNodeBuiltins],
  });
}

describe("browser bundle", () => {
  it("covers the parsers and everything below them", () => {
    expect(browserPackages).toEqual(
      expect.arrayContaining(["model", "normalize", "layout", "action-plan", "execution-report"]),
    );
  });

  it.each(browserPackages)("@lianzheng/%s bundles for the browser with no Node built-in", async (name) => {
    // Its built entry (what npm ships), its dependencies resolved from its own folder.
    const result = await bundleForBrowser(`export * from "./dist/index.js";`, join(packagesDir, name));
    expect(result.errors).toEqual([]);
    expect(result.outputFiles[0]?.text.length).toBeGreaterThan(0);
  });

  it("@lianzheng/dataset/browser (tables and CSV) bundles for the browser with no Node built-in", async () => {
    const result = await bundleForBrowser(`export * from "./dist/browser.js";`, join(packagesDir, "dataset"));
    expect(result.errors).toEqual([]);
    const code = result.outputFiles[0]?.text ?? "";
    const { formatCsv } = await import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
    const table = { name: "t", columns: [{ name: "a" }], rows: [{ a: "=1" }] };
    expect(formatCsv(table)).toBe("\uFEFFa\r\n'=1\r\n");
  });

  it("all of them together, and the bundle parses a plan without Node", async () => {
    const result = await bundleForBrowser(`
      import { readText } from "@lianzheng/text";
      import { parseActionPlan } from "@lianzheng/action-plan";
      export function parse(text) {
        return parseActionPlan(readText(text), { source: { path: "plan.txt", format: "text", sha256: "0".repeat(64), bytes: text.length } });
      }`);
    const code = result.outputFiles[0]?.text ?? "";
    const { parse } = await import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
    const text =
      "國家廉政建設行動方案\n\n具體策略\t執行措施\t績效目標\t辦理機關\n一、推動廉政。\t(一) 強化宣導。\t1. 辦理講習。\t主辦機關：法務部廉政署\n";
    const plan = parse(text);
    expect(plan.kind).toBe("action-plan");
  });

  it("the check itself fails a bundle that reaches a Node built-in", async () => {
    // The Node-only code of the pdf package sits in a chunk its two entries share (index.js, process.js).
    await expect(bundleForBrowser(`export * from "@lianzheng/pdf";`)).rejects.toThrow(
      /pdf\/dist\/[\w-]+\.js imports the Node built-in "child_process"/,
    );
  });
});
