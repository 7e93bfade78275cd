import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rejoinBrokenLines } from "./clean.js";
import { dominantListMarkerStyle, listMarkerStyleOf, matchListMarker, parseListMarker } from "./markers.js";

describe("parseListMarker", () => {
  it("reads every numbering style of the documents, with its number and exact text", () => {
    expect(parseListMarker("壹、總說明")).toEqual({ style: "financial", number: 1, raw: "壹、" });
    expect(parseListMarker("贰、目标")).toEqual({ style: "financial", number: 2, raw: "贰、" });
    expect(parseListMarker("九、推動國際合作")).toEqual({ style: "chinese", number: 9, raw: "九、" });
    expect(parseListMarker("三．強化")).toEqual({ style: "chinese", number: 3, raw: "三．" });
    expect(parseListMarker("( 十二 ) 研議")).toEqual({
      style: "chinese-parenthesized",
      number: 12,
      raw: "( 十二 ) ",
    });
    expect(parseListMarker("㈢ 宣導")?.number).toBe(3);
    expect(parseListMarker("（3）辦理")).toEqual({ style: "arabic-parenthesized", number: 3, raw: "（3）" });
    expect(parseListMarker("1.107年度")).toEqual({ style: "arabic", number: 1, raw: "1." });
    expect(parseListMarker("⑫ 查核")).toEqual({ style: "circled", number: 12, raw: "⑫ " });
    expect(parseListMarker("IV. Specific Actions")).toEqual({ style: "roman", number: 4, raw: "IV. " });
  });

  it("reads bullets: symbols with or without a space, a hyphen or an asterisk only before one", () => {
    expect(parseListMarker("●宣導")).toEqual({ style: "bullet", number: null, raw: "●" });
    expect(parseListMarker("■ 查核")).toEqual({ style: "bullet", number: null, raw: "■ " });
    expect(parseListMarker("- item")).toEqual({ style: "bullet", number: null, raw: "- " });
    expect(parseListMarker("* item")).toEqual({ style: "bullet", number: null, raw: "* " });
    expect(parseListMarker("-5 度")).toBeNull();
    expect(parseListMarker("*note")).toBeNull();
  });

  it("is not fooled by decimals, dates, thousands, articles or words", () => {
    for (const text of ["1.5 億", "107年1月", "1,000 件", "第四條", "統一、", "三.5", "XIV.5", "IIII. x"]) {
      expect(parseListMarker(text), text).toBeNull();
    }
  });
});

describe("listMarkerStyleOf and dominantListMarkerStyle", () => {
  it("give a text's marker style and the style most texts of a column share", () => {
    expect(listMarkerStyleOf("  (一) 強化")).toBe("chinese-parenthesized");
    expect(listMarkerStyleOf("研議強化")).toBeNull();
    expect(dominantListMarkerStyle(["1. a", "(1) b", "2. c", "text"])).toBe("arabic");
    expect(dominantListMarkerStyle(["a", "b"])).toBeNull();
  });
});

describe("line breaks before markers", () => {
  it("keeps a break before any list marker, a lower-case Roman numeral or a Markdown heading", () => {
    expect(rejoinBrokenLines("辦理宣導\n●查核")).toBe("辦理宣導\n●查核");
    expect(rejoinBrokenLines("training\niv. audits")).toBe("training\niv. audits");
    expect(rejoinBrokenLines("概要\n## 目標")).toBe("概要\n## 目標");
    expect(rejoinBrokenLines("辦理\n宣導")).toBe("辦理宣導");
  });
});

describe("parseListMarker's first-character check", () => {
  // The checks only skip patterns (all of them, or those a text cannot start): the answer is the
  // one every pattern tried in order gives.
  const byPatterns = (text: string) => matchListMarker(text, /^\s*/.exec(text)?.[0].length ?? 0, true);

  it("lets through every character a marker can open with (each code unit, before several endings)", () => {
    const endings = [
      "、甲",
      ". 甲",
      ".甲",
      ") 甲",
      "）甲",
      " 甲",
      "甲",
      "",
      "二、",
      "3) x",
      "1) x",
      "一）x",
      "V. x",
      "  x",
    ];
    const missed: string[] = [];
    for (let unit = 0; unit <= 0xffff; unit++) {
      const char = String.fromCharCode(unit);
      for (const ending of endings) {
        const text = `${char}${ending}`;
        if (JSON.stringify(parseListMarker(text)) !== JSON.stringify(byPatterns(text))) missed.push(text);
      }
    }
    expect(missed).toEqual([]);
  });

  it("answers as the patterns do on any text, full-width, bracketed and spaced openings included", () => {
    const piece = fc.oneof(
      fc.constantFrom(
        "(",
        "（",
        "（",
        "１",
        "1",
        "一",
        "十",
        "壹",
        "㈠",
        "⑴",
        "①",
        "I",
        "Ｖ",
        "V",
        "X",
        "-",
        "－",
        "*",
        "＊",
      ),
      fc.constantFrom("、", ".", "．", ")", "）", " ", "\u3000", "\t", "\n", "年", "甲", "5"),
      fc.string({ unit: "binary", maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const text = pieces.join("");
        expect(parseListMarker(text)).toEqual(byPatterns(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("reads (一) by hand as the patterns do, before or inside it any BMP unit", () => {
    const missed: string[] = [];
    for (let unit = 0; unit <= 0xffff; unit++) {
      const char = String.fromCharCode(unit);
      for (const text of [
        `(一)${char}`,
        `(一) ${char}甲`,
        `（十二）${char}`,
        `(${char})甲`,
        `(一${char}) `,
        `${char}(三)`,
      ])
        if (JSON.stringify(parseListMarker(text)) !== JSON.stringify(byPatterns(text))) missed.push(text);
    }
    expect(missed).toEqual([]);
  });

  it("reads bracketed numerals by hand as the patterns do, odd spaces and brackets mixed", () => {
    const piece = fc.constantFrom(
      "(",
      "（",
      ")",
      "）",
      "一",
      "十",
      "百",
      "〇",
      "兩",
      "1",
      " ",
      "  ",
      "\u3000",
      "\t",
      "\u00a0",
      "甲",
      "、",
      "\n",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const text = pieces.join("");
        expect(parseListMarker(text)).toEqual(byPatterns(text));
      }),
      { numRuns: 3000 },
    );
  });

  it("reads a long text by its head as the whole text reads (a run of numerals, digits or spaces past the head too)", () => {
    const text = fc
      .tuple(
        fc.constantFrom("", "1.", "1", "(一)", "(", "一、", "一", "壹", "①", "IV.", "- ", "（"),
        fc.constantFrom(" ", "\u3000", "十", "1", "１", "壹", "I"),
        fc.integer({ min: 0, max: 80 }),
        fc.constantFrom("", "、", ". ", ".", "年", "甲", ")", "）", "2 年"),
        fc.string({ maxLength: 40 }),
      )
      .map(([marker, unit, count, end, tail]) => marker + unit.repeat(count) + end + tail);
    fc.assert(
      fc.property(text, (long) => {
        expect(parseListMarker(long)).toEqual(byPatterns(long));
      }),
      { numRuns: 3000 },
    );
  });
});
