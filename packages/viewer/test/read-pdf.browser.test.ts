// PDFs on the read page (`#/read`) in Chromium, from file:// and from a static server: PDF.js runs
// in a Web Worker started from the site's pdf/ folder only once a PDF is chosen, asks for the
// CMaps it needs one by one (none for a PDF that embeds its fonts), and the page gives the same document as `lianzheng parse` in Node.
// Expected figures are read from the seeds the PDFs were made from (fixtures/pdf/README.md):
// 001, the 2023 plan, has 9 strategies and 58 measures in 肆; 003, the 2018 report, 序次 1 to 46.
import { createHash } from "node:crypto";
import { buildDataset, formatCsv } from "@lianzheng/dataset/browser";
import { isParseError } from "@lianzheng/model";
import { inputOf, layoutOfPdf, parseLayout } from "@lianzheng/parse";
import { readPdf } from "@lianzheng/pdf";
import type { Page, Worker } from "playwright-core";
import { describe, expect, it } from "vitest";
import { serveFolder } from "./browser.js";
import {
  bytesOf,
  choose,
  chooseFile,
  downloaded,
  dropFile,
  expectLocalAndClose,
  openReadPage,
  outcome,
  pdfRequests,
  useReadSite,
} from "./read-page.js";

const readSite = useReadSite();

/** What `lianzheng parse` makes of the same PDF bytes: Node's PDF reader, the same parse step. */
async function parsedInNode(name: string, bytes: Uint8Array) {
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const input = inputOf(name, bytes, sha256, true);
  return parseLayout(input, layoutOfPdf(await readPdf(bytes, { file: name })));
}

/** The JSON the page offers for download, Node's parse of the same bytes as JSON, and that document. */
async function jsonOnPageAndInNode(page: Page, name: string, bytes: Uint8Array) {
  const expected = await parsedInNode(name, bytes);
  const onPage: unknown = JSON.parse(await downloaded(page, `${expected.id}.json`));
  return [onPage, JSON.parse(JSON.stringify(expected)) as unknown, expected] as const;
}

/** Node's one-line error for the same bytes. */
async function errorLineInNode(name: string, bytes: Uint8Array, limits = {}): Promise<string> {
  try {
    await readPdf(bytes, { file: name, ...limits });
  } catch (error) {
    if (isParseError(error)) return error.toLine();
    throw error;
  }
  throw new Error(`${name}: Node read it without an error`);
}

const cmapsOf = (requests: string[]) => requests.filter((url) => url.includes("/pdf/cmaps/"));

