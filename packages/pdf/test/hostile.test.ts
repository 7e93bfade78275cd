import { readFileSync } from "node:fs";
import { isParseError, type ParseErrorCode } from "@lianzheng/model";
import { afterEach, describe, expect, test, vi } from "vitest";
import { readPdf } from "../src/index.js";
import { flateStream, HELLO, onePagePdf } from "./support/build-pdf.js";

// PDFs are untrusted: each of these must end in a ParseError or a document, within its limits,
// without hanging, without output and without an unhandled rejection (vitest fails a run that
// has one).

const fixture = (name: string): Buffer =>
  readFileSync(new URL(`../../../fixtures/pdf/${name}`, import.meta.url));

async function codeOf(promise: Promise<unknown>): Promise<ParseErrorCode> {
  try {
    await promise;
  } catch (error) {
    if (!isParseError(error)) throw error;
    expect(error.toLine()).not.toContain("\n");
    return error.code;
  }
  throw new Error("expected a ParseError");
}

afterEach(() => vi.restoreAllMocks());

describe("hostile PDFs", () => {
  test("a damaged page tree fails the document, and PDF.js's stray rejection goes nowhere", async () => {
    // Two bytes found by fuzzing: one in the /Kids array, one in an object header. PDF.js
    // prefetches the other kids and never awaits the failed fetch (Catalog.getPageDict).
    const data = Uint8Array.from(fixture("plan-2023-en-strategy9.pdf"));
    data[679] = 0x12;
    data[4492] = 0x2b;
    expect(await codeOf(readPdf(data, { file: "kids.pdf" }))).toBe("malformed_pdf");
    // Let the rejection surface, if one were left unhandled.
    await new Promise((resolve) => setTimeout(resolve, 50));
  });

  test("timeoutMs holds while PDF.js is stuck inside one content stream", async () => {
    // Two million nested `q`: PDF.js takes minutes and yields only to microtasks meanwhile.
    const data = onePagePdf(`${"q ".repeat(2_000_000)}${HELLO}`);
    expect(await codeOf(readPdf(data, { timeoutMs: 1000 }))).toBe("timeout");
  });

  test("maxHeapMb refuses a small file whose content expands to a huge operator list", async () => {
    // 12 KB of Flate that PDF.js turns into a million text operations.
    const data = onePagePdf(`BT /F1 1 Tf ${"(ab) Tj ".repeat(1_000_000)} ET`);
    expect(await codeOf(readPdf(data, { maxHeapMb: 64 }))).toBe("file_too_large");
  });

  test("a page with a million text runs is refused before its layout, naming the page", async () => {
    // With the default heap the operator list fits; laying it out on the caller's thread, where
    // no timer can interrupt it, used to run for minutes.
    const data = onePagePdf(`BT /F1 1 Tf ${"(ab) Tj ".repeat(1_000_000)} ET`);
    const started = Date.now();
    try {
      await readPdf(data, { file: "runs.pdf" });
      throw new Error("expected a ParseError");
    } catch (error) {
      if (!isParseError(error)) throw error;
      expect(error.code).toBe("file_too_large");
      expect(error.at?.page).toBe(1);
      expect(error.toLine()).toContain("maxOpsPerPage");
    }
    expect(Date.now() - started).toBeLessThan(60_000);
  });

  test("timeoutMs holds against form XObjects that draw each other a billion times", async () => {
    const levels = 9;
    const forms = Array.from({ length: levels }, (_, i) =>
      i < levels - 1
        ? flateStream(
            `/X${i + 2} Do `.repeat(10),
            `/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /XObject << /X${i + 2} ${i + 7} 0 R >> >>`,
          )
        : flateStream("0 0 m 100 0 l S", "/Type /XObject /Subtype /Form /BBox [0 0 10 10]"),
    );
    const data = onePagePdf(`/X1 Do ${HELLO}`, forms);
    expect(await codeOf(readPdf(data, { timeoutMs: 1000 }))).toBe("timeout");
  });

  test("a form XObject that draws itself reads (PDF.js breaks the cycle)", async () => {
    const self = flateStream(
      "/X1 Do /X1 Do",
      "/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /XObject << /X1 6 0 R >> >>",
    );
    const doc = await readPdf(onePagePdf(`/X1 Do ${HELLO}`, [self]));
    expect(doc.blocks.map((block) => (block.kind === "table" ? "" : block.text))).toContain("Hello world");
  });

  test("reading damaged PDFs writes nothing to the console", async () => {
    const writes = [
      vi.spyOn(process.stdout, "write"),
      vi.spyOn(process.stderr, "write"),
      vi.spyOn(console, "log"),
      vi.spyOn(console, "warn"),
      vi.spyOn(console, "error"),
    ];
    const data = Uint8Array.from(fixture("report-2018-zh.pdf"));
    // Damage the middle: broken streams and objects that PDF.js warns about and skips.
    data.fill(0x30, Math.floor(data.length / 2), Math.floor(data.length / 2) + 4000);
    await readPdf(data).catch((error: unknown) => {
      if (!isParseError(error)) throw error;
    });
    for (const write of writes) expect(write).not.toHaveBeenCalled();
  });
});
