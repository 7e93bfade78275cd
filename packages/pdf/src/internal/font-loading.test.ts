import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fontLoadingStandIn } from "./font-loading.js";
import { pdfJsModuleUrl, resolvePdfJsAssets } from "./pdfjs.js";

// The reader lets PDF.js "load" its fonts into a stand-in font set (fontLoadingStandIn) instead of
// setting `disableFontFace`, under which PDF.js builds an outline for every glyph shown. Checked
// here on the installed PDF.js, in this process: the same operators and glyphs, and no outline.

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");
const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../../fixtures/pdf/${name}`, import.meta.url)));

async function firstPage(pdfjs: PdfJs, data: Uint8Array, fonts: "stand-in" | "disabled") {
  const standIn = fontLoadingStandIn();
  const doc = await pdfjs.getDocument({
    data,
    ...resolvePdfJsAssets(),
    cMapPacked: true,
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: 0,
    ...(fonts === "stand-in"
      ? { disableFontFace: false, ownerDocument: standIn.ownerDocument }
      : { disableFontFace: true }),
  } as unknown as Parameters<PdfJs["getDocument"]>[0]).promise;
  try {
    const page = await doc.getPage(1);
    const { fnArray, argsArray } = await page.getOperatorList();
    // Objects are named after their document ("g_d3_f1"): the two reads differ only there.
    const unnumbered = (text: string) => text.replace(/\bg_d\d+_/g, "g_d_");
    const objects = [...(page.commonObjs as unknown as Iterable<[string, unknown]>)].map(([id]) =>
      unnumbered(id),
    );
    return { fnArray, argsArray: unnumbered(JSON.stringify(argsArray)), objects };
  } finally {
    await doc.destroy();
  }
}

describe("fontLoadingStandIn", () => {
  let pdfjs: PdfJs;
  const before = (globalThis as { FontFace?: unknown }).FontFace;
  beforeAll(async () => {
    (globalThis as { FontFace?: unknown }).FontFace = fontLoadingStandIn().FontFace;
    pdfjs = (await import(pdfJsModuleUrl())) as PdfJs;
  });
  afterAll(() => {
    (globalThis as { FontFace?: unknown }).FontFace = before;
  });

  // Chromium's PDF draws its text in fonts PDF.js outlines at no cost here either way.
  it.each([
    ["plan-2023-zh.pdf", true],
    ["plan-2023-en-strategy9.pdf", true],
    ["producers/report-2018-zh-chromium.pdf", false],
  ])(
    "%s: the same operators and glyphs as with fonts disabled, and no glyph outline built",
    async (name, outlinedWhenDisabled) => {
      const standIn = await firstPage(pdfjs, fixture(name), "stand-in");
      const disabled = await firstPage(pdfjs, fixture(name), "disabled");
      expect(standIn.fnArray).toEqual(disabled.fnArray);
      // Fonts are exported with the flag they were loaded under; the glyphs themselves are equal.
      expect(standIn.argsArray).toEqual(disabled.argsArray);
      expect(disabled.objects.some((id) => id.includes("_path_"))).toBe(outlinedWhenDisabled);
      expect(standIn.objects.some((id) => id.includes("_path_"))).toBe(false);
      // Every font the operators name was loaded and resolved.
      expect(standIn.objects.filter((id) => !id.includes("_path_")).sort()).toEqual(
        disabled.objects.filter((id) => !id.includes("_path_")).sort(),
      );
    },
  );
});
