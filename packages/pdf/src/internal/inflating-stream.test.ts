import * as zlib from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inflatingStreamClass } from "./isolate.js";

type StreamClass = new (
  format: string,
) => { writable: { getWriter(): unknown }; readable: AsyncIterable<Uint8Array> };

/** What PDF.js does with a DecompressionStream (asyncGetBytesFromDecompressionStream). */
async function inflateAsPdfJs(
  Stream: StreamClass,
  format: string,
  bytes: Uint8Array,
): Promise<Uint8Array | null> {
  try {
    const { readable, writable } = new Stream(format);
    const writer = writable.getWriter() as {
      ready: Promise<void>;
      write(bytes: Uint8Array): Promise<void>;
      close(): Promise<void>;
    };
    await writer.ready;
    writer
      .write(bytes)
      .then(async () => {
        await writer.ready;
        await writer.close();
      })
      .catch(() => {});
    const chunks: Uint8Array[] = [];
    for await (const chunk of readable) chunks.push(chunk);
    return new Uint8Array(Buffer.concat(chunks));
  } catch {
    return null; // PDF.js inflates with its own code then
  }
}

const Native = globalThis.DecompressionStream as unknown as StreamClass;
const Inflating = inflatingStreamClass(zlib, () => 1 << 20) as unknown as StreamClass;

describe("the child's DecompressionStream", () => {
  it("inflates what Node's inflates, and fails where Node's fails", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 4000 }),
        fc.integer({ min: 0, max: 9 }),
        fc.nat(),
        async (data, level, cut) => {
          const whole = new Uint8Array(zlib.deflateSync(data, { level }));
          // A damaged stream: cut short somewhere (real PDFs carry truncated streams).
          const truncated = whole.subarray(0, cut % whole.length);
          for (const bytes of [whole, truncated]) {
            const [ours, node] = await Promise.all([
              inflateAsPdfJs(Inflating, "deflate", bytes),
              inflateAsPdfJs(Native, "deflate", bytes),
            ]);
            expect(ours === null).toBe(node === null);
            if (ours && node) expect(Buffer.from(ours).equals(Buffer.from(node))).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("takes deflate only, as Node 20 does, so PDF.js decodes the rest itself", async () => {
    const bytes = new Uint8Array(zlib.brotliCompressSync(Buffer.from("text")));
    expect(await inflateAsPdfJs(Inflating, "brotli", bytes)).toBeNull();
  });

  it("fails a stream decoding past its limit", async () => {
    const small = inflatingStreamClass(zlib, () => 1000) as unknown as StreamClass;
    const bomb = new Uint8Array(zlib.deflateSync(Buffer.alloc(5000, 0x20)));
    expect(await inflateAsPdfJs(small, "deflate", bomb)).toBeNull();
    expect((await inflateAsPdfJs(Inflating, "deflate", bomb))?.length).toBe(5000);
  });
});
