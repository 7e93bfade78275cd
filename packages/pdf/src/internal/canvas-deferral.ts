// PDF.js's Node build loads `@napi-rs/canvas` (a native module) as soon as it is imported, for
// the DOMMatrix, ImageData and Path2D that drawing uses. The reader never draws: that load was
// about 140 ms of CPU in every reader process, before its first page. PDF.js does need DOMMatrix
// (it makes one when imported, and its worker draws a Type 3 glyph given as a bitmap with one):
// the canvas module's own, a script class in a file of its own, is loaded alone.

type NodeRequire = (id: string) => unknown;
type ModuleLoader = { _load: (request: string, parent: unknown, isMain: boolean) => unknown };

/**
 * Has PDF.js's `require("@napi-rs/canvas")` give a module whose members load the native module
 * when first read, after setting `DOMMatrix` to the canvas module's script class (its
 * `geometry.js`), and `ImageData` and `Path2D` to stand-ins that load the native module when first
 * used (an instance is the native one). Globals already set are kept; where `geometry.js` cannot
 * be loaded, PDF.js loads the module itself as before. Run as source text in the reader's child (it
 * uses nothing from outside itself); `nodeRequire` is the child's `require`.
 */
export function deferCanvas(nodeRequire: NodeRequire): void {
  const CANVAS = "@napi-rs/canvas";
  const loader = nodeRequire("node:module") as ModuleLoader;
  const load = loader._load;
  let canvas: Record<string, unknown> | undefined;
  let loadedBy: unknown;
  const member = (name: string): unknown => {
    canvas ??= load.call(loader, CANVAS, loadedBy, false) as Record<string, unknown>;
    return canvas[name];
  };
  const deferredClass = (name: string) =>
    new Proxy(function Deferred() {}, {
      construct: (_target, args) => Reflect.construct(member(name) as new (...a: unknown[]) => object, args),
      get: (_target, key) => Reflect.get(member(name) as object, key),
      has: (_target, key) => Reflect.has(member(name) as object, key),
    });
  const setGlobal = (name: string, value: unknown) =>
    Object.defineProperty(globalThis, name, { value, writable: true, configurable: true });
  loader._load = function (this: unknown, request: string, parent: unknown, isMain: boolean) {
    if (request !== CANVAS || canvas) return load.call(this, request, parent, isMain);
    if (!("DOMMatrix" in globalThis)) {
      try {
        const geometry = load.call(this, `${CANVAS}/geometry.js`, parent, false) as { DOMMatrix?: unknown };
        if (typeof geometry.DOMMatrix !== "function") throw new TypeError("no DOMMatrix");
        setGlobal("DOMMatrix", geometry.DOMMatrix);
      } catch {
        return load.call(this, request, parent, isMain);
      }
    }
    loadedBy = parent;
    for (const name of ["ImageData", "Path2D"])
      if (!(name in globalThis)) setGlobal(name, deferredClass(name));
    return new Proxy({}, { get: (_target, key) => (typeof key === "string" ? member(key) : undefined) });
  };
}
