// In Node, PDF.js runs its "worker" on the reader's own thread and passes each message between
// the two sides through a LoopbackPort, which copies it with `structuredClone` as a real worker's
// port would. Every page's operator list crosses that way, glyph objects and all: the copy and the
// garbage it left were about a fifth of the reader's CPU on our PDFs. The copy is needed (the
// worker side empties its operator arrays once sent), a structured one is not.

type StructuredClone = typeof structuredClone;

/**
 * A `structuredClone` for PDF.js's messages inside the reader's process: arrays, plain objects and
 * instances of plain script classes (the worker's glyphs) are copied in JavaScript, own enumerable
 * properties only as a structured clone copies them, with shared and
 * circular references kept as the structured clone keeps them; typed arrays are copied whole,
 * those whose buffer is in `transfer` are handed over as they are (the sender gave them up); any
 * other value (a Map, an error, a buffer, a function) goes to `native`, which copies it or throws
 * as before. A value given with its own buffer in `transfer` goes to `native` whole, so what
 * detaches a buffer on purpose still does. Run as source text in the child: it uses nothing from
 * outside itself.
 */
export function messageCloneOf(native: StructuredClone): StructuredClone {
  // Whether objects of a prototype are copied here: plain objects, and instances of a script class
  // that extends nothing (a built-in's, or an error's, prototype chain is left to `native`).
  const copiedHere = new Map<unknown, boolean>([
    [Object.prototype, true],
    [null, true],
  ]);
  const isCopiedHere = (value: object): boolean => {
    const prototype = Object.getPrototypeOf(value) as { constructor?: unknown } | null;
    let copied = copiedHere.get(prototype);
    if (copied === undefined) {
      const maker = prototype?.constructor;
      copied =
        Object.getPrototypeOf(prototype) === Object.prototype &&
        typeof maker === "function" &&
        !Function.prototype.toString.call(maker).includes("[native code]");
      copiedHere.set(prototype, copied);
    }
    return copied;
  };
  const copyOf = (value: unknown, seen: Map<object, unknown>, moved: Set<unknown>): unknown => {
    if (typeof value !== "object" || value === null) {
      return typeof value === "function" ? native(value) : value;
    }
    const known = seen.get(value);
    if (known !== undefined) return known;
    let copy: unknown;
    if (Array.isArray(value)) {
      const array = new Array(value.length);
      seen.set(value, array);
      for (let i = 0; i < value.length; i++) array[i] = copyOf(value[i], seen, moved);
      return array;
    }
    if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
      const whole = value.byteOffset === 0 && value.byteLength === value.buffer.byteLength;
      const typed = value as unknown as { slice(): unknown };
      copy = moved.has(value.buffer) ? value : whole ? typed.slice() : native(value);
    } else if (isCopiedHere(value)) {
      const object: Record<string, unknown> = {};
      seen.set(value, object);
      for (const key of Object.keys(value)) {
        const copied = copyOf((value as Record<string, unknown>)[key], seen, moved);
        // A key a PDF can name ("__proto__" in its info dictionary) stays a key, as in the native copy.
        if (key === "__proto__") {
          Object.defineProperty(object, key, {
            value: copied,
            enumerable: true,
            writable: true,
            configurable: true,
          });
        } else object[key] = copied;
      }
      return object;
    } else {
      copy = native(value);
    }
    seen.set(value, copy);
    return copy;
  };
  return ((value: unknown, options?: Parameters<StructuredClone>[1]) => {
    const transfer = options?.transfer ?? [];
    if (transfer.length > 0 && transfer.includes(value as (typeof transfer)[number]))
      return native(value, options);
    return copyOf(value, new Map(), new Set(transfer));
  }) as StructuredClone;
}
