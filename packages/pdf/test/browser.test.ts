// The browser entry in Chromium against the Node reader: every PDF fixture gives the same raw
// document (and so the same parsed document) in a Web Worker of a page as in Node's child
// process; bad PDFs give the same one-line errors; a hostile PDF is ended at the deadline while
// the page stays responsive; nothing is requested beyond the page's own origin.
import { readdirSync, readFileSync } from "node:fs";
import { parseActionPlan } from "@lianzheng/action-plan";
import { parseExecutionReport } from "@lianzheng/execution-report";
import type { RawDocument } from "@lianzheng/layout";
import { isParseError, type Source } from "@lianzheng/model";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { readPdf } from "../src/index.js";
import { type BrowserRead, openReaderPage, type ReaderPage, readInPage } from "./support/browser-page.js";
import { endlessStructureTreePdf, HELLO, onePagePdf } from "./support/build-pdf.js";

const fixtures = new URL("../../../fixtures/pdf/", import.meta.url);
const pdfsIn = (folder: string) =>
  readdirSync(new URL(folder, fixtures))
    .filter((name) => name.endsWith(".pdf"))
    .map((name) => `${folder}${name}`);
const PARITY = [...pdfsIn(""), ...pdfsIn("producers/"), ...pdfsIn("excerpts/"), ...pdfsIn("faults/")];
const BAD = pdfsIn("bad/");

let reader: ReaderPage;
beforeAll(async () => {
  reader = await openReaderPage();
}, 120_000);
afterAll(async () => {
  await reader?.close();
});

/** Node's reading of a fixture: its document (as JSON has it) or its error. */
async function readInNode(name: string): Promise<BrowserRead> {
  try {
    const document = await readPdf(readFileSync(new URL(name, fixtures)), { file: name });
    return { document: JSON.parse(JSON.stringify(document)) };
  } catch (error) {
    if (!isParseError(error)) throw error;
    return {
      error: {
        name: error.name,
        code: error.code,
        message: error.message,
        line: error.toLine(),
        at: error.at,
      },
    };
  }
}

/** A fixture read in the page and in Node, side by side. */
const readBoth = (name: string) =>
  Promise.all([readInPage(reader.page, { fixture: name }, { fileName: name }), readInNode(name)]);

const source: Source = { path: "document", format: "pdf", sha256: "0".repeat(64), bytes: 1 };

describe("the browser reader gives the Node reader's document", () => {
  test.each(PARITY)(
    "%s",
    async (name) => {
      const [inBrowser, inNode] = await readBoth(name);
      expect(inNode).toHaveProperty("document");
      expect(inBrowser).toEqual(inNode);
    },
    120_000,
  );

  test("the 2023 plan and the 2018 report parse to 58 measures and 46 records from the browser's raw documents", async () => {
    const plan = await readInPage(reader.page, { fixture: "plan-2023-zh.pdf" }, {});
    const report = await readInPage(reader.page, { fixture: "report-2018-zh.pdf" }, {});
    if (!("document" in plan) || !("document" in report)) throw new Error("expected documents");
    const parsedPlan = parseActionPlan(plan.document as RawDocument, { source });
    const parsedReport = parseExecutionReport(report.document as RawDocument, { source });
    expect(parsedPlan.strategies.flatMap((strategy) => strategy.measures)).toHaveLength(58);
    expect(parsedReport.records).toHaveLength(46);
  }, 120_000);
});

describe("the browser reader's errors are the Node reader's", () => {
  test.each(BAD)(
    "%s",
    async (name) => {
      const [inBrowser, inNode] = await readBoth(name);
      expect(inNode).toHaveProperty("error");
      expect(inBrowser).toEqual(inNode);
      if ("error" in inBrowser) expect(inBrowser.error.line).not.toContain("\n");
    },
    60_000,
  );

  test("an encrypted PDF gives its one-line error", async () => {
    const read = await readInPage(
      reader.page,
      { fixture: "bad/encrypted.pdf" },
      { fileName: "encrypted.pdf" },
    );
    expect(read).toMatchObject({ error: { name: "ParseError", code: "encrypted_pdf" } });
    if ("error" in read)
      expect(read.error.line).toMatch(
        /^encrypted\.pdf: the PDF is encrypted with a password; .* \[encrypted_pdf\]$/u,
      );
  }, 60_000);

  test("maxPages and maxBytes are kept, with Node's messages", async () => {
    const name = "plan-2023-en-strategy9.pdf";
    const pages = await readInPage(reader.page, { fixture: name }, { fileName: name, maxPages: 2 });
    const bytes = await readInPage(reader.page, { fixture: name }, { fileName: name, maxBytes: 1000 });
    const inNode = async (options: object) => {
      try {
        await readPdf(readFileSync(new URL(name, fixtures)), { file: name, ...options });
      } catch (error) {
        if (isParseError(error)) return error.toLine();
      }
      throw new Error("expected a ParseError");
    };
    expect(pages).toMatchObject({ error: { code: "too_many_pages", line: await inNode({ maxPages: 2 }) } });
    expect(bytes).toMatchObject({
      error: { code: "file_too_large", line: await inNode({ maxBytes: 1000 }) },
    });
  }, 60_000);
});

