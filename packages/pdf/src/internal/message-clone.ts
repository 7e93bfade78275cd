// In Node, PDF.js runs its "worker" on the reader's own thread and passes each message between
// the two sides through a LoopbackPort, which copies it with `structuredClone` as a real worker's
// port would. Every page's operator list crosses that way, glyph objects and all: the copy and the
// garbage it left were about a fifth of the reader's CPU on our PDFs. The copy is needed (the
// worker side empties its operator arrays once sent), a structured one is not, and the worker's
// value objects (glyphs, names, references: made once, cached, never changed) need none.

type StructuredClone = typeof structuredClone;

/**
 * A `structuredClone` for PDF.js's messages inside the reader's process: arrays and plain objects
 * are copied in JavaScript, own enumerable properties only as a structured clone copies them, with
 * shared and circular references kept as the structured clone keeps them; instances of plain script
 * classes (the worker's glyphs, names and references, which it caches and never changes) are
 * handed over as they are, getters and all, where a structured clone would copy their fields
 * into plain objects (on our PDFs: 40% of the copy's time, a third of its garbage, and each glyph
 * copied again on every page it is drawn); typed arrays are copied whole,
 * those whose buffer is in `transfer` are handed over as they are (the sender gave them up); any
 * other value (a Map, an error, a buffer, a function) goes to `native`, which copies it or throws
 * as before. A value given with its own buffer in `transfer` goes to `native` whole, so what
 * detaches a buffer on purpose still does. Run as source text in the child: it uses nothing from
 * outside itself.
 */
export function messageCloneOf(native: StructuredClone): StructuredClone {
  // How objects of a prototype cross: plain objects are copied here, instances of a script class
  // that extends nothing are shared, and the rest (a built-in's, or an error's, prototype chain)
  // is left to `native`.
  const handling = new Map<unknown, "copy" | "share" | "native">([
    [Object.prototype, "copy"],
    [null, "copy"],
  ]);
  const handlingOf = (value: object): "copy" | "share" | "native" => {
    const prototype = Object.getPrototypeOf(value) as { constructor?: unknown } | null;
    let handled = handling.get(prototype);
    if (handled === undefined) {
      const maker = prototype?.constructor;
      const scriptClass =
        Object.getPrototypeOf(prototype) === Object.prototype &&
        typeof maker === "function" &&
        !Function.prototype.toString.call(maker).includes("[native code]");
      handled = scriptClass ? "share" : "native";
      handling.set(prototype, handled);
    }
    return handled;
  };
  // A message holds millions of numbers and glyphs: a number is taken where it is read, and a
  // shared object is handed over before `seen` is asked (it is never recorded there).
  const copyOf = (value: unknown, seen: Map<object, unknown>, moved: Set<unknown>): unknown => {
    if (typeof value !== "object" || value === null) {
      return typeof value === "function" ? native(value) : value;
    }
    const isArray = Array.isArray(value);
    const handled = isArray ? "copy" : ArrayBuffer.isView(value) ? "typed" : handlingOf(value);
    if (handled === "share") return value;
    const known = seen.get(value);
    if (known !== undefined) return known;
    let copy: unknown;
    if (isArray) {
      const array = new Array(value.length);
      seen.set(value, array);
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        array[i] = typeof item === "number" ? item : copyOf(item, seen, moved);
      }
      return array;
    }
    if (handled === "typed" && !(value instanceof DataView)) {
      const typedValue = value as ArrayBufferView;
      const whole = typedValue.byteOffset === 0 && typedValue.byteLength === typedValue.buffer.byteLength;
      const typed = value as unknown as { slice(): unknown };
      copy = moved.has(typedValue.buffer) ? value : whole ? typed.slice() : native(value);
    } else if (handled === "copy") {
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
