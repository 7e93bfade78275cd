// Puts PDF.js's CMaps and standard font data beside the browser reader's worker
// (dist/browser/cmaps/, dist/browser/standard_fonts/): the worker asks the page for them, and the
// page fetches them from its own origin, one file when PDF.js first needs it. They come from the
// pdfjs-dist package of the same PDF.js version as unpdf's build (checked here).
import { cp, readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const pdfjsRoot = dirname(require.resolve("pdfjs-dist/package.json"));
const unpdfBuild = await readFile(fileURLToPath(import.meta.resolve("unpdf/pdfjs")), "utf8");
const { version } = JSON.parse(await readFile(join(pdfjsRoot, "package.json"), "utf8"));
if (!unpdfBuild.includes(`"${version}"`)) {
  throw new Error(`unpdf's PDF.js is not version ${version} (pdfjs-dist's): the CMaps may not match`);
}
const out = fileURLToPath(new URL("../dist/browser/", import.meta.url));
for (const folder of ["cmaps", "standard_fonts"]) {
  await rm(join(out, folder), { recursive: true, force: true });
  await cp(join(pdfjsRoot, folder), join(out, folder), { recursive: true });
}
