// Shared by the browser tests and the screenshot script: the default dataset's site, built with
// the real CLI, and Chromium driven by playwright-core.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { chromium } from "playwright-core";

const run = promisify(execFile);
const root = fileURLToPath(new URL("../../../", import.meta.url));
const cli = join(root, "packages/ingest/dist/cli.js");

/** Debian's chromium first; LIANZHENG_CHROMIUM names another build. */
const CANDIDATES = [process.env.LIANZHENG_CHROMIUM, "/usr/bin/chromium", "/usr/bin/chromium-browser"];

// No GPU, no sandbox (containers run as root), nothing fetched in the background.
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Launches Chromium, or throws saying how to install it: a missing browser fails, never skips. */
export async function launchChromium() {
  const executablePath = CANDIDATES.find((path) => path && existsSync(path));
  if (!executablePath)
    throw new Error(
      "no Chromium found (tried LIANZHENG_CHROMIUM, /usr/bin/chromium): `apt-get install -y chromium`, or set LIANZHENG_CHROMIUM",
    );
  return chromium.launch({ executablePath, args: FLAGS, headless: true });
}

/**
 * Ingests `inputs` (paths from the repository's root) and writes their site, both with the built
 * `lianzheng` CLI. Returns the site's folder, its file:// URL, the site command's log and a clean-up.
 */
export async function buildSiteOf(inputs) {
  if (!existsSync(cli)) throw new Error(`${cli} is not built: run \`pnpm build\` first`);
  const dir = await mkdtemp(join(tmpdir(), "lianzheng-site-"));
  const dataset = join(dir, "dataset");
  const site = join(dir, "site");
  await run(process.execPath, [cli, "ingest", ...inputs, "--out", dataset], { cwd: root });
  const { stderr } = await run(process.execPath, [cli, "site", dataset, "--out", site], { cwd: root });
  return {
    site,
    url: pathToFileURL(join(site, "index.html")).href,
    log: stderr,
    cleanUp: () => rm(dir, { recursive: true, force: true }),
  };
}

/** The default inputs' site: seeds/ and the PDF fixtures, as `pnpm ingest` reads them. */
export async function buildDefaultSite() {
  const pdfs = (await readdir(join(root, "fixtures/pdf"))).filter((name) => name.endsWith(".pdf"));
  return buildSiteOf(["seeds", ...pdfs.map((name) => `fixtures/pdf/${name}`)]);
}

/**
 * Three dated or undated Chinese editions and the 2018 report: seeds/, the six-column 2023
 * edition and the 2018 edition (test/fixtures), so the dataset's measure_lineage joins 2018 → 2023
 * and the 2018 report links to the edition it follows.
 */
export const EDITION_INPUTS = [
  "seeds",
  "fixtures/editions/2023-six-columns.txt",
  "packages/viewer/test/fixtures/2018-edition.txt",
];
