import { describe, expect, it } from "vitest";
import { cleanText, normalizeLookalikes, normalizeWidth, removeCjkLetterSpacing } from "./clean.js";

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
});