describe("a hostile PDF in the browser", () => {
  test("is ended at the deadline, and the page answers meanwhile", async () => {
    // Two million nested `q`: PDF.js takes minutes on it and never yields.
    const data = onePagePdf(`${"q ".repeat(2_000_000)}${HELLO}`);
    const { page } = reader;
    const reading = readInPage(page, { bytes: data }, { fileName: "nested.pdf", timeoutMs: 8000 });
    // While the worker is stuck, the page still takes clicks and runs its script.
    await page.click("#tick");
    await page.click("#tick");
    const during = await page.evaluate(() => (globalThis as unknown as { ticks?: number }).ticks);
    const settled = await Promise.race([reading.then(() => "settled"), Promise.resolve("pending")]);
    expect([during, settled]).toEqual([2, "pending"]);
    expect(await reading).toMatchObject({
      error: {
        code: "timeout",
        line: "nested.pdf: reading the PDF took longer than 8000 ms; raise timeoutMs to allow more [timeout]",
      },
    });
    // The worker that read it (a warm one, or a new one) is ended, not kept.
    await expect.poll(() => page.workers().length, { timeout: 10_000 }).toBe(0);
  }, 60_000);
});

describe("a read the page no longer wants", () => {
  test("ends when its signal aborts: the promise rejects with the reason and the worker is ended", async () => {
    const { page } = reader;
    const nested = [...onePagePdf(`${"q ".repeat(2_000_000)}${HELLO}`)];
    const outcome = await page.evaluate(async (bytes) => {
      const { readPdfInBrowser } = (globalThis as unknown as { reader: typeof import("../src/browser.js") })
        .reader;
      const worker = "/pdf/pdf-worker.js";
      const before = new AbortController();
      before.abort();
      const early = await readPdfInBrowser(new Uint8Array(bytes), { worker, signal: before.signal }).catch(
        (error: Error) => error.name,
      );
      const controller = new AbortController();
      const reading = readPdfInBrowser(new Uint8Array(bytes), {
        worker,
        timeoutMs: 60_000,
        signal: controller.signal,
      });
      setTimeout(() => controller.abort(), 1000);
      const late = await reading.catch((error: Error) => error.name);
      return { early, late };
    }, nested);
    // AbortError, not timeout: the read ended when the signal aborted, not at its deadline.
    expect([outcome.early, outcome.late]).toEqual(["AbortError", "AbortError"]);
    await expect.poll(() => page.workers().length, { timeout: 10_000 }).toBe(0);
  }, 60_000);
});

describe("the worker between reads", () => {
  test("reads the page's next PDF when it comes within keepWorkerMs, and is ended after", async () => {
    // A worker address of its own (the query is ignored by the server): no warm worker of
    // another test is taken.
    const worker = "/pdf/pdf-worker.js?kept";
    const started: string[] = [];
    const count = (started_: { url(): string }) => started.push(started_.url());
    reader.page.on("worker", count);
    const options = { worker, keepWorkerMs: 1500 };
    const first = await readInPage(reader.page, { fixture: "plan-2023-en-strategy9.pdf" }, options);
    const second = await readInPage(reader.page, { fixture: "bad/encrypted.pdf" }, options);
    const third = await readInPage(reader.page, { fixture: "plan-2023-en-strategy9.pdf" }, options);
    reader.page.off("worker", count);
    expect([first, second, third].map((read) => Object.keys(read)[0])).toEqual([
      "document",
      "error",
      "document",
    ]);
    expect(third).toEqual(first);
    expect(started.filter((url) => url.endsWith("?kept"))).toHaveLength(1);
    const kept = () => reader.page.workers().filter((one) => one.url().endsWith("?kept")).length;
    expect(kept()).toBe(1);
    await expect.poll(kept, { timeout: 10_000 }).toBe(0);
  }, 60_000);
});

describe("a structure tree PDF.js would read for hours, in the browser", () => {
  test("is dropped after its stage's limit, and the document is Node's: read from its geometry", async () => {
    // The worker is stuck in getStructTree(); the page ends it and reads again without trees.
    const data = endlessStructureTreePdf();
    const [inBrowser, inNode] = await Promise.all([
      readInPage(reader.page, { bytes: data }, { fileName: "tree.pdf", timeoutMs: 60_000 }),
      readPdf(data, { file: "tree.pdf", timeoutMs: 60_000 }),
    ]);
    expect(inNode.warnings.map((warning) => warning.code)).toEqual(["structure_tree_unread"]);
    expect(inBrowser).toEqual({ document: JSON.parse(JSON.stringify(inNode)) });
  }, 90_000);
});

describe("what the page fetches", () => {
  test("nothing of PDF.js before a PDF is read: the page and its script only", () => {
    expect(reader.requestsAtLoad).toEqual([`${reader.origin}/`, `${reader.origin}/reader.js`]);
  });

  test("only its own origin: the worker, and the CMaps a Chinese PDF needs", () => {
    const outside = reader.requests.filter((url) => !url.startsWith(`${reader.origin}/`));
    expect(outside).toEqual([]);
    expect(reader.requests.some((url) => url.includes("/pdf/cmaps/"))).toBe(true);
  });
});
