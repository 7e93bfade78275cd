// What the read page's browser tests share: a site with no dataset (the read page needs none)
// written to a temporary folder, the page opened with every request recorded, a file chosen as a
// person chooses it, and a download's text.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { launchChromium } from "../scripts/harness.mjs";
import { prepareSiteData, writeSite } from "../src/index.js";

const root = new URL("../../../", import.meta.url);
/** A file of the repository, by its path from the root. */
export const bytesOf = async (path: string) => new Uint8Array(await readFile(new URL(path, root)));

/** An empty site in a temporary folder, and Chromium. */
export interface ReadSite {
  dir: string;
  /** index.html's file: URL. */
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function startReadSite(): Promise<ReadSite> {
  const dir = await mkdtemp(join(tmpdir(), "lianzheng-read-"));
  await writeSite(prepareSiteData({ documents: [], agencies: [] }), dir);
  const browser = await launchChromium();
  return {
    dir,
    url: pathToFileURL(join(dir, "index.html")).href,
    browser,
    close: async () => {
      await browser.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Starts the site before a test file's tests and closes it after; call at the file's top. */
export function useReadSite(): () => ReadSite {
  let site: ReadSite | undefined;
  beforeAll(async () => {
    site = await startReadSite();
  }, 120_000);
  afterAll(async () => {
    await site?.close();
  });
  return () => {
    if (!site) throw new Error("the read site is not started: call useReadSite() at the top of the file");
    return site;
  };
}

export interface Opened {
  page: Page;
  /** Every URL the page or its workers asked for, in order. */
  requests: string[];
  errors: string[];
}

/** Opens `url`#/read in a new context (downloads on) and waits for its heading. */
export async function openReadPage(browser: Browser, url: string): Promise<Opened> {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  context.on("request", (request) => requests.push(request.url()));
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.goto(`${url}#/read`);
  await page.waitForSelector("#page-heading");
  return { page, requests, errors };
}

/** Chooses a file with the page's file input, as a person does; resolves once reading started. */
export async function chooseFile(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  await page.setInputFiles("input[type=file]", {
    name,
    mimeType: "application/octet-stream",
    buffer: Buffer.from(bytes),
  });
}

/** Drops a file on the read page's panel, as a file dragged from elsewhere; resolves once dropped. */
export async function dropFile(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  await page.evaluate(
    ({ name, bytes }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name));
      document
        .querySelector(".read-file")
        ?.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true }));
    },
    { name, bytes: [...bytes] },
  );
}

/** The read's outcome, `done` or `failed`, once it has one. */
export async function outcome(page: Page, timeout = 120_000): Promise<string> {
  await page.waitForSelector(".read-status:is([data-status=done], [data-status=failed])", { timeout });
  return (await page.getAttribute(".read-status", "data-status")) ?? "";
}

/** Chooses a file and waits for the outcome. */
export async function choose(page: Page, name: string, bytes: Uint8Array): Promise<string> {
  await chooseFile(page, name, bytes);
  return outcome(page);
}

/** The text of the file a download link gives. */
export async function downloaded(page: Page, name: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.click(`a[download="${name}"]`)]);
  return readFile(await download.path(), "utf8");
}

/** Requests that left the page's folder: anything but file:, blob: and data: URLs. */
export const notLocal = (requests: string[]) => requests.filter((url) => !/^(file|blob|data):/.test(url));

/** Requests for the PDF reader's files (pdf/ or a name with "pdf" in it) under the site at `url`. */
export const pdfRequests = (requests: string[], url: string) => {
  const folder = new URL(".", url).href;
  return requests.filter(
    (request) => request.startsWith(folder) && /pdf/i.test(request.slice(folder.length)),
  );
};

/** Every request stayed in the site's folder (file:, blob:, data:), the page logged no error; closes it. */
export async function expectLocalAndClose({ page, requests, errors }: Opened): Promise<void> {
  expect(notLocal(requests)).toEqual([]);
  expect(errors).toEqual([]);
  await page.context().close();
}
