import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { charWidth, codePointWidth, displayWidth } from "./width.js";

// East Asian Width's wide and full-width ranges as the module had them before its table: the oracle.
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;
const oracle = (char: string): number => (WIDE.test(char) ? 2 : 1);

describe("codePointWidth", () => {
  it("gives every code unit of the Basic Multilingual Plane the width the ranges give it", () => {
    const wrong: number[] = [];
    for (let unit = 0; unit <= 0xffff; unit++)
      if (codePointWidth(unit) !== oracle(String.fromCharCode(unit))) wrong.push(unit);
    expect(wrong).toEqual([]);
  });

  it("counts astral ideographs (Extension B and on) two columns, other astral characters one", () => {
    expect(codePointWidth(0x20000)).toBe(2); // 𠀀
    expect(codePointWidth(0x2a6d6)).toBe(2);
    expect(codePointWidth(0x3fffd)).toBe(2);
    expect(codePointWidth(0x3fffe)).toBe(1);
    expect(codePointWidth(0x1f600)).toBe(1); // an emoji: narrow, as the ranges have it
    expect(charWidth("𠀀")).toBe(2);
    expect(charWidth("")).toBe(1);
  });
});

describe("displayWidth", () => {
  it("is the sum of its characters' widths, surrogate pairs one character, lone surrogates one column", () => {
    const piece = fc.oneof(
      fc.string({ unit: "grapheme" }),
      fc.string({ unit: "binary" }),
      fc.constantFrom("研議", "𠀀", "\ud840", "\udc00", " ", "ＡＢ", "ｱ"),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const text = pieces.join("");
        expect(displayWidth(text)).toBe([...text].reduce((sum, char) => sum + oracle(char), 0));
      }),
    );
  });
});
