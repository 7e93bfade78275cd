// Wraps @lianzheng/pdf's browser reader (dist/browser: the Web Worker's script, PDF.js's CMaps and
// standard fonts) as classic scripts in the site's pdf/ folder (run by `pnpm build` after tsup). A page opened from file:// may
// neither fetch a file nor start a worker from a file URL, but it may add a script tag: each
// wrapped file hands its content to the page, which starts the worker from a blob: URL and
// answers PDF.js's requests for CMaps from these scripts, one file when PDF.js first needs it.
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const reader = join(dirname(require.resolve("@lianzheng/pdf/package.json")), "dist/browser");
const out = fileURLToPath(new URL("../dist/site/pdf/", import.meta.url));

// The globals the wrapped scripts assign; src/reader/pdf.ts reads them.
const WORKER_GLOBAL = "LIANZHENG_PDF_WORKER";
const ASSETS_GLOBAL = "LIANZHENG_PDF_ASSETS";

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
const worker = await readFile(join(reader, "pdf-worker.js"), "utf8");
await writeFile(join(out, "worker.js"), `window.${WORKER_GLOBAL}=${JSON.stringify(worker)};\n`);
let count = 0;
for (const kind of ["cmaps", "standard_fonts"]) {
  await mkdir(join(out, kind));
  for (const name of await readdir(join(reader, kind))) {
    // The fonts' licences travel with them as they are: text to read, not data to load.
    if (name.startsWith("LICENSE")) {
      await copyFile(join(reader, kind, name), join(out, kind, name));
      continue;
    }
    const base64 = (await readFile(join(reader, kind, name))).toString("base64");
    const key = JSON.stringify(`${kind}/${name}`);
    await writeFile(
      join(out, kind, `${name}.js`),
      `(window.${ASSETS_GLOBAL}=window.${ASSETS_GLOBAL}||{})[${key}]="${base64}";\n`,
    );
    count++;
  }
}
process.stdout.write(`pdf/: the PDF reader's worker and ${count} CMap and font files as scripts\n`);
