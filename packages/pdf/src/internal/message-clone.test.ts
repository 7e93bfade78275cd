import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { messageCloneOf } from "./message-clone.js";

const clone = messageCloneOf(structuredClone);

/** Data in a plain class, as the worker's glyphs are (fields set in the constructor, a getter). */
class Glyph {
  constructor(
    readonly unicode: string,
    readonly width: number,
    readonly isSpace: boolean,
  ) {}
  get category(): string {
    return this.unicode.trim() ? "letter" : "space";
  }
}

/** Messages shaped like PDF.js's: operator chunks with typed arrays, glyphs, nested arguments. */
const glyph = fc
  .tuple(fc.string({ maxLength: 2 }), fc.double({ noNaN: true }), fc.boolean())
  .map(([unicode, width, isSpace]) => new Glyph(unicode, width, isSpace));
const messageOf = (leaves: fc.Arbitrary<unknown>[]) =>
  fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: "small" }, fc.oneof(...leaves), tie("array"), tie("object")),
    array: fc.array(tie("value"), { maxLength: 5 }),
    object: fc.dictionary(fc.string({ maxLength: 4 }), tie("value"), { maxKeys: 4 }),
  })).value;
const dataLeaves = [
  fc.jsonValue({ maxDepth: 2 }),
  fc.float32Array({ maxLength: 6 }),
  fc.uint8Array({ maxLength: 6 }),
  fc.constant(undefined),
];

/** Every object of `value` that is an instance of a class, as found depth first. */
const instancesIn = (value: unknown, found: object[] = []): object[] => {
  if (value instanceof Glyph) found.push(value);
  else if (Array.isArray(value)) for (const item of value) instancesIn(item, found);
  else if (value && typeof value === "object" && !ArrayBuffer.isView(value))
    for (const item of Object.values(value)) instancesIn(item, found);
  return found;
};

describe("messageCloneOf", () => {
  it("copies a message of data as structuredClone does", () => {
    fc.assert(
      fc.property(messageOf(dataLeaves), (value) => {
        expect(clone(value)).toStrictEqual(structuredClone(value));
      }),
    );
  });

  it("hands the worker's value objects (glyphs) over as they are, and copies all around them", () => {
    fc.assert(
      fc.property(messageOf([...dataLeaves, glyph]), (value) => {
        const copy = clone(value);
        // The same fields as a structured clone gives (it would give each glyph as a plain object) …
        expect(copy).toEqual(structuredClone(value));
        // … with the very same glyphs, where the structured clone would make new ones.
        const sent = instancesIn(value);
        const received = instancesIn(copy);
        expect(received).toHaveLength(sent.length);
        for (const [i, item] of received.entries()) expect(item).toBe(sent[i]);
        if (value !== null && typeof value === "object" && !(value instanceof Glyph))
          expect(copy).not.toBe(value);
      }),
    );
  });

  it("leaves nothing shared with the sender, which empties its arrays once sent", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer()), { minLength: 1 }), (argsArray) => {
        const chunk = { fnArray: argsArray.map((_, i) => i), argsArray };
        const copy = clone(chunk);
        const expected = structuredClone(chunk);
        chunk.fnArray.length = 0;
        for (const args of argsArray) args.length = 0;
        argsArray.length = 0;
        expect(copy).toStrictEqual(expected);
      }),
    );
  });

  it("keeps shared and circular references as structuredClone keeps them", () => {
    const shared = { unicode: "廉" };
    const looped: { self?: unknown; list: unknown[] } = { list: [shared, shared] };
    looped.self = looped;
    const copy = clone(looped) as typeof looped;
    expect(copy).not.toBe(looped);
    expect(copy.self).toBe(copy);
    expect(copy.list[0]).toBe(copy.list[1]);
    expect(copy.list[0]).not.toBe(shared);
  });

  it("copies typed arrays, and hands over those whose buffer is transferred", () => {
    const kept = new Float32Array([1, 2, 3]);
    const given = new Float32Array([4, 5]);
    const part = new Uint8Array(new ArrayBuffer(8), 2, 3);
    const copy = clone({ kept, given, part }, { transfer: [given.buffer] }) as Record<
      string,
      ArrayBufferView
    >;
    expect(copy.kept).toStrictEqual(kept);
    expect(copy.kept).not.toBe(kept);
    expect(copy.given).toBe(given);
    // A view into a larger buffer keeps its offset, as structuredClone keeps it.
    expect(copy.part?.byteOffset).toBe(2);
    expect(copy.part?.buffer.byteLength).toBe(8);
  });

  it("leaves other values to the native clone: built-ins, errors, and what it refuses", () => {
    const error = Object.assign(new TypeError("bad glyph"), { code: 7 });
    const copy = clone({ map: new Map([["a", [1]]]), date: new Date(0), error }) as Record<string, unknown>;
    expect(copy.map).toStrictEqual(new Map([["a", [1]]]));
    expect(copy.date).toStrictEqual(new Date(0));
    expect(copy.error).toBeInstanceOf(TypeError);
    expect((copy.error as Error).message).toBe("bad glyph");
    expect(() => clone({ call: () => 1 })).toThrow(/could not be cloned/);
  });

  it("keeps a key named __proto__ a key, as a PDF's info dictionary can name one", () => {
    const info = JSON.parse('{"__proto__": {"polluted": true}, "Title": "廉政"}') as object;
    const copy = clone(info) as Record<string, unknown>;
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(copy).toStrictEqual(structuredClone(info));
    expect(Object.keys(copy)).toEqual(["__proto__", "Title"]);
  });

  it("detaches a buffer given as the value itself, as the polyfills that use it expect", () => {
    const buffer = new ArrayBuffer(8);
    const moved = clone(buffer, { transfer: [buffer] }) as ArrayBuffer;
    expect(moved.byteLength).toBe(8);
    expect(buffer.byteLength).toBe(0);
  });
});
