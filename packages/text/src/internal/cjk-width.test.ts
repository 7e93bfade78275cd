import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { widthBesideCjk } from "./cjk-width.js";
import { textWidth } from "./wrap-test.js";

// The plain version, as the CJK capacity code had it: the spaces beside CJK removed by a pattern.
const SPACE_BESIDE_CJK =
  /(?<=[\u2e80-\u9fff\uf900-\ufaff\uff00-\uff60]) +| +(?=[\u2e80-\u9fff\uf900-\ufaff\uff00-\uff60])/gu;
const plain = (text: string): number => textWidth(text.replace(SPACE_BESIDE_CJK, ""));

const piece = fc.oneof(
  fc.constantFrom("研", "議", "（", "。", "Ａ", "ｱ", "APEC", "108", "𠀀", "\ud840", "\udc00", "(一)"),
  fc.constantFrom(" ", "  ", "   ", "\u3000"),
  fc.string({ unit: "binary", maxLength: 3 }),
);

describe("widthBesideCjk", () => {
  it("leaves out the spaces beside CJK as the pattern did", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const text = pieces.join("");
        expect(widthBesideCjk(text)).toBe(plain(text));
      }),
      { numRuns: 5000 },
    );
  });

  it("every BMP unit beside a space, either side", () => {
    for (let unit = 0; unit <= 0xffff; unit++) {
      const char = String.fromCharCode(unit);
      for (const text of [`${char} a`, `a ${char}`, `${char}  ${char}`])
        expect(widthBesideCjk(text)).toBe(plain(text));
    }
  });

  it("a letter-spaced CJK line is as wide as the line unspaced", () => {
    expect(widthBesideCjk("研 議 強 化")).toBe(textWidth("研議強化"));
    expect(widthBesideCjk("APEC 會議")).toBe(textWidth("APEC會議"));
    expect(widthBesideCjk("of the")).toBe(textWidth("of the"));
  });
});
