import { copyFile, cp, mkdir, readdir, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readDataset, ViewerError } from "./dataset.js";
import { prepareSiteData } from "./prepare.js";
import { DATA_GLOBAL, type SiteData } from "./site-data.js";

// The site's script and style, built once with the package (tsup → dist/site). The same path
// works from src/ (tests against source) and from the bundled dist/index.js.
const ASSETS = fileURLToPath(new URL("../dist/site/", import.meta.url));
const PDF_FOLDER = "pdf";

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function indexHtml(title: string): string {
  return `<!doctype html>
<html lang="zh-Hant">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="app.css">
</head>
<body>
<div id="app"><noscript>This site needs JavaScript. 本網站需要 JavaScript。</noscript></div>
<script src="data.js"></script>
<script src="app.js"></script>
</body>
</html>
`;
}

// read.js: the read page's parsers, loaded when a file is read there. pdf/: the PDF reader's
// worker and PDF.js's CMaps and fonts as classic scripts, loaded when a PDF is read.
const SITE_FILES = new Set(["index.html", "data.js", "app.js", "app.css", "read.js", PDF_FOLDER]);

/** An output folder may be new, empty, or an earlier site: never a folder of other files. */
async function checkOutDir(outDir: string): Promise<void> {
  let entries: string[];
  try {
    entries = await readdir(outDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  const foreign = entries.filter((name) => !SITE_FILES.has(name));
  if (foreign.length > 0)
    throw new ViewerError(
      "out_not_a_site",
      `${outDir} holds files that are not a site (${foreign.slice(0, 3).join(", ")}${foreign.length > 3 ? ", …" : ""}): choose a new or empty folder`,
    );
}

/** The bytes of the files in `dir` and its subfolders. */
async function folderBytes(dir: string): Promise<number> {
  let bytes = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) bytes += (await stat(join(entry.parentPath, entry.name))).size;
  return bytes;
}

/** What `writeSite` wrote, with sizes in bytes (a folder, such as `pdf/`, as one entry). */
export interface SiteReport {
  files: Array<{ name: string; bytes: number }>;
}

/**
 * Writes a site for `data` into `outDir`: the prebuilt `app.js` and `app.css`, `data.js` (the data
 * as a classic script, because pages opened from file:// cannot fetch JSON) and `index.html`.
 * `outDir` must be new, empty or an earlier site (a dataset folder is refused, not written into).
 */
export async function writeSite(data: SiteData, outDir: string): Promise<SiteReport> {
  await checkOutDir(outDir);
  let assets: string[];
  try {
    assets = (await readdir(ASSETS)).filter((name) => /\.(js|css)$/.test(name));
  } catch (error) {
    throw new Error(`the viewer's assets are not built (${ASSETS}): run \`pnpm build\` first`, {
      cause: error,
    });
  }
  await mkdir(outDir, { recursive: true });
  const files: SiteReport["files"] = [];
  for (const name of assets) await copyFile(join(ASSETS, name), join(outDir, name));
  // An earlier site's pdf/ goes first: a file PDF.js no longer has must not stay behind.
  await rm(join(outDir, PDF_FOLDER), { recursive: true, force: true });
  await cp(join(ASSETS, PDF_FOLDER), join(outDir, PDF_FOLDER), { recursive: true });
  const written: Array<[string, string]> = [
    ["data.js", `window.${DATA_GLOBAL}=${JSON.stringify(data)};\n`],
    ["index.html", indexHtml("國家廉政建設行動方案 · National Integrity Building Action Plan")],
  ];
  for (const [name, text] of written) await writeFile(join(outDir, name), text);
  for (const name of [...assets, ...written.map(([n]) => n)])
    files.push({ name, bytes: (await stat(join(outDir, name))).size });
  files.push({ name: `${PDF_FOLDER}/`, bytes: await folderBytes(join(outDir, PDF_FOLDER)) });
  return { files };
}

/** Reads the dataset folder `datasetDir` and writes its site into `outDir`. */
export async function buildSite(datasetDir: string, outDir: string): Promise<SiteReport> {
  return writeSite(prepareSiteData(await readDataset(datasetDir)), outDir);
}
