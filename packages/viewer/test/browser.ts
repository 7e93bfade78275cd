// What the browser tests share: opening a page of a site with its console errors collected, axe-core
// at WCAG 2 A/AA, and text as a reader sees it.
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { extname, join, resolve, sep } from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { type BuiltSite, launchChromium } from "../scripts/harness.mjs";
import type { SiteData } from "../src/index.js";

const require = createRequire(import.meta.url);
const AXE = require.resolve("axe-core/axe.min.js");
const WCAG_A_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };

/** Opens `url` + `hash` in a new page and waits for its heading; errors go to `consoleErrors`. */
export async function openPage(
  browser: Browser,
  url: string,
  hash: string,
  consoleErrors: string[],
  viewport = DESKTOP,
): Promise<Page> {
  const page = await browser.newPage({ viewport });
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(`${hash}: ${message.text()}`);
  });
  page.on("pageerror", (error) => consoleErrors.push(`${hash}: ${error.message}`));
  await page.goto(`${url}${hash}`);
  await page.waitForSelector("#page-heading");
  return page;
}

export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } }).axe;
    const result = (await axe.run(document, { runOnly: { type: "tag", values: tags }, preload: false })) as {
      violations: Array<{ id: string; nodes: Array<{ target: unknown }> }>;
    };
    return result.violations.map((v) => `${v.id}: ${v.nodes.length} (${JSON.stringify(v.nodes[0]?.target)})`);
  }, WCAG_A_AA);
}

export const count = (page: Page, selector: string) => page.locator(selector).count();
/** Text as rendered (table cells apart, hidden text left out), which is what a reader sees. */
// biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is being checked
export const shown = (locator: Locator) => locator.innerText();
export const text = (page: Page, selector: string) => shown(page.locator(selector).first());

/** How far a page overflows a phone's width, in pixels (0 or less: it fits). */
export const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** A built site, Chromium, and the site's data as its pages read it (data.js). */
export interface OpenSite {
  site: BuiltSite;
  browser: Browser;
  data: SiteData;
  close(): Promise<void>;
}

export async function startSite(build: () => Promise<BuiltSite>): Promise<OpenSite> {
  const site = await build();
  const browser = await launchChromium();
  const script = await readFile(join(site.site, "data.js"), "utf8");
  const data = JSON.parse(script.slice(script.indexOf("=") + 1, script.lastIndexOf(";"))) as SiteData;
  return {
    site,
    browser,
    data,
    close: async () => {
      await browser.close();
      await site.cleanUp();
    },
  };
}

const TYPES: Record<string, string> = { html: "text/html", js: "text/javascript", css: "text/css" };

/**
 * Serves `dir` over HTTP on a free local port, as a static host would (files in subfolders too,
 * nothing outside `dir`). Returns the site's URL and a function that stops the server.
 */
export async function serveFolder(dir: string): Promise<{ url: string; close: () => void }> {
  const root = resolve(dir);
  const server = createServer((request, response) => {
    const path = decodeURIComponent((request.url ?? "/").split(/[?#]/)[0] ?? "/").replace(
      /\/$/,
      "/index.html",
    );
    const file = resolve(root, `.${path}`);
    if (!file.startsWith(`${root}${sep}`)) return void response.writeHead(404).end();
    readFile(file).then(
      (body) => response.writeHead(200, { "content-type": TYPES[extname(file).slice(1)] ?? "" }).end(body),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}
