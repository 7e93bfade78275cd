import { readFileSync } from "node:fs";
import { isParseError, type ParseErrorCode } from "@lianzheng/model";
import { afterEach, describe, expect, test, vi } from "vitest";
import { readPdf } from "../src/index.js";
import { buildPdf, endlessStructureTreePdf, flateStream, HELLO, onePagePdf } from "./support/build-pdf.js";

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
  }, 90_000);

  test("a page with a million text runs is refused before its layout, naming the page", async () => {
    // With the default heap the operator list fits; laying it out on the caller's thread, where
    // no timer can interrupt it, used to run for minutes.
    // The test's own time limit is the bound (a wall-clock assertion failed on a loaded machine).
    const data = onePagePdf(`BT /F1 1 Tf ${"(ab) Tj ".repeat(1_000_000)} ET`);
    try {
      await readPdf(data, { file: "runs.pdf" });
      throw new Error("expected a ParseError");
    } catch (error) {
      if (!isParseError(error)) throw error;
      expect(error.code).toBe("file_too_large");
      expect(error.at?.page).toBe(1);
      expect(error.toLine()).toContain("maxOpsPerPage");
    }
  }, 120_000);

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
  }, 90_000);
});

describe("runaway PDFs", () => {
  /** A page whose content inflates to `bytes` spaces after one line of text: a Flate bomb. */
  const bomb = (bytes: number) => onePagePdf(`${HELLO}\n${" ".repeat(bytes)}`);

  test("a stream that inflates past maxStreamBytes is refused before PDF.js inflates it", async () => {
    const data = bomb(4 * 1024 * 1024);
    expect(data.length).toBeLessThan(10_000);
    const error = await readPdf(data, { file: "bomb.pdf", maxStreamBytes: 1024 * 1024 }).catch((e) => e);
    expect(isParseError(error) && error.code).toBe("file_too_large");
    expect(error.toLine()).toMatch(
      /^bomb\.pdf: a stream of the PDF decodes to more than 1048576 bytes .*maxStreamBytes/,
    );
    // Under the limit the same document reads.
    const doc = await readPdf(data, { maxStreamBytes: 8 * 1024 * 1024 });
    expect(doc.blocks.map((block) => (block.kind === "table" ? "" : block.text))).toContain("Hello world");
  });

  test("streams that inflate past maxDecodedBytes in all are refused", async () => {
    const data = onePagePdf(HELLO, [
      flateStream(" ".repeat(600_000), "/Type /XObject /Subtype /Form /BBox [0 0 10 10]"),
      flateStream(" ".repeat(600_000), "/Type /XObject /Subtype /Form /BBox [0 0 10 10]"),
    ]);
    expect(await codeOf(readPdf(data, { maxDecodedBytes: 1_000_000 }))).toBe("file_too_large");
    expect(await codeOf(readPdf(data, { maxDecodedBytes: 1_000_000, maxStreamBytes: 500_000 }))).toBe(
      "file_too_large",
    );
    await readPdf(data, { maxDecodedBytes: 2_000_000 });
  });

  test("maxRssMb bounds the reader's whole memory, buffers outside the heap included", async () => {
    // 300 MB of spaces: PDF.js inflates them into typed arrays the heap limit does not see.
    const data = bomb(300 * 1024 * 1024);
    const error = await readPdf(data, {
      maxStreamBytes: Number.POSITIVE_INFINITY,
      maxDecodedBytes: Number.POSITIVE_INFINITY,
      maxRssMb: 200,
    }).catch((e) => e);
    expect(isParseError(error) && error.code).toBe("file_too_large");
    expect(error.message).toContain("200 MB in all");
  }, 60_000);

  test("timeoutMs covers the layout of the pages too, not only PDF.js", async () => {
    // Many dense pages: PDF.js is quick with each, the layout of all of them is the long part.
    const lines = Array.from(
      { length: 80 },
      (_, i) => `BT /F1 9 Tf 40 ${800 - 9 * i} Td (Line ${i} of a long page of text) Tj ET`,
    ).join("\n");
    const pages = 300;
    const data = buildPdf([
      "<< /Type /Catalog /Pages 2 0 R >>",
      `<< /Type /Pages /Kids [${Array.from({ length: pages }, (_, i) => `${5 + i} 0 R`).join(" ")}] /Count ${pages} >>`,
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
      flateStream(lines),
      ...Array.from(
        { length: pages },
        () =>
          "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>",
      ),
    ]);
    const started = Date.now();
    expect(await codeOf(readPdf(data, { timeoutMs: 300 }))).toBe("timeout");
    expect(Date.now() - started).toBeLessThan(3000);
  }, 30_000);

  test("a structure tree PDF.js would serialize forever is dropped: the page is read from its geometry", async () => {
    // The tree stage is timed; the document reads on without trees, and says so.
    const data = endlessStructureTreePdf();
    const doc = await readPdf(data, { file: "tree.pdf", timeoutMs: 60_000 });
    expect(doc.blocks).toEqual([{ kind: "paragraph", text: "Hello world", page: 1 }]);
    expect(doc.warnings.map((warning) => warning.code)).toEqual(["structure_tree_unread"]);
  }, 90_000);
});
