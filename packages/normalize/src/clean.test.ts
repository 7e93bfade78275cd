import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  cleanText,
  normalizeLookalikes,
  normalizeWidth,
  removeCjkLetterSpacing,
  unshiftLigatureGlyph,
} from "./clean.js";

describe("removeCjkLetterSpacing", () => {
  it("undoes letter-spacing, brackets held close to a spread character included", () => {
    expect(removeCjkLetterSpacing("研 議 強 化")).toBe("研議強化");
    expect(removeCjkLetterSpacing("(十 四) 建 構 清")).toBe("(十四) 建構清");
    expect(removeCjkLetterSpacing("「 引 渡 法」")).toBe("「引渡法」");
  });

  it("keeps spaces between words, around Latin and after a closed marker", () => {
    expect(removeCjkLetterSpacing("法務部 監察院")).toBe("法務部 監察院");
    expect(removeCjkLetterSpacing("APEC 會議 108 年")).toBe("APEC 會議 108 年");
    expect(removeCjkLetterSpacing("（一） 建構整體")).toBe("（一） 建構整體");
    expect(removeCjkLetterSpacing("(一) 建 構")).toBe("(一) 建構");
  });
});

describe("normalizeWidth", () => {
  it("turns every full-width and half-width form to ASCII or full-width CJK, but the kept punctuation", () => {
    const kept = new Set(["！", "（", "）", "，", "：", "；", "？"]);
    const halfWidthCjk: Record<string, string> = { "｡": "。", "｢": "「", "｣": "」", "､": "、" };
    for (let code = 0xff01; code <= 0xff64; code++) {
      if (code > 0xff5e && code < 0xff61) continue;
      const char = String.fromCharCode(code);
      const expected = kept.has(char) ? char : (halfWidthCjk[char] ?? String.fromCharCode(code - 0xfee0));
      expect(normalizeWidth(`甲${char}乙`)).toBe(`甲${expected}乙`);
    }
  });
});

describe("normalizeLookalikes: ligatures given as ideographs", () => {
  it("undoes a Latin ligature a ToUnicode map shifted up a byte, inside a word only", () => {
    // As Ghostscript writes them: ﬁ as U+6600 U+6900, ﬂ as U+6600 U+6C00, ﬃ as three.
    expect(normalizeLookalikes("Speci\u6600\u6900c Strategy")).toBe("Specific Strategy");
    expect(normalizeLookalikes("\u6600\u6c00ow of e\u6600\u6600ective o\u6600\u6600\u6900ces")).toBe(
      "flow of effective offices",
    );
    // Kept: an ideograph beside Chinese (a name), a pair with no Latin letter beside it, one alone
    // in a word, and pairs that are no ligature.
    for (const kept of ["林\u6600", "\u6600\u6900 也", "Word\u6600", "a\u6900\u6600b", "x\u6c00\u6c00y"]) {
      expect(normalizeLookalikes(kept)).toBe(kept);
    }
  });

  it("goes through cleanText, which otherwise skips its rewrite passes", () => {
    expect(cleanText("Speci\u6600\u6900c")).toBe("Specific");
  });

  it("undoes Ghostscript's three-letter ligatures, whose last two letters are added up", () => {
    // ﬃ as U+6600 U+CF00 (0x66, 0x66 + 0x69), seen in "Anti-Money Laundering O昀케ce"; ﬄ as U+6600 U+D200.
    expect(normalizeLookalikes("Laundering O\u6600\ucf00ce, Executive Yuan")).toBe(
      "Laundering Office, Executive Yuan",
    );
    expect(cleanText("ba\u6600\ud200e")).toBe("baffle");
    for (const kept of ["林\u6600\ucf00", "\u6600\ucf00 也"]) expect(normalizeLookalikes(kept)).toBe(kept);
  });
});

describe("cleanText: Latin ligatures as their own code points", () => {
  it("gives their letters (pdftotext keeps XeLaTeX's ﬀ, pdf.js gives ff)", () => {
    expect(cleanText("Anti-Money Laundering O\ufb00ice")).toBe("Anti-Money Laundering Office");
    expect(cleanText("\ufb01elds \ufb02ow e\ufb03cient ba\ufb04e")).toBe("fields flow efficient baffle");
    expect(cleanText("\ufb05 \ufb06")).toBe("st st");
  });
});

describe("unshiftLigatureGlyph: one glyph's text", () => {
  const shifted = (letters: string) =>
    String.fromCharCode(...Array.from(letters, (char) => (char.codePointAt(0) ?? 0) << 8));

  it("gives a ligature's letters, with no word around it", () => {
    for (const ligature of ["ff", "fi", "fl", "ffi", "ffl", "ft", "st", "ct", "Th"]) {
      expect(unshiftLigatureGlyph(shifted(ligature))).toBe(ligature);
    }
    expect(unshiftLigatureGlyph("\u6600\ucf00")).toBe("ffi");
    expect(unshiftLigatureGlyph("\u6600\ud200")).toBe("ffl");
  });

  it("leaves any other glyph's text as it is", () => {
    // Shifted letters that are no ligature, one alone, the same ideographs in Chinese text, and
    // ideographs whose high bytes alone spell a ligature (昿椁: f, i).
    for (const kept of [
      shifted("if"),
      shifted("ll"),
      "\u6600",
      "林\u6600",
      "\u6600\u6900也",
      "\u66ff\u6901",
    ]) {
      expect(unshiftLigatureGlyph(kept)).toBe(kept);
    }
    const SUMMED: Record<string, string> = { ffi: "\u6600\ucf00", ffl: "\u6600\ud200" };
    const units = [
      "\u5400",
      "\u6300",
      "\u6600",
      "\u6800",
      "\u6900",
      "\u6c00",
      "\u7300",
      "\u7400",
      "\ucf00",
      "\ud200",
      "林",
      "f",
      " ",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...units), { maxLength: 4 }), (chars) => {
        const text = chars.join("");
        const letters = unshiftLigatureGlyph(text);
        // Changed only into a ligature's letters, from exactly those letters shifted (or summed).
        return letters === text || shifted(letters) === text || SUMMED[letters] === text;
      }),
      { seed: 20261127, numRuns: 2000 },
    );
  });
});
