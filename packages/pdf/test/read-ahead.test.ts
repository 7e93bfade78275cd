import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";

// Every process the reader starts, counted: a read named ahead runs on the reader that finishes.
const started: string[] = vi.hoisted(() => []);
vi.mock("node:child_process", async (importOriginal) =>
  (await import("./support/counted-spawn.js")).countedSpawn(await importOriginal(), started),
);

const { cancelPdfReadAhead, readPdf, readPdfAhead } = await import("../src/index.js");
const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/pdf/${name}`, import.meta.url));
const [a, b, c] = [
  "plan-2023-en-strategy9.pdf",
  "producers/plan-2023-en-xelatex.pdf",
  "producers/plan-2023-en-wkhtmltopdf.pdf",
].map(fixture) as [Buffer, Buffer, Buffer];

describe("readPdfAhead", () => {
  // Memory limits of their own: no reader left idle by another test has them.
  const limits = { maxHeapMb: 702, maxRssMb: 1100 };

  it("starts on the reader the moment its read ends; the later read takes it over, reading as a cold reader does", async () => {
    readPdfAhead(Buffer.from(b), limits); // another buffer, the same bytes
    const first = await readPdf(a, { ...limits, file: "a.pdf" });
    expect(started).toHaveLength(1);
    // The reader went on to b: a read of other bytes needs a reader of its own.
    const other = await readPdf(c, { ...limits, file: "c.pdf" });
    expect(started).toHaveLength(2);
    const ahead = await readPdf(b, { ...limits, file: "b.pdf" });
    expect(started).toHaveLength(2);

    const cold = { maxHeapMb: 703, maxRssMb: 1100 };
    expect(first).toEqual(await readPdf(a, { ...cold, file: "a.pdf" }));
    expect(other).toEqual(await readPdf(c, { ...cold, file: "c.pdf" }));
    expect(ahead).toEqual(await readPdf(b, { ...cold, file: "b.pdf" }));
  });

  it("a read named ahead and dropped is not taken: its reader is ended, the read starts anew", async () => {
    const own = { maxHeapMb: 704, maxRssMb: 1100 };
    const before = started.length;
    readPdfAhead(b, own);
    await readPdf(a, { ...own, file: "a.pdf" });
    cancelPdfReadAhead(b);
    const again = await readPdf(b, { ...own, file: "b.pdf" });
    expect(started.length - before).toBe(2);
    expect(again.blocks.length).toBeGreaterThan(0);
  });

  it("bytes the read refuses at once start nothing; the read itself says why", async () => {
    const before = started.length;
    readPdfAhead(new Uint8Array(0), limits);
    await expect(readPdf(new Uint8Array(0), limits)).rejects.toMatchObject({ code: "empty_input" });
    expect(started.length).toBe(before);
  });
});
