// The read page (`#/read`) in Chromium, from file:// and from a static server: files chosen or
// dropped are parsed in the page, shown with the site's own pages, offered as JSON and CSV, and
// nothing is requested from anywhere but the site's own folder. Expected figures are read from
// the seeds: 001 (the 2023 plan) has 9 strategies and 58 measures in 肆; 003 (the 2018 report)
// has 序次 1 to 46. The text fixtures are the same documents in other forms (fixtures/text/README.md).
import { createHash } from "node:crypto";
import { buildDataset, formatCsv } from "@lianzheng/dataset/browser";
import { inputOf, layoutOfText, parseLayout } from "@lianzheng/parse";
import { hasPdfHeader } from "@lianzheng/pdf";
import { describe, expect, it } from "vitest";
import { axeViolations, serveFolder } from "./browser.js";
import {
  bytesOf,
  choose,
  downloaded,
  dropFile,
  expectLocalAndClose,
  openReadPage as open,
  outcome,
  pdfRequests,
  useReadSite,
} from "./read-page.js";

const readSite = useReadSite();
const openReadPage = (url = readSite().url) => open(readSite().browser, url);

/** What `lianzheng parse` makes of the same bytes under the same name: the same parse step, in Node. */
function parsedInNode(name: string, bytes: Uint8Array) {
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const input = inputOf(name, bytes, sha256, hasPdfHeader(bytes));
  return parseLayout(input, layoutOfText(input));
}

describe("the read page", () => {
  it("is a route of its own with a link in the header, and loads no parser until a file is read", async () => {
    const { page, requests, errors } = await openReadPage();
    expect(await page.locator("#page-heading").textContent()).toBe("讀取檔案");
    expect(await page.locator('header a[href="#/read"]').count()).toBe(1);
    expect(requests.filter((url) => url.endsWith("/read.js"))).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each([
    ["001_6bac756fe4f12e99.txt", "seeds/001_6bac756fe4f12e99.txt"],
    ["plan-2023-zh.box-w10.big5.txt", "fixtures/text/plan-2023-zh.box-w10.big5.txt"],
    ["plan-2023-zh.html", "fixtures/text/plan-2023-zh.html"],
    ["plan-2023-zh.cells.utf16le.txt", "fixtures/text/plan-2023-zh.cells.utf16le.txt"],
  ])(
    "shows the 2023 plan from %s with its 9 strategies and 58 measures, as Node parses it",
    async (name, path) => {
      const bytes = await bytesOf(path);
      const opened = await openReadPage();
      const { page, requests } = opened;
      expect(await choose(page, name, bytes)).toBe("done");
      expect(await page.locator("[data-testid=strategy-count]").textContent()).toBe("9");
      expect(await page.locator("[data-testid=measure-count]").textContent()).toBe("58");
      const json = JSON.parse(await downloaded(page, `${parsedInNode(name, bytes).id}.json`));
      expect(json).toEqual(JSON.parse(JSON.stringify(parsedInNode(name, bytes))));
      // A text file never loads PDF.js; nothing but the site's own files is asked for.
      expect(pdfRequests(requests, readSite().url)).toEqual([]);
      await expectLocalAndClose(opened);
    },
  );

  it.each([
    ["003_2d62c1db8ab3e0f0.txt", "seeds/003_2d62c1db8ab3e0f0.txt"],
    ["report-2018-zh.box.utf16be.txt", "fixtures/text/report-2018-zh.box.utf16be.txt"],
    ["report-2018-zh.md", "fixtures/text/report-2018-zh.md"],
  ])("shows the 2018 report from %s with its 46 records, and offers its CSV", async (name, path) => {
    const bytes = await bytesOf(path);
    const opened = await openReadPage();
    const { page } = opened;
    expect(await choose(page, name, bytes)).toBe("done");
    expect(await page.locator("[data-testid=record-count]").textContent()).toBe("46");
    // The CSV `lianzheng ingest` writes for the same document, byte for byte.
    const table = buildDataset([parsedInNode(name, bytes)]).tables.find((t) => t.name === "report_records");
    expect(table?.rows).toHaveLength(46);
    expect(await downloaded(page, "report_records.csv")).toBe(formatCsv(table as NonNullable<typeof table>));
    await expectLocalAndClose(opened);
  });

  it("reads a file dropped on it, and shows a binary file's one-line error", async () => {
    const { page, errors } = await openReadPage();
    await dropFile(page, "report.txt", await bytesOf("seeds/003_2d62c1db8ab3e0f0.txt"));
    expect(await outcome(page)).toBe("done");
    expect(await page.locator("[data-testid=record-count]").textContent()).toBe("46");
    expect(await axeViolations(page)).toEqual([]);
    expect(await choose(page, "scan.bin", new Uint8Array([0x61, 0, 0, 0, 0x62, 0x0a, 0xff, 0xfe]))).toBe(
      "failed",
    );
    const line = await page.locator("[data-testid=read-error]").textContent();
    expect(line).toMatch(/^scan\.bin: [^\n]+ \[binary_input\]$/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("works from a static web server, asking only its own origin", async () => {
    const server = await serveFolder(readSite().dir);
    const origin = new URL(server.url).origin;
    try {
      const { page, requests, errors } = await openReadPage(`${origin}/`);
      expect(await choose(page, "plan.txt", await bytesOf("seeds/001_6bac756fe4f12e99.txt"))).toBe("done");
      expect(await page.locator("[data-testid=measure-count]").textContent()).toBe("58");
      expect(requests.filter((url) => !url.startsWith(`${origin}/`) && !/^(blob|data):/.test(url))).toEqual(
        [],
      );
      expect(requests).toContain(`${origin}/read.js`);
      expect(errors).toEqual([]);
      await page.context().close();
    } finally {
      server.close();
    }
  });
});
