import { readFileSync } from "node:fs";
import { isParseError, type ParseErrorCode } from "@lianzheng/model";
import { describe, expect, test } from "vitest";
import { extractPages, readPdf } from "../src/index.js";

const fixture = (name: string): Buffer =>
  readFileSync(new URL(`../../../fixtures/pdf/${name}`, import.meta.url));

async function failure(
  promise: Promise<unknown>,
): Promise<{ code: ParseErrorCode; line: string; page: number | undefined }> {
  try {
    await promise;
  } catch (error) {
    if (!isParseError(error)) throw error;
    return { code: error.code, line: error.toLine(), page: error.at?.page };
  }
  throw new Error("expected a ParseError");
}

describe("bad PDFs fail with their own clear one-line error", () => {
  const cases: Array<[string, ParseErrorCode, RegExp]> = [
    ["bad/empty.pdf", "empty_input", /empty \(0 bytes\)/],
    ["bad/not-a-pdf.pdf", "not_a_pdf", /no %PDF- header/],
    ["bad/truncated.pdf", "truncated_pdf", /cut short/],
    ["bad/encrypted.pdf", "encrypted_pdf", /encrypted with a password.*qpdf --decrypt/],
    ["bad/malformed.pdf", "malformed_pdf", /damaged/],
    ["bad/image-only.pdf", "no_text_layer", /no text layer.*scan.*OCR/],
  ];
  for (const [name, code, message] of cases) {
    test(`${name} → ${code}`, async () => {
      const error = await failure(readPdf(fixture(name), { file: name }));
      expect(error.code).toBe(code);
      expect(error.line).toMatch(message);
      expect(error.line.startsWith(name)).toBe(true);
      expect(error.line).not.toContain("\n");
    });
  }

  test("a scan's error names its pages", async () => {
    const error = await failure(readPdf(fixture("bad/image-only.pdf")));
    expect(error.line).toMatch(/its only page/);
    expect(error.page).toBe(1);
  });

  test("extractPages shares the checks but returns pages without text", async () => {
    expect((await failure(extractPages(fixture("bad/encrypted.pdf")))).code).toBe("encrypted_pdf");
    const pages = await extractPages(fixture("bad/image-only.pdf"));
    expect(pages).toHaveLength(1);
    expect(pages[0]?.runs).toEqual([]);
  });
});

describe("limits", () => {
  const plan = fixture("plan-2023-en-strategy9.pdf");

  test("maxBytes refuses a larger file before parsing", async () => {
    const error = await failure(readPdf(plan, { maxBytes: plan.length - 1 }));
    expect(error.code).toBe("file_too_large");
    expect(error.line).toContain(`${plan.length} bytes`);
  });

  test("maxPages refuses a longer document", async () => {
    const pages = (await extractPages(plan)).length;
    expect(pages).toBeGreaterThan(1);
    const error = await failure(readPdf(plan, { maxPages: pages - 1 }));
    expect(error.code).toBe("too_many_pages");
    expect(error.line).toContain(`${pages} pages`);
    await expect(readPdf(plan, { maxPages: pages })).resolves.toBeDefined();
  });

  test("timeoutMs gives up instead of hanging", async () => {
    const error = await failure(readPdf(fixture("report-2018-zh.pdf"), { timeoutMs: 1 }));
    expect(error.code).toBe("timeout");
    expect(error.line).toContain("1 ms");
  });

  test("defaults read a normal document", async () => {
    const doc = await readPdf(plan);
    expect(doc.format).toBe("pdf");
    expect(doc.pages).toBeGreaterThan(1);
  });

  test("the caller's buffer is left intact", async () => {
    const copy = Uint8Array.from(plan);
    await readPdf(copy);
    expect(Buffer.from(copy).equals(plan)).toBe(true);
  });
});