describe("a PDF on the read page", () => {
  it("shows the 2023 plan PDF with 9 strategies and 58 measures, as Node parses it; PDF.js loads only now", async () => {
    const name = "plan-2023-zh.pdf";
    const bytes = await bytesOf(`fixtures/pdf/${name}`);
    const opened = await openReadPage(readSite().browser, readSite().url);
    const { page, requests } = opened;
    // A text file first: the reader (read.js) loads, PDF.js does not.
    expect(await choose(page, "plan.txt", await bytesOf("seeds/001_6bac756fe4f12e99.txt"))).toBe("done");
    expect(pdfRequests(requests, readSite().url)).toEqual([]);
    const before = requests.length;
    expect(await choose(page, name, bytes)).toBe("done");
    expect(await page.locator("[data-testid=strategy-count]").textContent()).toBe("9");
    expect(await page.locator("[data-testid=measure-count]").textContent()).toBe("58");
    const [onPage, inNode] = await jsonOnPageAndInNode(page, name, bytes);
    expect(onPage).toEqual(inNode);
    // The worker's script comes after the PDF was chosen, once; this PDF embeds its fonts and
    // needs no CMap, so none is loaded.
    expect(requests.slice(0, before).filter((url) => url.includes("/pdf/"))).toEqual([]);
    expect(requests.filter((url) => url.endsWith("/pdf/worker.js"))).toHaveLength(1);
    expect(cmapsOf(requests)).toEqual([]);
    await expectLocalAndClose(opened);
  }, 240_000);

  it("loads the CMaps a PDF with unembedded Chinese fonts needs, only those, once per page", async () => {
    // MSung-Light and STSong-Light with Adobe's UCS-2 CMaps, not embedded (fixtures/pdf/faults/README.md).
    const name = "fake-bold.pdf";
    const bytes = await bytesOf(`fixtures/pdf/faults/${name}`);
    const opened = await openReadPage(readSite().browser, readSite().url);
    const { page, requests } = opened;
    expect(await choose(page, name, bytes)).toBe("done");
    const [onPage, inNode] = await jsonOnPageAndInNode(page, name, bytes);
    expect(onPage).toEqual(inNode);
    const cmaps = cmapsOf(requests);
    expect(cmaps.length).toBeGreaterThan(0);
    expect(cmaps.length).toBeLessThan(10);
    expect(new Set(cmaps).size).toBe(cmaps.length);
    // Read again: by the worker kept from the first read (PDF.js not started twice), and the
    // page answers from what it has, nothing is loaded twice.
    const before = requests.length;
    const workers: string[] = [];
    page.on("worker", (worker) => workers.push(worker.url()));
    expect(await choose(page, "again.pdf", bytes)).toBe("done");
    expect(workers).toEqual([]);
    expect(requests.slice(before).filter((url) => url.includes("/pdf/"))).toEqual([]);
    await expectLocalAndClose(opened);
  }, 240_000);

  it("shows the 2018 report PDF with its 46 records and their CSV from a static server, asking only its origin", async () => {
    const name = "report-2018-zh.pdf";
    const bytes = await bytesOf(`fixtures/pdf/${name}`);
    const server = await serveFolder(readSite().dir);
    const origin = new URL(server.url).origin;
    try {
      const opened = await openReadPage(readSite().browser, `${origin}/`);
      const { page, requests } = opened;
      expect(await choose(page, name, bytes)).toBe("done");
      expect(await page.locator("[data-testid=record-count]").textContent()).toBe("46");
      const [onPage, inNode, document] = await jsonOnPageAndInNode(page, name, bytes);
      expect(onPage).toEqual(inNode);
      // The CSV `lianzheng ingest` writes for the same document, byte for byte.
      const table = buildDataset([document]).tables.find((t) => t.name === "report_records");
      expect(table?.rows).toHaveLength(46);
      expect(await downloaded(page, "report_records.csv")).toBe(
        formatCsv(table as NonNullable<typeof table>),
      );
      expect(requests).toContain(`${origin}/pdf/worker.js`);
      expect(cmapsOf(requests)).toEqual([]);
      expect(requests.filter((url) => !url.startsWith(`${origin}/`) && !/^(blob|data):/.test(url))).toEqual(
        [],
      );
      expect(opened.errors).toEqual([]);
      await page.context().close();
    } finally {
      server.close();
    }
  }, 240_000);

  it("shows an encrypted PDF's one-line error when it is dropped, the same line as Node's", async () => {
    const name = "encrypted.pdf";
    const bytes = await bytesOf(`fixtures/pdf/bad/${name}`);
    const opened = await openReadPage(readSite().browser, readSite().url);
    const { page } = opened;
    await dropFile(page, name, bytes);
    expect(await outcome(page)).toBe("failed");
    const line = await page.locator("[data-testid=read-error]").textContent();
    expect(line).toMatch(/^encrypted\.pdf: [^\n]+ \[encrypted_pdf\]$/);
    expect(line).toBe(await errorLineInNode(name, bytes));
    // No limit of the page's stopped it: no hint to raise one.
    expect(await page.locator("[data-testid=read-hint]").count()).toBe(0);
    await expectLocalAndClose(opened);
  }, 240_000);

  it("keeps the page limit set in Limits, with Node's line for it", async () => {
    const name = "plan-2023-zh.pdf";
    const bytes = await bytesOf(`fixtures/pdf/${name}`);
    const opened = await openReadPage(readSite().browser, readSite().url);
    const { page } = opened;
    await page.locator("details.limits summary").click();
    await page.getByLabel("頁數上限").fill("2");
    await page.getByLabel("頁數上限").press("Tab");
    expect(await choose(page, name, bytes)).toBe("failed");
    expect(await page.locator("[data-testid=read-error]").textContent()).toBe(
      await errorLineInNode(name, bytes, { maxPages: 2 }),
    );
    expect(await page.locator("[data-testid=read-hint]").textContent()).toBe(
      "可在「讀取限制」調高「頁數上限」後再讀一次。",
    );
    await expectLocalAndClose(opened);
  }, 240_000);

  it("stops a hostile PDF at the page's time limit, and the page answers clicks meanwhile", async () => {
    // Two million nested `q` (test/fixtures/README.md): PDF.js takes minutes and never yields.
    const bytes = await bytesOf("packages/viewer/test/fixtures/nested-q.pdf");
    const opened = await openReadPage(readSite().browser, readSite().url);
    const { page } = opened;
    await page.locator("details.limits summary").click();
    // Long enough that the clicks below come before it on a loaded machine.
    await page.getByLabel("時間上限（秒）").fill("20");
    await page.getByLabel("時間上限（秒）").press("Tab");
    const workerClosed = new Promise<void>((resolve) =>
      page.on("worker", (worker) => worker.on("close", () => resolve())),
    );
    const workerStarted = page.waitForEvent("worker");
    await chooseFile(page, "nested.pdf", bytes);
    await workerStarted;
    // While PDF.js is stuck in its worker, the page's own script handles a click: the language
    // toggle re-renders the page in English, and the read is still pending.
    await page.click("button.toggle");
    expect(await page.locator("#page-heading").textContent()).toBe("Read a file");
    expect(await page.getAttribute(".read-status", "data-status")).toBe("reading");
    expect(await outcome(page)).toBe("failed");
    expect(await page.locator("[data-testid=read-error]").textContent()).toBe(
      "nested.pdf: reading the PDF took longer than 20000 ms; raise timeoutMs to allow more [timeout]",
    );
    // The reader's line names its option; the page names its own field (in English by now).
    expect(await page.locator("[data-testid=read-hint]").textContent()).toBe(
      "Raise “Time limit (s)” under Limits and read the file again.",
    );
    await workerClosed;
    await expectLocalAndClose(opened);
  }, 240_000);

  it("ends a PDF still being read when another file is chosen, rather than at its deadline", async () => {
    const opened = await openReadPage(readSite().browser, readSite().url);
    const { page } = opened;
    await page.locator("details.limits summary").click();
    // Ten minutes: longer than this test may run, so only the page can have ended the worker.
    await page.getByLabel("時間上限（秒）").fill("600");
    await page.getByLabel("時間上限（秒）").press("Tab");
    const hostile = await bytesOf("packages/viewer/test/fixtures/nested-q.pdf");
    const seed = await bytesOf("seeds/003_2d62c1db8ab3e0f0.txt");
    const closes = (worker: Worker) => new Promise<void>((resolve) => worker.on("close", () => resolve()));
    const started: Worker[] = [];
    page.on("worker", (worker) => started.push(worker));

    // The hostile PDF in a new worker, replaced by a text file.
    await chooseFile(page, "nested.pdf", hostile);
    await page.waitForSelector(".read-status[data-status=reading]");
    await expect.poll(() => started.length).toBe(1);
    const first = closes(started[0] as Worker);
    expect(await choose(page, "report.txt", seed)).toBe("done");
    await first;

    // A PDF read cleanly leaves its worker kept; the hostile PDF takes it, and it is ended the same way.
    expect(await choose(page, "plan.pdf", await bytesOf("fixtures/pdf/plan-2023-zh.pdf"))).toBe("done");
    expect(started).toHaveLength(2);
    const kept = closes(started[1] as Worker);
    await chooseFile(page, "nested.pdf", hostile);
    await page.waitForSelector(".read-status[data-status=reading]");
    expect(await choose(page, "report.txt", seed)).toBe("done");
    expect(await page.locator("[data-testid=record-count]").textContent()).toBe("46");
    await kept;
    expect(started).toHaveLength(2);
    await expectLocalAndClose(opened);
  }, 240_000);
});
