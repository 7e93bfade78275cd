import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { joinCellContinuation, joinParagraph, joinParagraphs, joinWrapped, startsNewItem } from "./join.js";

describe("joinWrapped", () => {
  it("puts no space between CJK characters", () => {
    expect(joinWrapped("政治獻金會", "計報告書全面上網公開")).toBe("政治獻金會計報告書全面上網公開");
    expect(joinWrapped("主辦機關：行政院洗錢防制辦公", "室、法務部")).toBe(
      "主辦機關：行政院洗錢防制辦公室、法務部",
    );
  });

  it("puts one space between English words cut by a page break", () => {
    expect(joinWrapped("5. The Ministry of", "Justice Investigation Bureau continues")).toBe(
      "5. The Ministry of Justice Investigation Bureau continues",
    );
    expect(
      joinWrapped(
        "(Department of Prosecutorial Affairs, Investigation",
        "Bureau, Agency Against Corruption)",
      ),
    ).toBe("(Department of Prosecutorial Affairs, Investigation Bureau, Agency Against Corruption)");
  });

  it("does not space before closing punctuation or after an opening one", () => {
    expect(joinWrapped("the Ministry (", "AAC)")).toBe("the Ministry (AAC)");
    expect(joinWrapped("Investigation Bureau", ", and")).toBe("Investigation Bureau, and");
  });

  it("keeps a side that is empty out of the result", () => {
    expect(joinWrapped("", "甲")).toBe("甲");
    expect(joinWrapped("甲 ", "  ")).toBe("甲");
  });
});

describe("joinCellContinuation", () => {
  it("starts a new line when the rest of the cell is a new list item", () => {
    expect(
      joinCellContinuation("3. 經濟部推動中小企業誠信經營。", "4. 法務部(調查局)加強辦理企業肅貪宣導。"),
    ).toBe("3. 經濟部推動中小企業誠信經營。\n4. 法務部(調查局)加強辦理企業肅貪宣導。");
  });

  it("rejoins a sentence cut mid-word, even after a full stop", () => {
    expect(joinCellContinuation("每年提報「旅客或隨交通工", "具服務之人員」")).toBe(
      "每年提報「旅客或隨交通工具服務之人員」",
    );
    expect(joinCellContinuation("甲乙。", "丙丁。")).toBe("甲乙。丙丁。");
  });
});

describe("joinParagraph", () => {
  it("keeps a paragraph after a sentence end or a colon on its own line", () => {
    expect(joinParagraph("(4) 推動高階幹部廉潔教育：", "為提升國軍高階幹部")).toBe(
      "(4) 推動高階幹部廉潔教育：\n為提升國軍高階幹部",
    );
    expect(joinParagraph("達成年度績效目標。", "另辦理")).toBe("達成年度績效目標。\n另辦理");
  });

  it("rejoins a sentence that a blank line broke", () => {
    expect(joinParagraph("協助該等國家有關", "防制洗錢及打擊資助恐怖分子之能力建構。")).toBe(
      "協助該等國家有關防制洗錢及打擊資助恐怖分子之能力建構。",
    );
  });
});

describe("startsNewItem", () => {
  it("knows the markers of the documents and markdown bullets", () => {
    for (const text of ["1. 甲", "(二) 乙", "（十二）丙", "一、丁", "① 戊", "- 己", "IV. Specific"]) {
      expect(startsNewItem(text), text).toBe(true);
    }
    for (const text of ["107年", "3.5%", "甲乙", "The Ministry", "(PEPs)審查"]) {
      expect(startsNewItem(text), text).toBe(false);
    }
  });
});

describe("joinWrapped's CJK test, one code unit at a time", () => {
  // The patterns it had before its answers were kept per code unit: the oracle.
  const CJK_END = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u30a0-\u30ff\u3040-\u309f]$/u;
  const CJK_START = /^[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u30a0-\u30ff\u3040-\u309f]/u;
  const plainJoin = (before: string, after: string): string => {
    const [left, right] = [before.trimEnd(), after.trimStart()];
    if (!left || !right) return left || right;
    const tight =
      CJK_END.test(left.slice(-2)) ||
      CJK_START.test(right) ||
      /^[,.;:!?)\]}%、，。；：！？）]/u.test(right) ||
      /[([{/-]$/u.test(left.slice(-2));
    return tight ? left + right : `${left} ${right}`;
  };

  it("joins as the patterns do, astral ideographs and lone surrogates at either edge included", () => {
    const edge = fc.constantFrom(
      "研",
      "a",
      "𠀀",
      "\ud840",
      "\udc00",
      "ー",
      "ｱ",
      "。",
      "(",
      ")",
      " ",
      "1",
      "é",
    );
    const text = fc.string({ unit: "binary", maxLength: 4 });
    const before = fc.tuple(text, edge).map(([start, end]) => start + end);
    const after = fc.tuple(edge, text).map(([start, end]) => start + end);
    fc.assert(
      fc.property(before, after, (left, right) => {
        expect(joinWrapped(left, right)).toBe(plainJoin(left, right));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("joinParagraph's test for text", () => {
  it("takes a text of white space alone, ideographic spaces and byte-order marks included, for none", () => {
    for (const blank of ["", " ", "\u3000", "\ufeff", "\u00a0\t", "\u2028", "\u3000\u3000"]) {
      expect(joinParagraph(blank, "甲乙")).toBe("甲乙");
      expect(joinParagraph("甲乙", blank)).toBe("甲乙");
    }
    // Visible first characters at the edges of the ranges told without the pattern.
    expect(joinParagraph("\u3001", "甲")).toBe("\u3001甲");
    expect(joinParagraph("!", "a")).toBe("!\na");
    expect(joinParagraph("~", "a")).toBe("~ a");
    expect(joinParagraph("\ud840\udc00", "甲")).toBe("\ud840\udc00甲");
  });
});

describe("joinParagraphs", () => {
  it("joins cell lines as joinParagraph does one by one", () => {
    expect(joinParagraphs(["政治獻金會", "計報告書。", "2. 每年提報", "(ACT-NET)", "and", "x"])).toBe(
      "政治獻金會計報告書。\n2. 每年提報(ACT-NET) and x",
    );
    expect(joinParagraphs([])).toBe("");
    expect(joinParagraphs([" 甲 ", "", "乙"])).toBe("甲乙");
  });

  // Texts of the pieces a join looks at: CJK, closing and opening punctuation, sentence ends,
  // list markers, spaces at either end, surrogate pairs, one-unit texts.
  const piece = fc
    .array(
      fc.constantFrom(
        "甲",
        "乙",
        "。",
        "：",
        ")",
        "(",
        "、",
        "a",
        "b",
        ".",
        "1. ",
        "(一)",
        "一、",
        " ",
        "\n",
        "-",
        "𠀀",
        "\ud840",
        "\udc00",
        "%",
      ),
      { maxLength: 6 },
    )
    .map((units) => units.join(""));

  it('equals texts.reduce(joinParagraph, "") for any texts, trimmed or not', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (texts) => {
        expect(joinParagraphs(texts)).toBe(texts.reduce(joinParagraph, ""));
      }),
      { numRuns: 3000 },
    );
  });

  it("equals it for trimmed texts (the fast path)", () => {
    const trimmed = piece.map((text) => text.trim()).filter((text) => text.length > 0);
    fc.assert(
      fc.property(fc.array(trimmed, { maxLength: 8 }), (texts) => {
        expect(joinParagraphs(texts)).toBe(texts.reduce(joinParagraph, ""));
      }),
      { numRuns: 3000 },
    );
  });
});
