import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { deferCanvas } from "./canvas-deferral.js";
import { fontLoadingStandIn } from "./font-loading.js";
import { pdfJsModuleUrl, resolvePdfJsAssets } from "./pdfjs.js";

// The reader's child defers PDF.js's load of `@napi-rs/canvas` (deferCanvas). Checked in a child
// process of its own, as the reader runs it: the patched loader must not leak into the tests.

const fixture = (name: string) => fileURLToPath(new URL(`../../../../fixtures/${name}`, import.meta.url));

/** Runs `body` (CommonJS source) in a fresh Node after `deferCanvas` and PDF.js's import; its JSON. */
function inChild(body: string, defer = true): Record<string, unknown> {
  const source = `
    const steps = { deferCanvas: (${String(deferCanvas)}), fontLoadingStandIn: (${String(fontLoadingStandIn)}) };
    // The native binding (its script class DOMMatrix, geometry.js, does not count).
    const canvasLoaded = () => Object.keys(require.cache).some((path) => /napi-rs/.test(path) && !/geometry.js$/.test(path));
    if (${defer}) steps.deferCanvas(require);
    import(${JSON.stringify(pdfJsModuleUrl())}).then(async (pdfjs) => {
      const out = { afterImport: canvasLoaded() };
      ${body}
      process.stdout.write(JSON.stringify(out));
    });`;
  return JSON.parse(
    execFileSync(process.execPath, ["--input-type=commonjs", "-e", source], { encoding: "utf8" }),
  );
}

describe("deferCanvas", () => {
  it("keeps PDF.js from loading the canvas module when it is imported", () => {
    expect(inChild("", false).afterImport).toBe(true);
    expect(inChild("").afterImport).toBe(false);
  });

  it("gives DOMMatrix without the native module, and the rest from it on first use", () => {
    const out = inChild(`
      const matrix = new DOMMatrix().scaleSelf(1 / 4, -1 / 2).translateSelf(0, -2);
      out.matrix = [matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f];
      out.afterMatrix = canvasLoaded();
      out.isInstance = matrix instanceof DOMMatrix;
      out.imageData = new ImageData(2, 1).data.length;
      out.afterImageData = canvasLoaded();
      const native = require("node:module").createRequire(${JSON.stringify(pdfJsModuleUrl())})("@napi-rs/canvas");
      out.sameMatrix = DOMMatrix === native.DOMMatrix;
      out.nativeImageData = new ImageData(1, 1) instanceof native.ImageData;
      out.path = new Path2D() instanceof native.Path2D;`);
    expect(out).toEqual({
      afterImport: false,
      matrix: [0.25, 0, 0, -0.5, 0, 1],
      afterMatrix: false,
      isInstance: true,
      imageData: 8,
      afterImageData: true,
      sameMatrix: true,
      nativeImageData: true,
      path: true,
    });
  });

  it("reads a PDF with Type 3 fonts to the same operators as with the canvas module loaded", () => {
    const read = (defer: boolean) =>
      inChild(
        `
        const { ownerDocument, FontFace } = steps.fontLoadingStandIn();
        globalThis.FontFace = FontFace;
        const data = new Uint8Array(require("node:fs").readFileSync(${JSON.stringify(fixture("pdf/producers/plan-2023-en-chromium.pdf"))}));
        const doc = await pdfjs.getDocument({ data, ...${JSON.stringify(resolvePdfJsAssets())}, cMapPacked: true,
          isEvalSupported: false, useSystemFonts: false, verbosity: 0, disableFontFace: false, ownerDocument }).promise;
        const lists = [];
        for (let n = 1; n <= doc.numPages; n++) {
          const { fnArray, argsArray } = await (await doc.getPage(n)).getOperatorList();
          lists.push(fnArray.length, JSON.stringify(argsArray).replace(/\\bg_d\\d+_/g, "g_d_").length);
        }
        out.lists = lists;`,
        defer,
      );
    const deferred = read(true);
    expect(deferred.lists).toEqual(read(false).lists);
    expect((deferred.lists as number[]).length).toBeGreaterThan(0);
  });
});
