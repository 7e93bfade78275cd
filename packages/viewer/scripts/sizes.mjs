// `pnpm --filter @lianzheng/viewer sizes` (after `pnpm build`): what the site's pages load and
// when, in bytes and gzipped, from the built dist/site/, and what read.js is made of (its entry
// bundled again by esbuild, as tsup bundles it, for the inputs' sizes).
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const viewer = fileURLToPath(new URL("../", import.meta.url));
const site = join(viewer, "dist/site");
const kb = (bytes) => (bytes / 1024).toFixed(1);

async function file(path) {
  const data = await readFile(join(site, path));
  return { files: 1, bytes: data.length, gzip: gzipSync(data).length, largest: data.length };
}

async function folder(path) {
  const sizes = { files: 0, bytes: 0, gzip: 0, largest: 0 };
  for (const name of await readdir(join(site, path))) {
    if (!name.endsWith(".js")) continue;
    const one = await file(join(path, name));
    sizes.files++;
    sizes.bytes += one.bytes;
    sizes.gzip += one.gzip;
    sizes.largest = Math.max(sizes.largest, one.bytes);
  }
  return sizes;
}

/** read.js's inputs by package (a dependency in node_modules, or a workspace package's dist/). */
async function readParts() {
  const result = await build({
    entryPoints: [join(viewer, "src/reader/main.ts")],
    bundle: true,
    minify: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const parts = new Map();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [path, input] of Object.entries(output.inputs)) {
      const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules)/.exec(path)?.[1];
      // A workspace package is bundled from its dist/, beside this one: ../<name>/dist/….
      const workspace = /^(?:\.\.\/)+([^/.][^/]*)\/dist\//.exec(path)?.[1];
      const name = dependency ?? (workspace ? `@lianzheng/${workspace}` : `@lianzheng/viewer ${path}`);
      parts.set(name, (parts.get(name) ?? 0) + input.bytesInOutput);
    }
  }
  return [...parts].sort((a, b) => b[1] - a[1]);
}

const rows = [
  ["app.js", "every page", await file("app.js")],
  ["app.css", "every page", await file("app.css")],
  ["read.js", "the first file read on #/read", await file("read.js")],
  [
    "pdf/worker.js",
    "the first PDF read (PDF.js and the reader, in a Web Worker)",
    await file("pdf/worker.js"),
  ],
  ["pdf/cmaps/*.js", "each when PDF.js asks (unembedded CJK fonts)", await folder("pdf/cmaps")],
  [
    "pdf/standard_fonts/*.js",
    "each when PDF.js asks (unembedded standard fonts)",
    await folder("pdf/standard_fonts"),
  ],
];
console.log(
  "| file | loaded | files | KB | KB gzip | largest file KB |\n| --- | --- | ---: | ---: | ---: | ---: |",
);
for (const [name, when, size] of rows)
  console.log(
    `| ${name} | ${when} | ${size.files} | ${kb(size.bytes)} | ${kb(size.gzip)} | ${kb(size.largest)} |`,
  );
console.log("\nread.js by package, 2 KB or more (KB, minified, before gzip):");
for (const [name, bytes] of (await readParts()).filter(([, bytes]) => bytes >= 2048))
  console.log(`  ${name.padEnd(28)} ${kb(bytes).padStart(7)}`);
