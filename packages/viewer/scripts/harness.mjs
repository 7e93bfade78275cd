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
 * Ingests the default inputs (seeds/ and the PDF fixtures, as `pnpm ingest` does) and writes
 * their site, both with the built `lianzheng` CLI. Returns the site's folder and a clean-up.
 */
export async function buildDefaultSite() {
  if (!existsSync(cli)) throw new Error(`${cli} is not built: run \`pnpm build\` first`);
  const dir = await mkdtemp(join(tmpdir(), "lianzheng-site-"));
  const dataset = join(dir, "dataset");
  const site = join(dir, "site");
  const pdfs = (await readdir(join(root, "fixtures/pdf"))).filter((name) => name.endsWith(".pdf"));
  await run(
    process.execPath,
    [cli, "ingest", "seeds", ...pdfs.map((name) => `fixtures/pdf/${name}`), "--out", dataset],
    { cwd: root },
  );
  const { stderr } = await run(process.execPath, [cli, "site", dataset, "--out", site], { cwd: root });
  return {
    site,
    url: pathToFileURL(join(site, "index.html")).href,
    log: stderr,
    cleanUp: () => rm(dir, { recursive: true, force: true }),
  };
}
